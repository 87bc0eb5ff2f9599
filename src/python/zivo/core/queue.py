"""The Celery application both sides share: the API only sends, the worker consumes.

Broker is Redis when ``REDIS_URL`` is set, else kombu's filesystem transport in the data directory, so
the API and a worker on one machine need no server at all.
"""

from __future__ import annotations

from pathlib import Path

from celery import Celery

from zivo.core.settings import CoreSettings
from zivo.core.tasks import CATEGORIZE_QUEUE, TASK_QUEUES


def redis_transport_options(settings: CoreSettings) -> dict[str, object]:
    """Bounded waits on every Redis socket, and unacknowledged messages back within seconds."""
    visibility = settings.broker_visibility_timeout_seconds
    restore_interval = max(1, int(visibility // 6))
    return {
        # A frozen Redis (SIGSTOP, a half-open connection) raises after this instead of blocking forever.
        # It must exceed kombu's BRPOP timeout (1 s), or an idle consumer would time out on every poll.
        "socket_timeout": max(settings.broker_socket_timeout_seconds, 1.5),
        "socket_connect_timeout": settings.broker_socket_timeout_seconds,
        "socket_keepalive": True,
        "health_check_interval": 10,
        # A killed worker's messages sit in the unacked hash until this passes; any live consumer then
        # puts them back on the queue. Tasks are idempotent, so a slow task redelivered early costs one
        # no-op run, not a duplicate write.
        "visibility_timeout": visibility,
        "unacked_restore_interval": restore_interval,
        "unacked_restore_throttle": 1,
        # The lock a consumer holds for the milliseconds of one restore pass; kombu's default of 300 s means
        # a worker killed inside that pass stops every restore for five minutes. Two passes at once are
        # harmless (each message's restore is a transaction watching the unacked hash).
        "unacked_mutex_expire": 2 * restore_interval,
        # A send to a dead Redis fails fast: the outbox keeps the intent, the relay tries again.
        "max_retries": 1,
        "interval_start": 0,
        "interval_step": 0.2,
        "interval_max": 0.5,
    }


def make_celery(settings: CoreSettings, *, name: str) -> Celery:
    app = Celery(name, broker=settings.resolved_broker_url(), set_as_current=False)
    transport_options: dict[str, object] = dict(settings.broker_transport_options())
    if transport_options:
        for folder in {str(v) for v in transport_options.values()}:
            Path(folder).mkdir(parents=True, exist_ok=True)
    else:
        transport_options = redis_transport_options(settings)
    app.conf.update(
        broker_transport_options=transport_options,
        broker_connection_timeout=settings.broker_socket_timeout_seconds,
        broker_connection_retry_on_startup=True,
        # A worker reconnects forever after a broker outage rather than exiting after 100 tries.
        broker_connection_max_retries=None,
        task_serializer="json",
        accept_content=["json"],
        result_backend=None,
        task_ignore_result=True,
        # No result backend, so nothing to clean: without this beat queues a daily celery.backend_cleanup
        # onto the default queue, which no worker consumes.
        result_expires=None,
        task_routes={task: {"queue": queue} for task, queue in TASK_QUEUES.items()},
        # Anything unrouted lands where workers listen, never on an orphan queue named "celery".
        task_default_queue=CATEGORIZE_QUEUE,
        # Ack after the task ran, so a killed worker's message is redelivered; tasks are idempotent.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        # Each worker process loads the model before it takes a task (see zivo.ml.worker); allow for it.
        worker_proc_alive_timeout=settings.worker_ready_timeout_seconds,
        timezone="UTC",
    )
    return app
