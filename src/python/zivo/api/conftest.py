"""Fixtures for the API's unit tests: SQLite in tmp_path, a fake OpenAI server, an in-memory task sender."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from zivo.api.app import create_app
from zivo.api.clients.openai_client import OpenAIClient
from zivo.api.settings import ApiSettings
from zivo.api.testing.accounts import register_and_login
from zivo.api.testing.fake_openai import FakeOpenAIServer
from zivo.api.testing.fake_tasks import InMemoryTaskSender


@pytest.fixture()
def fake_openai() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as server:
        yield server


@pytest.fixture()
def task_sender() -> InMemoryTaskSender:
    return InMemoryTaskSender()


@pytest.fixture()
def settings(tmp_path: Path, fake_openai: FakeOpenAIServer) -> ApiSettings:
    return ApiSettings.for_tests(
        tmp_path / "data",
        openai_api_key=SecretStr("test-key"),
        openai_base_url=fake_openai.base_url,
        openai_model="fake-model",
        openai_timeout_seconds=1.5,
        # Generous: the first turn imports the graph; test_overall_deadline_* sets a tight one itself.
        chat_deadline_seconds=20.0,
        max_upload_bytes=64 * 1024,
    )


@pytest.fixture()
def client(settings: ApiSettings, task_sender: InMemoryTaskSender) -> Iterator[TestClient]:
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
