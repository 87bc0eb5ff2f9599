"""Sending background tasks to the ML worker by name; the API never imports ``zivo.ml``."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Protocol

from pydantic import BaseModel

from zivo.core.settings import Settings
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
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._celery: Celery | None = None
        self._lock = threading.Lock()

    def _app(self) -> Celery:
        # Built on first use, not at import or construction: Celery and kombu (~0.1 s) load with the first
        # send or readiness probe. Sends run in the thread pool, hence the lock.
        with self._lock:
            if self._celery is None:
                from zivo.core.queue import make_celery

                self._celery = make_celery(self._settings, name="zivo-api")
            return self._celery

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
        if self._celery is not None:
            self._celery.close()
