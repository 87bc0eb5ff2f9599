"""The Celery worker: thin tasks over plain functions, registered under the names in `zivo.core.tasks`.

Run it with `./pants run src/python/zivo/ml:worker` (worker and beat in one process); with REDIS_URL and
DATABASE_URL unset it uses the embedded default (filesystem broker, SQLite) that the API uses too.
"""

from __future__ import annotations

import logging
import random
import sys
import time
import uuid
from collections.abc import Sequence
from datetime import timedelta
from typing import Any, ClassVar, NoReturn
from urllib.parse import urlsplit

from celery import Celery, Task, bootsteps, signals

from zivo.core.queue import make_celery
from zivo.core.tasks import CATEGORIZE_QUEUE, CATEGORIZE_TASK, SWEEP_PENDING_TASK, CategorizeReport
from zivo.core.utc import utcnow
from zivo.ml.consumer import PromptReconnectConsumer
from zivo.ml.heartbeats import BeatLivenessScheduler, LivenessProbe
from zivo.ml.liveness import BEAT_MAX_LOOP_SECONDS, liveness_path
from zivo.ml.redis_transport import Transport as RedisTransport
from zivo.ml.relay import relay_step, requeue_stuck_reports
from zivo.ml.report_categorization import categorize_report
from zivo.ml.runtime import WorkerRuntime
from zivo.ml.settings import WorkerSettings, get_settings
from zivo.ml.transient import is_transient
from zivo.ml.warm_pool import WarmChildren

logger = logging.getLogger(__name__)

MAX_RETRIES = 12
RETRY_BACKOFF_MAX_SECONDS = 10.0


def retry_if_transient(task: Task[Any, Any], error: Exception) -> NoReturn:
    """Retry a lost connection, a serialization failure or a deadlock with capped, jittered backoff.

    Anything else is re-raised: the task fails and Celery logs it once, with its traceback. The backoff
    stays below the broker's visibility timeout, so a retry waiting in a worker is not redelivered too.
    """
    if not is_transient(error):
        raise error
    delay = min(2.0**task.request.retries, RETRY_BACKOFF_MAX_SECONDS) * random.uniform(0.5, 1.0)
    raise task.retry(exc=error, countdown=delay, max_retries=MAX_RETRIES)


def _readiness_step(
    runtime: WorkerRuntime, warm: WarmChildren, settings: WorkerSettings
) -> type[bootsteps.StartStopStep]:
    class Readiness(bootsteps.StartStopStep):  # type: ignore[misc]
        """The model is loaded before the consumer starts: in this process for a pool that runs tasks
        here (solo, threads); in every child for prefork, whose main process waits for them (its
        prefetch would otherwise hold a message per child through the warm-up)."""

        requires: ClassVar[set[Any]] = {"celery.worker.components:Pool", LivenessProbe}

        def start(self, worker: Any) -> None:
            if not _forks(worker):
                runtime.warm_up()
                return
            started = time.monotonic()
            alive = liveness_path("worker")
            ready = warm.wait(
                worker.concurrency, timeout=settings.worker_ready_timeout_seconds, tick=alive.touch
            )
            logger.info("%d pool processes warm in %.1f s", ready, time.monotonic() - started)

    return Readiness


def _forks(worker: Any) -> bool:
    pool_cls = worker.pool_cls
    name = pool_cls if isinstance(pool_cls, str) else f"{pool_cls.__module__}.{pool_cls.__name__}"
    return "prefork" in name


def create_worker_app(
    settings: WorkerSettings | None = None, *, runtime: WorkerRuntime | None = None
) -> Celery:
    settings = settings or get_settings()
    runtime = runtime or WorkerRuntime(settings)
    app = make_celery(settings, name="zivo.ml")
    app.steps["worker"].add(LivenessProbe)
    app.steps["worker"].add(relay_step(settings))
    warm = WarmChildren()  # made before the pool forks, so every child shares it
    app.steps["worker"].add(_readiness_step(runtime, warm, settings))

    # Each prefork child loads the model before it accepts a task (Celery waits for this up to
    # worker_proc_alive_timeout); a weak reference would let the handler be collected.
    @signals.worker_process_init.connect(weak=False, dispatch_uid=f"zivo-warm-up-{id(app)}")
    def warm_up(**_: Any) -> None:
        runtime.warm_up()
        warm.child_is_warm()

    # Back on the broker within 2 s of its return, not after kombu's back-off of up to 30 s.
    app.conf.worker_consumer = f"{PromptReconnectConsumer.__module__}:{PromptReconnectConsumer.__qualname__}"
    if urlsplit(settings.resolved_broker_url()).scheme == "redis":
        # An acknowledgement Redis did not answer must not take the consumer's only prefetch slot for good.
        app.conf.broker_transport = f"{RedisTransport.__module__}:{RedisTransport.__qualname__}"
    app.conf.beat_scheduler = f"{BeatLivenessScheduler.__module__}:{BeatLivenessScheduler.__qualname__}"
    app.conf.beat_max_loop_interval = BEAT_MAX_LOOP_SECONDS
    app.conf.beat_schedule = {
        "sweep-pending": {"task": SWEEP_PENDING_TASK, "schedule": settings.pending_sweep_seconds},
    }

    @app.task(name=CATEGORIZE_TASK, bind=True, shared=False)
    def categorize(self: Task[Any, Any], report_id: str, user_id: str) -> dict[str, Any]:
        request = CategorizeReport(report_id=uuid.UUID(report_id), user_id=uuid.UUID(user_id))
        # Loaded before any row is locked (normally already, by warm_up).
        categorizer = runtime.categorizer
        try:
            with runtime.sessions.begin() as session:
                outcome = categorize_report(session, categorizer, request.report_id)
        except Exception as exc:
            retry_if_transient(self, exc)
        return {"categorized": outcome.categorized, "needs_review": outcome.needs_review}

    @app.task(name=SWEEP_PENDING_TASK, bind=True, shared=False)
    def sweep_pending(self: Task[Any, Any]) -> int:
        """The safety net: put reports pending past the grace period back into the outbox, all of them."""
        cutoff = utcnow() - timedelta(seconds=settings.pending_grace_seconds)
        try:
            requeued = requeue_stuck_reports(runtime.sessions, created_before=cutoff)
        except Exception as exc:
            retry_if_transient(self, exc)
        if requeued:
            logger.info("re-queued %d reports with pending results", requeued)
        return requeued

    return app


def _schedule_option(settings: WorkerSettings) -> str:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return f"--schedule={settings.data_dir.resolve() / 'celerybeat-schedule'}"


def worker_argv(settings: WorkerSettings, extra: Sequence[str] = ()) -> list[str]:
    beat = ["--beat", _schedule_option(settings)] if settings.worker_beat else []
    return [
        "worker",
        *beat,
        f"--queues={CATEGORIZE_QUEUE}",
        "--loglevel=INFO",
        *extra,
    ]


def beat_argv(settings: WorkerSettings, extra: Sequence[str] = ()) -> list[str]:
    return ["beat", _schedule_option(settings), "--loglevel=INFO", *extra]


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m zivo.ml.worker [celery worker options]` runs a worker (and beat, unless WORKER_BEAT=false);
    `python -m zivo.ml.worker beat [options]` runs beat alone, for deployments with many workers."""
    args = list(sys.argv[1:] if argv is None else argv)
    settings = get_settings()
    app = create_worker_app(settings)
    if args[:1] == ["beat"]:
        app.start(beat_argv(settings, args[1:]))
    else:
        app.worker_main(worker_argv(settings, args))


if __name__ == "__main__":
    main()
