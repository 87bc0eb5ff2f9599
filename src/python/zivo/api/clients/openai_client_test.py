from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from zivo.api.clients.openai_client import LLMTimeoutError, LLMUnavailableError, OpenAIClient
from zivo.api.testing.fake_openai import (
    FakeOpenAIServer,
    error_reply,
    json_reply,
    text_reply,
    tool_call_reply,
)


@pytest.fixture()
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as fake:
        yield fake


def _client(server: FakeOpenAIServer, timeout: float = 2.0) -> OpenAIClient:
    return OpenAIClient(api_key="k", base_url=server.base_url, model="m", timeout=timeout, max_retries=0)


def test_complete_returns_plain_dicts(server: FakeOpenAIServer) -> None:
    server.script(tool_call_reply([("get_lab_trend", {"name": "tsh"})]), text_reply("ok"))

    async def run() -> tuple[dict[str, object], dict[str, object]]:
        client = _client(server)
        try:
            first = await client.complete([{"role": "user", "content": "hi"}], tools=[])
            second = await client.complete([{"role": "user", "content": "hi"}])
        finally:
            await client.aclose()
        return first, second

    first, second = asyncio.run(run())
    assert first["tool_calls"] == [
        {
            "id": "call_0",
            "type": "function",
            "function": {"name": "get_lab_trend", "arguments": '{"name": "tsh"}'},
        }
    ]
    assert second == {"role": "assistant", "content": "ok"}
    assert server.requests[0]["model"] == "m"


def test_complete_json_sends_strict_schema(server: FakeOpenAIServer) -> None:
    server.script(json_reply({"a": 1}), text_reply("not json"))
    client = _client(server)
    assert asyncio.run(client.complete_json([], name="x", schema={"type": "object"})) == {"a": 1}
    assert server.requests[0]["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "x", "schema": {"type": "object"}, "strict": True},
    }
    with pytest.raises(LLMUnavailableError):
        asyncio.run(client.complete_json([], name="x", schema={"type": "object"}))


def test_errors_are_translated(server: FakeOpenAIServer) -> None:
    server.script(error_reply(429, "rate limited"), text_reply("slow", delay_seconds=5))
    client = _client(server, timeout=0.5)
    with pytest.raises(LLMUnavailableError, match="429"):
        asyncio.run(client.complete([]))
    with pytest.raises(LLMTimeoutError):
        asyncio.run(client.complete([]))
    unreachable = OpenAIClient(
        api_key="k", base_url="http://127.0.0.1:9/v1", model="m", timeout=1, max_retries=0
    )
    with pytest.raises(LLMUnavailableError, match="unreachable"):
        asyncio.run(unreachable.complete([]))
