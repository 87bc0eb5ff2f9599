from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from zivo.core.db.models import LabResult


def _post(client: TestClient, headers: dict[str, str], day: str, results: list[dict[str, object]]) -> str:
    response = client.post("/v1/lab-reports", json={"collected_at": day, "results": results}, headers=headers)
    assert response.status_code == 201, response.text
    report_id: str = response.json()["id"]
    return report_id


def _sessions(client: TestClient) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = client.app.state.sessionmaker  # type: ignore[attr-defined]
    return factory


def _seed(client: TestClient, headers: dict[str, str]) -> None:
    _post(
        client,
        headers,
        "2024-01-10",
        [
            {"name": "Glucose", "value": 95, "reference_range": "70-99"},
            {"name": "LDL Cholesterol", "value": 160, "reference_range": "<130"},
        ],
    )
    _post(client, headers, "2024-04-10", [{"name": "glucose", "value": 104, "reference_range": "70-99"}])
    _post(
        client,
        headers,
        "2024-07-10",
        [
            {"name": "GLUCOSE ", "value": 99, "reference_range": "70-99"},
            {"name": "Glucose, fasting", "value": 90},
        ],
    )
    with _sessions(client)() as session:
        session.execute(
            update(LabResult).where(LabResult.normalized_name == "ldl cholesterol").values(category="lipid")
        )
        session.commit()


def test_list_filters(client: TestClient, alice: dict[str, str]) -> None:
    _seed(client, alice)
    everything = client.get("/v1/lab-results", headers=alice).json()
    assert everything["total"] == 5
    dates = [item["collected_at"] for item in everything["items"]]
    assert dates == sorted(dates, reverse=True)

    glucose = client.get("/v1/lab-results", params={"name": "glucose"}, headers=alice).json()
    assert glucose["total"] == 4  # contains-match on the normalized name, fasting included
    lipid = client.get("/v1/lab-results", params={"category": "lipid"}, headers=alice).json()
    assert [item["name"] for item in lipid["items"]] == ["LDL Cholesterol"]
    recent = client.get("/v1/lab-results", params={"since": "2024-04-01"}, headers=alice).json()
    assert recent["total"] == 3
    paged = client.get("/v1/lab-results", params={"limit": 2, "offset": 4}, headers=alice).json()
    assert paged["total"] == 5
    assert len(paged["items"]) == 1
    assert client.get("/v1/lab-results", params={"name": "100%_"}, headers=alice).json()["total"] == 0


def test_trend_matches_normalized_name_oldest_first(client: TestClient, alice: dict[str, str]) -> None:
    _seed(client, alice)
    trend = client.get("/v1/lab-results/trends", params={"name": "Glucose"}, headers=alice).json()
    assert trend["normalized_name"] == "glucose"
    assert [(p["value_numeric"], p["flag"]) for p in trend["points"]] == [(95, "N"), (104, "H"), (99, "N")]
    assert client.get("/v1/lab-results/trends", headers=alice).status_code == 422


def _categorize(client: TestClient, category: str, *names: str) -> None:
    """What the worker does: give results a category (and the status that goes with it)."""
    with _sessions(client)() as session:
        session.execute(
            update(LabResult)
            .where(LabResult.normalized_name.in_(names))
            .values(category=category, status="categorized")
        )
        session.commit()


def test_summary_is_computed_from_the_results_when_read(
    client: TestClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    assert client.get("/v1/lab-summary", headers=alice).json() == {"items": []}
    _seed(client, alice)  # LDL is "lipid" and flagged H; glucose is still pending
    first = client.get("/v1/lab-summary", headers=alice).json()["items"]
    assert [(i["category"], i["result_count"], i["out_of_range_count"]) for i in first] == [("lipid", 1, 1)]
    assert first[0]["latest_collected_at"].startswith("2024-01-10")

    _categorize(client, "glucose", "glucose", "glucose fasting")  # no task, no wait: the next read sees it
    items = client.get("/v1/lab-summary", headers=alice).json()["items"]
    assert [(i["category"], i["result_count"], i["out_of_range_count"]) for i in items] == [
        ("glucose", 4, 1),  # 104 against 70-99 is the one H
        ("lipid", 1, 1),
    ]
    assert items[0]["latest_collected_at"].startswith("2024-07-10")

    # Another user's results never count; deleting a report updates the summary at once.
    bob_report = _post(
        client, bob, "2024-02-01", [{"name": "Glucose", "value": 300, "reference_range": "70-99"}]
    )
    _categorize(client, "glucose", "glucose")
    assert client.get("/v1/lab-summary", headers=alice).json()["items"][0]["result_count"] == 4
    assert client.get("/v1/lab-summary", headers=bob).json()["items"] == [
        {
            "category": "glucose",
            "result_count": 1,
            "latest_collected_at": "2024-02-01T00:00:00Z",
            "out_of_range_count": 1,
        }
    ]
    assert client.delete(f"/v1/lab-reports/{bob_report}", headers=bob).status_code == 204
    assert client.get("/v1/lab-summary", headers=bob).json() == {"items": []}
