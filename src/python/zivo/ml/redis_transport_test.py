from __future__ import annotations

import contextlib
import signal
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
import redis as redis_client
from kombu.connection import Connection
from kombu.entity import Queue
from kombu.messaging import Consumer, Producer
from kombu.transport import filesystem as kombu_filesystem
from kombu.transport import redis as kombu_redis

from zivo.ml.redis_transport import Transport
from zivo.ml.runtime import WorkerRuntime
from zivo.ml.settings import WorkerSettings
from zivo.ml.worker import create_worker_app

# A frozen Redis answers nothing: each command waits this long, then raises.
OPTIONS = {"socket_timeout": 0.5, "socket_connect_timeout": 0.5, "visibility_timeout": 3600}


def ack_while_redis_is_frozen(url: str, server: subprocess.Popen[bytes], transport: Any) -> list[int]:
    """Take one message with a prefetch of 1, acknowledge it while Redis is frozen, then send another.

    What the consumer took. (The first message is not lost either way: the thawed Redis may still run the
    acknowledgement it had buffered, or the message waits in the unacked hash for kombu's restore.)
    """
    name = f"test-{uuid.uuid4().hex}"
    queue = Queue(name, routing_key=name)
    taken: list[Any] = []
    with Connection(url, transport=transport, transport_options=OPTIONS) as conn:
        channel = conn.channel()
        producer = Producer(channel, routing_key=name)
        consumer = Consumer(channel, [queue], callbacks=[lambda _, m: taken.append(m)], prefetch_count=1)
        with consumer:
            producer.publish({"n": 1}, declare=[queue])
            conn.drain_events(timeout=5)
            server.send_signal(signal.SIGSTOP)
            try:
                with pytest.raises(redis_client.exceptions.TimeoutError):
                    taken[0].ack()
            finally:
                server.send_signal(signal.SIGCONT)
            producer.publish({"n": 2}, declare=[queue])
            with contextlib.suppress(TimeoutError):  # nothing delivered within 3 s
                conn.drain_events(timeout=3)
            return [m.payload["n"] for m in taken]


def test_an_acknowledgement_redis_did_not_answer_does_not_stop_the_consumer(
    freezable_redis: tuple[str, subprocess.Popen[bytes]],
) -> None:
    assert ack_while_redis_is_frozen(*freezable_redis, Transport) == [1, 2]


def test_kombus_own_transport_stops_consuming_there(
    freezable_redis: tuple[str, subprocess.Popen[bytes]],
) -> None:
    """The fault zivo's transport is for; if a kombu upgrade fixes it, zivo.ml.redis_transport can go."""
    assert ack_while_redis_is_frozen(*freezable_redis, kombu_redis.Transport) == [1]


@pytest.mark.parametrize(
    ("redis_url", "transport"),
    [
        ("redis://127.0.0.1:6379/0", Transport),
        (None, kombu_filesystem.Transport),
    ],  # None: the embedded default
)
def test_the_worker_consumes_a_redis_broker_through_zivos_transport(
    tmp_path: Path, redis_url: str | None, transport: type
) -> None:
    settings = WorkerSettings.for_tests(tmp_path, redis_url=redis_url)
    app = create_worker_app(settings, runtime=WorkerRuntime(settings))
    connection = app.connection_for_read()  # lazy: nothing is connected
    assert type(connection.transport) is transport
