from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from zivo.core.db.models import LabResult
from zivo.core.utc import utcnow
from zivo.ml.categorization.classifier import Categorizer
from zivo.ml.embeddings.embedder import SentenceTransformerEmbedder
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
    strict = Categorizer(SentenceTransformerEmbedder(tiny_bert_dir), review_threshold=1.01)
    with sessions() as session:
        report_id, _ = seed_report(session, ["Hemoglobin", "Glucose"])
    with sessions.begin() as session:
        outcome = categorize_report(session, strict, report_id)
    assert (outcome.categorized, outcome.needs_review) == (0, 2)


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
