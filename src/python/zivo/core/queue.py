"""The Celery application both sides share: the API only sends, the worker consumes.

Broker is Redis when ``REDIS_URL`` is set, else kombu's filesystem transport in the data directory, so
the API and a worker on one machine need no server at all.
"""

from __future__ import annotations

from pathlib import Path

from celery import Celery

from zivo.core.settings import CoreSettings
from zivo.core.tasks import TASK_QUEUES


def make_celery(settings: CoreSettings, *, name: str) -> Celery:
    app = Celery(name, broker=settings.resolved_broker_url(), set_as_current=False)
    transport_options: dict[str, object] = dict(settings.broker_transport_options())
    if transport_options:
        for folder in {str(v) for v in transport_options.values()}:
            Path(folder).mkdir(parents=True, exist_ok=True)
    else:
        # A send to a dead Redis must fail fast, not stall an upload.
        transport_options = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.5}
    app.conf.update(
        broker_transport_options=transport_options,
        broker_connection_timeout=2.0,
        broker_connection_retry_on_startup=True,
        task_serializer="json",
        accept_content=["json"],
        result_backend=None,
        task_ignore_result=True,
        task_routes={task: {"queue": queue} for task, queue in TASK_QUEUES.items()},
        # Ack after the task ran, so a killed worker's message is redelivered; tasks are idempotent.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        timezone="UTC",
    )
    return app
