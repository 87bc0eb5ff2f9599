from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from zivo.core.db.models import LabResult
from zivo.core.lab_tests.catalogue import catalogue
from zivo.core.utc import utcnow
from zivo.ml.categorization.classifier import Categorizer
from zivo.ml.embeddings.embedder import TransformersEmbedder
from zivo.ml.report_categorization import categorize_report, stuck_reports
from zivo.ml.testing.lab_data import Row, add_report, add_user

COLLECTED = datetime(2026, 11, 1, 8, 0, tzinfo=utcnow().tzinfo)


def seed_report(
    session: Session, names: list[str], *, done: str | None = None
) -> tuple[uuid.UUID, uuid.UUID]:
    user_id = add_user(session)
    rows = [Row(name) for name in names] + ([Row(done, category="lipid")] if done else [])
    report_id = add_report(session, user_id, COLLECTED, rows)
    session.commit()
    return report_id, user_id


def test_pending_results_get_a_category_and_a_status(
    sessions: sessionmaker[Session], tiny_categorizer: Categorizer
) -> None:
    with sessions() as session:
        report_id, _ = seed_report(session, ["Hemoglobin", "Serum Sodium", "TSH"], done="LDL")
    with sessions.begin() as session:
        outcome = categorize_report(session, tiny_categorizer, report_id)
    assert outcome.categorized + outcome.needs_review == 3
    with sessions() as session:
        results = session.scalars(select(LabResult).where(LabResult.report_id == report_id)).all()
    fresh = [r for r in results if r.name != "LDL"]
    assert all(r.status in {"categorized", "needs_review"} for r in fresh)
    assert all(r.category is not None and 0.0 <= (r.confidence or -1) <= 1.0 for r in fresh)
    # A result the worker already decided is left as it was.
    (ldl,) = (r for r in results if r.name == "LDL")
    assert (ldl.category, ldl.confidence, ldl.status) == ("lipid", 0.99, "categorized")


def test_review_threshold_decides_the_status(sessions: sessionmaker[Session], tiny_bert_dir: Path) -> None:
    # Names the catalogue does not hold are decided by confidence; catalogue names are exact.
    strict = Categorizer(TransformersEmbedder(tiny_bert_dir), review_threshold=1.01)
    with sessions() as session:
        report_id, _ = seed_report(session, ["Hemoglobin", "Zqx wvt index", "Plm qrs level"])
    with sessions.begin() as session:
        outcome = categorize_report(session, strict, report_id)
    assert (outcome.categorized, outcome.needs_review) == (1, 2)
    with sessions() as session:
        results = session.scalars(select(LabResult).where(LabResult.report_id == report_id)).all()
    # A result under review carries no canonical test: it must not join a trend unconfirmed.
    assert {(r.name, r.test_id) for r in results if r.status == "needs_review"} == {
        ("Zqx wvt index", None),
        ("Plm qrs level", None),
    }


def test_a_redelivered_message_changes_nothing(
    sessions: sessionmaker[Session], tiny_categorizer: Categorizer
) -> None:
    with sessions() as session:
        report_id, _ = seed_report(session, ["Hemoglobin"])
    with sessions.begin() as session:
        first = categorize_report(session, tiny_categorizer, report_id)
    with sessions.begin() as session:
        second = categorize_report(session, tiny_categorizer, report_id)
    assert first.categorized + first.needs_review == 1
    assert (second.categorized, second.needs_review) == (0, 0)


def test_unknown_report_is_a_no_op(sessions: sessionmaker[Session], tiny_categorizer: Categorizer) -> None:
    with sessions.begin() as session:
        outcome = categorize_report(session, tiny_categorizer, uuid.uuid4())
    assert (outcome.categorized, outcome.needs_review) == (0, 0)


def test_stuck_reports_are_those_pending_since_before_the_cutoff(
    sessions: sessionmaker[Session], tiny_categorizer: Categorizer
) -> None:
    with sessions() as session:
        stuck_id, user_id = seed_report(session, ["Hemoglobin", "TSH"])
        done_id, _ = seed_report(session, ["Glucose"])
    with sessions.begin() as session:
        categorize_report(session, tiny_categorizer, done_id)
    with sessions() as session:
        assert stuck_reports(session, created_before=utcnow() - timedelta(hours=1)) == []
        assert stuck_reports(session, created_before=utcnow() + timedelta(seconds=1)) == [(stuck_id, user_id)]


