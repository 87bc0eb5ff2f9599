"""Fixtures for the API's unit tests: SQLite in tmp_path, a fake OpenAI server, an in-memory task sender."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from zivo.api.app import create_app
from zivo.api.clients.openai_client import OpenAIClient
from zivo.api.testing.accounts import register_and_login
from zivo.api.testing.fake_openai import FakeOpenAIServer
from zivo.api.testing.fake_tasks import InMemoryTaskSender
from zivo.core.settings import Settings


@pytest.fixture()
def fake_openai() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as server:
        yield server


@pytest.fixture()
def task_sender() -> InMemoryTaskSender:
    return InMemoryTaskSender()


@pytest.fixture()
def settings(tmp_path: Path, fake_openai: FakeOpenAIServer) -> Settings:
    return Settings(
        _env_file=None,
        data_dir=tmp_path / "data",
        database_url=None,
        redis_url=None,
        secret_key=SecretStr("unit-test-secret-key-long-enough-for-hs256"),
        openai_api_key=SecretStr("test-key"),
        openai_base_url=fake_openai.base_url,
        openai_model="fake-model",
        openai_timeout_seconds=1.5,
        max_upload_bytes=64 * 1024,
    )


@pytest.fixture()
def client(settings: Settings, task_sender: InMemoryTaskSender) -> Iterator[TestClient]:
    llm = OpenAIClient(
        api_key="test-key",
        base_url=settings.openai_base_url,
        model=settings.openai_model,
        timeout=settings.openai_timeout_seconds,
        max_retries=0,
    )
    with TestClient(create_app(settings, llm_client=llm, task_sender=task_sender)) as test_client:
        yield test_client


@pytest.fixture()
def alice(client: TestClient) -> dict[str, str]:
    return register_and_login(client, "alice@example.com")


@pytest.fixture()
def bob(client: TestClient) -> dict[str, str]:
    return register_and_login(client, "bob@example.com")
