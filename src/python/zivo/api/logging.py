"""JSON-lines logs with a per-request id.

Only whitelisted fields reach the output, so a careless ``extra=`` can never leak lab values,
tokens or passwords; messages themselves are fixed strings written by us, never request content.
"""

from __future__ import annotations

import json
import logging
import sys
import time
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from zivo.api.metrics import Metrics

request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)

SAFE_FIELDS = frozenset(
    {
        "request_id",
        "method",
        "path",
        "route",
        "status_code",
        "duration_ms",
        "task",
        "error",
        "count",
        "source",
    }
)
REQUEST_ID_HEADER = "x-request-id"

access_logger = logging.getLogger("zivo.api.access")


class JsonLinesFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        request_id = request_id_var.get()
        if request_id:
            entry["request_id"] = request_id
        for key in SAFE_FIELDS:
            if key in record.__dict__:
                entry[key] = record.__dict__[key]
        if record.exc_info and record.exc_info[0] is not None:
            entry["exc_type"] = record.exc_info[0].__name__
        return json.dumps(entry, default=str)


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonLinesFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.captureWarnings(True)  # library warnings become JSON lines too
    # uvicorn's own access log would print raw paths with query strings; ours replaces it.
    logging.getLogger("uvicorn.access").disabled = True
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True


def _clean_request_id(raw: str | None) -> str:
    if raw and len(raw) <= 64 and raw.replace("-", "").isalnum():
        return raw
    return uuid.uuid4().hex


class RequestContextMiddleware:
    """Assigns a request id (echoing a sane ``X-Request-ID``), logs one access line, records metrics."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        raw = headers.get(REQUEST_ID_HEADER.encode())
        request_id = _clean_request_id(raw.decode("latin-1") if raw else None)
        token = request_id_var.set(request_id)
        status_code = 500
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal status_code
            if message["type"] == "http.response.start":
                status_code = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (REQUEST_ID_HEADER.encode(), request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            route = scope.get("route")
            # The route template (/v1/lab-reports/{report_id}), never the raw path or query string.
            template = getattr(route, "path", "unmatched")
            self.metrics.observe(scope["method"], template, status_code, elapsed)
            access_logger.info(
                "request",
                extra={
                    "method": scope["method"],
                    "route": template,
                    "status_code": status_code,
                    "duration_ms": round(elapsed * 1000, 2),
                },
            )
            request_id_var.reset(token)
