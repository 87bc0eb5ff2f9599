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


def test_trend_merges_names_labs_and_units_of_one_canonical_test(
    client: TestClient, alice: dict[str, str]
) -> None:
    _post(client, alice, "2024-01-10", [{"name": "FBS", "value": 5.5, "unit": "mmol/L"}])
    _post(client, alice, "2024-02-10", [{"name": "Fasting Blood Sugar", "value": 104, "unit": "mg/dL"}])
    _post(client, alice, "2024-03-10", [{"name": "Glucose, fasting", "value": "Hemolysed", "unit": "mg/dL"}])
    _post(client, alice, "2024-04-10", [{"name": "Glu-F (hexokinase) lab 4", "value": 6.1, "unit": "mmol/L"}])
    _post(
        client, alice, "2024-05-10", [{"name": "Glucose", "value": 140, "unit": "mg/dL"}]
    )  # random: not merged
    with _sessions(client)() as session:
        # What the worker stores for a name only the embeddings resolve.
        session.execute(
            update(LabResult)
            .where(LabResult.name == "Glu-F (hexokinase) lab 4")
            .values(
                test_id="glucose_fasting", value_canonical=109.9, unit_canonical="mg/dL", status="categorized"
            )
        )
        session.commit()

    for name in ("glucose_fasting", "FBS", "fasting glucose", "1558-6", "Glu-F (hexokinase) lab 4"):
        trend = client.get("/v1/lab-results/trends", params={"name": name}, headers=alice).json()
        assert (trend["test_id"], trend["unit"], trend["loinc"]) == (
            "glucose_fasting",
            "mg/dL",
            "1558-6",
        ), name
        assert trend["category"] == "glucose"
        points = [(p["name"], p["value"] and round(p["value"], 1), p["unit"]) for p in trend["points"]]
        assert points == [
            ("FBS", 99.1, "mmol/L"),
            ("Fasting Blood Sugar", 104.0, "mg/dL"),
            ("Glucose, fasting", None, "mg/dL"),
            ("Glu-F (hexokinase) lab 4", 109.9, "mmol/L"),
        ], name
        assert trend["points"][0]["value_numeric"] == 5.5  # as reported


def test_trend_reads_values_and_units_as_labs_print_them(client: TestClient, alice: dict[str, str]) -> None:
    # One HbA1c and one platelet count each from five labs' reports: NGSP %, IFCC mmol/mol, a flag after
    # the value, all capitals; platelets with grouped thousands, Indian lakhs, a lost superscript, French G/L.
    hba1c = [
        ("HbA1c", "6.5", "%"),
        ("Hemoglobin A1c", "48", "mmol/mol"),
        ("Glycated Hb", "7.1", "% of total Hb"),
        ("HBA1C", "6.9 H", "%"),
        ("Hb A1c", "53", "mmol/mol Hb"),
    ]
    platelets = [
        ("Platelet Count", "250,000", "/cumm"),
        ("Platelets", "2.5", "lakh/cumm"),
        ("PLT", "250", "10 3/uL"),
        ("Platelets", "250", "G/L"),  # as French reports print counts
        ("PLATELET COUNT", "250", "K/UL"),
    ]
    for month, (a1c, platelet) in enumerate(zip(hba1c, platelets, strict=True), start=1):
        results: list[dict[str, object]] = [
            {"name": name, "value": value, "unit": unit} for name, value, unit in (a1c, platelet)
        ]
        _post(client, alice, f"2024-{month:02d}-10", results)

    trend = client.get("/v1/lab-results/trends", params={"name": "hba1c"}, headers=alice).json()
    assert trend["unit"] == "%"
    assert [round(point["value"], 1) for point in trend["points"]] == [6.5, 6.5, 7.1, 6.9, 7.0]
    trend = client.get("/v1/lab-results/trends", params={"name": "platelets"}, headers=alice).json()
    assert trend["unit"] == "10^3/uL"
    assert [round(point["value"], 1) for point in trend["points"]] == [250.0] * 5


