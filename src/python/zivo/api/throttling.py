"""Login throttling with ``limits``: per client for every attempt, per account for failures.

* Per client (``login_attempts_per_client``, every sign-in and registration attempt from one address)
  bounds password guessing and account probing from one place, whatever the accounts.
* Per account (``login_failures_per_account``, failed sign-ins only, from anywhere) bounds a distributed
  guess at one password. A success clears the account's failures.

Both answer 429 with ``Retry-After`` before any password is hashed, so throttled requests cost nothing.
Counters live in Redis when ``REDIS_URL`` is set (shared by every API process), else in process memory.
Redis down or frozen never takes sign-in down with it: a bounded wait, then the process's own counters for
``FALLBACK_SECONDS`` (each process then throttles on its own, which still bounds guessing), one warning.
The Redis client is made on the first attempt, not at start-up: importing ``redis`` costs ~0.3 s of the
API's start, and only sign-in needs it (uploads reach Redis through Celery, also on first use).
Behind a reverse proxy, run uvicorn with ``--forwarded-allow-ips`` so the client address is the user's.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from fastapi import Request
from limits import RateLimitItem, parse
from limits.storage import MemoryStorage, RedisStorage, Storage
from limits.strategies import MovingWindowRateLimiter

from zivo.api.services.errors import ServiceError
from zivo.api.settings import ApiSettings

logger = logging.getLogger(__name__)

T = TypeVar("T")

FALLBACK_SECONDS = 30.0
"""How long to count in memory after the shared store failed, before trying it again."""


class TooManyAttemptsError(ServiceError):
    status_code = 429

    def __init__(self, detail: str, *, retry_after: int) -> None:
        super().__init__(detail)
        self.retry_after = retry_after
        self.headers = {"Retry-After": str(retry_after)}


def _shared_store_errors() -> tuple[type[Exception], ...]:
    """What a failing shared store raises; asked only once one has failed, so Redis is imported by then."""
    from redis.exceptions import RedisError

    return (RedisError, OSError)


class LoginThrottle:
    def __init__(
        self,
        storage: Storage | Callable[[], Storage],
        *,
        per_client: str,
        per_account: str,
        fallback: Storage | None = None,
    ) -> None:
        """``storage``: the counters' store, or a function that makes it on the first attempt."""
        self._storage = storage
        self._limiter_lock = threading.Lock()
        self._shared: MovingWindowRateLimiter | None = None
        self._fallback = MovingWindowRateLimiter(fallback) if fallback is not None else None
        self._shared_down_until = 0.0
        self._per_client: RateLimitItem = parse(per_client)
        self._per_account: RateLimitItem = parse(per_account)

    @classmethod
    def from_settings(cls, settings: ApiSettings) -> LoginThrottle:
        if not settings.redis_url:
            return cls(
                MemoryStorage(),
                per_client=settings.login_attempts_per_client,
                per_account=settings.login_failures_per_account,
            )
        redis_url = settings.redis_url
        timeout = settings.broker_socket_timeout_seconds

        def shared_storage() -> Storage:
            return RedisStorage(
                redis_url, key_prefix="zivo-login", socket_timeout=timeout, socket_connect_timeout=timeout
            )

        return cls(
            shared_storage,
            per_client=settings.login_attempts_per_client,
            per_account=settings.login_failures_per_account,
            fallback=MemoryStorage(),
        )

    @property
    def _limiter(self) -> MovingWindowRateLimiter:
        if self._shared is None:
            with self._limiter_lock:
                if self._shared is None:
                    storage = self._storage if isinstance(self._storage, Storage) else self._storage()
                    self._shared = MovingWindowRateLimiter(storage)
        return self._shared

    def _with_limiter(self, operation: Callable[[MovingWindowRateLimiter], T]) -> T:
        """Run on the shared counters, or on this process's own while the shared store is failing."""
        if self._fallback is not None and time.monotonic() < self._shared_down_until:
            return operation(self._fallback)
        try:
            return operation(self._limiter)
        except Exception as exc:
            if self._fallback is None or not isinstance(exc, _shared_store_errors()):
                raise
            logger.warning(
                "login throttle: shared counters unavailable (%s); counting in this process for %.0f s",
                type(exc).__name__,
                FALLBACK_SECONDS,
            )
            self._shared_down_until = time.monotonic() + FALLBACK_SECONDS
            return operation(self._fallback)

    def _retry_after(self, item: RateLimitItem, *identifiers: str) -> int:
        reset_at = self._with_limiter(lambda limiter: limiter.get_window_stats(item, *identifiers)).reset_time
        return max(1, math.ceil(reset_at - time.time()))

    def attempt(self, client: str) -> None:
        """Count one attempt from ``client``; 429 once its budget is spent."""
        if not self._with_limiter(lambda limiter: limiter.hit(self._per_client, "client", client)):
            raise TooManyAttemptsError(
                "too many attempts from this address; retry later",
                retry_after=self._retry_after(self._per_client, "client", client),
            )

    def check_account(self, account: str) -> None:
        """429 while ``account`` has used up its failed sign-ins (nothing is counted here)."""
        if not self._with_limiter(lambda limiter: limiter.test(self._per_account, "account", account)):
            raise TooManyAttemptsError(
                "too many failed sign-ins for this account; retry later",
                retry_after=self._retry_after(self._per_account, "account", account),
            )

    def failed(self, account: str) -> None:
        self._with_limiter(lambda limiter: limiter.hit(self._per_account, "account", account))

    def succeeded(self, account: str) -> None:
        self._with_limiter(lambda limiter: limiter.clear(self._per_account, "account", account))


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def throttle_login(request: Request) -> LoginThrottle:
    """Dependency of the sign-in and registration routes: counts the attempt against the client."""
    throttle: LoginThrottle = request.app.state.login_throttle
    throttle.attempt(client_address(request))
    return throttle
