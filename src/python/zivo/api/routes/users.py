"""The signed-in user: their account, an export of all their data, and deleting it all."""

from __future__ import annotations

from fastapi import APIRouter, status

from zivo.api.deps import ChatMemoryDep, CurrentUser, SessionFactoryDep, WaitingUser
from zivo.api.services import privacy
from zivo.core.schemas.export import UserExport
from zivo.core.schemas.users import UserPublic

router = APIRouter(prefix="/v1/users", tags=["users"])


@router.get("/me")
def me(user: CurrentUser) -> UserPublic:
    return UserPublic.model_validate(user)


@router.get("/me/export")
async def export_me(user: WaitingUser, sessions: SessionFactoryDep, memory: ChatMemoryDep) -> UserExport:
    """Everything stored about you, as JSON: the account, every report with its results, every chat
    thread with its messages."""
    return await privacy.export(sessions, memory, user.id)


@router.delete("/me", status_code=status.HTTP_204_NO_CONTENT)
async def delete_me(user: WaitingUser, sessions: SessionFactoryDep, memory: ChatMemoryDep) -> None:
    """Delete the account and everything in it (reports, results, chat threads and their messages).
    The token stops working at once: every later request with it is a 401."""
    await privacy.delete_account(sessions, memory, user.id)
