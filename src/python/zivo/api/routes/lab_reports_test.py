from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from zivo.api.app import create_app
from zivo.api.clients.openai_client import OpenAIClient
from zivo.api.settings import ApiSettings
from zivo.api.testing.accounts import register_and_login
from zivo.api.testing.fake_openai import FakeOpenAIServer, Reply, error_reply, json_reply, raw_reply
from zivo.api.testing.fake_tasks import InMemoryTaskSender
from zivo.api.testing.pdf import text_pdf
from zivo.core.db.models import OutboxMessage
from zivo.core.tasks import CATEGORIZE_TASK

REPORT: dict[str, Any] = {
    "collected_at": "2024-03-01T08:30:00Z",
    "lab_name": "City Lab",
    "results": [
        {"name": "Glucose", "value": 112, "unit": "mg/dL", "reference_range": "70-99"},
        {"name": "Hemoglobin", "value": "13.5", "unit": "g/dL", "reference_range": "13.0-17.0"},
        {"name": "Potassium", "value": 3.1, "unit": "mmol/L", "reference_range": "3.5-5.1"},
        {"name": "Urine protein", "value": "Negative"},
    ],
}


def _outbox(client: TestClient) -> list[tuple[str, dict[str, Any]]]:
    """The tasks stored with the reports, for a worker's relay to send (the API never sends them)."""
    sessions: sessionmaker[Session] = client.app.state.sessionmaker  # type: ignore[attr-defined]
    with sessions() as session:
        rows = session.scalars(select(OutboxMessage).order_by(OutboxMessage.created_at)).all()
        return [(row.task, row.payload) for row in rows]


def test_create_report_computes_flags_and_queues_categorization(
    client: TestClient, alice: dict[str, str], task_sender: InMemoryTaskSender
) -> None:
    response = client.post("/v1/lab-reports", json=REPORT, headers=alice)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["source"] == "json"
    assert body["lab_name"] == "City Lab"
    results = {r["name"]: r for r in body["results"]}
    assert [r["name"] for r in body["results"]] == [r["name"] for r in REPORT["results"]]
    assert results["Glucose"]["flag"] == "H"
    assert results["Glucose"]["ref_low"] == 70
    assert results["Glucose"]["ref_high"] == 99
    assert results["Hemoglobin"]["value_numeric"] == 13.5
    assert results["Hemoglobin"]["flag"] == "N"
    assert results["Potassium"]["flag"] == "L"
    assert results["Urine protein"]["value_text"] == "Negative"
    assert results["Urine protein"]["value_numeric"] is None
    assert results["Urine protein"]["flag"] is None
    assert {r["status"] for r in body["results"]} == {"pending"}
    assert results["Glucose"]["collected_at"].startswith("2024-03-01T08:30:00")
    assert _outbox(client) == [(CATEGORIZE_TASK, {"report_id": body["id"], "user_id": _me(client, alice)})]
    assert task_sender.sent == []  # the upload path never waits on the broker


def _me(client: TestClient, headers: dict[str, str]) -> str:
    user_id: str = client.get("/v1/users/me", headers=headers).json()["id"]
    return user_id


def test_broker_down_still_stores_report_pending(
    client: TestClient, alice: dict[str, str], task_sender: InMemoryTaskSender
) -> None:
    task_sender.broker_up = False
    response = client.post("/v1/lab-reports", json=REPORT, headers=alice)
    assert response.status_code == 201
    stored = client.get(f"/v1/lab-reports/{response.json()['id']}", headers=alice).json()
    assert {r["status"] for r in stored["results"]} == {"pending"}


def test_a_retry_with_the_same_idempotency_key_returns_the_first_report(
    client: TestClient, alice: dict[str, str]
) -> None:
    key = {**alice, "Idempotency-Key": '"8e03978e-40d5-43e8-bc93-6894a57f9324"'}
    first = client.post("/v1/lab-reports", json=REPORT, headers=key)
    again = client.post("/v1/lab-reports", json=REPORT, headers=key)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert client.get("/v1/lab-reports", headers=alice).json()["total"] == 1
    assert len(_outbox(client)) == 1
    # The same key for another request is refused; another key stores another report.
    other = {**REPORT, "lab_name": "Another Lab"}
    reused = client.post("/v1/lab-reports", json=other, headers=key)
    assert reused.status_code == 422
    assert "different request" in reused.text
    fresh = client.post("/v1/lab-reports", json=REPORT, headers={**alice, "Idempotency-Key": "k2"})
    assert fresh.status_code == 201
    assert fresh.json()["id"] != first.json()["id"]


