from __future__ import annotations

from pathlib import Path

from celery.beat import Scheduler

from zivo.core.queue import make_celery
from zivo.core.settings import CoreSettings
from zivo.core.tasks import CATEGORIZE_QUEUE


def redis_settings(tmp_path: Path, **overrides: object) -> CoreSettings:
    return CoreSettings.model_validate(
        {"data_dir": tmp_path, "redis_url": "redis://127.0.0.1:1/0", **overrides}
    )


def test_every_redis_wait_is_bounded_and_unacked_messages_return_in_seconds(tmp_path: Path) -> None:
    app = make_celery(redis_settings(tmp_path, broker_visibility_timeout_seconds=30.0), name="t")
    options = app.conf.broker_transport_options
    assert options["socket_timeout"] == 2.0
    assert options["socket_connect_timeout"] == 2.0
    assert options["visibility_timeout"] == 30.0
    # Restored on every check, every 5 s: a killed worker's message is back within 35 s.
    assert options["unacked_restore_throttle"] == 1
    assert options["unacked_restore_interval"] == 5
    # A worker killed inside a restore pass holds kombu's restore lock for 10 s, not kombu's 300 s.
    assert options["unacked_mutex_expire"] == 10
    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True


def test_the_socket_timeout_never_undercuts_the_consumers_poll(tmp_path: Path) -> None:
    app = make_celery(redis_settings(tmp_path, broker_socket_timeout_seconds=0.5), name="t")
    assert app.conf.broker_transport_options["socket_timeout"] > 1.0


def test_beat_queues_nothing_that_no_worker_consumes(tmp_path: Path) -> None:
    app = make_celery(redis_settings(tmp_path), name="t")
    scheduler = Scheduler(app, lazy=False)
    assert "celery.backend_cleanup" not in scheduler.schedule
    assert app.conf.task_default_queue == CATEGORIZE_QUEUE
