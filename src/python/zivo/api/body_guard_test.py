"""Bodies are refused before they are read: unauthenticated ones at once, oversized ones at the limit."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi.testclient import TestClient

from zivo.api.body_guard import MULTIPART_OVERHEAD_BYTES

CHUNK = 64 * 1024
# A well-formed multipart start, so the parser keeps reading the file part for as long as bytes come.
PREAMBLE = (
    b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n'
    b"Content-Type: text/csv\r\n\r\n"
)


def _raw_request(
    client: TestClient, path: str, headers: dict[str, str], *, total_bytes: int, declare_length: bool
) -> tuple[int, int, dict[str, str]]:
    """Drive the ASGI app directly with a body of ``total_bytes``; (status, bytes the app pulled, headers)."""
    app: Any = client.app
    pulled = 0
    sent: list[dict[str, Any]] = []
    raw_headers = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    raw_headers.append((b"content-type", b"multipart/form-data; boundary=xyz"))
    if declare_length:
        raw_headers.append((b"content-length", str(total_bytes).encode()))

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        size = min(CHUNK, total_bytes - pulled)
        body = (PREAMBLE + b"x" * size)[:size] if pulled == 0 else b"x" * size
        pulled += size
        return {"type": "http.request", "body": body, "more_body": pulled < total_bytes}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": raw_headers,
        "client": ("127.0.0.1", 5000),
        "server": ("testserver", 80),
    }
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    return start["status"], pulled, {k.decode(): v.decode() for k, v in start["headers"]}


def test_unauthenticated_upload_is_refused_before_any_byte_is_read(client: TestClient) -> None:
    gib = 1024**3
    for declare in (True, False):
        status, pulled, headers = _raw_request(
            client, "/v1/lab-reports/upload", {}, total_bytes=gib, declare_length=declare
        )
        assert (status, pulled) == (401, 0)
        assert headers["www-authenticate"] == "Bearer"
    forged = {"Authorization": "Bearer not.a.token"}
    status, pulled, _ = _raw_request(
        client, "/v1/lab-reports/upload", forged, total_bytes=gib, declare_length=True
    )
    assert (status, pulled) == (401, 0)


def test_declared_length_over_the_limit_is_413_before_reading(
    client: TestClient, alice: dict[str, str]
) -> None:
    limit = client.app.state.settings.max_upload_bytes + MULTIPART_OVERHEAD_BYTES  # type: ignore[attr-defined]
    status, pulled, _ = _raw_request(
        client, "/v1/lab-reports/upload", alice, total_bytes=limit + 1, declare_length=True
    )
    assert (status, pulled) == (413, 0)
    json_limit = client.app.state.settings.max_request_bytes  # type: ignore[attr-defined]
    status, pulled, _ = _raw_request(
        client, "/v1/lab-reports", alice, total_bytes=json_limit + 1, declare_length=True
    )
    assert (status, pulled) == (413, 0)


def test_streamed_body_is_cut_off_at_the_limit(client: TestClient, alice: dict[str, str]) -> None:
    limit = client.app.state.settings.max_upload_bytes + MULTIPART_OVERHEAD_BYTES  # type: ignore[attr-defined]
    status, pulled, _ = _raw_request(
        client, "/v1/lab-reports/upload", alice, total_bytes=100 * limit, declare_length=False
    )
    assert status == 413
    assert pulled <= limit + CHUNK  # one chunk past the limit at most, never the rest


def test_refusals_keep_the_error_shape(client: TestClient, alice: dict[str, str]) -> None:
    too_big = client.post(
        "/v1/lab-reports",
        content=b"{" + b" " * (2 * 1024 * 1024) + b"}",
        headers={**alice, "Content-Type": "application/json"},
    )
    assert too_big.status_code == 413
    assert set(too_big.json()) == {"detail"}
    anonymous = client.post("/v1/lab-reports", json={"collected_at": "2024-01-01", "results": []})
    assert anonymous.status_code == 401
    assert anonymous.json() == {"detail": "not authenticated"}
    small = client.post(
        "/v1/lab-reports/upload",
        files={"file": ("a.csv", b"name,value\nGlucose,90\n", "text/csv")},
        headers=alice,
    )
    assert small.status_code == 201
