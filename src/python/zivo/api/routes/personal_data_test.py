"""Data rights: deleted reports leave chat history; threads and accounts can be deleted; all exported."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from zivo.api.testing.accounts import DEFAULT_PASSWORD, register_and_login
from zivo.api.testing.fake_openai import FakeOpenAIServer, text_reply, tool_call_reply
from zivo.core.settings import Settings



@pytest.fixture()
def settings(settings: Settings) -> Settings:
    # These tests are about what is stored, not deadlines: room for the first chat's graph import on a
    # busy machine.
    return settings.model_copy(update={"openai_timeout_seconds": 20.0})


REPORT = {
    "collected_at": "2024-02-02",
    "results": [{"name": "Glucose", "value": 187, "reference_range": "70-99"}],
}


def _chat_about_glucose(client: TestClient, headers: dict[str, str], fake_openai: FakeOpenAIServer) -> str:
    fake_openai.script(
        tool_call_reply([("get_lab_trend", {"name": "glucose"})]),
        text_reply("Your glucose was 187 mg/dL, flagged high."),
    )
    response = client.post("/v1/chat", json={"message": "How is my glucose?"}, headers=headers)
    assert response.status_code == 200, response.text
    return str(response.json()["thread_id"])


def test_deleting_a_report_removes_its_values_from_chat_history(
    client: TestClient, alice: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    report = client.post("/v1/lab-reports", json=REPORT, headers=alice).json()
    kept = client.post(
        "/v1/lab-reports", json={**REPORT, "results": [{"name": "TSH", "value": 2.5}]}, headers=alice
    ).json()
    thread_id = _chat_about_glucose(client, alice, fake_openai)
    fake_openai.script(
        tool_call_reply([("get_lab_trend", {"name": "tsh"})]), text_reply("TSH 2.5 is normal.")
    )
    client.post("/v1/chat", json={"message": "And TSH?", "thread_id": thread_id}, headers=alice)

    assert client.delete(f"/v1/lab-reports/{report['id']}", headers=alice).status_code == 204

    fake_openai.script(text_reply("Nothing to quote."))
    client.post("/v1/chat", json={"message": "Remind me", "thread_id": thread_id}, headers=alice)
    seen = json.dumps(fake_openai.requests[-1]["messages"])
    assert "187" not in seen
    assert report["results"][0]["id"] not in seen
    assert kept["results"][0]["id"] in seen  # the other report's turn is untouched
    assert "TSH 2.5 is normal." in seen
    exported = client.get("/v1/users/me/export", headers=alice).text
    assert "187" not in exported


def test_delete_a_chat_thread(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    thread_id = _chat_about_glucose(client, alice, fake_openai)
    assert client.delete(f"/v1/chat/threads/{thread_id}", headers=bob).status_code == 404
    assert client.delete(f"/v1/chat/threads/{thread_id}", headers=alice).status_code == 204
    assert client.delete(f"/v1/chat/threads/{thread_id}", headers=alice).status_code == 404
    again = client.post("/v1/chat", json={"message": "x", "thread_id": thread_id}, headers=alice)
    assert again.status_code == 404
    assert client.get("/v1/users/me/export", headers=alice).json()["chat_threads"] == []


def test_export_holds_everything_and_only_mine(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    client.post("/v1/lab-reports", json=REPORT, headers=alice)
    client.post("/v1/lab-reports", json={**REPORT, "lab_name": "Bob's lab"}, headers=bob)
    thread_id = _chat_about_glucose(client, alice, fake_openai)
    export = client.get("/v1/users/me/export", headers=alice)
    assert export.status_code == 200
    body = export.json()
    assert body["user"]["email"] == "alice@example.com"
    assert [r["results"][0]["value_numeric"] for r in body["lab_reports"]] == [187]
    assert [t["id"] for t in body["chat_threads"]] == [thread_id]
    assert [m["role"] for m in body["chat_threads"][0]["messages"]] == [
        "user",
        "assistant",
        "tool",
        "assistant",
    ]
    assert "Bob's lab" not in export.text


def test_delete_account_with_everything_in_it(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    client.post("/v1/lab-reports", json=REPORT, headers=alice)
    bob_report = client.post("/v1/lab-reports", json=REPORT, headers=bob).json()
    _chat_about_glucose(client, alice, fake_openai)

    assert client.delete("/v1/users/me", headers=alice).status_code == 204
    assert client.get("/v1/users/me", headers=alice).status_code == 401  # the token died with the account
    signed_in = client.post(
        "/v1/auth/token", data={"username": "alice@example.com", "password": DEFAULT_PASSWORD}
    )
    assert signed_in.status_code == 401
    # A new account under the same email starts empty.
    fresh = register_and_login(client, "alice@example.com")
    assert client.get("/v1/users/me/export", headers=fresh).json()["lab_reports"] == []
    assert client.get(f"/v1/lab-reports/{bob_report['id']}", headers=bob).status_code == 200
