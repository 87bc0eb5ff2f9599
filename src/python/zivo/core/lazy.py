"""A value built once, on first use, whichever thread asks first: the double-checked lock, written once.

Heavy things (an SDK client, a compiled graph, a Celery app, an embedding model) are built on first use
rather than at import or start-up; several request threads may ask at once, and only one must build.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Lazy(Generic[T]):
    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self._value: T | None = None
        self._built = False
        self._lock = threading.Lock()

    @property
    def built(self) -> bool:
        return self._built

    def peek(self) -> T | None:
        """The value if it was built, without building it."""
        return self._value if self._built else None

    def get(self) -> T:
        if not self._built:  # the lock is taken only until the value exists
            with self._lock:
                if not self._built:
                    self._value = self._factory()
                    self._built = True
        return self._value  # type: ignore[return-value]  # built above: T, which may itself be None
