"""Lab reports: one collection date, one lab, many results."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from zivo.core.schemas.lab_results import LabResultCreate, LabResultPublic
from zivo.core.schemas.text import SafeText
from zivo.core.utc import UTCDatetime, utcnow

ReportSource = Literal["json", "csv", "text", "pdf"]
MAX_RESULTS_PER_REPORT = 500
# A day of slack: a report dated by its date alone in a time zone ahead of UTC is not in the future.
_FUTURE_SLACK = timedelta(days=1)


def _collected_by_now(value: datetime) -> datetime:
    """A sample is not collected in the future: a date past tomorrow is a typing or reading mistake
    (03/25/2042), which would stand as the latest value of every trend it joins."""
    if value > utcnow() + _FUTURE_SLACK:
        raise ValueError(f"collected_at {value.date().isoformat()} is in the future")
    return value


class LabReportCreate(BaseModel):
    collected_at: Annotated[UTCDatetime, AfterValidator(_collected_by_now)]
    lab_name: Annotated[SafeText, StringConstraints(strip_whitespace=True, max_length=200)] | None = None
    results: list[LabResultCreate] = Field(min_length=1, max_length=MAX_RESULTS_PER_REPORT)


class LabReportPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    collected_at: datetime
    lab_name: str | None
    source: ReportSource
    created_at: datetime
    results: list[LabResultPublic]


class LabReportsPublic(BaseModel):
    items: list[LabReportPublic]
    total: int
