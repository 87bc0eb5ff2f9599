"""Worker liveness for container health checks, without a result backend or broadcast support.

A consumer bootstep touches a file every few seconds while the worker's event loop runs (the pattern in
Celery's docs for liveness probes); `python -m zivo.ml.liveness --check` exits 1 when it went stale.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any, ClassVar

from celery import bootsteps

DEFAULT_PATH = Path(os.environ.get("ZIVO_LIVENESS_FILE", "/tmp/zivo-worker-alive"))
INTERVAL_SECONDS = 10.0


class LivenessProbe(bootsteps.StartStopStep):  # type: ignore[misc]
    requires: ClassVar[set[str]] = {"celery.worker.components:Timer"}

    def __init__(self, parent: Any, **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.path = DEFAULT_PATH
        self.requests: list[Any] = []

    def start(self, worker: Any) -> None:
        self.path.touch()
        self.requests.append(worker.timer.call_repeatedly(INTERVAL_SECONDS, self.path.touch, priority=10))

    def stop(self, worker: Any) -> None:
        for request in self.requests:
            request.cancel()
        self.path.unlink(missing_ok=True)


def is_alive(path: Path = DEFAULT_PATH, *, max_age_seconds: float = 3 * INTERVAL_SECONDS) -> bool:
    try:
        return time.time() - path.stat().st_mtime <= max_age_seconds
    except FileNotFoundError:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 0 if the worker is alive, else 1")
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--max-age", type=float, default=3 * INTERVAL_SECONDS)
    args = parser.parse_args(argv)
    alive = is_alive(args.path, max_age_seconds=args.max_age)
    print("alive" if alive else f"stale or missing: {args.path}", file=sys.stderr)
    return 0 if alive else 1


if __name__ == "__main__":
    sys.exit(main())
