"""Integration fixtures: the API against REAL PostgreSQL and Redis.

Skipped unless ``ZIVO_TEST_DATABASE_URL`` (``postgresql+psycopg://...``; the role must own the
database) and ``ZIVO_TEST_REDIS_URL`` are set; CI sets both. Each test starts from an empty schema, in a
database of its module's own (``<test database>_<module>``), and an empty Redis database of its module's
own (``REDIS_DATABASES``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
import redis
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy.engine import make_url

from zivo.api.app import create_app
from zivo.api.clients.openai_client import OpenAIClient
from zivo.api.settings import ApiSettings
from zivo.api.testing.fake_openai import FakeOpenAIServer
from zivo.core.db.engine import recreate_database
from zivo.core.db.migrate import upgrade_to_head
from zivo.core.db.testing import reset_database

DATABASE_URL = os.environ.get("ZIVO_TEST_DATABASE_URL")
REDIS_URL = os.environ.get("ZIVO_TEST_REDIS_URL")

pytestmark = pytest.mark.skipif(
    not (DATABASE_URL and REDIS_URL), reason="ZIVO_TEST_DATABASE_URL / ZIVO_TEST_REDIS_URL not set"
)


# A database per test module, made on its first test: Pants runs the modules side by side, and one
# module's reset must not empty another's tables mid-test (a chat test once got "relation users does not
# exist" from a reset next door).
_MODULE_DATABASES: dict[str, str] = {}


@pytest.fixture()
def database_url(request: pytest.FixtureRequest) -> str:
    if not DATABASE_URL:
        pytest.skip("ZIVO_TEST_DATABASE_URL not set")
    module = request.module.__name__.rsplit(".", 1)[-1].removesuffix("_test")
    if module not in _MODULE_DATABASES:
        name = f"{make_url(DATABASE_URL).database}_{module}"
        _MODULE_DATABASES[module] = recreate_database(DATABASE_URL, name)
    url = _MODULE_DATABASES[module]
    reset_database(url)
    # What a deployment's one-shot migrate step does; the API itself only checks the revision.
    upgrade_to_head(url)
    return url


# A Redis database per test module, for the same reason: one module's flush must not empty another's
# queue or sign-in counters mid-test. Pants gives each module a sandbox without its neighbours, so the
# numbers are written here; the server of ZIVO_TEST_REDIS_URL, below tests/e2e's 14 and the URL's own 15.
REDIS_DATABASES = {"api_postgres": 13, "concurrency": 12}


@pytest.fixture()
def redis_url(request: pytest.FixtureRequest) -> str:
    if not REDIS_URL:
        pytest.skip("ZIVO_TEST_REDIS_URL not set")
    module = request.module.__name__.rsplit(".", 1)[-1].removesuffix("_test")
    if module not in REDIS_DATABASES:
        pytest.fail(
            f"{module}_test.py has no Redis database: add it to REDIS_DATABASES in {Path(__file__).name}"
        )
    return urlunsplit(urlsplit(REDIS_URL)._replace(path=f"/{REDIS_DATABASES[module]}", query=""))


@pytest.fixture()
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.flushdb()
    client.close()


@pytest.fixture()
def fake_openai() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as server:
        yield server


@pytest.fixture()
def settings(
    tmp_path: Path,
    database_url: str,
    redis_url: str,
    redis_client: redis.Redis,
    fake_openai: FakeOpenAIServer,
) -> ApiSettings:
    return ApiSettings.for_tests(
        tmp_path,
        database_url=database_url,
        redis_url=redis_url,
        openai_api_key=SecretStr("test-key"),
        openai_base_url=fake_openai.base_url,
        openai_model="fake-model",
        openai_timeout_seconds=2.0,
    )


ClientFactory = Callable[[ApiSettings], TestClient]


@pytest.fixture()
def make_client() -> ClientFactory:
    """The real app: real Celery sender to Redis, real OpenAI SDK to the fake server."""

    def make(settings: ApiSettings) -> TestClient:
        return TestClient(create_app(settings, llm_client=OpenAIClient.from_settings(settings)))

    return make


@pytest.fixture()
def client(settings: ApiSettings, make_client: ClientFactory) -> Iterator[TestClient]:
    with make_client(settings) as test_client:
        yield test_client
