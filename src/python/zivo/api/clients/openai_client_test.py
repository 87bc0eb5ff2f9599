from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel, SecretStr

from zivo.api.clients.openai_client import (
    LLMNotConfiguredError,
    LLMTimeoutError,
    LLMUnavailableError,
    OpenAIClient,
)
from zivo.api.settings import ApiSettings
from zivo.api.testing.fake_openai import (
    FakeOpenAIServer,
    Reply,
    error_reply,
    json_reply,
    raw_reply,
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


class Answer(BaseModel):
    a: int


def test_complete_parsed_sends_the_models_strict_schema(server: FakeOpenAIServer) -> None:
    server.script(json_reply({"a": 1}))
    client = _client(server)
    assert asyncio.run(client.complete_parsed([], Answer)) == Answer(a=1)
    response_format = server.requests[0]["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["strict"] is True
    assert response_format["json_schema"]["schema"]["properties"] == {"a": {"title": "A", "type": "integer"}}


@pytest.mark.parametrize(
    "reply",
    [
        text_reply("not json"),
        json_reply({"a": "not a number"}),
        raw_reply(b"<html>502 Bad Gateway</html>"),
        raw_reply(b'{"id": "x", "object": "chat.completion"}'),  # no choices
        raw_reply(b'{"id": "x", "choices": []}'),
        raw_reply(b'{"id": "x", "choices": [{"index": 0, "message": null}]}'),
    ],
)
def test_a_misbehaving_endpoint_is_unavailable_never_a_crash(server: FakeOpenAIServer, reply: Reply) -> None:
    server.script(reply, reply)
    client = _client(server)
    with pytest.raises(LLMUnavailableError):
        asyncio.run(client.complete_parsed([], Answer))
    if reply.raw is not None:  # plain completions get the same treatment
        with pytest.raises(LLMUnavailableError):
            asyncio.run(client.complete([]))


def test_without_a_usable_key_there_is_no_client(tmp_path: Path) -> None:
    for key in (None, "", "unset"):
        settings = ApiSettings.for_tests(tmp_path, openai_api_key=None if key is None else SecretStr(key))
        with pytest.raises(LLMNotConfiguredError):
            OpenAIClient.from_settings(settings)


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
