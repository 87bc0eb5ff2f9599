"""The lab assistant: one turn per request, in ``agents/assistant/turn.py``."""

from __future__ import annotations

from fastapi import APIRouter

from zivo.api.deps import AssistantDep, WaitingUser
from zivo.core.schemas.chat import ChatCreate, ChatPublic

router = APIRouter(prefix="/v1/chat", tags=["chat"])


@router.post("")
async def chat(data: ChatCreate, user: WaitingUser, assistant: AssistantDep) -> ChatPublic:
    return await assistant.answer(user.id, data)
