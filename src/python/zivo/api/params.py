"""Query parameters shared by the listing routes, bounded to what every database accepts."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

# OFFSET is a signed 64-bit integer on PostgreSQL and SQLite: above it, the driver fails (a 500).
MAX_OFFSET = 2**63 - 1

Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]
