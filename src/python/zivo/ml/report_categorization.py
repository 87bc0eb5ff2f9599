"""Categorize the pending results of a lab report, and find reports whose results got stuck pending."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from zivo.core.db.models import LabResult
from zivo.core.lab_tests.units import to_canonical
from zivo.ml.categorization.classifier import Categorizer


@dataclass(frozen=True)
class ReportOutcome:
    report_id: uuid.UUID
    categorized: int
    needs_review: int


def categorize_report(session: Session, categorizer: Categorizer, report_id: uuid.UUID) -> ReportOutcome:
    """Give every pending result of the report a category, canonical test and canonical value, in the
    caller's transaction.

    Idempotent: results already categorized are left alone, so a redelivered message does nothing. Rows
    are locked (PostgreSQL, skipping rows another worker holds) so two deliveries never both write.
    """
    pending = session.scalars(
        select(LabResult)
        .where(LabResult.report_id == report_id, LabResult.status == "pending")
        .order_by(LabResult.position)
        .with_for_update(skip_locked=True)
    ).all()
    if not pending:
        return ReportOutcome(report_id, 0, 0)
    decisions = categorizer.categorize_many([result.name for result in pending])
    tests = categorizer.tests
    for result, decision in zip(pending, decisions, strict=True):
        result.category = decision.category
        result.confidence = round(decision.confidence, 4)
        result.status = "needs_review" if decision.needs_review else "categorized"
        result.test_id = decision.test_id
        result.loinc = decision.loinc
        result.value_canonical = None
        result.unit_canonical = None
        test = tests.by_id.get(decision.test_id) if decision.test_id else None
        if test is not None and (variant := tests.for_unit(test, result.unit)) is not test:
            # "Neutrophils" in 10^3/uL: the absolute count, which the name alone does not say.
            test = variant
            result.test_id, result.loinc, result.category = variant.id, variant.loinc, variant.category
        if test is not None and test.unit is not None:
            result.unit_canonical = test.unit
            if result.value_numeric is not None:
                result.value_canonical = to_canonical(test, result.value_numeric, result.unit)
    session.flush()
    review = sum(1 for result in pending if result.status == "needs_review")
    return ReportOutcome(report_id, len(pending) - review, review)


def stuck_reports(
    session: Session, *, created_before: datetime, after: uuid.UUID | None = None, limit: int = 1000
) -> Sequence[tuple[uuid.UUID, uuid.UUID]]:
    """(report id, user id) of reports with results still pending since before `created_before`.

    One page in report-id order: pass the last id of a page as `after` for the next, until a page comes
    back short. Callers walk every page, so no backlog is too large to be found.
    """
    query = select(LabResult.report_id, LabResult.user_id).where(LabResult.status == "pending")
    if after is not None:
        query = query.where(LabResult.report_id > after)
    rows = session.execute(
        query.group_by(LabResult.report_id, LabResult.user_id)
        .having(func.min(LabResult.created_at) < created_before)
        .order_by(LabResult.report_id)
        .limit(limit)
    ).all()
    return [(report_id, user_id) for report_id, user_id in rows]


def stuck_report_pages(
    sessions: sessionmaker[Session], *, created_before: datetime, page: int = 1000
) -> Iterator[Sequence[tuple[uuid.UUID, uuid.UUID]]]:
    """Every page of :func:`stuck_reports`, each read in a short transaction of its own."""
    after: uuid.UUID | None = None
    while True:
        with sessions() as session:
            rows = stuck_reports(session, created_before=created_before, after=after, limit=page)
        if rows:
            yield rows
        if len(rows) < page:
            return
        after = rows[-1][0]
