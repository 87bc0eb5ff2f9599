"""Time in UTC, the one place it is decided: stored, compared and returned in UTC on every backend.

A timestamp without an offset (a CSV cell ``2024-05-02``, SQLite reading back) is taken to be UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


UTCDatetime = Annotated[datetime, AfterValidator(as_utc)]
"""A pydantic field type: any ISO 8601 date or date-time, converted to UTC."""
