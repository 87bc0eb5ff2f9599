"""Registration and OAuth2 password-flow tokens, both throttled (see ``zivo.api.throttling``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, status
from pydantic import StringConstraints

from zivo.api.deps import PasswordsDep, SessionDep, SettingsDep
from zivo.api.security import create_access_token
from zivo.api.services import users
from zivo.api.throttling import LoginThrottle, throttle_login
from zivo.core.schemas.text import SafeText
from zivo.core.schemas.users import REGISTRATION_ACCEPTED, RegistrationPublic, Token, UserCreate

router = APIRouter(prefix="/v1/auth", tags=["auth"])
ThrottleDep = Annotated[LoginThrottle, Depends(throttle_login)]


class SignInForm:
    """The OAuth2 password form (``username`` is the email), with its fields bounded and clean."""

    def __init__(
        self,
        username: Annotated[SafeText, Form(max_length=320), StringConstraints(min_length=1)],
        password: Annotated[str, Form(max_length=1024, json_schema_extra={"format": "password"})],
        grant_type: Annotated[str | None, Form(pattern="^password$")] = None,
    ) -> None:
        self.username = username
        self.password = password
        self.grant_type = grant_type


@router.post("/register", status_code=status.HTTP_202_ACCEPTED)
def register(
    data: UserCreate, session: SessionDep, passwords: PasswordsDep, _throttle: ThrottleDep
) -> RegistrationPublic:
    """Create an account. The answer is the same whether or not the email was already registered.

    A taken email is not an error here (that would tell anyone which addresses have an account); it is
    left as it was and its password unchanged. Sign in at ``/v1/auth/token`` to continue.
    """
    users.register(session, passwords, data)
    return RegistrationPublic(email=data.email, detail=REGISTRATION_ACCEPTED)


@router.post("/token")
def token(
    form: Annotated[SignInForm, Depends()],
    session: SessionDep,
    passwords: PasswordsDep,
    settings: SettingsDep,
    throttle: ThrottleDep,
) -> Token:
    account = form.username.strip().lower()
    throttle.check_account(account)
    user_id = users.authenticate(session, passwords, account, form.password)
    if user_id is None:
        throttle.failed(account)
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="incorrect email or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    throttle.succeeded(account)
    return Token(access_token=create_access_token(user_id, settings))
