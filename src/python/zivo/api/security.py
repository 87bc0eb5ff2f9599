"""Password hashing (argon2 via pwdlib) and access tokens (HS256 JWT via pyjwt)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import jwt
from pwdlib import PasswordHash

from zivo.api.settings import ApiSettings

_ALGORITHM = "HS256"


class Passwords:
    def __init__(self) -> None:
        self._hasher = PasswordHash.recommended()
        # Verified against when the email is unknown, so both paths cost one argon2 check.
        self._dummy_hash = self._hasher.hash("not-a-real-password-0")

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, password: str, password_hash: str | None) -> bool:
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
