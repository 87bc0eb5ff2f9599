"""The outbox relay: a thread in every worker's main process that sends what the outbox holds.

It wakes every ``OUTBOX_RELAY_INTERVAL_SECONDS`` (0.5 s), sends the outbox in batches until it is empty
(several relays share it through SKIP LOCKED), and so a report committed while the broker was down, frozen
or restarting is queued within a second of the broker's return, not at the next sweep.

It also notices a broker that lost its data (Redis restarted without persistence, or flushed): it keeps a
marker key there, and when the marker is gone every report still pending goes back into the outbox at
once. And every few seconds one relay of the fleet looks for single messages the broker lost (a worker
killed as it took one, see ``zivo.ml.lost_reports``). The periodic sweep (beat) stays as the last safety
net, walking every page of stuck reports.
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar

import redis
from celery import Celery, bootsteps
from sqlalchemy.orm import Session, sessionmaker

from zivo.core.db.engine import make_engine, make_sessionmaker
from zivo.core.outbox import RELAY_BATCH, relay_batch
from zivo.core.outbox import add_many as add_to_outbox
from zivo.core.settings import CoreSettings
from zivo.core.tasks import CATEGORIZE_TASK, CategorizeReport
from zivo.core.utc import utcnow
from zivo.ml.in_flight import BrokerKeys, InFlight
from zivo.ml.lost_reports import LostReports, LostReportsCheck
from zivo.ml.report_categorization import stuck_reports

logger = logging.getLogger(__name__)

BROKER_MARKER_KEY = "zivo:broker-marker"
REQUEUE_PAGE = 1000


def requeue_stuck_reports(sessions: sessionmaker[Session], *, created_before: datetime) -> int:
    """Put every report with results pending since before `created_before` back into the outbox.

    Page by page, one transaction each, with no cap: a backlog of any size is found in one call.
    """
    total = 0
    after: uuid.UUID | None = None
    while True:
        with sessions.begin() as session:
            page = stuck_reports(session, created_before=created_before, after=after, limit=REQUEUE_PAGE)
            total += add_to_outbox(
                session,
                CATEGORIZE_TASK,
                (CategorizeReport(report_id=report_id, user_id=user_id) for report_id, user_id in page),
            )
        if len(page) < REQUEUE_PAGE:
            return total
        after = page[-1][0]


class BrokerMarker:
    """A key in Redis whose absence means the broker lost what it held."""

    def __init__(self, url: str, *, timeout: float, key: str = BROKER_MARKER_KEY) -> None:
        self._client = redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
        self.key = key

    def lost(self) -> bool:
        # SET NX succeeds only when the key was missing: a fresh or emptied Redis.
        return bool(self._client.set(self.key, str(os.getpid()), nx=True))


class OutboxRelay:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        send: Callable[[str, dict[str, Any]], None],
        *,
        interval: float,
        marker: BrokerMarker | None = None,
        lost: LostReportsCheck | None = None,
    ) -> None:
        self.sessions = sessions
        self.send = send
        self.interval = interval
        self.marker = marker
        self.lost = lost
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._failing = False

    def run_once(self) -> int:
        """Requeue everything pending if the broker lost its data, or what it lost of it lately, then
        empty the outbox; return how many tasks were sent."""
        if self.marker is not None and self.marker.lost():
            requeued = requeue_stuck_reports(self.sessions, created_before=utcnow())
            if requeued:
                logger.warning(
                    "broker marker missing (a new or emptied broker): re-queued %d pending reports", requeued
                )
        if self.lost is not None:
            self.lost.maybe_run()
        sent = 0
        while True:
            batch = relay_batch(self.sessions, self.send)
            sent += batch
            if batch < RELAY_BATCH:
                return sent

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                sent = self.run_once()
            except Exception as exc:  # the broker or database is down: try again shortly
                if not self._failing:
                    logger.warning("outbox relay paused: %s: %s", type(exc).__name__, exc)
                self._failing = True
            else:
                if self._failing:
                    logger.info("outbox relay resumed")
                self._failing = False
                if sent:
                    logger.info("relayed %d tasks from the outbox", sent)
            self._stop.wait(self.interval)

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="zivo-outbox-relay", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)


def build_relay(app: Celery, settings: CoreSettings) -> OutboxRelay:
    """A relay with its own engine: the pool's child processes never share its connections."""
    engine = make_engine(settings)
    # A child forked from this process keeps the objects but must never reuse the sockets.
    os.register_at_fork(after_in_child=lambda: engine.dispose(close=False))

    def send(task: str, payload: dict[str, Any]) -> None:
        app.send_task(task, kwargs=payload, retry=False)

    sessions = make_sessionmaker(engine)
    marker = lost = None
    if settings.redis_url:
        timeout = settings.broker_socket_timeout_seconds
        marker = BrokerMarker(settings.redis_url, timeout=timeout)
        if settings.lost_message_check_seconds > 0:
            # A whole queue can come back in one reply (a backlog): a longer read timeout than a command's.
            client = redis.Redis.from_url(
                settings.redis_url, socket_timeout=max(10 * timeout, 10), socket_connect_timeout=timeout
            )
            lost = LostReportsCheck(
                LostReports(
                    sessions,
                    InFlight(client, BrokerKeys.of(app)),
                    lost_after=settings.lost_message_after_seconds,
                ),
                interval=settings.lost_message_check_seconds,
            )
    return OutboxRelay(
        sessions, send, interval=settings.outbox_relay_interval_seconds, marker=marker, lost=lost
    )


def relay_step(settings: CoreSettings) -> type[bootsteps.StartStopStep]:
    """A worker bootstep running the relay in the worker's main process while the worker runs."""

    class OutboxRelayStep(bootsteps.StartStopStep):  # type: ignore[misc]
        requires: ClassVar[set[str]] = {"celery.worker.components:Pool"}

        def __init__(self, parent: Any, **kwargs: Any) -> None:
            super().__init__(parent, **kwargs)
            self.relay: OutboxRelay | None = None

        def start(self, worker: Any) -> None:
            self.relay = build_relay(worker.app, settings)
            self.relay.start()

        def stop(self, worker: Any) -> None:
            if self.relay is not None:
                self.relay.stop()

    return OutboxRelayStep
