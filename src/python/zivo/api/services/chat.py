"""One assistant turn: check the thread is the caller's, run the graph, persist the new messages."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from zivo.api.agents.assistant.tools import AssistantTools
from zivo.api.clients.openai_client import LLMTimeoutError
from zivo.api.services.errors import ConflictError, NotFoundError
from zivo.core.db.base import utcnow
from zivo.core.db.models import ChatMessage, ChatThread
from zivo.core.schemas.chat import ChatCreate, ChatPublic

HISTORY_MESSAGES = 40


def _load_history(
    sessions: sessionmaker[Session], user_id: uuid.UUID, thread_id: uuid.UUID
) -> list[dict[str, Any]]:
    with sessions() as session:
        thread = session.get(ChatThread, thread_id)
        if thread is None or thread.user_id != user_id:
            raise NotFoundError("chat thread not found")
        rows = session.scalars(
            select(ChatMessage)
            .where(ChatMessage.thread_id == thread_id)
            .order_by(ChatMessage.position.desc())
            .limit(HISTORY_MESSAGES)
        ).all()
    history = [row.payload for row in reversed(rows)]
    # Start at a user message so a tool reply is never separated from the call that asked for it.
    while history and history[0].get("role") != "user":
        history.pop(0)
    return history


def _save_turn(
    sessions: sessionmaker[Session], user_id: uuid.UUID, thread_id: uuid.UUID, messages: list[dict[str, Any]]
) -> None:
    with sessions() as session:
        thread = session.get(ChatThread, thread_id)
        if thread is None:
            thread = ChatThread(id=thread_id, user_id=user_id)
            session.add(thread)
            session.flush()  # the thread row must exist before its messages (no ORM relationship orders them)
            start = 0
        else:
            last = session.scalar(
                select(ChatMessage.position)
                .where(ChatMessage.thread_id == thread_id)
                .order_by(ChatMessage.position.desc())
                .limit(1)
            )
            start = 0 if last is None else last + 1
            thread.updated_at = utcnow()
        for offset, message in enumerate(messages):
            session.add(
                ChatMessage(
                    thread_id=thread_id, position=start + offset, role=message["role"], payload=message
                )
            )
        try:
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            raise ConflictError("this thread is answering another message; retry") from exc


async def answer(
    *,
    sessions: sessionmaker[Session],
    graph: Any,
    user_id: uuid.UUID,
    data: ChatCreate,
    deadline_seconds: float,
) -> ChatPublic:
    thread_id = data.thread_id or uuid.uuid4()
    history = await run_in_threadpool(_load_history, sessions, user_id, thread_id) if data.thread_id else []
    user_message = {"role": "user", "content": data.message}
    config = {"configurable": {"tools": AssistantTools(sessions, user_id)}}
    try:
        async with asyncio.timeout(deadline_seconds):
            state = await graph.ainvoke(
                {"messages": [*history, user_message], "citations": [], "steps": 0}, config=config
            )
    except TimeoutError as exc:
        raise LLMTimeoutError(f"the assistant did not answer within {deadline_seconds:g}s") from exc
    new_messages: list[dict[str, Any]] = state["messages"][len(history) :]
    await run_in_threadpool(_save_turn, sessions, user_id, thread_id, new_messages)
    final = state["messages"][-1]
    return ChatPublic(
        thread_id=thread_id,
        answer=str(final.get("content") or ""),
        citations=[uuid.UUID(item) for item in state.get("citations", [])],
    )
