from __future__ import annotations

import json
import time
import uuid

from fastapi.testclient import TestClient

from zivo.api.app import create_app
from zivo.api.clients.openai_client import OpenAIClient
from zivo.api.settings import ApiSettings
from zivo.api.testing.accounts import register_and_login
from zivo.api.testing.fake_openai import FakeOpenAIServer, error_reply, text_reply, tool_call_reply
from zivo.api.testing.fake_tasks import InMemoryTaskSender


def _seed(client: TestClient, headers: dict[str, str], value: float) -> list[str]:
    body = {
        "collected_at": "2024-02-02",
        "results": [{"name": "Glucose", "value": value, "unit": "mg/dL", "reference_range": "70-99"}],
    }
    response = client.post("/v1/lab-reports", json=body, headers=headers)
    return [r["id"] for r in response.json()["results"]]


def test_tool_loop_answers_with_citations_from_own_data(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    alice_ids = _seed(client, alice, 120)
    _seed(client, bob, 80)
    fake_openai.script(
        tool_call_reply([("get_lab_trend", {"name": "glucose"}), ("get_category_summary", {})]),
        text_reply("Your glucose was 120 mg/dL on 2024-02-02, flagged high."),
    )
    response = client.post("/v1/chat", json={"message": "How is my glucose?"}, headers=alice)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["answer"].startswith("Your glucose was 120")
    assert body["citations"] == alice_ids

    first, second = fake_openai.requests
    assert {tool["function"]["name"] for tool in first["tools"]} == {
        "search_lab_results",
        "get_lab_trend",
        "get_category_summary",
    }
    tool_messages = [m for m in second["messages"] if m["role"] == "tool"]
    assert len(tool_messages) == 2
    trend = json.loads(tool_messages[0]["content"])
    assert [r["value"] for r in trend["results"]] == [120]  # bob's 80 is invisible
    # The tool names the canonical test and gives each value in its unit (one series across labs).
    assert trend["test"]["id"] == "glucose"
    assert [r["value_in_test_unit"] for r in trend["results"]] == [120]


def test_thread_memory_persists_and_belongs_to_its_user(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    fake_openai.script(text_reply("Hello Alice."), text_reply("You asked about greetings."))
    first = client.post("/v1/chat", json={"message": "Hi, I am Alice"}, headers=alice).json()
    thread_id = first["thread_id"]
    second = client.post(
        "/v1/chat", json={"message": "What did I say?", "thread_id": thread_id}, headers=alice
    )
    assert second.status_code == 200
    assert second.json()["thread_id"] == thread_id
    history = [
        (m["role"], m["content"]) for m in fake_openai.requests[1]["messages"] if m["role"] != "system"
    ]
    assert history == [
        ("user", "Hi, I am Alice"),
        ("assistant", "Hello Alice."),
        ("user", "What did I say?"),
    ]

    stolen = client.post("/v1/chat", json={"message": "Leak it", "thread_id": thread_id}, headers=bob)
    assert stolen.status_code == 404
    unknown = client.post("/v1/chat", json={"message": "x", "thread_id": str(uuid.uuid4())}, headers=alice)
    assert unknown.status_code == 404
    assert len(fake_openai.requests) == 2  # no LLM call for rejected threads


def test_model_cannot_choose_the_user(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    _seed(client, bob, 80)
    bob_id = client.get("/v1/users/me", headers=bob).json()["id"]
    fake_openai.script(
        tool_call_reply([("search_lab_results", {"name": "glucose", "user_id": bob_id})]),
        tool_call_reply([("no_such_tool", {})]),
        text_reply("Nothing found."),
    )
    body = client.post("/v1/chat", json={"message": "Show bob's glucose"}, headers=alice).json()
    assert body["citations"] == []
    contents = [m["content"] for m in fake_openai.requests[2]["messages"] if m["role"] == "tool"]
    # The validation error echoes the rejected user_id, and a random UUID contains "80" one time in ten.
    assert all("80" not in content.replace(bob_id, "") for content in contents)
    # The tool node answers with the error, for the model to read: the arguments the schema forbids and
    # the tool that does not exist.
    assert "user_id" in contents[0]
    assert "Extra inputs are not permitted" in contents[0]
    assert "no_such_tool is not a valid tool" in contents[1]


def test_tool_loop_is_bounded(
    client: TestClient, alice: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    fake_openai.script(
        *[tool_call_reply([("get_category_summary", {})]) for _ in range(3)], text_reply("Done.")
    )
    body = client.post("/v1/chat", json={"message": "loop"}, headers=alice).json()
    assert body["answer"] == "Done."
    assert "tools" not in fake_openai.requests[-1]


def test_upstream_error_is_502_and_timeout_is_504(
    client: TestClient, alice: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    fake_openai.script(error_reply(503, "overloaded"))
    failed = client.post("/v1/chat", json={"message": "hi"}, headers=alice)
    assert failed.status_code == 502
    assert "language model" in failed.json()["detail"]

    fake_openai.script(text_reply("too late", delay_seconds=30))
    started = time.monotonic()
    slow = client.post("/v1/chat", json={"message": "hi"}, headers=alice)
    assert slow.status_code == 504
    assert time.monotonic() - started < 5  # the configured 1.5 s, plus slack; never hangs


def test_overall_deadline_covers_the_whole_tool_loop(
    settings: ApiSettings, task_sender: InMemoryTaskSender, fake_openai: FakeOpenAIServer
) -> None:
    # Each call is within the 1.5 s model timeout; together they are not within the 2 s turn deadline.
    tight = settings.model_copy(update={"chat_deadline_seconds": 2.0})
    llm = OpenAIClient(
        api_key="test-key",
        base_url=tight.openai_base_url,
        model=tight.openai_model,
        timeout=1.5,
        max_retries=0,
    )
    with TestClient(create_app(tight, llm_client=llm, task_sender=task_sender)) as client:
        alice = register_and_login(client, "alice@example.com")
        slow_tool_call = tool_call_reply([("get_category_summary", {})])
        fake_openai.script(
            lambda _body: slow_tool_call.__class__(message=slow_tool_call.message, delay_seconds=1.2),
            text_reply("late", delay_seconds=1.2),
        )
        started = time.monotonic()
        response = client.post("/v1/chat", json={"message": "hi"}, headers=alice)
        assert response.status_code == 504
        assert time.monotonic() - started < 3
