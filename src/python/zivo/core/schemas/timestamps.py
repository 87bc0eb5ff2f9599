"""Timestamps that every database can store: aware, in UTC, inside the years 1 to 9999.

Python's ``datetime`` accepts ``0001-01-01T00:00:00+01:00`` and ``9999-12-31T23:59:59-01:00``, but
neither exists in UTC (``astimezone`` raises ``OverflowError``, a 500 once it reached the database
layer). :data:`UtcDatetime` converts at the edge and refuses what cannot be converted, with a 422.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, TypeAdapter, ValidationError


def to_utc(value: datetime) -> datetime:
    """``value`` in UTC (naive taken as UTC); ``ValueError`` when that falls outside years 1-9999."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError as exc:
        raise ValueError("date is out of range once converted to UTC (years 1 to 9999)") from exc


UtcDatetime = Annotated[datetime, AfterValidator(to_utc)]
"""An ISO 8601 date or date-time, returned aware and in UTC."""

_ADAPTER: TypeAdapter[datetime] = TypeAdapter(UtcDatetime)


def parse_utc_datetime(raw: str, *, field: str) -> datetime:
    """A text cell or form field as :data:`UtcDatetime`; ``ValueError`` saying what to send instead."""
    try:
        return _ADAPTER.validate_python(raw.strip())
    except ValidationError as exc:
        raise ValueError(
            f"{field} is not a date in range (use YYYY-MM-DD or ISO 8601, years 1 to 9999 in UTC)"
        ) from exc
