from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from celery import Celery

from zivo.ml.heartbeats import BeatLivenessScheduler
from zivo.ml.liveness import main, role_to_check


@pytest.fixture(autouse=True)
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    worker, beat = tmp_path / "worker-alive", tmp_path / "beat-alive"
    monkeypatch.setenv("ZIVO_LIVENESS_FILE", str(worker))
    monkeypatch.setenv("ZIVO_BEAT_LIVENESS_FILE", str(beat))
    return worker, beat


def test_each_role_is_judged_by_its_own_file(files: tuple[Path, Path]) -> None:
    worker, beat = files
    assert main(["--check"]) == 1  # nothing yet
    beat.touch()
    assert role_to_check(None) == "beat"
    assert main(["--check"]) == 0
    assert main(["--check", "--role", "worker"]) == 1
    worker.touch()
    assert role_to_check(None) == "worker"
    old = time.time() - 120
    os.utime(worker, (old, old))
    assert main(["--check"]) == 1
    assert main(["--check", "--role", "beat"]) == 0


def test_the_beat_scheduler_touches_its_file_on_every_tick(files: tuple[Path, Path], tmp_path: Path) -> None:
    _, beat = files
    app = Celery("t", broker="memory://", set_as_current=False)
    scheduler = BeatLivenessScheduler(app, schedule_filename=str(tmp_path / "schedule"), lazy=False)
    try:
        assert scheduler.tick() > 0
        assert beat.exists()
    finally:
        scheduler.close()
    assert not beat.exists()


def test_the_check_imports_no_celery() -> None:
    import subprocess
    import sys

    code = "import sys, zivo.ml.liveness; sys.exit('celery' in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": ":".join(sys.path)})
