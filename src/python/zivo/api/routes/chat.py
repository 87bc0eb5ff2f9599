"""The lab assistant: one turn per request, in ``agents/assistant/turn.py``; deleting a thread."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from zivo.api.deps import AssistantDep, ChatMemoryDep, SessionFactoryDep, WaitingUser
from zivo.api.services import privacy
from zivo.core.schemas.chat import ChatCreate, ChatPublic

router = APIRouter(prefix="/v1/chat", tags=["chat"])


@router.post("")
async def chat(data: ChatCreate, user: WaitingUser, assistant: AssistantDep) -> ChatPublic:
    return await assistant.answer(user.id, data)


@router.delete("/threads/{thread_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_thread(
    thread_id: uuid.UUID, user: WaitingUser, sessions: SessionFactoryDep, memory: ChatMemoryDep
) -> None:
    """Delete one of your threads and every message in it; another user's thread is a 404."""
    await privacy.delete_thread(sessions, memory, user.id, thread_id)
