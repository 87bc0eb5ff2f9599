"""Chat load never starves the database pool: 40 concurrent chats against a slow model, another user reads.

A real server (uvicorn) on PostgreSQL with a deliberately small pool, so a connection held across a model
call would show at once: chats queueing for connections, the reader's requests stalling or failing.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from zivo.api.app import create_app
from zivo.api.clients.openai_client import OpenAIClient
from zivo.api.settings import ApiSettings
from zivo.api.testing.fake_openai import FakeOpenAIServer, text_reply

CHATS = 40
MODEL_SECONDS = 2.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.fixture()
def server_url(settings: ApiSettings) -> Iterator[str]:
    small_pool = settings.model_copy(
        update={
            "db_pool_size": 4,
            "db_max_overflow": 0,
            "chat_deadline_seconds": 30.0,
            "openai_timeout_seconds": 10.0,
        }
    )
    app = create_app(small_pool, llm_client=OpenAIClient.from_settings(small_pool))
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


async def _account(client: httpx.AsyncClient, email: str) -> dict[str, str]:
    password = "correct-horse-42"
    created = await client.post("/v1/auth/register", json={"email": email, "password": password})
    assert created.status_code == 202, created.text  # register never says whether the email was taken
    token = await client.post("/v1/auth/token", data={"username": email, "password": password})
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


def test_forty_slow_chats_do_not_starve_another_users_reads(
    server_url: str, fake_openai: FakeOpenAIServer
) -> None:
    async def scenario() -> tuple[list[int], list[int], list[float]]:
        async with httpx.AsyncClient(base_url=server_url, timeout=60) as client:
            alice = await _account(client, "alice@example.com")
            bob = await _account(client, "bob@example.com")
            report = {"collected_at": "2024-01-01", "results": [{"name": "Glucose", "value": 100}]}
            assert (await client.post("/v1/lab-reports", json=report, headers=bob)).status_code == 201
            fake_openai.script(text_reply("warm"))  # the first chat builds the graph: not part of the load
            assert (await client.post("/v1/chat", json={"message": "hi"}, headers=alice)).status_code == 200

            fake_openai.script(*[text_reply("ok", delay_seconds=MODEL_SECONDS) for _ in range(CHATS)])
            chats = [
                asyncio.create_task(client.post("/v1/chat", json={"message": f"q{i}"}, headers=alice))
                for i in range(CHATS)
            ]
            await asyncio.sleep(0.5)  # every chat is now waiting on the model
            reads: list[int] = []
            latencies: list[float] = []
            while not all(task.done() for task in chats):
                started = time.monotonic()
                response = await client.get("/v1/lab-reports", headers=bob)
                latencies.append(time.monotonic() - started)
                reads.append(response.status_code)
                await asyncio.sleep(0.05)
            return [task.result().status_code for task in chats], reads, latencies

    chat_statuses, read_statuses, latencies = asyncio.run(scenario())
    assert chat_statuses == [200] * CHATS
    assert read_statuses
    assert set(read_statuses) == {200}
    # Unaffected: no read waits for a model reply (2 s). Had the chats held their connections across
    # the model call, the 4-connection pool would make reads queue behind them (or fail with 503).
    assert max(latencies) < MODEL_SECONDS, latencies
