"""Reading one user's results: filtered listings, one test's trend, the category summary."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Integer, Row, and_, case, func, or_, select
from sqlalchemy.orm import Session

from zivo.core.db.models import LabResult
from zivo.core.db.normalized_names import normalize_name
from zivo.core.lab_tests.catalogue import Catalogue, LabTest, catalogue
from zivo.core.lab_tests.units import to_canonical
from zivo.core.schemas.lab_results import LabResultPublic, LabResultsPublic
from zivo.core.schemas.summaries import CategorySummaryPublic

OUT_OF_RANGE_FLAGS = ("H", "L")
# The distinct names of a user's pending results a trend reads through the catalogue's grammar
# (translations, LOINC grammar): a bound on what one request costs (~0.05 ms a name).
MAX_PENDING_NAMES = 2000


# Only the columns a listing returns, as rows: no ORM identity map or change tracking on the read path.
PUBLIC_COLUMNS = tuple(LabResult.__table__.c[name] for name in LabResultPublic.model_fields)


def _conditions(
    user_id: uuid.UUID, *, category: str | None, name: str | None, since: datetime | None
) -> list[ColumnElement[bool]]:
    conditions = [LabResult.user_id == user_id]
    if category:
        conditions.append(LabResult.category == category)
    if name and (normalized := normalize_name(name)):
        conditions.append(LabResult.normalized_name.contains(normalized, autoescape=True))
    if since:
        conditions.append(LabResult.collected_at >= since)
    return conditions


def list_results(
    session: Session,
    user_id: uuid.UUID,
    *,
    category: str | None = None,
    name: str | None = None,
    since: datetime | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[Sequence[Row[Any]], int]:
    """One page of results, newest first, with the total; rows carry the ``LabResultPublic`` fields.

    The ``(user_id, collected_at)`` index gives the order (scanned backwards, ties sorted within a date),
    so a page costs the page, not a sort of everything the user has.
    """
    conditions = _conditions(user_id, category=category, name=name, since=since)
    # The total rides along with the page (one round trip); only a page past the end needs a count.
    rows = session.execute(
        select(*PUBLIC_COLUMNS, func.count().over().label("total"))
        .where(*conditions)
        .order_by(LabResult.collected_at.desc(), LabResult.report_id, LabResult.position)
        .limit(limit)
        .offset(offset)
    ).all()
    if rows:
        return rows, int(rows[0].total)
    total = session.scalar(select(func.count()).select_from(LabResult).where(*conditions)) or 0
    return rows, total


def page_json(rows: Sequence[Row[Any]], total: int) -> bytes:
    """The ``LabResultsPublic`` body, validated once and serialized by pydantic's core."""
    page = LabResultsPublic(items=[LabResultPublic.model_validate(row) for row in rows], total=total)
    return page.model_dump_json().encode()


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
    resolved (test_id) and those still pending whose name the catalogue reads as the test. Values are in the
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
        # A unit variant's names too: a pending "Neutrophils" in 10^3/uL is the absolute count.
        variants = [tests.by_id[variant] for variant in test.unit_variants]
        names = (*test.names, *(n for variant in variants for n in variant.names), name)
        spellings = {normalize_name(spelling) for spelling in names} - {""}
        # Pending names the catalogue reads as this test without being one of its names ("Glucosa",
        # "Glucose Ser-mCnc"): the worker will say so in seconds; the series has them meanwhile.
        spellings |= _pending_spellings(session, user_id, tests, {test.id, *test.unit_variants})
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
    if test is not None and test.unit_variants:
        rows = [row for row in rows if row.test_id is not None or _pending_test(tests, row, test) is test]
    return Trend(normalized, test, [(row, _value_in_unit(row, test)) for row in rows])


def _pending_spellings(session: Session, user_id: uuid.UUID, tests: Catalogue, ids: set[str]) -> set[str]:
    """The normalized names of the user's pending results that the catalogue resolves to one of `ids`."""
    pending = session.scalars(
        select(LabResult.name)
        .where(LabResult.user_id == user_id, LabResult.status == "pending", LabResult.test_id.is_(None))
        .distinct()
        .limit(MAX_PENDING_NAMES)
    ).all()
    return {normalize_name(name) for name in pending if (found := tests.lookup(name)) and found.id in ids}


def _pending_test(tests: Catalogue, row: LabResult, test: LabTest) -> LabTest:
    """The test a result the worker has not resolved yet is, by its name and then its unit."""
    return tests.for_unit(tests.lookup(row.name) or test, row.unit)


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
