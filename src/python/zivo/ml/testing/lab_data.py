"""Test data for the worker's tests: users with reports and results, written through the ORM."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from zivo.core.db.models import LabReport, LabResult, User


@dataclass(frozen=True)
class Row:
    name: str
    category: str | None = None  # set: the worker already decided it
    flag: str | None = None
    value: float = 1.0
    unit: str | None = None


def add_user(session: Session) -> uuid.UUID:
    user = User(email=f"{uuid.uuid4().hex}@example.com", password_hash="not-a-hash")
    session.add(user)
    session.flush()
    return user.id


def add_report(session: Session, user_id: uuid.UUID, collected_at: datetime, rows: list[Row]) -> uuid.UUID:
    report = LabReport(user_id=user_id, collected_at=collected_at, source="json")
    session.add(report)
    session.flush()
    for position, row in enumerate(rows):
        session.add(
            LabResult(
                report_id=report.id,
                user_id=user_id,
                position=position,
                name=row.name,
                normalized_name=row.name.lower(),
                value_numeric=row.value,
                unit=row.unit,
                flag=row.flag,
                collected_at=collected_at,
                category=row.category,
                confidence=None if row.category is None else 0.99,
                status="pending" if row.category is None else "categorized",
            )
        )
    session.flush()
    return report.id
