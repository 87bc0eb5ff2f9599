from __future__ import annotations

from fastapi.testclient import TestClient

from zivo.api.testing.fake_tasks import InMemoryTaskSender


def test_healthz(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}


def test_readyz_reports_broker(client: TestClient, task_sender: InMemoryTaskSender) -> None:
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"database": "ok", "broker": "ok", "llm": "configured"}
    task_sender.broker_up = False
    down = client.get("/readyz")
    assert down.status_code == 503
    assert down.json()["broker"] == "unavailable"


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
