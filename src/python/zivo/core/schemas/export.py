"""Everything the service holds about one user, as ``GET /v1/users/me/export`` answers it."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from zivo.core.schemas.lab_reports import LabReportPublic


class AccountExport(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    email: str
    created_at: datetime


class ChatMessageExport(BaseModel):
    """One message of a thread: ``role`` is ``human``, ``ai`` or ``tool`` (a tool's answer, in JSON)."""

    id: str | None
    role: str
    content: str | list[Any]
    tool_calls: list[dict[str, Any]] | None = None
    tool: str | None = None


class ChatThreadExport(BaseModel):
    id: uuid.UUID
    created_at: datetime
    updated_at: datetime
    messages: list[ChatMessageExport]


class UserExport(BaseModel):
    exported_at: datetime
    account: AccountExport
    lab_reports: list[LabReportPublic]
    chat_threads: list[ChatThreadExport]
