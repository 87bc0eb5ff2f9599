from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from zivo.core.db.models import OutboxMessage
from zivo.core.db.testing import migrated_sqlite
from zivo.core.outbox import add, add_many, relay_batch
from zivo.core.tasks import CATEGORIZE_TASK, CategorizeReport


@pytest.fixture()
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    with migrated_sqlite(tmp_path) as factory:
        yield factory


def payload() -> CategorizeReport:
    return CategorizeReport(report_id=uuid.uuid4(), user_id=uuid.uuid4())


def outbox_size(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(OutboxMessage)) or 0


def test_a_rolled_back_transaction_leaves_nothing_to_send(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        add(session, CATEGORIZE_TASK, payload())
        session.rollback()
    assert outbox_size(sessions) == 0


def test_the_relay_sends_everything_in_order_and_deletes_it(sessions: sessionmaker[Session]) -> None:
    sent_payloads = [payload() for _ in range(5)]
    with sessions.begin() as session:
        for item in sent_payloads[:2]:
            add(session, CATEGORIZE_TASK, item)
    with sessions.begin() as session:
        add_many(session, CATEGORIZE_TASK, sent_payloads[2:])
    sent: list[tuple[str, dict[str, Any]]] = []
    assert relay_batch(sessions, lambda task, body: sent.append((task, body)), limit=3) == 3
    assert relay_batch(sessions, lambda task, body: sent.append((task, body)), limit=3) == 2
    assert relay_batch(sessions, lambda task, body: sent.append((task, body))) == 0
    assert {task for task, _ in sent} == {CATEGORIZE_TASK}
    assert sorted(body["report_id"] for _, body in sent) == sorted(str(p.report_id) for p in sent_payloads)
    assert outbox_size(sessions) == 0


def test_a_failed_send_keeps_that_message_and_the_rest(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        add_many(session, CATEGORIZE_TASK, [payload() for _ in range(4)])
    calls = 0

    def flaky(task: str, body: dict[str, Any]) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise ConnectionError("broker went away")

    with pytest.raises(ConnectionError):
        relay_batch(sessions, flaky)
    # The two sent before the failure are gone; the failed one and the one after it wait.
    assert outbox_size(sessions) == 2
    assert relay_batch(sessions, flaky) == 2
    assert outbox_size(sessions) == 0
