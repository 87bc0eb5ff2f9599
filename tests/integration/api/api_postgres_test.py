"""The API end to end on PostgreSQL and Redis: migrations, uploads, queueing, chat, isolation."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable

import pytest
import redis
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, inspect

from zivo.api.app import create_app
from zivo.api.settings import ApiSettings
from zivo.api.testing.accounts import register_and_login
from zivo.api.testing.fake_openai import FakeOpenAIServer, text_reply, tool_call_reply
from zivo.core.db.base import Base
from zivo.core.db.engine import make_engine, make_sessionmaker
from zivo.core.db.migrate import SchemaOutdatedError, alembic_config, upgrade_to_head
from zivo.core.db.testing import reset_database
from zivo.core.outbox import relay_batch
from zivo.core.queue import make_celery
from zivo.core.tasks import CATEGORIZE_QUEUE, CATEGORIZE_TASK

REPORT = {
    "collected_at": "2024-03-01T08:30:00+02:00",
    "lab_name": "City Lab",
    "results": [
        {"name": "Glucose", "value": 112, "unit": "mg/dL", "reference_range": "70-99"},
        {"name": "Urine protein", "value": "Negative", "reference_range": "Negative"},
    ],
}


def test_migrations_match_models_on_postgres(database_url: str) -> None:
    upgrade_to_head(database_url)
    upgrade_to_head(database_url)  # idempotent, and the advisory lock is released
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            diffs = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
            )
        assert diffs == []
        command.downgrade(alembic_config(database_url), "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    finally:
        engine.dispose()


def test_the_migrate_command_is_safe_to_run_concurrently(database_url: str) -> None:
    reset_database(database_url)
    # Separate processes running the deployment's migrate step at once (a retried one-shot job).
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "DATABASE_URL": database_url}
    argv = [sys.executable, "-m", "zivo.core.db.migrate"]
    procs = [subprocess.Popen(argv, env=env) for _ in range(3)]
    assert [proc.wait(timeout=60) for proc in procs] == [0, 0, 0]
    check = subprocess.run([*argv, "--check"], env=env, capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stderr


def test_the_api_refuses_a_schema_older_than_its_code(settings: ApiSettings) -> None:
    command.downgrade(alembic_config(settings.resolved_database_url()), "0001")
    with pytest.raises(SchemaOutdatedError, match="zivo.core.db.migrate"), TestClient(create_app(settings)):
        pass
    reset_database(settings.resolved_database_url())
    with pytest.raises(SchemaOutdatedError, match="no schema"), TestClient(create_app(settings)):
        pass


def _queued(redis_client: redis.Redis) -> list[tuple[str, dict[str, object]]]:
    out = []
    for raw in redis_client.lrange(CATEGORIZE_QUEUE, 0, -1):
        message = json.loads(raw)
        _args, kwargs, _embed = json.loads(base64.b64decode(message["body"]))
        out.append((message["headers"]["task"], kwargs))
    return out


def _relay(settings: ApiSettings) -> int:
    """What a worker's relay does: send the committed outbox to the broker (zivo.ml.relay runs this loop)."""
    engine = make_engine(settings)
    app = make_celery(settings, name="outbox-relay-test")
    try:
        return relay_batch(
            make_sessionmaker(engine), lambda task, payload: app.send_task(task, kwargs=payload, retry=False)
        )
    finally:
        engine.dispose()


def test_report_lifecycle_queues_categorization_through_the_outbox(
    client: TestClient, settings: ApiSettings, redis_client: redis.Redis
) -> None:
    alice = register_and_login(client, "alice@example.com")
    created = client.post("/v1/lab-reports", json=REPORT, headers=alice)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["collected_at"] == "2024-03-01T06:30:00Z"  # stored and returned in UTC
    assert [(r["flag"], r["status"]) for r in body["results"]] == [("H", "pending"), ("N", "pending")]
    alice_id = client.get("/v1/users/me", headers=alice).json()["id"]
    # The API never talks to the broker: the task was committed with the report, and a relay sends it.
    assert _queued(redis_client) == []
    assert _relay(settings) == 1
    assert _queued(redis_client) == [(CATEGORIZE_TASK, {"report_id": body["id"], "user_id": alice_id})]

    csv = b"name,value,unit,reference_range\nLDL,150,mg/dL,<130\n"
    uploaded = client.post(
        "/v1/lab-reports/upload", files={"file": ("a.csv", csv, "text/csv")}, headers=alice
    )
    assert uploaded.status_code == 201
    assert _relay(settings) == 1
    assert len(_queued(redis_client)) == 2

    trend = client.get("/v1/lab-results/trends", params={"name": "glucose"}, headers=alice).json()
    assert [p["value_numeric"] for p in trend["points"]] == [112]
    assert client.get("/v1/lab-results", params={"name": "ldl"}, headers=alice).json()["total"] == 1
    assert client.get("/readyz").json() == {
        "database": "ok",
        "broker": "ok",
        "llm": "configured",
        "catalogue": "loaded",  # the trend above needed it
    }

    bob = register_and_login(client, "bob@example.com")
    assert client.get(f"/v1/lab-reports/{body['id']}", headers=bob).status_code == 404
    assert client.delete(f"/v1/lab-reports/{body['id']}", headers=alice).status_code == 204
    assert client.get("/v1/lab-reports", headers=alice).json()["total"] == 1


