from __future__ import annotations

import time
from pathlib import Path

import pytest
from celery import Celery
from celery.exceptions import OperationalError

from zivo.ml.consumer import RECONNECT_INTERVAL_MAX, PromptReconnectConsumer, reconnect_promptly
from zivo.ml.runtime import WorkerRuntime
from zivo.ml.settings import WorkerSettings
from zivo.ml.worker import create_worker_app


def closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the block ends: nothing listens there


def test_reconnect_attempts_come_within_seconds_not_kombus_30(tmp_path: Path) -> None:
    waits: list[float] = []
    broker = Celery(broker=f"redis://127.0.0.1:{closed_port()}/0", set_as_current=False)
    conn = reconnect_promptly(broker.connection_for_read())
    started = time.monotonic()
    with pytest.raises(OperationalError, match="refused"):
        conn.ensure_connection(lambda exc, interval: waits.append(interval), 6)
    conn.release()
    # kombu's default would wait 2, 4, 6, 8, 10 s (30 s in all); capped, the sixth attempt comes in 6 s.
    assert waits[:5] == [0.5, 1.0, 1.5, 2.0, 2.0]
    assert max(waits) == RECONNECT_INTERVAL_MAX
    assert time.monotonic() - started < 15


def test_the_worker_consumes_through_the_prompt_consumer(tmp_path: Path) -> None:
    settings = WorkerSettings.for_tests(tmp_path)
    app = create_worker_app(settings, runtime=WorkerRuntime(settings))
    module, _, name = app.conf.worker_consumer.partition(":")
    assert (module, name) == (PromptReconnectConsumer.__module__, PromptReconnectConsumer.__qualname__)
