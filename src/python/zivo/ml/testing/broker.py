"""A real Redis broker for the worker's tests, with a queue and an unacked hash of each test's own."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import redis
from celery import Celery

from zivo.core.tasks import CATEGORIZE_TASK, CategorizeReport
from zivo.ml.in_flight import BrokerKeys


@dataclass
class Broker:
    """A real Redis broker with a queue and an unacked hash of this test's own."""

    app: Celery
    queue: str
    client: redis.Redis

    @property
    def keys(self) -> BrokerKeys:
        return BrokerKeys.of(self.app, self.queue)

    def send(self, report: uuid.UUID, *, task: str = CATEGORIZE_TASK, priority: int | None = None) -> None:
        payload = CategorizeReport(report_id=report, user_id=uuid.uuid4()).model_dump(mode="json")
        self.app.send_task(task, kwargs=payload, queue=self.queue, priority=priority)

    def drop_one(self) -> None:
        """What BRPOP does for a consumer that is killed before it records the message as unacked."""
        assert self.client.rpop(self.queue) is not None


def private_broker(redis_url: str) -> Broker:
    name = f"test-{uuid.uuid4().hex}"
    app = Celery(broker=redis_url, set_as_current=False)
    app.conf.broker_transport_options = {
        "unacked_key": f"{name}-unacked",
        "unacked_index_key": f"{name}-index",
    }
    return Broker(app, name, redis.Redis.from_url(redis_url))


def remove(broker: Broker) -> None:
    keys = broker.keys
    broker.client.delete(*keys.queues, keys.unacked, f"{broker.queue}-index")
    broker.client.close()
