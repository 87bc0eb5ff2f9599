"""Per-category summaries of one user's categorized results, computed when read."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class CategorySummaryPublic(BaseModel):
    category: str
    result_count: int
    latest_collected_at: datetime | None
    out_of_range_count: int


class CategorySummariesPublic(BaseModel):
    items: list[CategorySummaryPublic]
