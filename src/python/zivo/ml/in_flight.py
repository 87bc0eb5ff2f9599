"""Which reports have a categorize message in the broker: queued, or taken by a worker and not acknowledged.

kombu's Redis transport keeps a queue as lists (one per priority step) and a message a consumer has taken
but not acknowledged in the ``unacked`` hash, from which any consumer puts it back on its queue once the
visibility timeout has passed. Between BRPOP taking a message off the list and the consumer writing it to
``unacked`` (a round trip later) the message is only in that consumer's memory: a worker killed in that
window loses it, and its outbox row was deleted when the relay sent it. A report whose message is in none
of these places will never be categorized unless it is sent again; :class:`InFlight` tells which.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import redis
from celery import Celery

from zivo.core.tasks import CATEGORIZE_QUEUE, CATEGORIZE_TASK

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class BrokerKeys:
    """The Redis keys a queue's messages can be in."""

    queues: tuple[str, ...]  # the queue's list, then one list per priority step above 0
    unacked: str

    @classmethod
    def of(cls, app: Celery, queue: str = CATEGORIZE_QUEUE) -> BrokerKeys:
        """The keys `app`'s Redis transport uses for `queue` (its defaults, or the transport options)."""
        connection = app.connection_for_write()
        try:
            channel = connection.transport.Channel  # the class: nothing connects
            options = connection.transport_options
            steps = options.get("priority_steps", channel.priority_steps)
            sep = options.get("sep", channel.sep)
            unacked = options.get("unacked_key", channel.unacked_key)
            prefix = options.get("global_keyprefix", "")  # kombu puts it before every key it uses
        finally:
            connection.release()
        return cls(
            queues=tuple(
                dict.fromkeys(f"{prefix}{queue}{sep}{step}" if step else f"{prefix}{queue}" for step in steps)
            ),
            unacked=f"{prefix}{unacked}",
        )


def report_of(message: dict[str, Any], task: str = CATEGORIZE_TASK) -> uuid.UUID | None:
    """The report id a kombu message (Celery protocol 2) for `task` is about; None for another task."""
    if message.get("headers", {}).get("task") != task:
        return None
    body: Any = message.get("body")
    if message.get("properties", {}).get("body_encoding") == "base64":
        body = base64.b64decode(body)
    _, kwargs, _ = json.loads(body)
    return uuid.UUID(kwargs["report_id"])


class InFlight:
    """Reads every message of a queue, queued or unacknowledged, in one Redis transaction."""

    def __init__(self, client: redis.Redis, keys: BrokerKeys, *, task: str = CATEGORIZE_TASK) -> None:
        self.client = client
        self.keys = keys
        self.task = task

    def snapshot(self) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
        """(reports with a message queued, reports with one taken and not acknowledged), read atomically."""
        pipe = self.client.pipeline(transaction=True)
        for key in self.keys.queues:
            pipe.lrange(key, 0, -1)
        pipe.hvals(self.keys.unacked)
        *lists, unacked = pipe.execute()
        queued = self._reports(raw for values in lists for raw in values)
        # The unacked hash holds [message, exchange, routing key].
        taken = self._reports(unacked, unwrap=True)
        return queued, taken

    def report_ids(self) -> set[uuid.UUID]:
        """Reports with a message in the broker, queued or unacknowledged."""
        queued, taken = self.snapshot()
        return queued | taken

    def _reports(self, raws: Iterable[bytes], *, unwrap: bool = False) -> set[uuid.UUID]:
        found: set[uuid.UUID] = set()
        for raw in raws:
            try:
                decoded = json.loads(raw)
                report = report_of(decoded[0] if unwrap else decoded, self.task)
            except (ValueError, KeyError, IndexError, TypeError, binascii.Error) as exc:
                # Counted as absent: at worst the report is sent once more, and every task is idempotent.
                logger.warning("unreadable broker message skipped: %s: %s", type(exc).__name__, exc)
                continue
            if report is not None:
                found.add(report)
        return found
