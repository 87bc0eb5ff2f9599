"""A user's rights over their data: delete a thread, export everything, delete the account, and a
deleted report's values gone from chat history. The chats run against the fake OpenAI-compatible server."""

from __future__ import annotations

import json
import uuid
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from zivo.api.testing.fake_openai import FakeOpenAIServer, text_reply, tool_call_reply
from zivo.core.db.models import ChatThread, IdempotencyKey, LabReport, LabResult, OutboxMessage, User


def _report(client: TestClient, headers: dict[str, str], name: str, value: float, **extra: str) -> str:
    body = {
        "collected_at": "2024-02-02",
        "results": [{"name": name, "value": value, "reference_range": "70-99"}],
    }
    response = client.post("/v1/lab-reports", json=body, headers={**headers, **extra})
    assert response.status_code == 201, response.text
    report_id: str = response.json()["id"]
    return report_id


def _chat(client: TestClient, headers: dict[str, str], message: str, thread_id: str | None = None) -> str:
    body: dict[str, Any] = {"message": message, **({"thread_id": thread_id} if thread_id else {})}
    response = client.post("/v1/chat", json=body, headers=headers)
    assert response.status_code == 200, response.text
    thread: str = response.json()["thread_id"]
    return thread


def _saved_messages(client: TestClient, thread_id: str) -> list[Any]:
    """What the checkpointer itself still holds for the thread, read on the app's own event loop."""
    memory = client.app.state.chat_memory  # type: ignore[attr-defined]
    assert client.portal is not None
    messages: list[Any] = client.portal.call(memory.messages, uuid.UUID(thread_id))
    return messages


