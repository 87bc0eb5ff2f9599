from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import redis
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from zivo.core.db.models import OutboxMessage
from zivo.core.outbox import add
from zivo.core.tasks import CATEGORIZE_QUEUE, CATEGORIZE_TASK, CategorizeReport
from zivo.core.utc import utcnow
from zivo.ml import lost_reports, relay
from zivo.ml.in_flight import InFlight
from zivo.ml.lost_reports import LostReports, LostReportsCheck
from zivo.ml.relay import BrokerMarker, OutboxRelay, build_relay, requeue_stuck_reports
from zivo.ml.runtime import WorkerRuntime
from zivo.ml.settings import WorkerSettings
from zivo.ml.testing.broker import Broker
from zivo.ml.testing.lab_data import Row, add_report, add_user
from zivo.ml.worker import create_worker_app

COLLECTED = datetime(2026, 1, 5, tzinfo=UTC)


def seed_pending(sessions: sessionmaker[Session], count: int) -> set[uuid.UUID]:
    with sessions.begin() as session:
        user_id = add_user(session)
        return {add_report(session, user_id, COLLECTED, [Row("Hemoglobin")]) for _ in range(count)}


def outbox_reports(sessions: sessionmaker[Session]) -> list[uuid.UUID]:
    with sessions() as session:
        return [uuid.UUID(m.payload["report_id"]) for m in session.scalars(select(OutboxMessage))]


def test_requeue_walks_every_page(sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(relay, "REQUEUE_PAGE", 2)
    reports = seed_pending(sessions, 5)
    assert requeue_stuck_reports(sessions, created_before=utcnow() + timedelta(seconds=1)) == 5
    assert sorted(outbox_reports(sessions)) == sorted(reports)


def test_requeue_leaves_recent_reports_to_the_relay(sessions: sessionmaker[Session]) -> None:
    seed_pending(sessions, 3)
    assert requeue_stuck_reports(sessions, created_before=utcnow() - timedelta(minutes=10)) == 0


def test_relay_requeues_everything_pending_when_the_broker_lost_its_data(
    sessions: sessionmaker[Session], redis_url: str
) -> None:
    key = f"zivo:test-marker:{uuid.uuid4().hex}"
    reports = seed_pending(sessions, 3)
    sent: list[tuple[str, dict[str, Any]]] = []
    worker_relay = OutboxRelay(
        sessions,
        lambda task, body: sent.append((task, body)),
        interval=0.1,
        marker=BrokerMarker(redis_url, timeout=2.0, key=key),
    )
    try:
        # First sight of this broker: the marker is missing, so every pending report is sent again.
        assert worker_relay.run_once() == 3
        assert {uuid.UUID(body["report_id"]) for _, body in sent} == reports
        # The marker is there now: nothing pending is re-sent; new outbox rows are.
        with sessions.begin() as session:
            add(session, CATEGORIZE_TASK, CategorizeReport(report_id=uuid.uuid4(), user_id=uuid.uuid4()))
        assert worker_relay.run_once() == 1
        # Redis restarted empty (here: the marker deleted): the pending reports go out once more.
        with redis.Redis.from_url(redis_url) as client:
            client.delete(key)
        assert worker_relay.run_once() == 3
    finally:
        with redis.Redis.from_url(redis_url) as client:
            client.delete(key)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(OutboxMessage)) == 0


def test_the_relay_thread_keeps_trying_until_the_broker_takes_the_message(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        add(session, CATEGORIZE_TASK, CategorizeReport(report_id=uuid.uuid4(), user_id=uuid.uuid4()))
    attempts: list[str] = []

    def send(task: str, body: dict[str, Any]) -> None:
        attempts.append(task)
        if len(attempts) < 3:
            raise ConnectionError("broker down")

    worker_relay = OutboxRelay(sessions, send, interval=0.05)
    worker_relay.start()
    try:
        deadline = utcnow() + timedelta(seconds=10)
        while not outbox_is_empty(sessions) and utcnow() < deadline:
            pass
    finally:
        worker_relay.stop()
    assert len(attempts) == 3
    assert outbox_is_empty(sessions)


def outbox_is_empty(sessions: sessionmaker[Session]) -> bool:
    with sessions() as session:
        return not session.scalar(select(func.count()).select_from(OutboxMessage))


def test_the_relay_sends_a_report_whose_message_the_broker_lost_in_the_same_round(
    sessions: sessionmaker[Session],
    broker: Broker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lost_reports, "CHECK_LOCK_KEY", f"{broker.queue}-check")
    (report,) = seed_pending(sessions, 1)
    broker.send(report)
    broker.drop_one()  # a worker took it and was killed before it recorded it
    sent: list[dict[str, Any]] = []
    lost = LostReports(sessions, InFlight(broker.client, broker.keys), lost_after=0.0, sleep=lambda _: None)
    worker_relay = OutboxRelay(
        sessions,
        lambda task, body: sent.append(body),
        interval=0.1,
        lost=LostReportsCheck(lost, interval=5.0),
    )
    try:
        assert worker_relay.run_once() == 1
    finally:
        broker.client.delete(f"{lost_reports.REQUEUED_KEY_PREFIX}{report}")
    assert [uuid.UUID(body["report_id"]) for body in sent] == [report]
    assert outbox_is_empty(sessions)


def test_a_worker_relay_on_redis_looks_for_lost_messages_on_the_categorize_queue(
    tmp_path: Path, redis_url: str
) -> None:
    settings = WorkerSettings.for_tests(tmp_path, redis_url=redis_url, lost_message_check_seconds=3.0)
    worker_relay = build_relay(create_worker_app(settings, runtime=WorkerRuntime(settings)), settings)
    assert worker_relay.lost is not None
    assert worker_relay.lost.interval == 3.0
    assert worker_relay.lost.lost.in_flight.keys.queues[0] == CATEGORIZE_QUEUE
    off = WorkerSettings.for_tests(tmp_path, redis_url=redis_url, lost_message_check_seconds=0)
    assert build_relay(create_worker_app(off, runtime=WorkerRuntime(off)), off).lost is None
