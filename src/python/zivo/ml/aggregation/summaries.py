"""Per-user, per-category summaries of lab results: what `GET /v1/lab-summary` serves."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Integer, case, delete, func, select
from sqlalchemy.orm import Session

from zivo.core.db.base import utcnow
from zivo.core.db.models import CategorySummary, LabResult, User

OUT_OF_RANGE_FLAGS = ("H", "L")


def aggregate_user(session: Session, user_id: uuid.UUID) -> list[CategorySummary]:
    """Rebuild the user's summary rows from their categorized results, in the caller's transaction.

    Idempotent: running it twice leaves the same rows. The user's row is locked first (PostgreSQL),
    so two concurrent aggregations of one user serialize instead of racing on the unique key.
    """
    if session.scalar(select(User.id).where(User.id == user_id).with_for_update()) is None:
        return []  # the user was deleted since the task was sent: nothing to summarize
    out_of_range = func.sum(case((LabResult.flag.in_(OUT_OF_RANGE_FLAGS), 1), else_=0), type_=Integer)
    rows = session.execute(
        select(LabResult.category, func.count(), func.max(LabResult.collected_at), out_of_range)
        .where(LabResult.user_id == user_id, LabResult.category.is_not(None))
        .group_by(LabResult.category)
    ).all()
    existing = {
        s.category: s
        for s in session.scalars(select(CategorySummary).where(CategorySummary.user_id == user_id))
    }
    now = utcnow()
    summaries: list[CategorySummary] = []
    for row in rows:
        category = str(row[0])  # never NULL: the query excludes uncategorized results
        count, latest, flagged = row[1], row[2], row[3]
        summary = existing.pop(category, None) or CategorySummary(user_id=user_id, category=category)
        summary.result_count = count
        summary.latest_collected_at = latest
        summary.out_of_range_count = flagged or 0
        summary.updated_at = now
        session.add(summary)
        summaries.append(summary)
    if existing:  # categories the user no longer has results in (a report was deleted)
        session.execute(
            delete(CategorySummary).where(CategorySummary.id.in_([s.id for s in existing.values()]))
        )
    session.flush()
    return sorted(summaries, key=lambda s: s.category)


def users_with_stale_summaries(session: Session, *, limit: int = 1000) -> Sequence[uuid.UUID]:
    """Users having a categorized result newer than their newest summary row (or no summary at all)."""
    latest_result = (
        select(LabResult.user_id, func.max(LabResult.updated_at).label("changed"))
        .where(LabResult.category.is_not(None))
        .group_by(LabResult.user_id)
        .subquery()
    )
    latest_summary = (
        select(CategorySummary.user_id, func.max(CategorySummary.updated_at).label("summarized"))
        .group_by(CategorySummary.user_id)
        .subquery()
    )
    stale = (
        select(latest_result.c.user_id)
        .outerjoin(latest_summary, latest_summary.c.user_id == latest_result.c.user_id)
        .where(
            (latest_summary.c.summarized.is_(None)) | (latest_summary.c.summarized < latest_result.c.changed)
        )
        .limit(limit)
    )
    return list(session.scalars(stale))
