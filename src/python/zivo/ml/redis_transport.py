"""kombu's Redis transport, whose acknowledgements free the consumer's prefetch slot whatever Redis answers.

kombu's Redis QoS acknowledges a message in two steps: it removes the message from the unacked index in
Redis, then frees the prefetch slot the message held in this process. When Redis does not answer (frozen,
a half-open connection) the first step raises; Celery logs "Couldn't ack" and goes on, and the slot stays
taken for the life of the channel. A worker runs one pool process with a prefetch multiplier of 1, so that
was its only slot: it never asked Redis for another message, however long Redis had been back. The fault
suite's frozen Redis found it (both workers, in 1 of 6 runs here: a task must finish as Redis freezes).

Here the slot is freed whatever Redis answered, and the error still reaches Celery's log. Nothing is lost:
a thawed Redis runs the acknowledgement it had buffered; otherwise the message stays in the unacked index,
kombu's restore puts it back on the queue once the visibility timeout has passed, and it runs once more, a
no-op for zivo's idempotent tasks.
"""

from __future__ import annotations

from typing import Any

from kombu.transport import redis


class QoS(redis.QoS):
    def ack(self, delivery_tag: Any) -> None:
        try:
            super().ack(delivery_tag)
        except BaseException:
            super(redis.QoS, self).ack(delivery_tag)  # the virtual QoS: only the local slot
            raise

    def reject(self, delivery_tag: Any, requeue: bool = False) -> None:
        try:
            super().reject(delivery_tag, requeue=requeue)
        except BaseException:
            super(redis.QoS, self).ack(delivery_tag)
            raise


class Channel(redis.Channel):
    QoS = QoS


class Transport(redis.Transport):
    """The worker's ``broker_transport`` for a ``redis://`` broker (see ``create_worker_app``)."""

    Channel = Channel
