"""The signed-in user: profile, export of everything held about them, deletion of the account."""

from __future__ import annotations

from fastapi import APIRouter, status

from zivo.api.deps import CurrentUser, SessionDep
from zivo.api.services import personal_data
from zivo.core.schemas.account import AccountExport
from zivo.core.schemas.users import UserPublic

router = APIRouter(prefix="/v1/users", tags=["users"])


@router.get("/me")
def me(user: CurrentUser) -> UserPublic:
    return UserPublic.model_validate(user)


@router.get("/me/export")
def export(user: CurrentUser, session: SessionDep) -> AccountExport:
    """Everything zivo holds about you: account, reports with their results, summaries, chat threads."""
    return personal_data.export(session, user)


@router.delete("/me", status_code=status.HTTP_204_NO_CONTENT)
def delete_account(user: CurrentUser, session: SessionDep) -> None:
    """Delete the account and everything in it, at once and for good. Tokens stop working."""
    personal_data.delete_account(session, user)
