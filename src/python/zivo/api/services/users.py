"""Registration and sign-in."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from zivo.api.security import Passwords
from zivo.core.db.models import User
from zivo.core.schemas.users import UserCreate


def register(session: Session, passwords: Passwords, data: UserCreate) -> User | None:
    """The new user, or ``None`` when the email is taken (the caller must not tell the difference).

    The password is hashed either way, so both paths cost the same argon2 time.
    """
    password_hash = passwords.hash(data.password)
    if session.scalar(select(User.id).where(User.email == data.email)) is not None:
        return None
    user = User(email=data.email, password_hash=password_hash)
    session.add(user)
    try:
        session.commit()
    except IntegrityError:  # lost a race with a concurrent registration of the same email
        session.rollback()
        return None
    return user


def authenticate(session: Session, passwords: Passwords, email: str, password: str) -> uuid.UUID | None:
    """The id of the account ``email`` if ``password`` is its password, else ``None``."""
    row = session.execute(
        select(User.id, User.password_hash).where(User.email == email.strip().lower())
    ).first()
    # Hand the connection back before the slow, bounded hash: sign-ins waiting for a hashing slot must
    # not hold the database pool that every other request needs.
    session.rollback()
    if not passwords.verify(password, row.password_hash if row else None):
        return None
    return row.id if row else None
