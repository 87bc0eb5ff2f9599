"""A user's rights over their data: export it all, delete a chat thread, delete the account with
everything in it, and forget deleted results in chat history.

Chat history is the one place where lab values are copied: a tool reply quotes results (with their ids)
and the assistant's answer after it may repeat them. When a report is deleted, those tool replies and the
answers of the same turn are replaced by a note, so the assistant can no longer quote them and the
export no longer contains them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from zivo.api.services.errors import NotFoundError
from zivo.core.db.models import CategorySummary, ChatMessage, ChatThread, LabReport, User
from zivo.core.schemas.account import AccountExport, ChatThreadExport
from zivo.core.schemas.lab_reports import LabReportPublic
from zivo.core.schemas.summaries import CategorySummaryPublic
from zivo.core.schemas.users import UserPublic

REMOVED_TOOL_REPLY = json.dumps({"removed": "the lab report these results came from was deleted"})
REMOVED_ANSWER = "[removed: this answer quoted a lab report that was since deleted]"


def _thread_messages(session: Session, thread_id: uuid.UUID) -> list[ChatMessage]:
    return list(
        session.scalars(
            select(ChatMessage).where(ChatMessage.thread_id == thread_id).order_by(ChatMessage.position)
        ).all()
    )


def forget_results(session: Session, user_id: uuid.UUID, result_ids: Collection[uuid.UUID]) -> int:
    """Redact, in the user's chat history, every turn that quoted one of ``result_ids``; the count redacted.

    Part of the caller's transaction: commit it together with the deletion of the results.
    """
    needles = {str(result_id) for result_id in result_ids}
    if not needles:
        return 0
    redacted = 0
    thread_ids = session.scalars(select(ChatThread.id).where(ChatThread.user_id == user_id)).all()
    for thread_id in thread_ids:
        quoting = False  # inside a turn whose tool replies quoted a deleted result
        for message in _thread_messages(session, thread_id):
            payload = dict(message.payload)
            role = payload.get("role")
            if role == "user":
                quoting = False
            elif role == "tool" and any(needle in str(payload.get("content")) for needle in needles):
                payload["content"] = REMOVED_TOOL_REPLY
                quoting = True
            elif role == "assistant" and quoting and payload.get("content"):
                payload["content"] = REMOVED_ANSWER
            else:
                continue
            if payload != message.payload:
                message.payload = payload
                redacted += 1
    return redacted


def delete_thread(session: Session, user_id: uuid.UUID, thread_id: uuid.UUID) -> None:
    thread = session.get(ChatThread, thread_id)
    if thread is None or thread.user_id != user_id:
        raise NotFoundError("chat thread not found")
    session.execute(delete(ChatMessage).where(ChatMessage.thread_id == thread_id))
    session.delete(thread)
    session.commit()


def export(session: Session, user: User) -> AccountExport:
    reports = session.scalars(
        select(LabReport)
        .where(LabReport.user_id == user.id)
        .options(selectinload(LabReport.results))
        .order_by(LabReport.collected_at, LabReport.id)
    ).all()
    summaries = session.scalars(
        select(CategorySummary).where(CategorySummary.user_id == user.id).order_by(CategorySummary.category)
    ).all()
    threads = session.scalars(
        select(ChatThread).where(ChatThread.user_id == user.id).order_by(ChatThread.created_at)
    ).all()
    return AccountExport(
        exported_at=datetime.now(UTC),
        user=UserPublic.model_validate(user),
        lab_reports=[LabReportPublic.model_validate(report) for report in reports],
        category_summaries=[CategorySummaryPublic.model_validate(row) for row in summaries],
        chat_threads=[
            ChatThreadExport(
                id=thread.id,
                created_at=thread.created_at,
                updated_at=thread.updated_at,
                messages=[message.payload for message in _thread_messages(session, thread.id)],
            )
            for thread in threads
        ],
    )


def delete_account(session: Session, user: User) -> None:
    """The user and every row that belongs to them, in one transaction (children first, on any backend)."""
    thread_ids = select(ChatThread.id).where(ChatThread.user_id == user.id)
    session.execute(delete(ChatMessage).where(ChatMessage.thread_id.in_(thread_ids)))
    session.execute(delete(ChatThread).where(ChatThread.user_id == user.id))
    session.execute(delete(CategorySummary).where(CategorySummary.user_id == user.id))
    for report in session.scalars(select(LabReport).where(LabReport.user_id == user.id)).all():
        session.delete(report)  # its results go with it (ORM cascade)
    session.delete(user)
    session.commit()
