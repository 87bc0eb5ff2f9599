from __future__ import annotations

import json
import logging

from zivo.api.logging import JsonLinesFormatter, request_id_var


def test_only_safe_fields_are_logged() -> None:
    record = logging.LogRecord("zivo.test", logging.INFO, __file__, 1, "report stored", None, None)
    record.__dict__.update({"count": 3, "password": "hunter2", "value": 7.4, "token": "secret"})
    token = request_id_var.set("req-1")
    try:
        line = JsonLinesFormatter().format(record)
    finally:
        request_id_var.reset(token)
    entry = json.loads(line)
    assert entry["msg"] == "report stored"
    assert entry["count"] == 3
    assert entry["request_id"] == "req-1"
    assert "hunter2" not in line
    assert "secret" not in line
    assert "7.4" not in line
