"""A user's rights over their data: delete a chat thread, export everything, delete the account, and
forget a deleted report's values in chat history.

A thread's messages live in LangGraph's checkpointer (``ChatMemory``), its ownership in ``chat_threads``.
Checkpoints are erased first and the row after: if erasing fails the row stays, the request fails, and
a retry finds the thread again, so nothing is left behind unowned.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload, sessionmaker
from starlette.concurrency import run_in_threadpool

from zivo.api.agents.assistant.memory import ChatMemory, message_view
from zivo.api.services.errors import NotFoundError
from zivo.core.db.models import ChatThread, LabReport, LabResult, OutboxMessage, User
from zivo.core.schemas.export import AccountExport, ChatMessageExport, ChatThreadExport, UserExport
from zivo.core.schemas.lab_reports import LabReportPublic
from zivo.core.utc import utcnow


def _thread_ids(session: Session, user_id: uuid.UUID) -> list[uuid.UUID]:
    return list(session.scalars(select(ChatThread.id).where(ChatThread.user_id == user_id)))


def _delete_threads(sessions: sessionmaker[Session], user_id: uuid.UUID, thread_ids: list[uuid.UUID]) -> None:
    if not thread_ids:
        return
    with sessions() as session:
        session.execute(
            delete(ChatThread).where(ChatThread.user_id == user_id, ChatThread.id.in_(thread_ids))
        )
        session.commit()


async def delete_thread(
    sessions: sessionmaker[Session], memory: ChatMemory, user_id: uuid.UUID, thread_id: uuid.UUID
) -> None:
    """Delete one of the caller's threads and all its messages; another user's thread is not found."""

    def owned() -> bool:
        with sessions() as session:
            return (
                session.scalar(
                    select(ChatThread.id).where(ChatThread.id == thread_id, ChatThread.user_id == user_id)
                )
                is not None
            )

    if not await run_in_threadpool(owned):
        raise NotFoundError("chat thread not found")
    await memory.forget([thread_id])
    await run_in_threadpool(_delete_threads, sessions, user_id, [thread_id])


async def delete_report(
    sessions: sessionmaker[Session], memory: ChatMemory, user_id: uuid.UUID, report_id: uuid.UUID
) -> None:
    """Delete a report with its results, and every thread of the caller whose tool answers carried one
    of those results: the model's replies quote what the tools told it, so the whole thread goes."""

    def results_and_threads() -> tuple[set[str], list[uuid.UUID]]:
        with sessions() as session:
            if (
                session.scalar(
                    select(LabReport.id).where(LabReport.id == report_id, LabReport.user_id == user_id)
                )
                is None
            ):
                raise NotFoundError("lab report not found")
            results = session.scalars(select(LabResult.id).where(LabResult.report_id == report_id))
            return {str(result_id) for result_id in results}, _thread_ids(session, user_id)

    result_ids, thread_ids = await run_in_threadpool(results_and_threads)
    quoting = [
        thread_id for thread_id in thread_ids if result_ids and await memory.quotes(thread_id, result_ids)
    ]
    await memory.forget(quoting)

    def delete_rows() -> None:
        with sessions() as session:
            session.execute(delete(ChatThread).where(ChatThread.id.in_(quoting)))
            session.execute(delete(LabReport).where(LabReport.id == report_id, LabReport.user_id == user_id))
            session.commit()

    await run_in_threadpool(delete_rows)


async def export(sessions: sessionmaker[Session], memory: ChatMemory, user_id: uuid.UUID) -> UserExport:
    """The account, every report with its results, and every chat thread with its messages."""

    def rows() -> tuple[AccountExport, list[LabReportPublic], list[ChatThread]]:
        with sessions() as session:
            user = session.get(User, user_id)
            if user is None:  # deleted since the token was checked
                raise NotFoundError("account not found")
            reports = session.scalars(
                select(LabReport)
                .where(LabReport.user_id == user_id)
                .options(selectinload(LabReport.results))
                .order_by(LabReport.collected_at, LabReport.id)
            ).all()
            threads = session.scalars(
                select(ChatThread).where(ChatThread.user_id == user_id).order_by(ChatThread.created_at)
            ).all()
            return (
                AccountExport.model_validate(user),
                [LabReportPublic.model_validate(report) for report in reports],
                list(threads),
            )

    account, reports, threads = await run_in_threadpool(rows)
    chat_threads = []
    for thread in threads:
        messages: list[Any] = await memory.messages(thread.id)
        chat_threads.append(
            ChatThreadExport(
                id=thread.id,
                created_at=thread.created_at,
                updated_at=thread.updated_at,
                messages=[ChatMessageExport.model_validate(message_view(m)) for m in messages],
            )
        )
    return UserExport(exported_at=utcnow(), account=account, lab_reports=reports, chat_threads=chat_threads)


async def delete_account(sessions: sessionmaker[Session], memory: ChatMemory, user_id: uuid.UUID) -> None:
    """Delete the account and everything in it: chat checkpoints, then the user row, whose foreign keys
    cascade to reports, results, chat threads and idempotency keys; queued tasks about it go too."""

    def threads() -> list[uuid.UUID]:
        with sessions() as session:
            return _thread_ids(session, user_id)

    await memory.forget(await run_in_threadpool(threads))

    def delete_rows() -> None:
        with sessions() as session:
            # Outbox payloads are JSON (not indexed by user); the relay empties the table within a second.
            queued = [
                message.id
                for message in session.scalars(select(OutboxMessage))
                if message.payload.get("user_id") == str(user_id)
            ]
            if queued:
                session.execute(delete(OutboxMessage).where(OutboxMessage.id.in_(queued)))
            session.execute(delete(User).where(User.id == user_id))
            session.commit()

    await run_in_threadpool(delete_rows)
