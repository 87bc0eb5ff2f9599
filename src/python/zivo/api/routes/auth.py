"""Registration and OAuth2 password-flow tokens."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from zivo.api.deps import PasswordsDep, SessionDep, SettingsDep
from zivo.api.security import create_access_token
from zivo.api.services import users
from zivo.core.schemas.users import Token, UserCreate, UserPublic

router = APIRouter(prefix="/v1/auth", tags=["auth"])


@router.post("/register", status_code=status.HTTP_201_CREATED, response_model=UserPublic)
def register(data: UserCreate, session: SessionDep, passwords: PasswordsDep) -> UserPublic:
    return UserPublic.model_validate(users.register(session, passwords, data))


@router.post("/token")
def token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    passwords: PasswordsDep,
    settings: SettingsDep,
) -> Token:
    user = users.authenticate(session, passwords, form.username, form.password)
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="incorrect email or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id, settings))
