"""A tiny real OpenAI-compatible HTTP server for tests: the real ``openai`` SDK talks to it.

Implements ``POST /v1/chat/completions`` from a script of replies, one consumed per request::

    with FakeOpenAIServer() as server:
        server.script(tool_call_reply([("get_lab_trend", {"name": "glucose"})]), text_reply("Stable."))
        client = OpenAIClient(api_key="test", base_url=server.base_url, model="fake")

Each reply is a :class:`Reply` (``text_reply``, ``tool_call_reply``, ``json_reply``, ``error_reply``,
``raw_reply``, optionally delayed) or a callable taking the request body and returning one. Received
bodies are kept in ``server.requests`` so tests can assert what the SDK sent (tools, response_format,
messages).
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


@dataclass(frozen=True)
class Reply:
    message: dict[str, Any] = field(default_factory=dict)
    status: int = 200
    error: str | None = None
    delay_seconds: float = 0.0
    # Sent as the body instead of a completion: a misbehaving endpoint (not JSON, no choices, ...).
    raw: bytes | None = None


ReplySource = Reply | Callable[[dict[str, Any]], Reply]


def text_reply(content: str, *, delay_seconds: float = 0.0) -> Reply:
    return Reply(message={"role": "assistant", "content": content}, delay_seconds=delay_seconds)


def json_reply(payload: Any, *, delay_seconds: float = 0.0) -> Reply:
    return text_reply(json.dumps(payload), delay_seconds=delay_seconds)


def tool_call_reply(calls: list[tuple[str, dict[str, Any]]]) -> Reply:
    return Reply(
        message={
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": f"call_{i}",
                    "type": "function",
                    "function": {"name": name, "arguments": json.dumps(args)},
                }
                for i, (name, args) in enumerate(calls)
            ],
        }
    )


def error_reply(status: int, message: str = "upstream failure") -> Reply:
    return Reply(status=status, error=message)


def raw_reply(body: bytes, *, status: int = 200, delay_seconds: float = 0.0) -> Reply:
    """A body the endpoint should never send: ``b"<html>"``, ``b'{"id": "x"}'`` (no choices), ..."""
    return Reply(status=status, raw=body, delay_seconds=delay_seconds)


class FakeOpenAIServer:
    def __init__(self, host: str = "127.0.0.1", *, fallback: ReplySource | None = None) -> None:
        """``fallback`` answers once the script is used up (default: a 500, so a test notices)."""
        self._fallback = fallback or error_reply(500, "fake script exhausted")
        self.requests: list[dict[str, Any]] = []
        self._script: deque[ReplySource] = deque()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server = ThreadingHTTPServer((host, 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def script(self, *replies: ReplySource) -> None:
        with self._lock:
            self._script.extend(replies)

    def pending(self) -> int:
        with self._lock:
            return len(self._script)

    def start(self) -> FakeOpenAIServer:
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="fake-openai", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()  # wakes delayed replies so shutdown never waits on them
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _next(self, body: dict[str, Any]) -> Reply:
        with self._lock:
            self.requests.append(body)
            source = self._script.popleft() if self._script else self._fallback
        return source(body) if callable(source) else source

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server API)
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._send(404, {"error": {"message": "not found", "type": "invalid_request_error"}})
                    return
                reply = server._next(body)
                if reply.delay_seconds and server._stop.wait(reply.delay_seconds):
                    return
                if reply.raw is not None:
                    self._send_bytes(reply.status, reply.raw)
                    return
                if reply.error is not None:
                    self._send(reply.status, {"error": {"message": reply.error, "type": "server_error"}})
                    return
                finish = "tool_calls" if reply.message.get("tool_calls") else "stop"
                self._send(
                    200,
                    {
                        "id": f"chatcmpl-{len(server.requests)}",
                        "object": "chat.completion",
                        "created": int(time.time()),
                        "model": body.get("model", "fake"),
                        "choices": [
                            {"index": 0, "message": reply.message, "finish_reason": finish, "logprobs": None}
                        ],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                    },
                )

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                self._send_bytes(status, json.dumps(payload).encode())

            def _send_bytes(self, status: int, data: bytes) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)

        return Handler
