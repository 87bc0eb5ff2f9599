"""Reading one user's results: filtered listings, one test's trend, the category summary."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Integer, Select, case, func, select
from sqlalchemy.orm import Session

from zivo.core.db.models import LabResult
from zivo.core.db.normalized_names import normalize_name
from zivo.core.schemas.summaries import CategorySummaryPublic

OUT_OF_RANGE_FLAGS = ("H", "L")


def _filtered(
    user_id: uuid.UUID, *, category: str | None, name: str | None, since: datetime | None
) -> Select[LabResult]:
    query = select(LabResult).where(LabResult.user_id == user_id)
    if category:
        query = query.where(LabResult.category == category)
    if name and (normalized := normalize_name(name)):
        query = query.where(LabResult.normalized_name.contains(normalized, autoescape=True))
    if since:
        query = query.where(LabResult.collected_at >= since)
    return query


def list_results(
    session: Session,
    user_id: uuid.UUID,
    *,
    category: str | None = None,
    name: str | None = None,
    since: datetime | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[LabResult], int]:
    query = _filtered(user_id, category=category, name=name, since=since)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.order_by(LabResult.collected_at.desc(), LabResult.report_id, LabResult.position)
        .limit(limit)
        .offset(offset)
    ).all()
    return list(rows), total


def trend(
    session: Session, user_id: uuid.UUID, name: str, *, limit: int = 500
) -> tuple[str, list[LabResult]]:
    """One test over time, oldest first, matched exactly on the normalized name."""
    normalized = normalize_name(name)
    rows = session.scalars(
        select(LabResult)
        .where(LabResult.user_id == user_id, LabResult.normalized_name == normalized)
        .order_by(LabResult.collected_at, LabResult.created_at)
        .limit(limit)
    ).all()
    return normalized, list(rows)


def summaries(session: Session, user_id: uuid.UUID) -> list[CategorySummaryPublic]:
    """Per category: how many categorized results, the latest collection date, how many out of range.

    One GROUP BY on the ``(user_id, category)`` index, at read time: always current, nothing to keep in
    step (results still pending categorization are not counted until the worker decides them).
    """
    out_of_range = func.sum(case((LabResult.flag.in_(OUT_OF_RANGE_FLAGS), 1), else_=0), type_=Integer)
    rows = session.execute(
        select(LabResult.category, func.count(), func.max(LabResult.collected_at), out_of_range)
        .where(LabResult.user_id == user_id, LabResult.category.is_not(None))
        .group_by(LabResult.category)
        .order_by(LabResult.category)
    ).all()
    return [
        CategorySummaryPublic(
            category=str(category),
            result_count=count,
            latest_collected_at=latest,
            out_of_range_count=flagged or 0,
        )
        for category, count, latest, flagged in rows
    ]
