"""Password hashing (argon2 via pwdlib) and access tokens (HS256 JWT via pyjwt)."""

from __future__ import annotations

import math
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Protocol

import jwt
from pwdlib import PasswordHash

from zivo.api.services.errors import ServiceError
from zivo.api.settings import ApiSettings

_ALGORITHM = "HS256"


class Hasher(Protocol):
    def hash(self, password: str) -> str: ...

    def verify(self, password: str, password_hash: str) -> bool: ...


class HashingBusyError(ServiceError):
    """Every hashing slot stayed taken for the whole wait: the server is saturated with sign-ins."""

    status_code = 503

    def __init__(self, retry_after: int) -> None:
        super().__init__("too many sign-ins at once; retry shortly")
        self.headers = {"Retry-After": str(retry_after)}


class Passwords:
    """argon2id hashing, at most ``concurrency`` at a time.

    Each hash takes 64 MiB for its duration: unbounded, 200 concurrent sign-ins took the API from 192 MB
    to 1.1 GB. The slots bound that memory; a caller that waits longer than ``wait_seconds`` gets a 503.
    """

    def __init__(
        self, *, concurrency: int = 2, wait_seconds: float = 10.0, hasher: Hasher | None = None
    ) -> None:
        if concurrency < 1:
            raise ValueError("password hashing concurrency must be at least 1")
        self._hasher: Hasher = hasher or PasswordHash.recommended()
        self._slots = threading.BoundedSemaphore(concurrency)
        self._wait_seconds = wait_seconds
        # Verified against when the email is unknown, so both paths cost one argon2 check.
        self._dummy_hash = self._hasher.hash("not-a-real-password-0")

    @contextmanager
    def _slot(self) -> Iterator[None]:
        if not self._slots.acquire(timeout=self._wait_seconds):
            raise HashingBusyError(retry_after=max(1, math.ceil(self._wait_seconds)))
        try:
            yield
        finally:
            self._slots.release()

    def hash(self, password: str) -> str:
        with self._slot():
            return self._hasher.hash(password)

    def verify(self, password: str, password_hash: str | None) -> bool:
        with self._slot():
            if password_hash is None:
                self._hasher.verify(password, self._dummy_hash)
                return False
            return self._hasher.verify(password, password_hash)


def create_access_token(user_id: uuid.UUID, settings: ApiSettings, *, now: datetime | None = None) -> str:
    issued = now or datetime.now(UTC)
    claims = {
        "sub": str(user_id),
        "iat": issued,
        "exp": issued + timedelta(minutes=settings.access_token_minutes),
    }
    return jwt.encode(claims, settings.signing_key, algorithm=_ALGORITHM)


def decode_access_token(token: str, settings: ApiSettings) -> uuid.UUID | None:
    """The user id in a valid, unexpired token; ``None`` for anything else."""
    try:
        claims = jwt.decode(
            token,
            settings.signing_key,
            algorithms=[_ALGORITHM],
            options={"require": ["exp", "sub"]},
        )
        return uuid.UUID(str(claims["sub"]))
    except (jwt.PyJWTError, ValueError):
        return None
