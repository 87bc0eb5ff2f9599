from __future__ import annotations

from pathlib import Path
from typing import cast

from zivo.core.settings import Settings
from zivo.core.tasks import (
    AGGREGATE_QUEUE,
    AGGREGATE_STALE_TASK,
    AGGREGATE_TASK,
    CATEGORIZE_QUEUE,
    CATEGORIZE_TASK,
    SWEEP_PENDING_TASK,
)
from zivo.ml.categorization.classifier import Categorizer
from zivo.ml.runtime import WorkerRuntime
from zivo.ml.worker import beat_argv, create_worker_app, worker_argv


def settings(tmp_path: Path, **overrides: float | bool) -> Settings:
    return Settings.model_validate({"data_dir": tmp_path, **overrides})


def test_tasks_are_registered_under_the_contract_names(tmp_path: Path) -> None:
    app = create_worker_app(settings(tmp_path), runtime=WorkerRuntime(settings(tmp_path)))
    for name in (CATEGORIZE_TASK, AGGREGATE_TASK, SWEEP_PENDING_TASK, AGGREGATE_STALE_TASK):
        assert app.tasks[name].name == name
    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.task_routes[CATEGORIZE_TASK] == {"queue": CATEGORIZE_QUEUE}
    assert app.conf.task_routes[AGGREGATE_TASK] == {"queue": AGGREGATE_QUEUE}


def test_beat_schedules_the_sweep_and_stale_summaries(tmp_path: Path) -> None:
    configured = settings(tmp_path, pending_sweep_seconds=42.0, aggregate_schedule_seconds=600.0)
    app = create_worker_app(configured, runtime=WorkerRuntime(configured))
    schedule = {entry["task"]: entry["schedule"] for entry in app.conf.beat_schedule.values()}
    assert schedule == {SWEEP_PENDING_TASK: 42.0, AGGREGATE_STALE_TASK: 600.0}


def test_worker_runs_beat_unless_told_not_to(tmp_path: Path) -> None:
    with_beat = worker_argv(settings(tmp_path), ["--concurrency=2"])
    assert with_beat[0] == "worker"
    assert "--beat" in with_beat
    assert f"--queues={CATEGORIZE_QUEUE},{AGGREGATE_QUEUE}" in with_beat
    assert with_beat[-1] == "--concurrency=2"
    assert "--beat" not in worker_argv(settings(tmp_path, worker_beat=False))
    assert beat_argv(settings(tmp_path))[0] == "beat"


def test_the_model_is_not_loaded_until_a_task_needs_it(tmp_path: Path) -> None:
    built: list[Settings] = []

    def factory(configured: Settings) -> Categorizer:
        built.append(configured)
        return cast(Categorizer, object())

    runtime = WorkerRuntime(settings(tmp_path), categorizer_factory=factory)
    create_worker_app(settings(tmp_path), runtime=runtime)
    assert built == []
    first, second = runtime.categorizer, runtime.categorizer
    assert first is second
    assert len(built) == 1
