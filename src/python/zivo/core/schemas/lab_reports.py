"""Lab reports: one collection date, one lab, many results."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from zivo.core.schemas.lab_results import LabResultCreate, LabResultPublic
from zivo.core.schemas.text import SafeText
from zivo.core.utc import UTCDatetime

ReportSource = Literal["json", "csv", "text", "pdf"]
MAX_RESULTS_PER_REPORT = 500


class LabReportCreate(BaseModel):
    collected_at: UTCDatetime
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
