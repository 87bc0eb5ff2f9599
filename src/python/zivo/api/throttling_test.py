from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from limits.storage import MemoryStorage, RedisStorage

from zivo.api.throttling import LoginThrottle, TooManyAttemptsError


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_a_dead_shared_store_falls_back_to_this_process_and_still_throttles() -> None:
    dead = RedisStorage(
        f"redis://127.0.0.1:{_closed_port()}/0", socket_timeout=0.5, socket_connect_timeout=0.5
    )
    throttle = LoginThrottle(dead, per_client="3/minute", per_account="2/minute", fallback=MemoryStorage())
    for _ in range(3):
        throttle.attempt("203.0.113.9")  # Redis refuses: counted in memory, sign-in goes on
    with pytest.raises(TooManyAttemptsError) as refused:
        throttle.attempt("203.0.113.9")
    assert refused.value.status_code == 429
    assert int(refused.value.headers["Retry-After"]) >= 1

    throttle.failed("a@example.com")
    throttle.failed("a@example.com")
    with pytest.raises(TooManyAttemptsError):
        throttle.check_account("a@example.com")
    throttle.succeeded("a@example.com")
    throttle.check_account("a@example.com")


def test_without_a_fallback_a_store_error_is_not_hidden() -> None:
    dead = RedisStorage(
        f"redis://127.0.0.1:{_closed_port()}/0", socket_timeout=0.5, socket_connect_timeout=0.5
    )
    throttle = LoginThrottle(dead, per_client="3/minute", per_account="2/minute")
    with pytest.raises(Exception, match="(?i)connect|refused"):
        throttle.attempt("203.0.113.9")


def test_start_up_does_not_import_redis_the_first_attempt_does(tmp_path: Path) -> None:
    """Building the throttle (at start-up) must not pay for importing the Redis client (~0.3 s); the
    first attempt makes it, and a refused connection still falls back to this process's counters."""
    script = f"""
import sys
from zivo.api.settings import ApiSettings
from zivo.api.throttling import LoginThrottle
settings = ApiSettings(
    _env_file=None, data_dir={str(tmp_path)!r}, redis_url="redis://127.0.0.1:{_closed_port()}/0",
    broker_socket_timeout_seconds=0.5, secret_key="throttling-test-" + "k" * 32,
)
throttle = LoginThrottle.from_settings(settings)
print("redis" in sys.modules)
throttle.attempt("203.0.113.9")
print("redis" in sys.modules)
"""
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["False", "True"]
