"""Dependencies shared by the routes: settings, DB session, the current user, injected clients."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session, sessionmaker

from zivo.api.agents.assistant.provider import AssistantProvider
from zivo.api.clients.openai_client import ChatModel
from zivo.api.clients.task_sender import TaskSender
from zivo.api.metrics import Metrics
from zivo.api.security import Passwords, decode_access_token
from zivo.core.db.models import User
from zivo.core.settings import Settings

_bearer = OAuth2PasswordBearer(tokenUrl="/v1/auth/token", auto_error=False)


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_sessionmaker(request: Request) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = request.app.state.sessionmaker
    return factory


def get_session(factory: Annotated[sessionmaker[Session], Depends(get_sessionmaker)]) -> Iterator[Session]:
    with factory() as session:
        yield session


def get_llm(request: Request) -> ChatModel:
    llm: ChatModel = request.app.state.llm
    return llm


def get_assistant(request: Request) -> AssistantProvider:
    assistant: AssistantProvider = request.app.state.assistant
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


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
SessionDep = Annotated[Session, Depends(get_session)]
SessionFactoryDep = Annotated[sessionmaker[Session], Depends(get_sessionmaker)]
LLMDep = Annotated[ChatModel, Depends(get_llm)]
AssistantDep = Annotated[AssistantProvider, Depends(get_assistant)]
TaskSenderDep = Annotated[TaskSender, Depends(get_task_sender)]
PasswordsDep = Annotated[Passwords, Depends(get_passwords)]
MetricsDep = Annotated[Metrics, Depends(get_metrics)]


def get_current_user(
    session: SessionDep, settings: SettingsDep, token: Annotated[str | None, Depends(_bearer)]
) -> User:
    user_id = decode_access_token(token, settings) if token else None
    user = session.get(User, user_id) if user_id else None
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="not authenticated",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
