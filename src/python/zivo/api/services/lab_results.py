"""Reading one user's results: filtered listings, one test's trend, the category summary."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from zivo.core.db.models import CategorySummary, LabResult
from zivo.core.db.normalized_names import normalize_name
from zivo.core.lab_tests.catalogue import LabTest, catalogue
from zivo.core.lab_tests.units import to_canonical


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


@dataclass(frozen=True)
class Trend:
    normalized_name: str
    test: LabTest | None
    points: list[tuple[LabResult, float | None]]  # each result with its value in the test's unit


def trend(session: Session, user_id: uuid.UUID, name: str, *, limit: int = 500) -> Trend:
    """One test over time, oldest first, across labs, names and units.

    `name` is a canonical test id, a LOINC code or any name of a test in the catalogue; a name the
    catalogue does not know is resolved through the user's own results with that exact name that the
    worker already matched to a test. The series holds every result of the test: those the worker has
    resolved (test_id) and those still pending whose name is one of the test's names. Values are in the
    test's canonical unit (converted by the worker, or here for pending results); a value whose unit does
    not convert keeps `value` None and its reported value and unit. With no test at all, the series is the
    results with this exact normalized name, as reported.
    """
    normalized = normalize_name(name)
    tests = catalogue()
    test = tests.lookup(name)
    if test is None and normalized:
        known = session.scalar(
            select(LabResult.test_id)
            .where(
                LabResult.user_id == user_id,
                LabResult.normalized_name == normalized,
                LabResult.test_id.is_not(None),
            )
            .limit(1)
        )
        test = tests.by_id.get(known) if known else None
    if test is None:
        condition = LabResult.normalized_name == normalized
    else:
        spellings = {normalize_name(spelling) for spelling in (*test.names, name)} - {""}
        condition = or_(
            LabResult.test_id == test.id,
            and_(LabResult.test_id.is_(None), LabResult.normalized_name.in_(sorted(spellings))),
        )
    rows = session.scalars(
        select(LabResult)
        .where(LabResult.user_id == user_id, condition)
        .order_by(LabResult.collected_at, LabResult.created_at)
        .limit(limit)
    ).all()
    return Trend(normalized, test, [(row, _value_in_unit(row, test)) for row in rows])


def _value_in_unit(row: LabResult, test: LabTest | None) -> float | None:
    if test is None:
        return row.value_numeric
    if row.value_canonical is not None and row.test_id == test.id:
        return row.value_canonical
    if row.value_numeric is None:
        return None
    if test.unit is None:
        return row.value_numeric
    return to_canonical(test, row.value_numeric, row.unit)


def summaries(session: Session, user_id: uuid.UUID) -> list[CategorySummary]:
    return list(
        session.scalars(
            select(CategorySummary)
            .where(CategorySummary.user_id == user_id)
            .order_by(CategorySummary.category)
        ).all()
    )
