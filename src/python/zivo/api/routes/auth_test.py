from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from zivo.api.testing.accounts import DEFAULT_PASSWORD


def test_register_login_and_me(client: TestClient) -> None:
    created = client.post(
        "/v1/auth/register", json={"email": "Carol@Example.com", "password": DEFAULT_PASSWORD}
    )
    assert created.status_code == 201
    assert set(created.json()) == {"id", "email"}
    assert created.json()["email"] == "carol@example.com"

    token = client.post(
        "/v1/auth/token", data={"username": "carol@example.com", "password": DEFAULT_PASSWORD}
    )
    assert token.status_code == 200
    assert token.json()["token_type"] == "bearer"

    me = client.get("/v1/users/me", headers={"Authorization": f"Bearer {token.json()['access_token']}"})
    assert me.status_code == 200
    assert me.json() == created.json()


def test_taken_email_is_409(client: TestClient) -> None:
    body = {"email": "dup@example.com", "password": DEFAULT_PASSWORD}
    assert client.post("/v1/auth/register", json=body).status_code == 201
    again = client.post("/v1/auth/register", json={**body, "email": "DUP@example.com"})
    assert again.status_code == 409


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
