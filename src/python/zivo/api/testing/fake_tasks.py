"""An in-memory task sender: records what the API queued; can pretend the broker is down."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel


@dataclass
class InMemoryTaskSender:
    broker_up: bool = True
    sent: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def send(self, name: str, payload: BaseModel) -> bool:
        if not self.broker_up:
            return False
        self.sent.append((name, payload.model_dump(mode="json")))
        return True

    def ping(self) -> bool:
        return self.broker_up
