"""Hostile and careless inputs every route must refuse with 422, storing nothing, on any database.

Shared by the SQLite unit test and the PostgreSQL integration test, so both backends answer the same
cases the same way: NUL and other control characters anywhere text goes in (JSON fields, CSV cells,
form fields, query strings), numbers or dates that no database column can hold, and a CSV quote left open.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from starlette.testclient import TestClient

CONTROL_CHARACTERS = ["\x00", "\x07", "\x1b", "\x7f", "\x85"]
OUT_OF_RANGE_DATES = ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"]
GOOD_RESULT = {"name": "Glucose", "value": 100, "unit": "mg/dL", "reference_range": "70-99"}


@dataclass(frozen=True)
class Case:
    label: str
    method: str
    path: str
    json: Any = None
    params: dict[str, Any] = field(default_factory=dict)
    data: dict[str, str] = field(default_factory=dict)
    files: dict[str, tuple[str, bytes, str]] | None = None
    content: bytes | None = None  # sent as is, as application/json


def _report(**overrides: Any) -> dict[str, Any]:
    result = {**GOOD_RESULT, **overrides.pop("result", {})}
    return {"collected_at": "2024-01-01", "lab_name": "City Lab", "results": [result], **overrides}


def _csv(name: str = "Glucose", value: str = "100", collected_at: str = "2024-01-01") -> bytes:
    return f"name,value,unit,collected_at\n{name},{value},mg/dL,{collected_at}\n".encode()


def cases() -> Iterator[Case]:
    for char in CONTROL_CHARACTERS:
        tag = f"U+{ord(char):04X}"
        for key in ("name", "value", "unit", "reference_range"):
            yield Case(
                f"json {key} {tag}", "POST", "/v1/lab-reports", json=_report(result={key: f"a{char}b"})
            )
        yield Case(f"json lab_name {tag}", "POST", "/v1/lab-reports", json=_report(lab_name=f"Lab{char}"))
        yield Case(f"chat {tag}", "POST", "/v1/chat", json={"message": f"hi{char}"})
        yield Case(
            f"csv name cell {tag}",
            "POST",
            "/v1/lab-reports/upload",
            files={"file": ("r.csv", _csv(name=f"Glu{char}cose"), "text/csv")},
        )
        yield Case(
            f"csv value cell {tag}",
            "POST",
            "/v1/lab-reports/upload",
            files={"file": ("r.csv", _csv(value=f"Ne{char}g"), "text/csv")},
        )
        yield Case(
            f"form lab_name {tag}",
            "POST",
            "/v1/lab-reports/upload",
            data={"lab_name": f"Lab{char}"},
            files={"file": ("r.csv", _csv(), "text/csv")},
        )
        for param in ("name", "category"):
            yield Case(f"query {param} {tag}", "GET", "/v1/lab-results", params={param: f"x{char}"})
        yield Case(f"trend name {tag}", "GET", "/v1/lab-results/trends", params={"name": f"x{char}"})
    # JSON may escape a lone surrogate ("\\ud800"): valid JSON, but no UTF-8 text any database can store.
    surrogate = json.dumps(_report(result={"name": "a\ud800"})).encode()
    yield Case("json lone surrogate", "POST", "/v1/lab-reports", content=surrogate)
    for offset in (2**63, 10**30):
        for path in ("/v1/lab-results", "/v1/lab-reports"):
            yield Case(f"offset {offset} {path}", "GET", path, params={"offset": offset})
    for when in OUT_OF_RANGE_DATES:
        yield Case(f"since {when}", "GET", "/v1/lab-results", params={"since": when})
        yield Case(f"json collected_at {when}", "POST", "/v1/lab-reports", json=_report(collected_at=when))
        yield Case(
            f"form collected_at {when}",
            "POST",
            "/v1/lab-reports/upload",
            data={"collected_at": when},
            files={"file": ("r.csv", _csv(), "text/csv")},
        )
        yield Case(
            f"csv collected_at {when}",
            "POST",
            "/v1/lab-reports/upload",
            files={"file": ("r.csv", _csv(collected_at=when), "text/csv")},
        )
    # A quote never closed would take every row after it into one cell.
    open_quote = b'name,value\nGlucose,"100\nSodium,140\n'
    yield Case(
        "csv quote left open",
        "POST",
        "/v1/lab-reports/upload",
        files={"file": ("r.csv", open_quote, "text/csv")},
    )


def refused(client: TestClient, headers: dict[str, str]) -> list[str]:
    """Labels of the cases that did NOT get a 422 in the validation shape (empty: all refused)."""
    wrong = []
    for case in cases():
        response = client.request(
            case.method,
            case.path,
            json=case.json,
            params=case.params,
            data=case.data or None,
            files=case.files,
            content=case.content,
            headers={**headers, "Content-Type": "application/json"} if case.content else headers,
        )
        body = response.json()
        ok = (
            response.status_code == 422
            and isinstance(body.get("detail"), list)
            and all({"loc", "msg", "type"} <= set(item) for item in body["detail"])
        )
        if not ok:
            wrong.append(f"{case.label}: {response.status_code} {response.text[:200]}")
    stored = client.get("/v1/lab-reports", headers=headers).json()["total"]
    if stored:
        wrong.append(f"{stored} report(s) stored")
    return wrong
