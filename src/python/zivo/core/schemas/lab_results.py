"""Lab results: what a client submits, what it reads back, and trends of one test over time."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from zivo.core.lab_values import Comparator
from zivo.core.schemas.text import SafeText

ResultStatus = Literal["pending", "categorized", "needs_review"]
Flag = Literal["H", "L", "N"]

LabValue = (
    Annotated[float, Field(strict=True, allow_inf_nan=False)]
    | Annotated[SafeText, StringConstraints(max_length=200)]
)


class LabResultCreate(BaseModel):
    """One reported value: a number (``5.4``), a censored number (``"<0.5"``, ``"> 90"``, or ``0.5`` with
    ``value_comparator`` ``"<"``, as results are read back) or a text (``"Negative"``, ``"1+"``)."""

    name: Annotated[SafeText, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    value: LabValue
    value_comparator: Comparator | None = Field(
        default=None, description="The side of a censored value's number, as FHIR's Quantity.comparator."
    )
    unit: Annotated[SafeText, StringConstraints(strip_whitespace=True, max_length=50)] | None = None
    reference_range: Annotated[SafeText, StringConstraints(strip_whitespace=True, max_length=200)] | None = (
        None
    )
    flag: Flag | None = Field(
        default=None,
        description="The lab's own flag: kept where no reference range gives zivo's (which wins otherwise).",
    )


class LabResultPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    report_id: uuid.UUID
    name: str
    normalized_name: str
    value_numeric: float | None
    value_text: str | None
    value_comparator: Comparator | None = None
    unit: str | None
    reference_range: str | None
    ref_low: float | None
    ref_high: float | None
    flag: Flag | None
    category: str | None
    confidence: float | None
    status: ResultStatus
    test_id: str | None = None
    loinc: str | None = None
    value_canonical: float | None = None
    unit_canonical: str | None = None
    collected_at: datetime
    created_at: datetime
    updated_at: datetime


class LabResultsPublic(BaseModel):
    items: list[LabResultPublic]
    total: int


class TrendPointPublic(BaseModel):
    """One result of the series: `value` in the series' unit; the value and unit as reported beside it."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    report_id: uuid.UUID
    collected_at: datetime
    name: str
    value: float | None = None
    value_numeric: float | None
    value_text: str | None
    value_comparator: Comparator | None = None
    unit: str | None
    ref_low: float | None
    ref_high: float | None
    flag: Flag | None


class LabTrendPublic(BaseModel):
    """One test over time. With `test_id` set, every name, lab and unit of that canonical test is merged
    and `value` is in `unit`; without, the series is the results printed under this exact name."""

    normalized_name: str
    test_id: str | None = None
    loinc: str | None = None
    category: str | None = None
    unit: str | None = None
    points: list[TrendPointPublic]
