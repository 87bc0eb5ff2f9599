"""Sending background tasks to the ML worker by name; the API never imports ``zivo.ml``."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from pydantic import BaseModel

from zivo.core.lazy import Lazy
from zivo.core.settings import CoreSettings
from zivo.core.tasks import TASK_QUEUES

if TYPE_CHECKING:
    from celery import Celery

logger = logging.getLogger(__name__)


class TaskSender(Protocol):
    def send(self, name: str, payload: BaseModel) -> bool:
        """Queue a task; ``False`` (never an exception) when the broker is unreachable."""
        ...

    def ping(self) -> bool:
        """Whether the broker is reachable (for readiness)."""
        ...


class CeleryTaskSender:
    def __init__(self, settings: CoreSettings) -> None:
        # Built on first use, not at import or construction: Celery and kombu (~0.1 s) load with the first
        # send or readiness probe.
        self._celery: Lazy[Celery] = Lazy(lambda: _make_celery(settings))

    def _app(self) -> Celery:
        return self._celery.get()

    def send(self, name: str, payload: BaseModel) -> bool:
        try:
            self._app().send_task(
                name,
                kwargs=payload.model_dump(mode="json"),
                queue=TASK_QUEUES.get(name),
                retry=True,
                retry_policy={
                    "max_retries": 1,
                    "interval_start": 0,
                    "interval_step": 0.2,
                    "interval_max": 0.5,
                },
            )
        except Exception as exc:
            logger.warning(
                "task not sent; results stay pending", extra={"task": name, "error": type(exc).__name__}
            )
            return False
        logger.info("task sent", extra={"task": name})
        return True

    def ping(self) -> bool:
        try:
            with self._app().connection_for_write() as connection:
                connection.ensure_connection(max_retries=1, timeout=2)
        except Exception as exc:
            logger.warning("broker unreachable", extra={"error": type(exc).__name__})
            return False
        return True

    def close(self) -> None:
        if (celery := self._celery.peek()) is not None:
            celery.close()


def _make_celery(settings: CoreSettings) -> Celery:
    from zivo.core.queue import make_celery

    return make_celery(settings, name="zivo-api")
