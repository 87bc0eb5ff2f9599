"""Dependencies shared by the routes: settings, DB session, the current user, injected clients."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session, sessionmaker

from zivo.api.agents.assistant.turn import Assistant
from zivo.api.clients.openai_client import ChatModel, LLMNotConfiguredError
from zivo.api.clients.task_sender import TaskSender
from zivo.api.metrics import Metrics
from zivo.api.security import Passwords, decode_access_token
from zivo.api.settings import ApiSettings
from zivo.core.db.models import User

_bearer = OAuth2PasswordBearer(tokenUrl="/v1/auth/token", auto_error=False)


def get_app_settings(request: Request) -> ApiSettings:
    settings: ApiSettings = request.app.state.settings
    return settings


def get_sessionmaker(request: Request) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = request.app.state.sessionmaker
    return factory


def get_session(factory: Annotated[sessionmaker[Session], Depends(get_sessionmaker)]) -> Iterator[Session]:
    with factory() as session:
        yield session


def get_optional_llm(request: Request) -> ChatModel | None:
    """The language model, or ``None`` when none is configured (CSV and JSON uploads need none)."""
    llm: ChatModel | None = request.app.state.llm
    return llm


def get_llm(llm: Annotated[ChatModel | None, Depends(get_optional_llm)]) -> ChatModel:
    if llm is None:
        raise LLMNotConfiguredError()
    return llm


def get_assistant(request: Request) -> Assistant:
    assistant: Assistant | None = request.app.state.assistant
    if assistant is None:
        raise LLMNotConfiguredError()
    return assistant


def get_task_sender(request: Request) -> TaskSender:
    sender: TaskSender = request.app.state.task_sender
    return sender


def get_passwords(request: Request) -> Passwords:
    passwords: Passwords = request.app.state.passwords
    return passwords


def get_metrics(request: Request) -> Metrics:
    metrics: Metrics = request.app.state.metrics
    return metrics


SettingsDep = Annotated[ApiSettings, Depends(get_app_settings)]
SessionDep = Annotated[Session, Depends(get_session)]
SessionFactoryDep = Annotated[sessionmaker[Session], Depends(get_sessionmaker)]
LLMDep = Annotated[ChatModel, Depends(get_llm)]
OptionalLLMDep = Annotated[ChatModel | None, Depends(get_optional_llm)]
AssistantDep = Annotated[Assistant, Depends(get_assistant)]
TaskSenderDep = Annotated[TaskSender, Depends(get_task_sender)]
PasswordsDep = Annotated[Passwords, Depends(get_passwords)]
MetricsDep = Annotated[Metrics, Depends(get_metrics)]


def get_current_user(
    session: SessionDep, settings: SettingsDep, token: Annotated[str | None, Depends(_bearer)]
) -> User:
    user_id = decode_access_token(token, settings) if token else None
    user = session.get(User, user_id) if user_id else None
    # End the transaction now: its connection goes back to the pool rather than staying checked out while
    # an async route awaits a language model; the route's next query checks one out again.
    session.commit()
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="not authenticated",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
