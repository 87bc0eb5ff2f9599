"""The worker's broker consumer: back on the broker within seconds of its return, however long it was gone.

Celery's consumer reconnects through kombu's ``ensure_connection`` with kombu's default back-off (2 s, then
2 s more per attempt, up to 30 s), and Celery passes no interval, so ``broker_transport_options`` do not
reach it. After a broker outage of a few minutes the next attempt can be 20-30 s after the broker is back:
the relay has already queued the backlog, and the workers are not reading it. Attempts every
``RECONNECT_INTERVAL_MAX`` seconds at most cost one refused TCP connection each while the broker is down.
"""

from __future__ import annotations

import functools
from typing import Any

from celery.worker.consumer import Consumer

RECONNECT_INTERVAL_START = 0.5
RECONNECT_INTERVAL_STEP = 0.5
RECONNECT_INTERVAL_MAX = 2.0


def reconnect_promptly(conn: Any) -> Any:
    """`conn`, whose ``ensure_connection`` retries every 0.5, 1, 1.5, 2, 2, ... s unless told otherwise."""
    # conn: a kombu Connection (kombu comes with Celery, it is not a requirement of its own)
    conn.ensure_connection = functools.partial(
        conn.ensure_connection,
        interval_start=RECONNECT_INTERVAL_START,
        interval_step=RECONNECT_INTERVAL_STEP,
        interval_max=RECONNECT_INTERVAL_MAX,
    )
    return conn


class PromptReconnectConsumer(Consumer):  # type: ignore[misc]
    """Celery's consumer (``worker_consumer``), reconnecting with :func:`reconnect_promptly`."""

    def ensure_connected(self, conn: Any) -> Any:
        return super().ensure_connected(reconnect_promptly(conn))
