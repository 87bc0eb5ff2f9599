"""Schemathesis over every operation of the real API: no 5xx, every response as the OpenAPI contract says.

The app runs under uvicorn on a real port, on PostgreSQL when ``ZIVO_TEST_DATABASE_URL`` is set (in a
database of its own) and SQLite otherwise, with the fake OpenAI-compatible server behind the LLM routes.
Requests carry a real bearer token. Each operation is fuzzed twice: with a fixed seed (the same cases
every run, so a regression is reproducible) and with a random one (new cases every run; set
``ZIVO_FUZZ_SEED`` to replay one: the seed is printed with any failure).
"""

from __future__ import annotations

import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import schemathesis
import uvicorn

# hypothesis is schemathesis's engine, locked with it (not a requirement of its own):
from hypothesis import HealthCheck, seed, settings  # pants: no-infer-dep
from pydantic import SecretStr
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance
from sqlalchemy.engine import make_url

from zivo.api.app import create_app
from zivo.api.clients.openai_client import OpenAIClient
from zivo.api.settings import ApiSettings
from zivo.api.testing.fake_openai import FakeOpenAIServer, Reply, json_reply, text_reply
from zivo.api.testing.fake_tasks import InMemoryTaskSender
from zivo.core.db.engine import recreate_database
from zivo.core.db.migrate import upgrade_to_head

FIXED_SEED = 20261130
RANDOM_SEED = int(os.environ.get("ZIVO_FUZZ_SEED") or random.randrange(2**32))
EXAMPLES_PER_OPERATION = 50
MIN_CASES = 1000
CHECKS = [not_a_server_error, response_schema_conformance]
EXTRACTED = {
    "collected_at": "2024-06-10",
    "lab_name": "Acme Diagnostics",
    "results": [{"name": "TSH", "value": 5.9, "unit": "mIU/L", "reference_range": "0.4-4.0"}],
}
CASES: dict[str, int] = {}


def _llm(body: dict[str, Any]) -> Reply:
    """Extraction asks for a JSON schema; the assistant for text."""
    return json_reply(EXTRACTED) if "response_format" in body else text_reply("Your results look stable.")


@dataclass(frozen=True)
class LiveAPI:
    base_url: str
    headers: dict[str, str]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _database_url() -> str | None:
    server = os.environ.get("ZIVO_TEST_DATABASE_URL")
    if not server:
        return None  # SQLite under data_dir, migrated by the app
    url = recreate_database(server, f"{make_url(server).database}_fuzz")
    upgrade_to_head(url)  # on a server database the API only checks the schema; deploys migrate it
    return url


def _new_account(base_url: str, email: str) -> dict[str, str]:
    """Register ``email`` on the live API and return the ``Authorization`` headers to act as it."""
    credentials = {"email": email, "password": "fuzz-password-42"}
    with httpx.Client(base_url=base_url) as client:
        client.post("/v1/auth/register", json=credentials).raise_for_status()
        token = client.post(
            "/v1/auth/token", data={"username": credentials["email"], "password": credentials["password"]}
        )
        token.raise_for_status()
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


@pytest.fixture(scope="session")
def live_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveAPI]:
    data_dir = tmp_path_factory.mktemp("fuzz")
    with FakeOpenAIServer(fallback=_llm) as fake_openai:
        app_settings = ApiSettings.for_tests(
            data_dir,
            database_url=_database_url(),
            openai_api_key=SecretStr("test-key"),
            openai_base_url=fake_openai.base_url,
            openai_model="fake-model",
            openai_timeout_seconds=5.0,
            # Fuzzing signs in hundreds of times from one address: throttling is tested elsewhere.
            login_attempts_per_client="100000/minute",
            login_failures_per_account="100000/minute",
        )
        llm = OpenAIClient.from_settings(app_settings)
        app = create_app(app_settings, llm_client=llm, task_sender=InMemoryTaskSender())
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, name="fuzzed-api", daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            assert thread.is_alive(), "the API stopped while starting"
            assert time.monotonic() < deadline, "the API did not start within 30 s"
            time.sleep(0.05)
        base_url = f"http://127.0.0.1:{port}"
        try:
            headers = _new_account(base_url, "fuzz@example.com")
            # The assistant imports LangGraph on its first turn (lazily: the API starts and idles without
            # it), which took longer than a fuzz case's 10 s read timeout once on a loaded CI machine. One
            # turn first, within the assistant's own deadline: the fuzzing checks the contract, not that.
            first = httpx.post(
                f"{base_url}/v1/chat",
                json={"message": "hello"},
                headers=headers,
                timeout=app_settings.chat_deadline_seconds,
            )
            assert first.status_code == 200, first.text
            yield LiveAPI(base_url, headers)
        finally:
            server.should_exit = True
            thread.join(timeout=30)


@pytest.fixture(scope="session")
def api_schema(live_api: LiveAPI) -> Any:
    return schemathesis.openapi.from_url(f"{live_api.base_url}/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")
_SETTINGS = settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def _run(case: Any, live_api: LiveAPI, run: str) -> None:
    CASES[run] = CASES.get(run, 0) + 1
    headers = live_api.headers
    if (case.method.upper(), case.path) == ("DELETE", "/v1/users/me"):
        # Deleting the account the other operations sign in with would leave them nothing but 401s.
        headers = _new_account(live_api.base_url, f"gone-{uuid.uuid4().hex}@example.com")
    case.call_and_validate(base_url=live_api.base_url, headers=headers, checks=CHECKS)


@schema.parametrize()
@_SETTINGS
@seed(FIXED_SEED)
def test_fixed_seed(case: Any, live_api: LiveAPI) -> None:
    _run(case, live_api, "fixed")


@schema.parametrize()
@_SETTINGS
@seed(RANDOM_SEED)
def test_random_seed(case: Any, live_api: LiveAPI) -> None:
    print(f"random seed: ZIVO_FUZZ_SEED={RANDOM_SEED}")
    _run(case, live_api, "random")


def test_enough_cases_ran(api_schema: Any) -> None:
    # Runs after the two fuzz tests above (pytest keeps file order): both together covered the contract.
    operations = sum(1 for result in api_schema.get_all_operations() if result.ok())
    assert operations >= 15
    assert sum(CASES.values()) >= MIN_CASES, CASES
