"""Registering and signing in test users through the public API."""

from __future__ import annotations

from starlette.testclient import TestClient

DEFAULT_PASSWORD = "correct-horse-42"


def register_and_login(client: TestClient, email: str, password: str = DEFAULT_PASSWORD) -> dict[str, str]:
    """Create the account and return ``Authorization`` headers for it."""
    created = client.post("/v1/auth/register", json={"email": email, "password": password})
    assert created.status_code == 202, created.text
    token = client.post("/v1/auth/token", data={"username": email, "password": password})
    assert token.status_code == 200, token.text
    return {"Authorization": f"Bearer {token.json()['access_token']}"}
