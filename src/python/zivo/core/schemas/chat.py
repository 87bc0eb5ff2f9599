"""The assistant's request and answer."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import BaseModel, StringConstraints

from zivo.core.schemas.text import SafeText


class ChatCreate(BaseModel):
    message: Annotated[SafeText, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
    thread_id: uuid.UUID | None = None


class ChatPublic(BaseModel):
    thread_id: uuid.UUID
    answer: str
    citations: list[uuid.UUID]
