from __future__ import annotations

import socket
import time

from fastapi.testclient import TestClient

from zivo.api.app import create_app
from zivo.api.clients.task_sender import CeleryTaskSender
from zivo.api.settings import ApiSettings
from zivo.api.testing.fake_tasks import InMemoryTaskSender
from zivo.core.lab_tests.catalogue import catalogue, catalogue_loaded


def test_healthz(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}


def test_readyz_reports_broker(client: TestClient, task_sender: InMemoryTaskSender) -> None:
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {
        "database": "ok",
        "broker": "ok",
        "llm": "configured",
        "catalogue": "loaded" if catalogue_loaded() else "loading",
    }
    task_sender.broker_up = False
    down = client.get("/readyz")
    assert down.status_code == 503
    assert down.json()["broker"] == "unavailable"


def test_readyz_says_when_the_lab_test_catalogue_is_loaded(client: TestClient) -> None:
    catalogue()  # what the start-up's thread does; requests that need it meanwhile wait for that one load
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["catalogue"] == "loaded"
    assert "\nzivo_lab_test_catalogue_loaded 1.0\n" in client.get("/metrics").text


def test_readyz_reports_database(client: TestClient) -> None:
    client.app.state.engine.dispose()  # type: ignore[attr-defined]
    client.app.state.sessionmaker.configure(bind=None)  # type: ignore[attr-defined]
    assert client.get("/readyz").status_code == 503


def test_metrics_use_route_templates(client: TestClient, alice: dict[str, str]) -> None:
    client.get("/v1/lab-reports/00000000-0000-0000-0000-000000000000", headers=alice)
    text = client.get("/metrics").text
    assert "zivo_http_requests_total" in text
    assert 'route="/v1/lab-reports/{report_id}"' in text
    assert "00000000-0000" not in text


def test_request_id_is_echoed_or_assigned(client: TestClient) -> None:
    assert client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"] == "abc-123"
    assigned = client.get("/healthz", headers={"X-Request-ID": "bad id\n"}).headers["x-request-id"]
    assert len(assigned) == 32


def test_readyz_answers_within_2s_when_the_broker_hangs(settings: ApiSettings) -> None:
    # A server that accepts connections (the kernel's backlog does) and never answers: a frozen Redis.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        hanging = settings.model_copy(update={"redis_url": f"redis://127.0.0.1:{silent.getsockname()[1]}/0"})
        with TestClient(create_app(settings, task_sender=CeleryTaskSender(hanging))) as client:
            started = time.monotonic()
            response = client.get("/readyz")
            took = time.monotonic() - started
            healthz_started = time.monotonic()
            assert client.get("/healthz").status_code == 200
            healthz_took = time.monotonic() - healthz_started
    assert response.status_code == 503
    assert response.json()["broker"] == "timeout"
    assert response.json()["database"] == "ok"
    assert took < 2.0
    assert healthz_took < 1.0
