from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from zivo.api.security import HashingBusyError, Passwords


class _SlowHasher:
    """Stands in for argon2 (64 MiB, tens of ms each) and records how many run at once."""

    def __init__(self) -> None:
        self.running = 0
        self.peak = 0
        self._lock = threading.Lock()

    def _work(self) -> None:
        with self._lock:
            self.running += 1
            self.peak = max(self.peak, self.running)
        time.sleep(0.02)
        with self._lock:
            self.running -= 1

    def hash(self, password: str) -> str:
        self._work()
        return f"hashed:{password}"

    def verify(self, password: str, password_hash: str) -> bool:
        self._work()
        return password_hash == f"hashed:{password}"


def test_hashing_is_bounded_to_the_configured_concurrency() -> None:
    hasher = _SlowHasher()
    passwords = Passwords(concurrency=2, wait_seconds=30, hasher=hasher)
    with ThreadPoolExecutor(max_workers=40) as pool:
        results = list(pool.map(lambda i: passwords.verify(f"pw{i}", passwords.hash(f"pw{i}")), range(40)))
    assert all(results)
    assert hasher.peak == 2


def test_a_saturated_hasher_answers_busy_instead_of_queueing_forever() -> None:
    hasher = _SlowHasher()
    passwords = Passwords(concurrency=1, wait_seconds=0.001, hasher=hasher)
    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = list(pool.map(lambda _: _try(passwords), range(8)))
    assert "busy, retry after 1s" in outcomes
    assert "ok" in outcomes


def _try(passwords: Passwords) -> str:
    try:
        passwords.hash("x")
    except HashingBusyError as exc:
        return f"busy, retry after {exc.headers['Retry-After']}s"
    return "ok"


def test_real_argon2_round_trip() -> None:
    passwords = Passwords()
    assert passwords.verify("correct-horse-42", passwords.hash("correct-horse-42"))
    assert not passwords.verify("wrong", passwords.hash("correct-horse-42"))
    assert not passwords.verify("anything", None)


@pytest.mark.parametrize("concurrency", [0, -1])
def test_concurrency_must_be_positive(concurrency: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        Passwords(concurrency=concurrency)
