"""Registration and sign-in."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from zivo.api.security import Passwords
from zivo.api.services.errors import ConflictError
from zivo.core.db.models import User
from zivo.core.schemas.users import UserCreate


def register(session: Session, passwords: Passwords, data: UserCreate) -> User:
    if session.scalar(select(User.id).where(User.email == data.email)) is not None:
        raise ConflictError("email already registered")
    user = User(email=data.email, password_hash=passwords.hash(data.password))
    session.add(user)
    try:
        session.commit()
    except IntegrityError as exc:  # lost a race with a concurrent registration
        session.rollback()
        raise ConflictError("email already registered") from exc
    return user


def authenticate(session: Session, passwords: Passwords, email: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    if not passwords.verify(password, user.password_hash if user else None):
        return None
    return user
