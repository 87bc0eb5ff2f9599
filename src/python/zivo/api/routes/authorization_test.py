"""Every /v1 route needs a bearer token, and nobody sees another user's data."""

from __future__ import annotations

import uuid

from fastapi.testclient import TestClient

from zivo.api.testing.fake_openai import FakeOpenAIServer, text_reply

PUBLIC = {("POST", "/v1/auth/register"), ("POST", "/v1/auth/token")}


def _v1_routes(client: TestClient) -> list[tuple[str, str]]:
    paths = client.app.openapi()["paths"]  # type: ignore[attr-defined]
    return sorted(
        (method.upper(), path)
        for path, operations in paths.items()
        if path.startswith("/v1/")
        for method in operations
        if (method.upper(), path) not in PUBLIC
    )


def test_route_inventory_is_complete(client: TestClient) -> None:
    assert len(_v1_routes(client)) == 13  # a new route must be added to the contract knowingly


def test_every_v1_route_rejects_missing_and_forged_tokens(client: TestClient, alice: dict[str, str]) -> None:
    forged = alice["Authorization"][:-4] + "AAAA"
    for method, path in _v1_routes(client):
        url = path.replace("{report_id}", str(uuid.uuid4())).replace("{thread_id}", str(uuid.uuid4()))
        for headers in ({}, {"Authorization": forged}):
            response = client.request(method, url, headers=headers)
            assert response.status_code == 401, (method, path, headers)


def test_other_users_data_is_not_found(
    client: TestClient, alice: dict[str, str], bob: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    body = {"collected_at": "2024-01-01", "results": [{"name": "Glucose", "value": 100}]}
    report_id = client.post("/v1/lab-reports", json=body, headers=alice).json()["id"]
    fake_openai.script(text_reply("hi"))
    thread_id = client.post("/v1/chat", json={"message": "hello"}, headers=alice).json()["thread_id"]

    assert client.get(f"/v1/lab-reports/{report_id}", headers=bob).status_code == 404
    assert client.delete(f"/v1/lab-reports/{report_id}", headers=bob).status_code == 404
    assert client.get("/v1/lab-reports", headers=bob).json() == {"items": [], "total": 0}
    assert client.get("/v1/lab-results", headers=bob).json() == {"items": [], "total": 0}
    assert (
        client.get("/v1/lab-results/trends", params={"name": "glucose"}, headers=bob).json()["points"] == []
    )
    assert client.get("/v1/lab-summary", headers=bob).json() == {"items": []}
    assert (
        client.post("/v1/chat", json={"message": "x", "thread_id": thread_id}, headers=bob).status_code == 404
    )
    # ...and alice still has everything.
    assert client.get(f"/v1/lab-reports/{report_id}", headers=alice).status_code == 200
