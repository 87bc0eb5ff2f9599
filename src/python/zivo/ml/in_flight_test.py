from __future__ import annotations

import uuid

import pytest

from zivo.ml.in_flight import InFlight
from zivo.ml.testing.broker import Broker


def test_the_keys_are_the_transports_own(broker: Broker) -> None:
    keys = broker.keys
    # kombu's Redis transport: the queue's list, one more per priority step, and the configured hash.
    assert keys.queues == (broker.queue, *(f"{broker.queue}\x06\x16{step}" for step in (3, 6, 9)))
    assert keys.unacked == f"{broker.queue}-unacked"


def test_the_keys_carry_kombus_global_prefix(broker: Broker) -> None:
    prefix = f"{broker.queue}-tenant:"
    broker.app.conf.broker_transport_options = {"global_keyprefix": prefix}
    report = uuid.uuid4()
    broker.send(report)  # kombu writes it under the prefixed key
    keys = broker.keys
    try:
        assert keys.queues[0] == f"{prefix}{broker.queue}"
        assert keys.unacked == f"{prefix}unacked"
        assert InFlight(broker.client, keys).report_ids() == {report}
    finally:
        broker.client.delete(*keys.queues)


def test_a_message_is_seen_queued_then_taken_then_gone(broker: Broker) -> None:
    first, second = uuid.uuid4(), uuid.uuid4()
    broker.send(first)
    broker.send(second)
    in_flight = InFlight(broker.client, broker.keys)
    assert in_flight.snapshot() == ({first, second}, set())

    with broker.app.connection_for_read() as connection:
        queue = connection.SimpleQueue(broker.queue)
        message = queue.get(timeout=5)  # taken, not acknowledged: in the unacked hash
        taken = uuid.UUID(message.payload[1]["report_id"])
        assert in_flight.snapshot() == ({first, second} - {taken}, {taken})
        message.ack()
        assert in_flight.report_ids() == {first, second} - {taken}
        queue.close()

    broker.drop_one()
    assert in_flight.report_ids() == set()


def test_a_message_of_any_priority_is_seen(broker: Broker) -> None:
    report = uuid.uuid4()
    broker.send(report, priority=9)
    assert broker.client.llen(broker.queue) == 0  # it is in another list
    assert InFlight(broker.client, broker.keys).report_ids() == {report}


def test_other_tasks_and_unreadable_messages_are_passed_over(
    broker: Broker, caplog: pytest.LogCaptureFixture
) -> None:
    report = uuid.uuid4()
    broker.send(report)
    broker.send(uuid.uuid4(), task="zivo.ml.something_else")
    broker.client.lpush(broker.queue, b"not json")
    assert InFlight(broker.client, broker.keys).report_ids() == {report}
    assert "unreadable broker message" in caplog.text
