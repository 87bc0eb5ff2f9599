"""Everything zivo holds about one user, as the export returns it."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from zivo.core.schemas.lab_reports import LabReportPublic
from zivo.core.schemas.summaries import CategorySummaryPublic
from zivo.core.schemas.users import UserPublic


class ChatThreadExport(BaseModel):
    id: uuid.UUID
    created_at: datetime
    updated_at: datetime
    messages: list[dict[str, Any]]  # in the OpenAI chat format, as the assistant saw them


class AccountExport(BaseModel):
    exported_at: datetime
    user: UserPublic
    lab_reports: list[LabReportPublic]
    category_summaries: list[CategorySummaryPublic]
    chat_threads: list[ChatThreadExport]
