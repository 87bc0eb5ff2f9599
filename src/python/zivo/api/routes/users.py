"""The signed-in user."""

from __future__ import annotations

from fastapi import APIRouter

from zivo.api.deps import CurrentUser
from zivo.core.schemas.users import UserPublic

router = APIRouter(prefix="/v1/users", tags=["users"])


@router.get("/me")
def me(user: CurrentUser) -> UserPublic:
    return UserPublic.model_validate(user)
