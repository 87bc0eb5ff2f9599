from __future__ import annotations

from pathlib import Path
from typing import cast

from zivo.core.tasks import CATEGORIZE_QUEUE, CATEGORIZE_TASK, SWEEP_PENDING_TASK
from zivo.ml.categorization.classifier import Categorizer
from zivo.ml.runtime import WorkerRuntime
from zivo.ml.settings import WorkerSettings
from zivo.ml.worker import beat_argv, create_worker_app, worker_argv


def settings(tmp_path: Path, **overrides: float | bool) -> WorkerSettings:
    return WorkerSettings.for_tests(tmp_path, **overrides)


def test_tasks_are_registered_under_the_contract_names(tmp_path: Path) -> None:
    app = create_worker_app(settings(tmp_path), runtime=WorkerRuntime(settings(tmp_path)))
    assert {CATEGORIZE_TASK, SWEEP_PENDING_TASK} <= set(app.tasks)
    assert not [name for name in app.tasks if "aggregate" in name]  # summaries are read-time queries now
    for name in (CATEGORIZE_TASK, SWEEP_PENDING_TASK):
        task = app.tasks[name]
        assert task.max_retries == 12
        assert task.autoretry_for
    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.task_routes[CATEGORIZE_TASK] == {"queue": CATEGORIZE_QUEUE}


def test_beat_schedules_only_the_pending_sweep(tmp_path: Path) -> None:
    configured = settings(tmp_path, pending_sweep_seconds=42.0)
    app = create_worker_app(configured, runtime=WorkerRuntime(configured))
    schedule = {entry["task"]: entry["schedule"] for entry in app.conf.beat_schedule.values()}
    assert schedule == {SWEEP_PENDING_TASK: 42.0}


def test_worker_runs_beat_unless_told_not_to(tmp_path: Path) -> None:
    with_beat = worker_argv(settings(tmp_path), ["--concurrency=2"])
    assert with_beat[0] == "worker"
    assert "--beat" in with_beat
    assert f"--queues={CATEGORIZE_QUEUE}" in with_beat
    assert with_beat[-1] == "--concurrency=2"
    assert "--beat" not in worker_argv(settings(tmp_path, worker_beat=False))
    assert beat_argv(settings(tmp_path))[0] == "beat"


def test_the_model_is_not_loaded_until_a_task_needs_it(tmp_path: Path) -> None:
    built: list[WorkerSettings] = []

    def factory(configured: WorkerSettings) -> Categorizer:
        built.append(configured)
        return cast(Categorizer, object())

    runtime = WorkerRuntime(settings(tmp_path), categorizer_factory=factory)
    create_worker_app(settings(tmp_path), runtime=runtime)
    assert built == []
    first, second = runtime.categorizer, runtime.categorizer
    assert first is second
    assert len(built) == 1