def _categorized(
    sessions: sessionmaker[Session], categorizer: Categorizer, rows: list[Row]
) -> list[LabResult]:
    """A new user's report of `rows`, categorized; its results in report order."""
    with sessions() as session:
        report_id = add_report(session, add_user(session), COLLECTED, rows)
        session.commit()
    with sessions.begin() as session:
        categorize_report(session, categorizer, report_id)
    with sessions() as session:
        query = select(LabResult).where(LabResult.report_id == report_id).order_by(LabResult.position)
        return list(session.scalars(query))


def test_results_carry_the_canonical_test_and_the_value_in_its_unit(
    sessions: sessionmaker[Session], tiny_categorizer: Categorizer
) -> None:
    # Catalogue names resolve without the model, so the tiny random BERT is enough here.
    rows = [
        Row("FBS", value=5.5, unit="mmol/L"),
        Row("Glucose, fasting", value=99.0, unit="mg/dL"),
        Row("S. Creatinine", value=88.4, unit="µmol/L"),
        Row("HbA1c", value=48.0, unit="mmol/mol"),  # IFCC: the catalogue's affine formula to NGSP %
        Row("D-Dimer", value=0.5, unit="mg/L DDU"),  # D-dimer units: no defined conversion to FEU
        Row("Blood Group", value=1.0),
    ]
    results = {r.name: r for r in _categorized(sessions, tiny_categorizer, rows)}
    fbs, fasting = results["FBS"], results["Glucose, fasting"]
    assert fbs.test_id == fasting.test_id == "glucose_fasting"
    assert fbs.loinc == "1558-6"
    assert fbs.category == "glucose"
    assert (fbs.value_numeric, fbs.unit) == (5.5, "mmol/L")  # the original is kept
    assert fbs.unit_canonical == fasting.unit_canonical == "mg/dL"
    assert fbs.value_canonical is not None
    assert abs(fbs.value_canonical - 99.09) < 0.01
    assert fasting.value_canonical == 99.0
    assert results["S. Creatinine"].test_id == "creatinine"
    assert abs((results["S. Creatinine"].value_canonical or 0) - 1.0) < 0.001
    hba1c = results["HbA1c"]
    assert (hba1c.test_id, hba1c.unit_canonical) == ("hba1c", "%")
    assert abs((hba1c.value_canonical or 0) - 6.543) < 0.001
    d_dimer = results["D-Dimer"]
    assert (d_dimer.test_id, d_dimer.value_numeric, d_dimer.unit) == ("d_dimer", 0.5, "mg/L DDU")
    assert d_dimer.value_canonical is None  # kept as reported
    group = results["Blood Group"]
    assert (group.test_id, group.category, group.unit_canonical) == ("blood_group", "other", None)


def test_a_differential_name_with_a_count_unit_is_the_absolute_count(
    sessions: sessionmaker[Session], tiny_categorizer: Categorizer
) -> None:
    # One CBC prints "Neutrophils" twice: the percentage, then the count.
    rows = [
        Row("Neutrophils", value=60.0, unit="%"),
        Row("Neutrophils", value=4200.0, unit="cells/uL"),
        Row("Lymphocytes", value=2.1, unit="x10^9/L"),
        Row("Lymphocytes", value=30.0),  # no unit: the name's own test
    ]
    results = _categorized(sessions, tiny_categorizer, rows)
    assert [(r.test_id, r.loinc, r.category, r.value_canonical, r.unit_canonical) for r in results] == [
        ("neutrophils_pct", "770-8", "cbc", 60.0, "%"),
        ("neutrophils_abs", catalogue().by_id["neutrophils_abs"].loinc, "cbc", 4.2, "10^3/uL"),
        ("lymphocytes_abs", catalogue().by_id["lymphocytes_abs"].loinc, "cbc", 2.1, "10^3/uL"),
        ("lymphocytes_pct", catalogue().by_id["lymphocytes_pct"].loinc, "cbc", None, "%"),
    ]


def test_stuck_reports_come_in_pages_that_cover_every_report(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        seeded = sorted(seed_report(session, [f"Test {n}"]) for n in range(5))
    pages: list[list[tuple[uuid.UUID, uuid.UUID]]] = []
    after = None
    cutoff = utcnow() + timedelta(seconds=1)
    with sessions() as session:
        while True:
            page = list(stuck_reports(session, created_before=cutoff, after=after, limit=2))
            pages.append(page)
            if len(page) < 2:
                break
            after = page[-1][0]
    assert [len(page) for page in pages] == [2, 2, 1]
    assert [row for page in pages for row in page] == seeded
