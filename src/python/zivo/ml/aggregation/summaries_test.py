from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from zivo.core.db.base import utcnow
from zivo.core.db.models import CategorySummary, LabReport
from zivo.ml.aggregation.summaries import aggregate_user, users_with_stale_summaries
from zivo.ml.testing.lab_data import Row, add_report, add_user

JAN = datetime(2026, 1, 5, 8, 0, tzinfo=utcnow().tzinfo)
MAR = JAN + timedelta(days=60)


def summary_rows(session: Session, user_id: object) -> dict[str, tuple[int, datetime | None, int]]:
    rows = session.scalars(select(CategorySummary).where(CategorySummary.user_id == user_id))
    return {s.category: (s.result_count, s.latest_collected_at, s.out_of_range_count) for s in rows}


def test_summary_counts_results_latest_date_and_out_of_range(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        user_id = add_user(session)
        add_report(
            session, user_id, JAN, [Row("Hb", "cbc", "L"), Row("WBC", "cbc", "N"), Row("LDL", "lipid", "H")]
        )
        add_report(session, user_id, MAR, [Row("Hb", "cbc", "N"), Row("Pending test")])
    with sessions.begin() as session:
        summaries = aggregate_user(session, user_id)
    assert [s.category for s in summaries] == ["cbc", "lipid"]
    with sessions() as session:
        assert summary_rows(session, user_id) == {"cbc": (3, MAR, 1), "lipid": (1, JAN, 1)}


def test_aggregation_is_idempotent_and_drops_emptied_categories(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        user_id = add_user(session)
        add_report(session, user_id, JAN, [Row("Hb", "cbc", "N")])
        lipid_report = add_report(session, user_id, MAR, [Row("LDL", "lipid", "H")])
    for _ in range(2):
        with sessions.begin() as session:
            aggregate_user(session, user_id)
    with sessions() as session:
        assert summary_rows(session, user_id) == {"cbc": (1, JAN, 0), "lipid": (1, MAR, 1)}
    with sessions.begin() as session:
        session.execute(delete(LabReport).where(LabReport.id == lipid_report))
    with sessions.begin() as session:
        aggregate_user(session, user_id)
    with sessions() as session:
        assert summary_rows(session, user_id) == {"cbc": (1, JAN, 0)}


def test_one_users_aggregation_leaves_others_alone(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        alice, bob = add_user(session), add_user(session)
        add_report(session, alice, JAN, [Row("Hb", "cbc", "N")])
        add_report(session, bob, JAN, [Row("TSH", "thyroid", "H")])
    with sessions.begin() as session:
        aggregate_user(session, alice)
    with sessions() as session:
        assert summary_rows(session, alice) == {"cbc": (1, JAN, 0)}
        assert summary_rows(session, bob) == {}


def test_stale_users_are_those_with_results_newer_than_their_summary(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        fresh, stale, only_pending = add_user(session), add_user(session), add_user(session)
        add_report(session, fresh, JAN, [Row("Hb", "cbc", "N")])
        add_report(session, stale, JAN, [Row("Hb", "cbc", "N")])
        add_report(session, only_pending, JAN, [Row("Hb")])
    with sessions.begin() as session:
        aggregate_user(session, fresh)
    with sessions() as session:
        assert set(users_with_stale_summaries(session)) == {stale}


def test_a_deleted_user_is_skipped(sessions: sessionmaker[Session]) -> None:
    import uuid

    with sessions.begin() as session:
        assert aggregate_user(session, uuid.uuid4()) == []
