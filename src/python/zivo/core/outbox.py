"""The transactional outbox: a task is written in the transaction of the rows it is about, then relayed.

The API calls :func:`add` before it commits a report, so the report and the intent to categorize it are
committed together or not at all. A relay (one per worker, see ``zivo.ml.relay``) calls
:func:`relay_batch` in a loop: it sends what is in the outbox and deletes what it sent. The broker may be
down, frozen or restarted empty at any moment; the row stays until a send succeeds. A message can be sent
twice (the relay dies between the send and the commit, two relays race): every task is idempotent.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import BaseModel
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from zivo.core.db.models import OutboxMessage

logger = logging.getLogger(__name__)

Send = Callable[[str, dict[str, Any]], None]
"""Sends one task by name with its JSON payload; raises when the broker does not take it."""

RELAY_BATCH = 500


def add(session: Session, task: str, payload: BaseModel) -> OutboxMessage:
    """Queue `task` for sending once the caller's transaction commits."""
    message = OutboxMessage(task=task, payload=payload.model_dump(mode="json"))
    session.add(message)
    return message


def add_many(session: Session, task: str, payloads: Iterable[BaseModel]) -> int:
    messages = [OutboxMessage(task=task, payload=payload.model_dump(mode="json")) for payload in payloads]
    session.add_all(messages)
    return len(messages)


def payloads(session: Session, task: str) -> list[dict[str, Any]]:
    """The payloads of every `task` message still waiting in the outbox."""
    return list(session.scalars(select(OutboxMessage.payload).where(OutboxMessage.task == task)))


def relay_batch(sessions: sessionmaker[Session], send: Send, *, limit: int = RELAY_BATCH) -> int:
    """Send up to `limit` outbox messages, oldest first, and delete them; return how many were sent.

    Rows are locked with SKIP LOCKED (PostgreSQL), so relays in several workers share the work instead of
    sending everything once each. The first failed send ends the batch: what was sent is deleted, the rest
    waits for the next call.
    """
    with sessions.begin() as session:
        messages = session.scalars(
            select(OutboxMessage)
            .order_by(OutboxMessage.created_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
        sent: list[uuid.UUID] = []
        failure: Exception | None = None
        for message in messages:
            try:
                send(message.task, message.payload)
            except Exception as exc:  # any failed send leaves the row for the next round
                failure = exc
                break
            sent.append(message.id)
        if sent:
            session.execute(delete(OutboxMessage).where(OutboxMessage.id.in_(sent)))
    if failure is not None:
        raise failure
    return len(sent)
