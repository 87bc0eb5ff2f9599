"""The Celery worker: thin tasks over plain functions, registered under the names in `zivo.core.tasks`.

Run it with `./pants run src/python/zivo/ml:worker` (worker and beat in one process); with REDIS_URL and
DATABASE_URL unset it uses the embedded default (filesystem broker, SQLite) that the API uses too.
"""

from __future__ import annotations

import logging
import sys
import uuid
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from celery import Celery, Task
from sqlalchemy.exc import DBAPIError, OperationalError

from zivo.core.queue import make_celery
from zivo.core.tasks import CATEGORIZE_QUEUE, CATEGORIZE_TASK, SWEEP_PENDING_TASK, CategorizeReport
from zivo.core.utc import utcnow
from zivo.ml.liveness import LivenessProbe
from zivo.ml.report_categorization import categorize_report, stuck_reports
from zivo.ml.runtime import WorkerRuntime
from zivo.ml.settings import WorkerSettings, get_settings

logger = logging.getLogger(__name__)

# Database hiccups (a failover, a dropped connection) are retried with backoff; anything else is a bug
# and goes to the logs rather than looping.
RETRY_ON = (OperationalError, DBAPIError)
RETRY_OPTIONS: dict[str, Any] = {
    "autoretry_for": RETRY_ON,
    "retry_backoff": 2,
    "retry_backoff_max": 300,
    "retry_jitter": True,
    "max_retries": 12,
}


def create_worker_app(
    settings: WorkerSettings | None = None, *, runtime: WorkerRuntime | None = None
) -> Celery:
    settings = settings or get_settings()
    runtime = runtime or WorkerRuntime(settings)
    app = make_celery(settings, name="zivo.ml")
    app.steps["worker"].add(LivenessProbe)
    app.conf.beat_schedule = {
        "sweep-pending": {"task": SWEEP_PENDING_TASK, "schedule": settings.pending_sweep_seconds},
    }

    def send(name: str, payload: CategorizeReport) -> None:
        app.send_task(name, kwargs=payload.model_dump(mode="json"))

    @app.task(name=CATEGORIZE_TASK, bind=True, shared=False, **RETRY_OPTIONS)
    def categorize(self: Task[Any, Any], report_id: str, user_id: str) -> dict[str, Any]:
        request = CategorizeReport(report_id=uuid.UUID(report_id), user_id=uuid.UUID(user_id))
        categorizer = runtime.categorizer
        with runtime.sessions.begin() as session:
            outcome = categorize_report(session, categorizer, request.report_id)
        return {"categorized": outcome.categorized, "needs_review": outcome.needs_review}

    @app.task(name=SWEEP_PENDING_TASK, bind=True, shared=False, **RETRY_OPTIONS)
    def sweep_pending(self: Task[Any, Any]) -> int:
        """Re-send reports whose results stayed pending: a lost message or a broker outage loses nothing."""
        cutoff = utcnow() - timedelta(seconds=settings.pending_grace_seconds)
        with runtime.sessions() as session:
            reports = stuck_reports(session, created_before=cutoff)
        for report_id, user_id in reports:
            send(CATEGORIZE_TASK, CategorizeReport(report_id=report_id, user_id=user_id))
        if reports:
            logger.info("re-sent %d reports with pending results", len(reports))
        return len(reports)

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
