"""Dependencies shared by the routes: settings, DB session, the current user, injected clients.

Those that only read app state are ``async def``: FastAPI runs a plain ``def`` dependency in the thread
pool, and a hop there per dependency per request is most of what a fast route costs.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from zivo.api.agents.assistant.memory import ChatMemory
from zivo.api.agents.assistant.turn import Assistant
from zivo.api.clients.openai_client import ChatModel, LLMNotConfiguredError
from zivo.api.clients.task_sender import TaskSender
from zivo.api.metrics import Metrics
from zivo.api.security import Passwords, decode_access_token
from zivo.api.settings import ApiSettings
from zivo.core.db.models import User

_bearer = OAuth2PasswordBearer(tokenUrl="/v1/auth/token", auto_error=False)


async def get_app_settings(request: Request) -> ApiSettings:
    settings: ApiSettings = request.app.state.settings
    return settings


async def get_sessionmaker(request: Request) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = request.app.state.sessionmaker
    return factory


async def get_session(
    factory: Annotated[sessionmaker[Session], Depends(get_sessionmaker)],
) -> AsyncIterator[Session]:
    # Creating a session does no I/O (it connects on its first query); closing one that still holds a
    # connection rolls back, which is I/O: that goes to the thread pool.
    session = factory()
    try:
        yield session
    finally:
        if session.in_transaction():
            await run_in_threadpool(session.close)
        else:
            session.close()


async def get_optional_llm(request: Request) -> ChatModel | None:
    """The language model, or ``None`` when none is configured (CSV and JSON uploads need none)."""
    llm: ChatModel | None = request.app.state.llm
    return llm


async def get_llm(llm: Annotated[ChatModel | None, Depends(get_optional_llm)]) -> ChatModel:
    if llm is None:
        raise LLMNotConfiguredError()
    return llm


async def get_assistant(request: Request) -> Assistant:
    assistant: Assistant | None = request.app.state.assistant
    if assistant is None:
        raise LLMNotConfiguredError()
    return assistant


async def get_chat_memory(request: Request) -> ChatMemory:
    memory: ChatMemory = request.app.state.chat_memory
    return memory


async def get_task_sender(request: Request) -> TaskSender:
    sender: TaskSender = request.app.state.task_sender
    return sender


async def get_passwords(request: Request) -> Passwords:
    passwords: Passwords = request.app.state.passwords
    return passwords


async def get_metrics(request: Request) -> Metrics:
    metrics: Metrics = request.app.state.metrics
    return metrics


SettingsDep = Annotated[ApiSettings, Depends(get_app_settings)]
SessionDep = Annotated[Session, Depends(get_session)]
SessionFactoryDep = Annotated[sessionmaker[Session], Depends(get_sessionmaker)]
LLMDep = Annotated[ChatModel, Depends(get_llm)]
OptionalLLMDep = Annotated[ChatModel | None, Depends(get_optional_llm)]
AssistantDep = Annotated[Assistant, Depends(get_assistant)]
ChatMemoryDep = Annotated[ChatMemory, Depends(get_chat_memory)]
TaskSenderDep = Annotated[TaskSender, Depends(get_task_sender)]
PasswordsDep = Annotated[Passwords, Depends(get_passwords)]
MetricsDep = Annotated[Metrics, Depends(get_metrics)]


def get_current_user(
    session: SessionDep, settings: SettingsDep, token: Annotated[str | None, Depends(_bearer)]
) -> User:
    """The signed-in user, read in the request's session: the route's queries continue its transaction,
    so a request that reads checks one connection out of the pool, once."""
    user_id = decode_access_token(token, settings) if token else None
    user = session.get(User, user_id) if user_id else None
    if user is None:
        session.rollback()
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="not authenticated",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


def get_waiting_user(session: SessionDep, user: Annotated[User, Depends(get_current_user)]) -> User:
    """The signed-in user, for routes that wait on something slow (the language model): the transaction
    ends here and its connection goes back to the pool before the wait, never held across it."""
    session.commit()  # expire_on_commit=False: the user's attributes stay readable
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
WaitingUser = Annotated[User, Depends(get_waiting_user)]
