"""What keeps the liveness files fresh: a worker bootstep and a beat scheduler (see `zivo.ml.liveness`).

- worker: a consumer bootstep touches its file every few seconds while the worker's event loop runs (the
  pattern in Celery's docs for liveness probes); it starts only once the worker consumes.
- beat: the scheduler touches its own file on every tick (beat wakes at least every
  ``BEAT_MAX_LOOP_SECONDS``), so a beat container is judged by beat's loop, not by a worker it is not.
"""

from __future__ import annotations

from typing import Any, ClassVar

from celery import bootsteps
from celery.beat import PersistentScheduler

from zivo.ml.liveness import INTERVAL_SECONDS, liveness_path


class LivenessProbe(bootsteps.StartStopStep):  # type: ignore[misc]
    requires: ClassVar[set[str]] = {"celery.worker.components:Timer"}

    def __init__(self, parent: Any, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.path = liveness_path("worker")
        self.requests: list[Any] = []

    def start(self, worker: Any) -> None:
        self.path.touch()
        self.requests.append(worker.timer.call_repeatedly(INTERVAL_SECONDS, self.path.touch, priority=10))

    def stop(self, worker: Any) -> None:
        for request in self.requests:
            request.cancel()
        self.path.unlink(missing_ok=True)


class BeatLivenessScheduler(PersistentScheduler):  # type: ignore[misc]
    """Celery's default scheduler, touching the beat liveness file on every tick."""

    def tick(self, *args: Any, **kwargs: Any) -> float:
        liveness_path("beat").touch()
        interval: float = super().tick(*args, **kwargs)
        return interval

    def close(self) -> None:
        liveness_path("beat").unlink(missing_ok=True)
        super().close()
