from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from zivo.api.testing.accounts import DEFAULT_PASSWORD


def test_register_login_and_me(client: TestClient) -> None:
    created = client.post(
        "/v1/auth/register", json={"email": "Carol@Example.com", "password": DEFAULT_PASSWORD}
    )
    assert created.status_code == 202
    assert created.json()["email"] == "carol@example.com"

    token = client.post(
        "/v1/auth/token", data={"username": "carol@example.com", "password": DEFAULT_PASSWORD}
    )
    assert token.status_code == 200
    assert token.json()["token_type"] == "bearer"

    me = client.get("/v1/users/me", headers={"Authorization": f"Bearer {token.json()['access_token']}"})
    assert me.status_code == 200
    assert me.json()["email"] == "carol@example.com"


def test_register_does_not_reveal_a_taken_email(client: TestClient) -> None:
    body = {"email": "dup@example.com", "password": DEFAULT_PASSWORD}
    first = client.post("/v1/auth/register", json=body)
    again = client.post("/v1/auth/register", json={"email": "DUP@example.com", "password": "other-pass-9"})
    assert (first.status_code, first.json()) == (again.status_code, again.json())
    assert dict(first.headers).keys() == dict(again.headers).keys()
    # The taken account is untouched: its password is still the first one.
    signed_in = client.post(
        "/v1/auth/token", data={"username": "dup@example.com", "password": DEFAULT_PASSWORD}
    )
    assert signed_in.status_code == 200
    hijack = client.post("/v1/auth/token", data={"username": "dup@example.com", "password": "other-pass-9"})
    assert hijack.status_code == 401


@pytest.mark.parametrize("password", ["short1", "lettersonly", "1234567890", "a1" * 70])
def test_weak_password_is_422(client: TestClient, password: str) -> None:
    response = client.post("/v1/auth/register", json={"email": "weak@example.com", "password": password})
    assert response.status_code == 422
    assert password not in response.text  # never echo a password back


@pytest.mark.parametrize("email", ["not-an-email", "a@", "@example.com", ""])
def test_bad_email_is_422(client: TestClient, email: str) -> None:
    response = client.post("/v1/auth/register", json={"email": email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 422


def test_wrong_credentials_are_401(client: TestClient, alice: dict[str, str]) -> None:
    wrong = client.post("/v1/auth/token", data={"username": "alice@example.com", "password": "wrong-pass-1"})
    assert wrong.status_code == 401
    unknown = client.post(
        "/v1/auth/token", data={"username": "nobody@example.com", "password": DEFAULT_PASSWORD}
    )
    assert unknown.status_code == 401


@pytest.mark.parametrize("header", ["Bearer not-a-jwt", "Bearer ", "Basic abc", ""])
def test_bad_tokens_are_401(client: TestClient, header: str) -> None:
    response = client.get("/v1/users/me", headers={"Authorization": header} if header else {})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_failed_sign_ins_are_throttled_per_account(client: TestClient, alice: dict[str, str]) -> None:
    # Default budget: 10 failures per account per 15 minutes (per client: 30 attempts a minute).
    for _ in range(10):
        wrong = client.post("/v1/auth/token", data={"username": "alice@example.com", "password": "wrong-1"})
        assert wrong.status_code == 401
    right = client.post(
        "/v1/auth/token", data={"username": "Alice@example.com", "password": DEFAULT_PASSWORD}
    )
    assert right.status_code == 429
    assert 1 <= int(right.headers["retry-after"]) <= 15 * 60
    assert "too many failed sign-ins" in right.json()["detail"]


def test_sign_in_attempts_are_throttled_per_client(client: TestClient) -> None:
    statuses = [
        client.post("/v1/auth/token", data={"username": f"u{i}@example.com", "password": "x1"}).status_code
        for i in range(31)
    ]
    assert statuses[:30] == [401] * 30
    assert statuses[30] == 429
    register = client.post(
        "/v1/auth/register", json={"email": "new@example.com", "password": DEFAULT_PASSWORD}
    )
    assert register.status_code == 429
    assert int(register.headers["retry-after"]) >= 1


def test_success_clears_the_account_failures(client: TestClient, alice: dict[str, str]) -> None:
    for _ in range(2):
        for _ in range(9):
            client.post("/v1/auth/token", data={"username": "alice@example.com", "password": "wrong-1"})
        ok = client.post(
            "/v1/auth/token", data={"username": "alice@example.com", "password": DEFAULT_PASSWORD}
        )
        assert ok.status_code == 200


@pytest.mark.parametrize("username", ["alice\x00@example.com", "alice@example.com\x07", "\x1b[31m"])
def test_control_characters_in_username_are_422(client: TestClient, username: str) -> None:
    response = client.post("/v1/auth/token", data={"username": username, "password": DEFAULT_PASSWORD})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "username"]
