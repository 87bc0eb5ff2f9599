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
    """``value`` in UTC; ``ValueError`` when that falls outside years 1-9999.

    Python accepts ``0001-01-01T00:00:00+01:00`` and ``9999-12-31T23:59:59-01:00``, but neither exists in
    UTC (``astimezone`` raises ``OverflowError``, a 500 had it reached the database layer): as a pydantic
    type this makes them a 422, in JSON, query, form and CSV alike.
    """
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError("date is out of range once converted to UTC (years 1 to 9999)") from exc


UTCDatetime = Annotated[datetime, AfterValidator(as_utc)]
"""A pydantic field type: any ISO 8601 date or date-time, converted to UTC (422 when it cannot be)."""
