"""Reports whose message the broker lost: found and sent again within seconds, not at the next sweep.

The outbox guarantees a committed report's message reaches Redis, and acks-late with the visibility
timeout brings back a message a killed worker had taken (it waits in kombu's ``unacked`` hash). One gap
is left: a worker killed after BRPOP took the message off the queue but before it wrote it to ``unacked``
(see ``zivo.ml.in_flight``). Nothing holds that message any more, and the report would stay pending until
the beat sweep's grace period. So every few seconds one worker of the fleet lists the reports pending
longer than ``lost_after``, drops those with an outbox row or a message queued or unacknowledged, looks
again a second later (a message is "nowhere" for a moment on its way from the queue to ``unacked``), and
puts what is still missing and still pending back into the outbox. A report sent this way is not sent
again for ``REQUEUE_BACKOFF_SECONDS``, so a report whose task keeps failing costs one task a minute.
Sending twice is harmless: every task is idempotent.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Iterable
from datetime import timedelta

import redis
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from zivo.core.db.models import LabResult
from zivo.core.outbox import add_many as add_to_outbox
from zivo.core.outbox import payloads as outbox_payloads
from zivo.core.tasks import CATEGORIZE_TASK, CategorizeReport
from zivo.core.utc import utcnow
from zivo.ml.in_flight import InFlight
from zivo.ml.report_categorization import stuck_report_pages

logger = logging.getLogger(__name__)

CHECK_LOCK_KEY = "zivo:lost-reports:check"
REQUEUED_KEY_PREFIX = "zivo:lost-reports:requeued:"
REQUEUE_BACKOFF_SECONDS = 60
CONFIRM_SECONDS = 1.0


class LostReports:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        in_flight: InFlight,
        *,
        lost_after: float,
        confirm_seconds: float = CONFIRM_SECONDS,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.sessions = sessions
        self.in_flight = in_flight
        self.lost_after = lost_after
        self.confirm_seconds = confirm_seconds
        self.sleep = sleep

    @property
    def client(self) -> redis.Redis:
        return self.in_flight.client

    def requeue(self) -> int:
        """Put every lost report back into the outbox; return how many."""
        cutoff = utcnow() - timedelta(seconds=self.lost_after)
        candidates = {
            report: user
            for page in stuck_report_pages(self.sessions, created_before=cutoff)
            for report, user in page
        }
        if not candidates:
            return 0
        with self.sessions() as session:
            waiting = {_report_in(payload) for payload in outbox_payloads(session, CATEGORIZE_TASK)}
        missing = candidates.keys() - waiting - self.in_flight.report_ids()
        if missing:
            # On its way from the queue to `unacked` a message is in a worker's memory only: look again.
            self.sleep(self.confirm_seconds)
            missing -= self.in_flight.report_ids()
        if not missing:
            return 0
        lost = self._claim(self._still_pending(missing))
        if not lost:
            return 0
        with self.sessions.begin() as session:
            add_to_outbox(
                session,
                CATEGORIZE_TASK,
                (CategorizeReport(report_id=report, user_id=candidates[report]) for report in sorted(lost)),
            )
        logger.warning(
            "%d pending reports had no message in the outbox or the broker (a worker killed as it took "
            "them?): sent again",
            len(lost),
        )
        return len(lost)

    def _still_pending(self, reports: set[uuid.UUID]) -> set[uuid.UUID]:
        with self.sessions() as session:
            return set(
                session.scalars(
                    select(LabResult.report_id)
                    .where(LabResult.report_id.in_(reports), LabResult.status == "pending")
                    .distinct()
                )
            )

    def _claim(self, reports: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """The reports not re-sent by any worker within the back-off, now marked as re-sent."""
        ordered = sorted(reports)
        pipe = self.client.pipeline(transaction=False)
        for report in ordered:
            pipe.set(f"{REQUEUED_KEY_PREFIX}{report}", 1, nx=True, ex=REQUEUE_BACKOFF_SECONDS)
        return {report for report, claimed in zip(ordered, pipe.execute(), strict=True) if claimed}


class LostReportsCheck:
    """Runs :meth:`LostReports.requeue` at most once per `interval` across every worker sharing the broker."""

    def __init__(
        self, lost: LostReports, *, interval: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.lost = lost
        self.interval = interval
        self.clock = clock
        self._next = 0.0

    def maybe_run(self) -> int:
        now = self.clock()
        if now < self._next:
            return 0
        self._next = now + self.interval
        # Whoever sets the key does this round; it expires by itself, so a worker dying here blocks nothing.
        if not self.lost.client.set(CHECK_LOCK_KEY, 1, nx=True, px=max(1, int(self.interval * 1000))):
            return 0
        return self.lost.requeue()


def _report_in(payload: dict[str, object]) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(payload["report_id"]))
    except (KeyError, ValueError):
        return None
