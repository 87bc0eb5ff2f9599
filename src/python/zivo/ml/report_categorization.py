"""Categorize the pending results of a lab report, and find reports whose results got stuck pending."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zivo.core.db.models import LabResult
from zivo.ml.categorization.classifier import Categorizer


@dataclass(frozen=True)
class ReportOutcome:
    report_id: uuid.UUID
    categorized: int
    needs_review: int


def categorize_report(session: Session, categorizer: Categorizer, report_id: uuid.UUID) -> ReportOutcome:
    """Give every pending result of the report a category, in the caller's transaction.

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
    for result, decision in zip(pending, decisions, strict=True):
        result.category = decision.category
        result.confidence = round(decision.confidence, 4)
        result.status = "needs_review" if decision.needs_review else "categorized"
    session.flush()
    review = sum(1 for result in pending if result.status == "needs_review")
    return ReportOutcome(report_id, len(pending) - review, review)


def stuck_reports(
    session: Session, *, created_before: datetime, limit: int = 500
) -> Sequence[tuple[uuid.UUID, uuid.UUID]]:
    """(report id, user id) of reports with results still pending since before `created_before`."""
    rows = session.execute(
        select(LabResult.report_id, LabResult.user_id)
        .where(LabResult.status == "pending")
        .group_by(LabResult.report_id, LabResult.user_id)
        .having(func.min(LabResult.created_at) < created_before)
        .limit(limit)
    ).all()
    return [(report_id, user_id) for report_id, user_id in rows]
