"""The lab assistant."""

from __future__ import annotations

from fastapi import APIRouter

from zivo.api.deps import AssistantDep, CurrentUser, SessionFactoryDep, SettingsDep
from zivo.api.services import chat as chat_service
from zivo.core.schemas.chat import ChatCreate, ChatPublic

router = APIRouter(prefix="/v1/chat", tags=["chat"])


@router.post("")
async def chat(
    data: ChatCreate,
    user: CurrentUser,
    sessions: SessionFactoryDep,
    settings: SettingsDep,
    assistant: AssistantDep,
) -> ChatPublic:
    return await chat_service.answer(
        sessions=sessions,
        graph=await assistant.graph(),
        user_id=user.id,
        data=data,
        deadline_seconds=settings.openai_timeout_seconds,
    )
