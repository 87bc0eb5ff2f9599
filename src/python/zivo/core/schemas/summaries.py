"""Per-category summaries, as the ML worker's aggregation writes them."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class CategorySummaryPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    category: str
    result_count: int
    latest_collected_at: datetime | None
    out_of_range_count: int
    updated_at: datetime


class CategorySummariesPublic(BaseModel):
    items: list[CategorySummaryPublic]
