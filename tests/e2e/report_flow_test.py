"""A report uploaded through the API ends ``categorized`` by a REAL Celery worker, and is summarized.

Two stacks, each with the API (real ``CeleryTaskSender``) and an in-process Celery worker running the real
categorizer with the packaged MiniLM: the embedded default (SQLite and kombu's filesystem broker in one
data dir) and PostgreSQL + Redis (skipped unless ``ZIVO_TEST_DATABASE_URL`` and ``ZIVO_TEST_REDIS_URL`` are
set; it creates its own database, ``zivo_e2e``, on that server and uses Redis database 14). The model is
loaded once per session and the worker started once per stack.
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import pytest
import redis
from celery import Celery
from celery.contrib.testing.worker import start_worker
from fastapi.testclient import TestClient

from zivo.api.app import create_app
from zivo.api.settings import ApiSettings
from zivo.api.testing.accounts import register_and_login
from zivo.core.db.engine import recreate_database
from zivo.core.db.migrate import upgrade_to_head
from zivo.core.tasks import CATEGORIZE_QUEUE
from zivo.ml.categorization.classifier import Categorizer
from zivo.ml.runtime import WorkerRuntime, build_categorizer
from zivo.ml.settings import WorkerSettings
from zivo.ml.worker import create_worker_app

T = TypeVar("T")

DATABASE_URL = os.environ.get("ZIVO_TEST_DATABASE_URL")
REDIS_URL = os.environ.get("ZIVO_TEST_REDIS_URL")
E2E_DATABASE = "zivo_e2e"
E2E_REDIS_DB = 14

CSV = (
    "name,value,unit,reference_range\n"
    "Hemoglobin,12.1,g/dL,13.5-17.5\n"
    "TSH,2.1,mIU/L,0.4-4.0\n"
    "LDL Cholesterol,162,mg/dL,0-100\n"
    "S. Creatinine,1.0,mg/dL,0.7-1.3\n"
    "Vitamin D,18,ng/mL,30-100\n"
)
EXPECTED = {
    "Hemoglobin": "cbc",
    "TSH": "thyroid",
    "LDL Cholesterol": "lipid",
    "S. Creatinine": "kidney",
    "Vitamin D": "vitamins",
}
DONE = {"categorized", "needs_review"}
TIMEOUT_SECONDS = 90.0


@dataclass
class Stack:
    name: str
    settings: ApiSettings
    client: TestClient
    worker: Celery


def redis_database(server_url: str, db: int) -> str:
    """The same Redis server, another database number."""
    return urlunsplit(urlsplit(server_url)._replace(path=f"/{db}", query=""))


@pytest.fixture(scope="session")
def categorizer(tmp_path_factory: pytest.TempPathFactory) -> Categorizer:
    built = build_categorizer(WorkerSettings.for_tests(tmp_path_factory.mktemp("model")))
    built.categorize_many(["Hemoglobin"])  # load the model now, not inside the first test's timeout
    return built


def worker_app(settings: WorkerSettings, categorizer: Categorizer) -> Celery:
    """The real worker app, sharing one loaded model across the stacks of this module."""
    return create_worker_app(
        settings, runtime=WorkerRuntime(settings, categorizer_factory=lambda _s: categorizer)
    )


@pytest.fixture(scope="module", params=["embedded", "postgres-redis"])
def stack(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, categorizer: Categorizer
) -> Iterator[Stack]:
    name: str = request.param
    database_url = redis_url = None
    if name == "postgres-redis":
        if not (DATABASE_URL and REDIS_URL):
            pytest.skip("ZIVO_TEST_DATABASE_URL / ZIVO_TEST_REDIS_URL not set")
        database_url = recreate_database(DATABASE_URL, E2E_DATABASE)
        redis_url = redis_database(REDIS_URL, E2E_REDIS_DB)
        with redis.Redis.from_url(redis_url) as client:
            client.flushdb()
    data_dir = tmp_path_factory.mktemp(name)
    settings = ApiSettings.for_tests(data_dir, database_url=database_url, redis_url=redis_url)
    # The sweep re-sends every pending report at once (no beat runs here; tests send it).
    worker_settings = WorkerSettings.for_tests(
        data_dir, database_url=database_url, redis_url=redis_url, pending_grace_seconds=0.0, worker_beat=False
    )
    worker = worker_app(worker_settings, categorizer)
    # The deployment's one-shot migrate step, before the API and the worker start.
    upgrade_to_head(settings.resolved_database_url())
    with (
        TestClient(create_app(settings)) as client,
        start_worker(
            worker,
            pool="solo",
            perform_ping_check=False,
            queues=[CATEGORIZE_QUEUE],
            loglevel="WARNING",
            shutdown_timeout=30,
        ),
    ):
        yield Stack(name=name, settings=settings, client=client, worker=worker)


@pytest.fixture()
def email() -> str:
    return f"e2e-{uuid.uuid4().hex[:12]}@example.com"


def wait_for(check: Callable[[], T | None], what: str, timeout: float = TIMEOUT_SECONDS) -> T:
    deadline = time.monotonic() + timeout
    while True:
        if (value := check()) is not None:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g}s waiting for {what}")
        time.sleep(0.25)


def upload(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    response = client.post(
        "/v1/lab-reports/upload",
        files={"file": ("report.csv", CSV.encode(), "text/csv")},
        data={"collected_at": "2024-03-01"},
        headers=headers,
    )
    assert response.status_code == 201, response.text
    report: dict[str, Any] = response.json()
    assert sorted(r["name"] for r in report["results"]) == sorted(EXPECTED)
    return report


def wait_until_categorized(client: TestClient, headers: dict[str, str], report_id: str) -> list[Any]:
    def done() -> list[Any] | None:
        results: list[Any] = client.get(f"/v1/lab-reports/{report_id}", headers=headers).json()["results"]
        return results if all(r["status"] in DONE for r in results) else None

    return wait_for(done, f"report {report_id} to be categorized")


def test_uploaded_report_is_categorized_and_summarized(stack: Stack, email: str) -> None:
    headers = register_and_login(stack.client, email)
    report = upload(stack.client, headers)
    assert {r["status"] for r in report["results"]} == {"pending"}

    results = wait_until_categorized(stack.client, headers, report["id"])
    assert {r["name"]: r["category"] for r in results} == EXPECTED
    assert all(r["confidence"] is not None for r in results)

    expected_counts = dict.fromkeys(EXPECTED.values(), 1)

    # Computed when read: as soon as the results are categorized, the summary counts them.
    items = stack.client.get("/v1/lab-summary", headers=headers).json()["items"]
    summary = {item["category"]: item for item in items}
    assert {category: item["result_count"] for category, item in summary.items()} == expected_counts
    # Hemoglobin 12.1 (13.5-17.5), LDL 162 (0-100) and vitamin D 18 (30-100) are out of range.
    assert {c: s["out_of_range_count"] for c, s in summary.items()} == {
        "cbc": 1,
        "thyroid": 0,
        "lipid": 1,
        "kidney": 0,
        "vitamins": 1,
    }


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # nothing listens once the socket is closed


def test_upload_during_the_apis_broker_outage_is_categorized_without_waiting_for_the_sweep(
    stack: Stack, email: str
) -> None:
    # The API's broker is down (nothing listens on its Redis port); the data store is the stack's own.
    down = stack.settings.model_copy(update={"redis_url": f"redis://127.0.0.1:{closed_port()}/0"})
    with TestClient(create_app(down)) as client:
        headers = register_and_login(client, email)
        started = time.monotonic()
        report = upload(client, headers)
        assert time.monotonic() - started < 15, "a dead broker must not stall the upload"
        assert client.get("/readyz").json()["broker"] in {"unavailable", "timeout"}

    # The report and its task were committed together (the outbox): the worker's relay sends the task
    # within seconds, with no sweep (beat's sweep runs every few minutes and is not triggered here).
    results = wait_until_categorized(stack.client, headers, report["id"])
    assert {r["name"]: r["category"] for r in results} == EXPECTED
