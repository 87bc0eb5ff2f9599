from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from zivo.core.lazy import Lazy


def test_built_once_on_first_use_even_when_threads_race() -> None:
    calls: list[int] = []
    start = threading.Barrier(8)

    def build() -> object:
        calls.append(1)
        time.sleep(0.05)  # a slow build: the other threads arrive while it runs
        return object()

    lazy = Lazy(build)
    assert not lazy.built
    assert lazy.peek() is None
    assert calls == []

    def race(_: int) -> object:
        start.wait()
        return lazy.get()

    with ThreadPoolExecutor(8) as pool:
        values = list(pool.map(race, range(8)))
    assert len(calls) == 1
    assert all(value is values[0] for value in values)
    assert lazy.built
    assert lazy.peek() is values[0]


def test_a_failed_build_is_retried_by_the_next_caller() -> None:
    attempts: list[int] = []

    def build() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("not yet")
        return "ok"

    lazy = Lazy(build)
    with pytest.raises(OSError, match="not yet"):
        lazy.get()
    assert not lazy.built
    assert lazy.get() == "ok"
    assert len(attempts) == 2
