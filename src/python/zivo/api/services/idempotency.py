"""``Idempotency-Key`` for report creation (IETF draft-ietf-httpapi-idempotency-key-header).

A client that did not get an answer (a timeout, a dropped connection) retries with the same key and gets
the first request's report back, stored once. The key is recorded in the report's own transaction, so a
report and its key exist together or not at all; two concurrent first tries meet at the unique
``(user_id, key)`` constraint and the loser answers with the winner's report. The same key with another
request is refused with 422, as the draft asks.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from zivo.api.services.errors import UnusableInputError
from zivo.core.db.models import IdempotencyKey

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 255


class IdempotencyKeyReusedError(UnusableInputError):
    """The key was already used for a different request (draft: 422 Unprocessable Content)."""


@dataclass(frozen=True)
class IdempotentRequest:
    key: str
    fingerprint: str

    @classmethod
    def from_header(cls, key: str | None, *parts: bytes) -> IdempotentRequest | None:
        """None without a header; the key and a SHA-256 over the request's parts (route, body) otherwise."""
        if key is None:
            return None
        key = key.strip().strip('"')  # the draft sends it as a structured-field string: "..."
        if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
            raise UnusableInputError(
                [{"loc": ["header", HEADER], "msg": f"1 to {MAX_KEY_LENGTH} printable characters"}]
            )
        digest = hashlib.sha256()
        for part in parts:
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
        return cls(key, digest.hexdigest())


def first_report(session: Session, user_id: uuid.UUID, request: IdempotentRequest) -> uuid.UUID | None:
    """The report the first request with this key made, if any; refuses a key reused for another request."""
    record = session.scalar(
        select(IdempotencyKey).where(IdempotencyKey.user_id == user_id, IdempotencyKey.key == request.key)
    )
    if record is None:
        return None
    if record.fingerprint != request.fingerprint:
        raise IdempotencyKeyReusedError(
            [{"loc": ["header", HEADER], "msg": "this key was used for a different request"}]
        )
    return record.report_id


def remember(session: Session, user_id: uuid.UUID, request: IdempotentRequest, report_id: uuid.UUID) -> None:
    session.add(
        IdempotencyKey(user_id=user_id, key=request.key, fingerprint=request.fingerprint, report_id=report_id)
    )
