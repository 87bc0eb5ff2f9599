"""Liveness for container health checks, per role, without a result backend or broadcast support.

The worker's consumer loop and beat's scheduler loop each keep a file fresh (`zivo.ml.heartbeats`).
This module only reads them and imports nothing but the standard library, so a health check costs a
bare interpreter start, not Celery's import.

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

INTERVAL_SECONDS = 10.0
BEAT_MAX_LOOP_SECONDS = 10.0
ROLES = ("worker", "beat")


def liveness_path(role: str) -> Path:
    """`ZIVO_LIVENESS_FILE` (worker) / `ZIVO_BEAT_LIVENESS_FILE` (beat), read when called."""
    if role == "beat":
        return Path(os.environ.get("ZIVO_BEAT_LIVENESS_FILE", "/tmp/zivo-beat-alive"))
    return Path(os.environ.get("ZIVO_LIVENESS_FILE", "/tmp/zivo-worker-alive"))


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