def test_trend_merges_one_test_across_languages_and_unit_spellings(
    client: TestClient, alice: dict[str, str]
) -> None:
    # A Russian lab, a Spanish one, a German one and a British one: one glucose series and one urine
    # albumin/creatinine series, each in its canonical unit, before the worker has seen them (pending).
    _post(
        client,
        alice,
        "2024-01-10",
        [
            {"name": "Глюкоза", "value": "5,5", "unit": "ммоль/л", "reference_range": "от 3,9 до 6,1"},
            {"name": "Urine ACR", "value": 3.0, "unit": "mg/mmol"},
        ],
    )
    _post(client, alice, "2024-02-10", [{"name": "Glucosa", "value": 99, "unit": "mg/dL"}])
    _post(
        client,
        alice,
        "2024-03-10",
        [
            {"name": "Glucose", "value": "5,5", "unit": "mM", "reference_range": "3,9 bis 6,1"},
            {"name": "Albumin/Creatinine Ratio", "value": 26.5, "unit": "mg/g creat"},
        ],
    )
    for name in ("глюкоза", "Glucosa", "glucose"):
        trend = client.get("/v1/lab-results/trends", params={"name": name}, headers=alice).json()
        assert (trend["test_id"], trend["unit"]) == ("glucose", "mg/dL"), name
        assert [(p["name"], round(p["value"], 1), p["flag"]) for p in trend["points"]] == [
            ("Глюкоза", 99.1, "N"),
            ("Glucosa", 99.0, None),
            ("Glucose", 99.1, "N"),
        ], name
    trend = client.get("/v1/lab-results/trends", params={"name": "uacr"}, headers=alice).json()
    assert (trend["test_id"], trend["unit"]) == ("urine_acr", "mg/g")
    assert [round(point["value"], 1) for point in trend["points"]] == [26.5, 26.5]


def test_units_pint_cannot_evaluate_are_kept_as_reported_not_a_server_error(
    client: TestClient, alice: dict[str, str]
) -> None:
    # pint's evaluator raised an AssertionError on "/", a ZeroDivisionError on "mg/0" and an OverflowError
    # on "9910^91e": a 500 when the report was stored (a unit in the value) or its trend read.
    odd: list[dict[str, object]] = [
        {"name": "Glucose", "value": 5.5, "unit": "/"},
        {"name": "Glucose", "value": "5.5 mg/0"},
        {"name": "Glucose", "value": 5.5, "unit": "9910^91e"},
    ]
    for month, result in enumerate(odd, start=1):
        _post(client, alice, f"2024-{month:02d}-10", [result])
    response = client.get("/v1/lab-results/trends", params={"name": "glucose"}, headers=alice)
    assert response.status_code == 200
    assert [(p["value"], p["value_numeric"], p["unit"]) for p in response.json()["points"]] == [
        (None, 5.5, "/"),
        (None, None, None),  # "5.5 mg/0" is no value and unit: kept as text
        (None, 5.5, "9910^91e"),
    ]


def test_trend_of_an_unknown_name_is_the_exact_name_series(client: TestClient, alice: dict[str, str]) -> None:
    _post(client, alice, "2024-01-10", [{"name": "Zonulin (stool)", "value": 40, "unit": "ng/mL"}])
    trend = client.get("/v1/lab-results/trends", params={"name": "zonulin  (STOOL)"}, headers=alice).json()
    assert trend["test_id"] is None
    assert trend["unit"] is None
    assert [(p["value"], p["unit"]) for p in trend["points"]] == [(40, "ng/mL")]


def test_censored_values_keep_their_comparator_flag_and_place_in_the_trend(
    client: TestClient, alice: dict[str, str]
) -> None:
    # An hs-CRP below the method's limit, once in mg/dL; an eGFR above the equation's reach.
    _post(
        client,
        alice,
        "2024-01-10",
        [
            {"name": "CRP", "value": "<5", "unit": "mg/L", "reference_range": "0-5"},
            {"name": "eGFR", "value": "> 90", "unit": "mL/min/1.73m2", "reference_range": ">60"},
        ],
    )
    _post(client, alice, "2024-02-10", [{"name": "C-Reactive Protein", "value": 12, "unit": "mg/L"}])
    _post(
        client,
        alice,
        "2024-03-10",
        [{"name": "CRP", "value": "< 0.3", "unit": "mg/dL", "reference_range": "1-10"}],
    )

    items = client.get("/v1/lab-results", params={"since": "2024-01-01"}, headers=alice).json()["items"]
    read = {
        (i["name"], i["collected_at"][:7]): (
            i["value_numeric"],
            i["value_comparator"],
            i["value_text"],
            i["flag"],
        )
        for i in items
    }
    assert read[("CRP", "2024-01")] == (5.0, "<", None, "N")
    assert read[("eGFR", "2024-01")] == (90.0, ">", None, "N")
    assert read[("C-Reactive Protein", "2024-02")] == (12.0, None, None, None)
    assert read[("CRP", "2024-03")] == (0.3, "<", None, "L")

    trend = client.get("/v1/lab-results/trends", params={"name": "crp"}, headers=alice).json()
    assert trend["unit"] == "mg/L"
    points = [(p["value"] and round(p["value"], 2), p["value_comparator"]) for p in trend["points"]]
    assert points == [(5.0, "<"), (12.0, None), (3.0, "<")]