def test_idempotency_keys_belong_to_their_user(
    client: TestClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    first = client.post("/v1/lab-reports", json=REPORT, headers={**alice, "Idempotency-Key": "same"})
    second = client.post("/v1/lab-reports", json=REPORT, headers={**bob, "Idempotency-Key": "same"})
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] != second.json()["id"]


def test_an_unusable_idempotency_key_is_422(client: TestClient, alice: dict[str, str]) -> None:
    for key in ("", "x" * 300):
        response = client.post("/v1/lab-reports", json=REPORT, headers={**alice, "Idempotency-Key": key})
        assert response.status_code == 422, key


def test_a_retried_upload_is_stored_once(client: TestClient, alice: dict[str, str]) -> None:
    headers = {**alice, "Idempotency-Key": "upload-1"}
    files = {"file": ("labs.csv", CSV, "text/csv")}
    first = client.post("/v1/lab-reports/upload", files=files, headers=headers)
    again = client.post("/v1/lab-reports/upload", files=files, headers=headers)
    assert first.status_code == again.status_code == 201, first.text
    assert again.json()["id"] == first.json()["id"]
    changed = client.post(
        "/v1/lab-reports/upload",
        files={"file": ("labs.csv", CSV + b"Sodium,140,mmol/L,,2024-05-02\n", "text/csv")},
        headers=headers,
    )
    assert changed.status_code == 422
    assert client.get("/v1/lab-reports", headers=alice).json()["total"] == 1


def test_invalid_reports_are_422(client: TestClient, alice: dict[str, str]) -> None:
    for body in (
        {**REPORT, "results": []},
        {**REPORT, "collected_at": "yesterday"},
        {**REPORT, "results": [{"name": "", "value": 1}]},
        {**REPORT, "results": [{"name": "X", "value": "   "}]},
        {**REPORT, "results": [{"name": "X", "value": True}]},
        {**REPORT, "results": [{"name": "X", "value": "nan"}]},
    ):
        assert client.post("/v1/lab-reports", json=body, headers=alice).status_code == 422, body


def test_list_get_delete(client: TestClient, alice: dict[str, str], task_sender: InMemoryTaskSender) -> None:
    ids = []
    for day in ("2024-01-01", "2024-02-01", "2024-03-01"):
        ids.append(
            client.post("/v1/lab-reports", json={**REPORT, "collected_at": day}, headers=alice).json()["id"]
        )
    page = client.get("/v1/lab-reports", params={"limit": 2, "offset": 0}, headers=alice).json()
    assert page["total"] == 3
    assert [item["id"] for item in page["items"]] == [ids[2], ids[1]]
    rest = client.get("/v1/lab-reports", params={"limit": 2, "offset": 2}, headers=alice).json()
    assert [item["id"] for item in rest["items"]] == [ids[0]]
    assert client.get("/v1/lab-reports", params={"limit": 0}, headers=alice).status_code == 422

    assert client.delete(f"/v1/lab-reports/{ids[0]}", headers=alice).status_code == 204
    assert client.get(f"/v1/lab-reports/{ids[0]}", headers=alice).status_code == 404
    assert client.delete(f"/v1/lab-reports/{ids[0]}", headers=alice).status_code == 404
    results = client.get("/v1/lab-results", params={"limit": 200}, headers=alice).json()
    assert results["total"] == 8
    assert [name for name, _ in _outbox(client)] == [CATEGORIZE_TASK] * 3  # a delete queues nothing


CSV = b"""name,value,unit,reference_range,collected_at
Glucose,105,mg/dL,70-99,2024-05-02
HDL Cholesterol,55,mg/dL,>40,2024-05-02

Urine nitrite,Negative,,Negative,2024-05-02
"""


