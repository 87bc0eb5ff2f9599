from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import redis
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from zivo.core.db.models import OutboxMessage
from zivo.core.outbox import add
from zivo.core.tasks import CATEGORIZE_TASK, CategorizeReport
from zivo.ml import lost_reports
from zivo.ml.in_flight import InFlight
from zivo.ml.lost_reports import LostReports, LostReportsCheck
from zivo.ml.testing.broker import Broker
from zivo.ml.testing.lab_data import Row, add_report, add_user

COLLECTED = datetime(2026, 1, 5, tzinfo=UTC)


def seed(sessions: sessionmaker[Session], *rows: Row) -> uuid.UUID:
    with sessions.begin() as session:
        return add_report(session, add_user(session), COLLECTED, list(rows))


def outbox(sessions: sessionmaker[Session]) -> list[uuid.UUID]:
    with sessions() as session:
        return [uuid.UUID(m.payload["report_id"]) for m in session.scalars(select(OutboxMessage))]


@pytest.fixture()
def _requeued_keys(redis_url: str) -> Iterator[None]:
    """Each test's reports are new uuids; still, leave no back-off keys behind."""
    yield
    with redis.Redis.from_url(redis_url) as client:
        for key in client.scan_iter(f"{lost_reports.REQUEUED_KEY_PREFIX}*"):
            client.delete(key)


def lost_reports_of(sessions: sessionmaker[Session], broker: Broker, **kwargs: object) -> LostReports:
    return LostReports(
        sessions,
        InFlight(broker.client, broker.keys),
        **{"lost_after": 0.0, "sleep": lambda seconds: None, **kwargs},  # type: ignore[arg-type]
    )


@pytest.mark.usefixtures("_requeued_keys")
def test_only_a_pending_report_whose_message_is_nowhere_goes_back_to_the_outbox(
    sessions: sessionmaker[Session],
    broker: Broker,
) -> None:
    queued, taken, lost, waiting = (seed(sessions, Row("Hemoglobin")) for _ in range(4))
    done = seed(sessions, Row("TSH", category="endocrine"))
    broker.send(lost)
    broker.drop_one()  # taken off the queue by a worker killed before it recorded it
    broker.send(taken)
    with sessions.begin() as session:
        add(session, CATEGORIZE_TASK, CategorizeReport(report_id=waiting, user_id=uuid.uuid4()))
    with broker.app.connection_for_read() as connection:
        connection.SimpleQueue(broker.queue).get(timeout=5)  # taken by a worker, not acknowledged
        broker.send(queued)

        assert lost_reports_of(sessions, broker).requeue() == 1
    assert sorted(outbox(sessions)) == sorted([waiting, lost])
    assert done not in outbox(sessions)


@pytest.mark.usefixtures("_requeued_keys")
def test_a_report_is_sent_again_once_per_back_off(
    sessions: sessionmaker[Session],
    broker: Broker,
) -> None:
    lost = seed(sessions, Row("Hemoglobin"))
    check = lost_reports_of(sessions, broker)
    assert check.requeue() == 1
    assert outbox(sessions) == [lost]
    # Relayed, and lost again (or its task keeps failing): not sent again within the back-off.
    with sessions.begin() as session:
        session.execute(delete(OutboxMessage))
    assert check.requeue() == 0
    assert outbox(sessions) == []


@pytest.mark.usefixtures("_requeued_keys")
def test_a_report_is_left_alone_while_it_is_young(
    sessions: sessionmaker[Session],
    broker: Broker,
) -> None:
    seed(sessions, Row("Hemoglobin"))
    assert lost_reports_of(sessions, broker, lost_after=3600.0).requeue() == 0


@pytest.mark.usefixtures("_requeued_keys")
def test_a_message_seen_again_on_the_second_look_is_not_lost(
    sessions: sessionmaker[Session],
    broker: Broker,
) -> None:
    report = seed(sessions, Row("Hemoglobin"))
    looks: list[float] = []

    def meanwhile(seconds: float) -> None:
        # Between the two looks the message shows up (a consumer records it, a restore puts it back).
        looks.append(seconds)
        broker.send(report)

    assert lost_reports_of(sessions, broker, sleep=meanwhile).requeue() == 0
    assert looks == [lost_reports.CONFIRM_SECONDS]
    assert outbox(sessions) == []


@pytest.mark.usefixtures("_requeued_keys")
def test_one_check_per_interval_across_the_fleet(
    sessions: sessionmaker[Session],
    broker: Broker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lost_reports, "CHECK_LOCK_KEY", f"{broker.queue}-check")
    now = [100.0]
    workers = [
        LostReportsCheck(lost_reports_of(sessions, broker), interval=5.0, clock=lambda: now[0])
        for _ in range(2)
    ]
    seed(sessions, Row("Hemoglobin"))
    # The first worker checks; the second finds the round taken (the lock lives in Redis, for 5 s).
    assert [worker.maybe_run() for worker in workers] == [1, 0]
    assert broker.client.pttl(lost_reports.CHECK_LOCK_KEY) > 0
    now[0] += 1.0
    assert [worker.maybe_run() for worker in workers] == [0, 0]  # each asks once per interval
    broker.client.delete(lost_reports.CHECK_LOCK_KEY)  # as if the 5 s had passed in Redis too
    now[0] += 4.0
    second = seed(sessions, Row("TSH"))
    assert [worker.maybe_run() for worker in workers] == [1, 0]
    assert second in outbox(sessions)
