from __future__ import annotations

import base64
import json
import socket
import time
import uuid
from pathlib import Path

from zivo.api.clients.task_sender import CeleryTaskSender
from zivo.core.settings import CoreSettings
from zivo.core.tasks import CATEGORIZE_QUEUE, CATEGORIZE_TASK, CategorizeReport


def _payload() -> CategorizeReport:
    return CategorizeReport(report_id=uuid.uuid4(), user_id=uuid.uuid4())


def test_filesystem_broker_receives_task_by_name(tmp_path: Path) -> None:
    settings = CoreSettings.for_tests(tmp_path)
    sender = CeleryTaskSender(settings)
    payload = _payload()
    try:
        assert sender.ping()
        assert sender.send(CATEGORIZE_TASK, payload)
    finally:
        sender.close()
    messages = [json.loads(path.read_text()) for path in (tmp_path / "broker").iterdir()]
    assert len(messages) == 1
    message = messages[0]
    assert message["headers"]["task"] == CATEGORIZE_TASK
    assert message["properties"]["delivery_info"]["routing_key"] == CATEGORIZE_QUEUE
    args, kwargs, _embed = json.loads(base64.b64decode(message["body"]))
    assert args == []
    assert kwargs == payload.model_dump(mode="json")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_dead_redis_is_swallowed_quickly(tmp_path: Path) -> None:
    settings = CoreSettings.for_tests(tmp_path, redis_url=f"redis://127.0.0.1:{_closed_port()}/0")
    sender = CeleryTaskSender(settings)
    try:
        started = time.monotonic()
        assert sender.send(CATEGORIZE_TASK, _payload()) is False
        assert sender.ping() is False
        assert time.monotonic() - started < 10
    finally:
        sender.close()