def test_chat_threads_persist_on_postgres(client: TestClient, fake_openai: FakeOpenAIServer) -> None:
    alice = register_and_login(client, "alice@example.com")
    result_id = client.post("/v1/lab-reports", json=REPORT, headers=alice).json()["results"][0]["id"]
    fake_openai.script(
        tool_call_reply([("search_lab_results", {"name": "glucose"})]), text_reply("112, high.")
    )
    first = client.post("/v1/chat", json={"message": "glucose?"}, headers=alice)
    assert first.status_code == 200, first.text
    assert first.json()["citations"] == [result_id]
    fake_openai.script(text_reply("Still 112."))
    again = client.post(
        "/v1/chat", json={"message": "again?", "thread_id": first.json()["thread_id"]}, headers=alice
    )
    assert again.status_code == 200
    roles = [m["role"] for m in fake_openai.requests[-1]["messages"]]
    assert roles == ["system", "user", "assistant", "tool", "assistant", "user"]


def test_chat_history_is_exported_and_erased_on_postgres(
    client: TestClient, fake_openai: FakeOpenAIServer
) -> None:
    alice = register_and_login(client, "alice@example.com")
    report_id = client.post("/v1/lab-reports", json=REPORT, headers=alice).json()["id"]
    fake_openai.script(
        tool_call_reply([("search_lab_results", {"name": "glucose"})]),
        text_reply("112, high."),
        text_reply("Hi."),
    )
    quoting = client.post("/v1/chat", json={"message": "glucose?"}, headers=alice).json()["thread_id"]
    other = client.post("/v1/chat", json={"message": "hello"}, headers=alice).json()["thread_id"]
    threads = client.get("/v1/users/me/export", headers=alice).json()["chat_threads"]
    assert {t["id"]: [m["role"] for m in t["messages"]] for t in threads} == {
        quoting: ["human", "ai", "tool", "ai"],
        other: ["human", "ai"],
    }

    # The report's deletion takes the thread whose tool answer carried its result, not the other one.
    assert client.delete(f"/v1/lab-reports/{report_id}", headers=alice).status_code == 204
    exported = client.get("/v1/users/me/export", headers=alice)
    assert [t["id"] for t in exported.json()["chat_threads"]] == [other]
    assert all("112" not in str(m["content"]) for t in exported.json()["chat_threads"] for m in t["messages"])
    assert client.delete(f"/v1/chat/threads/{other}", headers=alice).status_code == 204
    assert client.get("/v1/users/me/export", headers=alice).json()["chat_threads"] == []

    assert client.delete("/v1/users/me", headers=alice).status_code == 204
    assert client.get("/v1/users/me/export", headers=alice).status_code == 401


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_upload_succeeds_when_redis_is_down(
    settings: ApiSettings, make_client: Callable[[ApiSettings], TestClient]
) -> None:
    dead = settings.model_copy(update={"redis_url": f"redis://127.0.0.1:{_closed_port()}/0"})
    with make_client(dead) as client:
        alice = register_and_login(client, "alice@example.com")
        created = client.post("/v1/lab-reports", json=REPORT, headers=alice)
        assert created.status_code == 201
        assert {r["status"] for r in created.json()["results"]} == {"pending"}
        # Stored with its task in the outbox; the relay sends it once the broker is back.
        with pytest.raises(Exception, match="(?i)connect|refused"):
            _relay(dead)
        assert _relay(settings) == 1
        ready = client.get("/readyz")
        assert ready.status_code == 503
        checks = ready.json()
        assert checks.pop("broker") in {"unavailable", "timeout"}  # refused, or not answered within the bound
        assert checks.pop("catalogue") in {"loaded", "loading"}  # ready either way
        assert checks == {"database": "ok", "llm": "configured"}