def test_csv_upload(client: TestClient, alice: dict[str, str], task_sender: InMemoryTaskSender) -> None:
    response = client.post(
        "/v1/lab-reports/upload", files={"file": ("labs.csv", CSV, "text/csv")}, headers=alice
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["source"] == "csv"
    assert body["collected_at"].startswith("2024-05-02")
    assert [(r["name"], r["flag"]) for r in body["results"]] == [
        ("Glucose", "H"),
        ("HDL Cholesterol", "N"),
        ("Urine nitrite", "N"),
    ]
    assert _outbox(client)[-1] == (CATEGORIZE_TASK, {"report_id": body["id"], "user_id": _me(client, alice)})


def test_csv_errors_name_row_and_field_and_store_nothing(client: TestClient, alice: dict[str, str]) -> None:
    bad = b"name,value,unit\nGlucose,105,mg/dL\n,5,x\nSodium,,mmol/L\n"
    response = client.post(
        "/v1/lab-reports/upload", files={"file": ("labs.csv", bad, "text/csv")}, headers=alice
    )
    assert response.status_code == 422
    # FastAPI's validation shape, like every 422: loc is the file, then the CSV row (1 = header) and column.
    assert response.json()["detail"] == [
        {"loc": ["body", "file", 3, "name"], "msg": "name is empty", "type": "value_error"},
        {"loc": ["body", "file", 4, "value"], "msg": "value is empty", "type": "value_error"},
    ]
    assert client.get("/v1/lab-reports", headers=alice).json()["total"] == 0

    no_header = client.post(
        "/v1/lab-reports/upload",
        files={"file": ("x.csv", b"patient,remark\nA,1\n", "text/csv")},
        headers=alice,
    )
    assert no_header.status_code == 422
    assert {tuple(e["loc"]) for e in no_header.json()["detail"]} == {
        ("body", "file", 1, "name"),
        ("body", "file", 1, "value"),
    }


def test_upload_rejects_other_types_and_large_files(client: TestClient, alice: dict[str, str]) -> None:
    png = client.post(
        "/v1/lab-reports/upload", files={"file": ("scan.png", b"\x89PNG\r\n", "image/png")}, headers=alice
    )
    assert png.status_code == 415
    big = b"name,value\n" + b"Glucose,100\n" * 10_000
    too_large = client.post(
        "/v1/lab-reports/upload", files={"file": ("big.csv", big, "text/csv")}, headers=alice
    )
    assert too_large.status_code == 413


EXTRACTED = {
    "collected_at": "2024-06-10",
    "lab_name": "Acme Diagnostics",
    "results": [
        {"name": "TSH", "value": 5.9, "unit": "mIU/L", "reference_range": "0.4-4.0"},
        {"name": "Free T4", "value": "1.1", "unit": "ng/dL", "reference_range": "0.8-1.8"},
    ],
}


def test_text_upload_goes_through_llm_structured_output(
    client: TestClient, alice: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    fake_openai.script(json_reply(EXTRACTED))
    text = b"ACME DIAGNOSTICS  10 Jun 2024\nTSH 5.9 mIU/L (0.4-4.0)\nFree T4 1.1 ng/dL (0.8-1.8)\n"
    response = client.post(
        "/v1/lab-reports/upload", files={"file": ("r.txt", text, "text/plain")}, headers=alice
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["source"] == "text"
    assert body["lab_name"] == "Acme Diagnostics"
    assert [(r["name"], r["flag"]) for r in body["results"]] == [("TSH", "H"), ("Free T4", "N")]
    sent = fake_openai.requests[0]
    assert sent["response_format"]["type"] == "json_schema"
    assert sent["response_format"]["json_schema"]["strict"] is True
    # The schema is the pydantic model's: the fields of a JSON upload's result, all required.
    result_schema = sent["response_format"]["json_schema"]["schema"]["$defs"]["LabResultCreate"]
    assert result_schema["required"] == [
        "name",
        "value",
        "value_comparator",
        "unit",
        "reference_range",
        "flag",
    ]
    assert "TSH 5.9" in sent["messages"][-1]["content"]


def test_pdf_upload_extracts_text_then_llm(
    client: TestClient, alice: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    fake_openai.script(json_reply(EXTRACTED))
    pdf = text_pdf(["Acme Diagnostics", "TSH 5.9 mIU/L 0.4-4.0", "Free T4 1.1 ng/dL 0.8-1.8"])
    response = client.post(
        "/v1/lab-reports/upload",
        files={"file": ("r.pdf", pdf, "application/pdf")},
        data={"collected_at": "2024-07-01"},
        headers=alice,
    )
    assert response.status_code == 201, response.text
    assert response.json()["source"] == "pdf"
    assert response.json()["collected_at"].startswith("2024-07-01")  # the form field wins
    assert "TSH 5.9" in fake_openai.requests[0]["messages"][-1]["content"]


def test_upload_with_nothing_usable_is_422(
    client: TestClient, alice: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    fake_openai.script(json_reply({"collected_at": None, "lab_name": None, "results": []}))
    response = client.post(
        "/v1/lab-reports/upload", files={"file": ("r.txt", b"hello", "text/plain")}, headers=alice
    )
    assert response.status_code == 422
    assert "no lab results" in response.json()["detail"][0]["msg"]
    broken_pdf = client.post(
        "/v1/lab-reports/upload",
        files={"file": ("r.pdf", b"%PDF-1.4 garbage", "application/pdf")},
        headers=alice,
    )
    assert broken_pdf.status_code == 422
    empty_pdf = client.post(
        "/v1/lab-reports/upload", files={"file": ("r.pdf", text_pdf([]), "application/pdf")}, headers=alice
    )
    assert empty_pdf.status_code == 422


def test_upload_llm_failures_are_502_and_504(
    client: TestClient, alice: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    fake_openai.script(error_reply(500))
    failed = client.post(
        "/v1/lab-reports/upload", files={"file": ("r.txt", b"TSH 5", "text/plain")}, headers=alice
    )
    assert failed.status_code == 502
    fake_openai.script(json_reply(EXTRACTED, delay_seconds=10))
    slow = client.post(
        "/v1/lab-reports/upload", files={"file": ("r.txt", b"TSH 5", "text/plain")}, headers=alice
    )
    assert slow.status_code == 504
    assert client.get("/v1/lab-reports", headers=alice).json()["total"] == 0


@pytest.mark.parametrize(
    "reply",
    [
        raw_reply(b"<html>upstream proxy error</html>"),
        raw_reply(b'{"id": "x", "object": "chat.completion"}'),
        json_reply({"collected_at": None, "lab_name": None, "results": [{"name": "TSH"}]}),
    ],
    ids=["not-json", "no-choices", "off-schema"],
)
def test_a_misbehaving_llm_is_502_never_500(
    client: TestClient, alice: dict[str, str], fake_openai: FakeOpenAIServer, reply: Reply
) -> None:
    fake_openai.script(reply)
    response = client.post(
        "/v1/lab-reports/upload", files={"file": ("r.txt", b"TSH 5", "text/plain")}, headers=alice
    )
    assert response.status_code == 502, response.text
    assert client.get("/v1/lab-reports", headers=alice).json()["total"] == 0


def test_an_upload_has_one_overall_deadline(
    settings: ApiSettings, task_sender: InMemoryTaskSender, fake_openai: FakeOpenAIServer, tmp_path: Path
) -> None:
    # The model's own timeout (5 s) is longer than the upload's deadline (1 s): the deadline wins.
    patient = settings.model_copy(update={"openai_timeout_seconds": 5.0, "upload_deadline_seconds": 1.0})
    llm = OpenAIClient.from_settings(patient)
    with TestClient(create_app(patient, llm_client=llm, task_sender=task_sender)) as client:
        alice = register_and_login(client, "alice@example.com")
        fake_openai.script(json_reply(EXTRACTED, delay_seconds=10))
        started = time.monotonic()
        slow = client.post(
            "/v1/lab-reports/upload", files={"file": ("r.txt", b"TSH 5", "text/plain")}, headers=alice
        )
        assert slow.status_code == 504
        assert "nothing was stored" in slow.json()["detail"]
        assert time.monotonic() - started < 4
        assert client.get("/v1/lab-reports", headers=alice).json()["total"] == 0


def test_uploads_stop_at_the_first_limit(
    client: TestClient, alice: dict[str, str], fake_openai: FakeOpenAIServer
) -> None:
    rows = b"name,value\n" + b"".join(b"T%d,1\n" % i for i in range(600))
    too_many_rows = client.post(
        "/v1/lab-reports/upload", files={"file": ("big.csv", rows, "text/csv")}, headers=alice
    )
    assert too_many_rows.status_code == 422
    assert too_many_rows.json()["detail"] == [
        {"loc": ["body", "file", 502, "file"], "msg": "more than 500 rows", "type": "value_error"}
    ]

    many_pages = text_pdf(["TSH 5.9 mIU/L"], pages=51)  # the default limit is 50 pages
    pages = client.post(
        "/v1/lab-reports/upload", files={"file": ("r.pdf", many_pages, "application/pdf")}, headers=alice
    )
    assert pages.status_code == 422
    assert "51 pages" in pages.json()["detail"][0]["msg"]

    long_text = b"TSH 5.9 mIU/L\n" * 3_000  # 42,000 characters: over the 40,000 default
    text = client.post(
        "/v1/lab-reports/upload", files={"file": ("r.txt", long_text, "text/plain")}, headers=alice
    )
    assert text.status_code == 422
    assert "characters" in text.json()["detail"][0]["msg"]
    assert fake_openai.requests == []  # refused before anything reached the model


def test_without_a_language_model_chat_and_documents_are_503_and_csv_works(
    tmp_path: Path, task_sender: InMemoryTaskSender
) -> None:
    # What deploy/compose.yaml passes when OPENAI_API_KEY is unset: empty key, empty base URL.
    settings = ApiSettings.for_tests(tmp_path, openai_api_key=SecretStr(""), openai_base_url="")
    with TestClient(create_app(settings, task_sender=task_sender)) as client:
        alice = register_and_login(client, "alice@example.com")
        for name, body, kind in (
            ("r.txt", b"TSH 5", "text/plain"),
            ("r.pdf", text_pdf(["TSH 5"]), "application/pdf"),
        ):
            started = time.monotonic()
            refused = client.post("/v1/lab-reports/upload", files={"file": (name, body, kind)}, headers=alice)
            assert refused.status_code == 503
            assert refused.json() == {"detail": "no language model configured"}
            assert time.monotonic() - started < 1
        chat = client.post("/v1/chat", json={"message": "hello"}, headers=alice)
        assert chat.status_code == 503
        assert chat.json() == {"detail": "no language model configured"}
        csv = client.post(
            "/v1/lab-reports/upload", files={"file": ("labs.csv", CSV, "text/csv")}, headers=alice
        )
        assert csv.status_code == 201
        assert client.post("/v1/lab-reports", json=REPORT, headers=alice).status_code == 201
        ready = client.get("/readyz")
        assert ready.status_code == 200
        assert ready.json()["llm"].startswith("not configured")


def test_a_saturated_pool_answers_503_with_retry_after_at_once(
    settings: ApiSettings, task_sender: InMemoryTaskSender
) -> None:
    one_connection = settings.model_copy(
        update={"db_pool_size": 1, "db_max_overflow": 0, "db_pool_timeout_seconds": 0.2}
    )
    with TestClient(create_app(one_connection, task_sender=task_sender)) as client:
        alice = register_and_login(client, "alice@example.com")
        engine = client.app.state.engine  # type: ignore[attr-defined]
        with engine.connect():  # the only connection, busy elsewhere
            started = time.monotonic()
            busy = client.get("/v1/lab-reports", headers=alice)
            assert busy.status_code == 503
            assert busy.headers["retry-after"] == "2"
            assert time.monotonic() - started < 2  # refused after the pool timeout, not a 30 s hang
        assert client.get("/v1/lab-reports", headers=alice).status_code == 200


def test_a_report_dated_in_the_future_is_refused(client: TestClient, alice: dict[str, str]) -> None:
    from datetime import UTC, datetime, timedelta

    tomorrow = (datetime.now(UTC) + timedelta(hours=20)).isoformat()
    next_year = (datetime.now(UTC) + timedelta(days=365)).date().isoformat()
    # A day of slack, for a report dated in a time zone ahead of UTC.
    assert (
        client.post("/v1/lab-reports", json={**REPORT, "collected_at": tomorrow}, headers=alice).status_code
        == 201
    )
    refused = client.post("/v1/lab-reports", json={**REPORT, "collected_at": next_year}, headers=alice)
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["msg"] == f"Value error, collected_at {next_year} is in the future"
    # The same in a CSV's date column, and in the form's field.
    csv = f"name,value,collected_at\nGlucose,90,{next_year}\n".encode()
    for files, data in (
        ({"file": ("r.csv", csv, "text/csv")}, {}),
        ({"file": ("r.csv", b"name,value\nA,1\n", "text/csv")}, {"collected_at": next_year}),
    ):
        response = client.post("/v1/lab-reports/upload", files=files, data=data, headers=alice)
        assert response.status_code == 422, response.text
        assert "in the future" in response.text
    assert client.get("/v1/lab-reports", headers=alice).json()["total"] == 1


def test_a_censored_value_can_be_sent_as_it_is_read_back(client: TestClient, alice: dict[str, str]) -> None:
    # value_numeric 0.5 with value_comparator "<", as the API returns it, posts back as <0.5: not as 0.5.
    sent = {"name": "CRP", "value": 0.5, "value_comparator": "<", "unit": "mg/L", "reference_range": "1-10"}
    created = client.post("/v1/lab-reports", json={**REPORT, "results": [sent]}, headers=alice)
    assert created.status_code == 201, created.text
    [result] = created.json()["results"]
    assert (result["value_numeric"], result["value_comparator"], result["flag"]) == (0.5, "<", "L")
    same = {"name": "CRP", "value": "<0.5", "value_comparator": "<"}
    assert (
        client.post("/v1/lab-reports", json={**REPORT, "results": [same]}, headers=alice).status_code == 201
    )
    for value, comparator in (("<0.5", ">"), ("Negative", "<"), (0.5, "~")):
        bad = {"name": "CRP", "value": value, "value_comparator": comparator}
        response = client.post("/v1/lab-reports", json={**REPORT, "results": [bad]}, headers=alice)
        assert response.status_code == 422, (value, comparator)
        assert response.json()["detail"][0]["loc"][-1] == "value_comparator"
    assert client.get("/v1/lab-reports", headers=alice).json()["total"] == 2


def test_the_labs_own_flag_is_kept_where_no_range_gives_one(
    client: TestClient, alice: dict[str, str]
) -> None:
    results = [
        {"name": "Glucose", "value": "110 H"},  # printed after the value, no range
        {"name": "Sodium", "value": 128, "flag": "L"},  # sent apart, no range
        {"name": "Potassium", "value": 5.9, "reference_range": "3.5-5.1", "flag": "N"},  # the range wins
        {"name": "Calcium", "value": "9.1*"},  # "*" says abnormal, not which way
    ]
    created = client.post("/v1/lab-reports", json={**REPORT, "results": results}, headers=alice)
    assert created.status_code == 201, created.text
    assert [(r["name"], r["value_numeric"], r["flag"]) for r in created.json()["results"]] == [
        ("Glucose", 110, "H"),
        ("Sodium", 128, "L"),
        ("Potassium", 5.9, "H"),
        ("Calcium", 9.1, None),
    ]
    bad = {"name": "Sodium", "value": 128, "flag": "HIGH"}  # JSON takes H, L or N
    assert client.post("/v1/lab-reports", json={**REPORT, "results": [bad]}, headers=alice).status_code == 422


def test_a_csv_flag_column_is_the_labs_flag(client: TestClient, alice: dict[str, str]) -> None:
    data = (
        b"Test,Result,Units,Flag\nGlucose,110,mg/dL,High\nSodium,128,mmol/L,(L)\n"
        b"Potassium,4.1,mmol/L,\nCalcium,9.1,mg/dL,A\n"
    )
    response = client.post(
        "/v1/lab-reports/upload", files={"file": ("r.csv", data, "text/csv")}, headers=alice
    )
    assert response.status_code == 201, response.text
    assert [r["flag"] for r in response.json()["results"]] == ["H", "L", None, None]


def test_titres_and_counts_with_points_for_thousands_are_flagged_as_printed(
    client: TestClient, alice: dict[str, str]
) -> None:
    # A German count: the unit settles that the points group thousands, in the value and its range.
    # A titre stays text as printed and is flagged by its reciprocal.
    data = (
        "Test;Ergebnis;Einheit;Referenzbereich\n"
        "Thrombozyten;250.000;/µl;150.000 - 400.000\n"
        "Leukozyten;12.500;/µl;4.000-10.000\n"
        "ASL-Titer;1:160;;<1:80\n"
        "Borrelien-IgG;Negativ;;<1:20\n"
    ).encode()
    response = client.post(
        "/v1/lab-reports/upload", files={"file": ("befund.csv", data, "text/csv")}, headers=alice
    )
    assert response.status_code == 201, response.text
    assert [
        (r["value_numeric"], r["value_text"], r["ref_low"], r["ref_high"], r["flag"])
        for r in response.json()["results"]
    ] == [
        (250000, None, 150000, 400000, "N"),
        (12500, None, 4000, 10000, "H"),
        (None, "1:160", None, 80, "H"),
        (None, "Negativ", None, 20, "N"),
    ]
