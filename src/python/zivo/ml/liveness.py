"""Liveness for container health checks, per role, without a result backend or broadcast support.

- worker: a consumer bootstep touches a file every few seconds while the worker's event loop runs (the
  pattern in Celery's docs for liveness probes); it starts only once the worker consumes.
- beat: the scheduler touches its own file on every tick (beat wakes at least every
  ``BEAT_MAX_LOOP_SECONDS``), so a beat container is judged by beat's loop, not by a worker it is not.

`python -m zivo.ml.liveness --check [--role worker|beat]` exits 1 when the file went stale; without
``--role`` it checks the worker file when there is one (a worker, or a worker running beat inside) and
the beat file otherwise, so one image-wide health check fits both services.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any, ClassVar

from celery import bootsteps
from celery.beat import PersistentScheduler

INTERVAL_SECONDS = 10.0
BEAT_MAX_LOOP_SECONDS = 10.0
ROLES = ("worker", "beat")


def liveness_path(role: str) -> Path:
    """`ZIVO_LIVENESS_FILE` (worker) / `ZIVO_BEAT_LIVENESS_FILE` (beat), read when called."""
    if role == "beat":
        return Path(os.environ.get("ZIVO_BEAT_LIVENESS_FILE", "/tmp/zivo-beat-alive"))
    return Path(os.environ.get("ZIVO_LIVENESS_FILE", "/tmp/zivo-worker-alive"))


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


def is_alive(path: Path, *, max_age_seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime <= max_age_seconds
    except FileNotFoundError:
        return False


def role_to_check(requested: str | None) -> str:
    if requested:
        return requested
    return "worker" if liveness_path("worker").exists() or not liveness_path("beat").exists() else "beat"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 0 if the process is alive, else 1")
    parser.add_argument("--role", choices=ROLES, help="worker or beat (default: whichever file exists)")
    parser.add_argument("--path", type=Path, help="the liveness file (default: the role's)")
    parser.add_argument("--max-age", type=float, default=3 * max(INTERVAL_SECONDS, BEAT_MAX_LOOP_SECONDS))
    args = parser.parse_args(argv)
    role = role_to_check(args.role)
    path = args.path or liveness_path(role)
    alive = is_alive(path, max_age_seconds=args.max_age)
    print(f"{role} alive" if alive else f"{role} stale or missing: {path}", file=sys.stderr)
    return 0 if alive else 1


if __name__ == "__main__":
    sys.exit(main())
