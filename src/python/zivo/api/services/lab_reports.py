"""Creating and reading lab reports (``privacy`` deletes them, with the chats that quoted them);
creation queues categorization in the same transaction."""

from __future__ import annotations

import logging
import math
import uuid

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from zivo.api.services.errors import NotFoundError, UnusableInputError
from zivo.api.services.idempotency import IdempotentRequest, first_report, remember
from zivo.core import outbox
from zivo.core.db.models import LabReport, LabResult
from zivo.core.db.normalized_names import normalize_name
from zivo.core.lab_values import compute_flag, parse_reference_range, parse_value, printed_flag, with_unit
from zivo.core.schemas.lab_reports import LabReportCreate, ReportSource
from zivo.core.schemas.lab_results import LabResultCreate
from zivo.core.tasks import CATEGORIZE_TASK, CategorizeReport

logger = logging.getLogger(__name__)


def _build_result(report: LabReport, position: int, item: LabResultCreate) -> LabResult:
    try:
        value, unit = item.value, item.unit or None
        if isinstance(value, str):
            value, unit = with_unit(value, unit)  # "5.4 mmol/L" in one cell
        numeric, text, comparator = parse_value(value, unit)
    except ValueError as exc:
        raise UnusableInputError([{"loc": ["results", position, "value"], "msg": str(exc)}]) from exc
    if item.value_comparator is not None:
        if numeric is None or comparator not in (None, item.value_comparator):
            raise UnusableInputError(
                [
                    {
                        "loc": ["results", position, "value_comparator"],
                        "msg": "value_comparator needs a number for value, without another comparator",
                    }
                ]
            )
        comparator = item.value_comparator
    if numeric is not None and not math.isfinite(numeric):
        raise UnusableInputError(
            [{"loc": ["results", position, "value"], "msg": "value must be a finite number"}]
        )
    reference = parse_reference_range(item.reference_range, unit)
    normalized = normalize_name(item.name)
    if not normalized:
        raise UnusableInputError(
            [{"loc": ["results", position, "name"], "msg": "name has no letters or digits"}]
        )
    return LabResult(
        id=uuid.uuid4(),
        user_id=report.user_id,
        position=position,
        name=item.name,
        normalized_name=normalized,
        value_numeric=numeric,
        value_text=text,
        value_comparator=comparator,
        unit=unit,
        reference_range=item.reference_range or None,
        ref_low=reference.low if reference else None,
        ref_high=reference.high if reference else None,
        # zivo's flag from the range; where there is none to compare with, the lab's own.
        flag=compute_flag(numeric, text, reference, comparator)
        or item.flag
        or (printed_flag(item.value) if isinstance(item.value, str) else None),
        status="pending",
        collected_at=report.collected_at,
    )


def create_report(
    session: Session,
    user_id: uuid.UUID,
    data: LabReportCreate,
    *,
    source: ReportSource,
    idempotency: IdempotentRequest | None = None,
) -> LabReport:
    """Store the report, its results and the task to categorize them in one transaction.

    The task goes into the outbox (``zivo.core.outbox``), which a worker's relay sends within a second:
    a report is never stored without its task, and storing never waits on the broker. With an
    ``Idempotency-Key`` already used for this request, the first request's report comes back instead.
    """
    if idempotency is not None and (first := first_report(session, user_id, idempotency)) is not None:
        return get_report(session, user_id, first)
    report = LabReport(
        id=uuid.uuid4(),
        user_id=user_id,
        collected_at=data.collected_at,
        lab_name=data.lab_name,
        source=source,
    )
    report.results = [_build_result(report, position, item) for position, item in enumerate(data.results)]
    session.add(report)
    outbox.add(session, CATEGORIZE_TASK, CategorizeReport(report_id=report.id, user_id=user_id))
    try:
        if idempotency is not None:
            session.flush()  # the report row first: the key refers to it
            remember(session, user_id, idempotency, report.id)
        session.commit()
    except IntegrityError:
        # A concurrent request with the same key committed first: answer with its report.
        session.rollback()
        if idempotency is None or (first := first_report(session, user_id, idempotency)) is None:
            raise
        return get_report(session, user_id, first)
    logger.info("report stored", extra={"source": source, "count": len(report.results)})
    return report


def list_reports(
    session: Session, user_id: uuid.UUID, *, limit: int, offset: int
) -> tuple[list[LabReport], int]:
    total = (
        session.scalar(select(func.count()).select_from(LabReport).where(LabReport.user_id == user_id)) or 0
    )
    reports = session.scalars(
        select(LabReport)
        .where(LabReport.user_id == user_id)
        .options(selectinload(LabReport.results))
        .order_by(LabReport.collected_at.desc(), LabReport.id)
        .limit(limit)
        .offset(offset)
    ).all()
    return list(reports), total


def get_report(session: Session, user_id: uuid.UUID, report_id: uuid.UUID) -> LabReport:
    report = session.scalar(
        select(LabReport)
        .where(LabReport.id == report_id, LabReport.user_id == user_id)
        .options(selectinload(LabReport.results))
    )
    if report is None:
        raise NotFoundError("lab report not found")
    return report