def test_only_the_owner_deletes_a_thread_and_its_messages_go_with_it(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    fake_openai.script(text_reply("Hello Alice."), text_reply("Hello again."))
    thread_id = _chat(client, alice, "Hi, I am Alice")
    kept = _chat(client, alice, "Another thread")
    assert len(_saved_messages(client, thread_id)) == 2

    assert client.delete(f"/v1/chat/threads/{thread_id}", headers=bob).status_code == 404
    assert len(_saved_messages(client, thread_id)) == 2  # bob's attempt changed nothing

    assert client.delete(f"/v1/chat/threads/{thread_id}", headers=alice).status_code == 204
    assert _saved_messages(client, thread_id) == []
    assert client.delete(f"/v1/chat/threads/{thread_id}", headers=alice).status_code == 404
    continued = client.post(
        "/v1/chat", json={"message": "still there?", "thread_id": thread_id}, headers=alice
    )
    assert continued.status_code == 404
    unknown = client.delete(f"/v1/chat/threads/{uuid.uuid4()}", headers=alice)
    assert unknown.status_code == 404
    assert unknown.json() == {"detail": "chat thread not found"}

    exported = client.get("/v1/users/me/export", headers=alice).json()
    assert [thread["id"] for thread in exported["chat_threads"]] == [kept]
    assert len(_saved_messages(client, kept)) == 2


def test_export_holds_the_account_reports_and_chat_messages(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    report_id = _report(client, alice, "Glucose", 123.5)
    _report(client, bob, "Glucose", 81.25)
    fake_openai.script(
        tool_call_reply([("search_lab_results", {"name": "glucose"})]),
        text_reply("Your glucose was 123.5, flagged high."),
    )
    thread_id = _chat(client, alice, "How is my glucose?")

    response = client.get("/v1/users/me/export", headers=alice)
    assert response.status_code == 200, response.text
    exported = response.json()
    assert exported["account"]["email"] == "alice@example.com"
    assert exported["account"]["id"] == client.get("/v1/users/me", headers=alice).json()["id"]
    [report] = exported["lab_reports"]
    assert report["id"] == report_id
    assert [(r["name"], r["value_numeric"]) for r in report["results"]] == [("Glucose", 123.5)]
    [thread] = exported["chat_threads"]
    assert thread["id"] == thread_id
    roles = [message["role"] for message in thread["messages"]]
    assert roles == ["human", "ai", "tool", "ai"]
    human, call, tool, answer = thread["messages"]
    assert human["content"] == "How is my glucose?"
    assert call["tool_calls"] == [{"name": "search_lab_results", "args": {"name": "glucose"}}]
    assert tool["tool"] == "search_lab_results"
    assert [r["value"] for r in json.loads(tool["content"])["results"]] == [123.5]
    assert answer["content"] == "Your glucose was 123.5, flagged high."
    assert "81.25" not in response.text  # nothing of bob's

    assert client.get("/v1/users/me/export").status_code == 401


def test_deleting_the_account_leaves_nothing_and_the_token_dies(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    _report(client, alice, "Glucose", 123.5, **{"Idempotency-Key": "alice-1"})
    bob_report = _report(client, bob, "Glucose", 81.25, **{"Idempotency-Key": "bob-1"})
    alice_id = uuid.UUID(client.get("/v1/users/me", headers=alice).json()["id"])
    fake_openai.script(tool_call_reply([("search_lab_results", {"name": "glucose"})]), text_reply("123.5"))
    thread_id = _chat(client, alice, "How is my glucose?")
    assert _saved_messages(client, thread_id)

    assert client.delete("/v1/users/me", headers=alice).status_code == 204

    assert client.get("/v1/users/me", headers=alice).status_code == 401
    assert client.get("/v1/lab-reports", headers=alice).status_code == 401
    assert client.delete("/v1/users/me", headers=alice).status_code == 401
    assert _saved_messages(client, thread_id) == []
    with client.app.state.sessionmaker() as session:  # type: ignore[attr-defined]
        owned_by_alice = [
            select(func.count()).select_from(User).where(User.id == alice_id),
            *(
                select(func.count()).select_from(model).where(model.user_id == alice_id)
                for model in (LabReport, LabResult, ChatThread, IdempotencyKey)
            ),
        ]
        left = [session.scalar(query) for query in owned_by_alice]
        assert left == [0] * len(owned_by_alice)
        queued = [m.payload for m in session.scalars(select(OutboxMessage))]
        assert [p["user_id"] for p in queued] == [
            p["user_id"] for p in queued if p["user_id"] != str(alice_id)
        ]
        assert len(queued) == 1  # bob's report's task is still queued
    # Bob is untouched, and alice's email can be registered again.
    assert client.get(f"/v1/lab-reports/{bob_report}", headers=bob).status_code == 200
    again = client.post(
        "/v1/auth/register", json={"email": "alice@example.com", "password": "correct-horse-42"}
    )
    assert again.status_code == 202


def test_a_deleted_reports_values_are_no_longer_quotable(
    client: TestClient, alice: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    deleted = _report(client, alice, "Glucose", 123.5)
    _report(client, alice, "Ferritin", 45.75)
    fake_openai.script(
        tool_call_reply([("search_lab_results", {"name": "glucose"})]),
        text_reply("Your glucose was 123.5."),
        tool_call_reply([("search_lab_results", {"name": "ferritin"})]),
        text_reply("Your ferritin was 45.75."),
    )
    quoting = _chat(client, alice, "How is my glucose?")
    other = _chat(client, alice, "And my ferritin?")

    assert client.delete(f"/v1/lab-reports/{deleted}", headers=alice).status_code == 204

    assert _saved_messages(client, quoting) == []
    exported = client.get("/v1/users/me/export", headers=alice)
    assert "123.5" not in exported.text
    assert [thread["id"] for thread in exported.json()["chat_threads"]] == [other]
    # The thread that never saw the report keeps its history.
    assert "45.75" in exported.json()["chat_threads"][0]["messages"][-1]["content"]
    gone = client.post("/v1/chat", json={"message": "What was it?", "thread_id": quoting}, headers=alice)
    assert gone.status_code == 404
    # A new question finds nothing left to quote.
    fake_openai.script(tool_call_reply([("search_lab_results", {"name": "glucose"})]), text_reply("None."))
    _chat(client, alice, "How is my glucose?")
    tool_answers = [m["content"] for m in fake_openai.requests[-1]["messages"] if m["role"] == "tool"]
    assert tool_answers
    assert all("123.5" not in content for content in tool_answers)
    assert client.delete(f"/v1/lab-reports/{deleted}", headers=alice).status_code == 404