def test_a_value_printed_with_its_unit_joins_the_trend_in_that_unit(
    client: TestClient, alice: dict[str, str]
) -> None:
    # A report that gives no unit apart: the unit is in the value's cell.
    _post(
        client,
        alice,
        "2024-01-10",
        [{"name": "FBS", "value": "5.5 mmol/L", "reference_range": "Adult: 3.9-5.5"}],
    )
    _post(client, alice, "2024-02-10", [{"name": "Fasting Blood Sugar", "value": 104, "unit": "mg/dL"}])
    _post(client, alice, "2024-03-10", [{"name": "FBS", "value": "1 in 80"}])  # not a unit: stays text
    # The unit in both places, as some exports write it; a different one is not guessed at.
    _post(client, alice, "2024-04-10", [{"name": "FBS", "value": "5.0 mmol/l", "unit": "mmol/L"}])
    _post(client, alice, "2024-05-10", [{"name": "FBS", "value": "5.0 mmol/L", "unit": "mg/dL"}])
    items = client.get("/v1/lab-results", params={"name": "fbs"}, headers=alice).json()["items"]
    read = {i["collected_at"][:7]: (i["value_numeric"], i["value_text"], i["unit"], i["flag"]) for i in items}
    assert read["2024-01"] == (5.5, None, "mmol/L", "N")
    assert read["2024-03"] == (None, "1 in 80", None, None)
    assert read["2024-04"] == (5.0, None, "mmol/L", None)
    assert read["2024-05"] == (None, "5.0 mmol/L", "mg/dL", None)
    trend = client.get("/v1/lab-results/trends", params={"name": "fbs"}, headers=alice).json()
    assert [p["value"] and round(p["value"], 1) for p in trend["points"]] == [99.1, 104.0, None, 90.1, None]


def test_a_differential_in_a_count_unit_is_the_absolute_counts_trend(
    client: TestClient, alice: dict[str, str]
) -> None:
    # Pending (no worker here): the name says neutrophils, the unit says which of the two tests.
    _post(client, alice, "2024-01-10", [{"name": "Neutrophils", "value": 60, "unit": "%"}])
    _post(client, alice, "2024-01-10", [{"name": "Neutrophils", "value": "4,200", "unit": "cells/uL"}])
    _post(client, alice, "2024-02-10", [{"name": "ANC", "value": 3.9, "unit": "10^9/L"}])
    percent = client.get("/v1/lab-results/trends", params={"name": "neutrophils"}, headers=alice).json()
    assert (percent["test_id"], [p["value"] for p in percent["points"]]) == ("neutrophils_pct", [60])
    count = client.get("/v1/lab-results/trends", params={"name": "neutrophils_abs"}, headers=alice).json()
    assert count["unit"] == "10^3/uL"
    assert [round(p["value"], 1) for p in count["points"]] == [4.2, 3.9]


def test_a_value_whose_conversion_overflows_stays_in_the_trend_as_reported(
    client: TestClient, alice: dict[str, str]
) -> None:
    # 1e308 g/L is a float a report can send; in mg/dL it is past the largest one. The trend answers with
    # the value as reported and no converted value (the worker stores none either, not an infinity).
    _post(client, alice, "2024-01-10", [{"name": "Glucose", "value": 1e308, "unit": "g/L"}])
    response = client.get("/v1/lab-results/trends", params={"name": "glucose"}, headers=alice)
    assert response.status_code == 200, response.text
    [point] = response.json()["points"]
    assert (point["value"], point["value_numeric"], point["unit"]) == (None, 1e308, "g/L")
