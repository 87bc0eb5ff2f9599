"""Engine and session factory for PostgreSQL (psycopg 3) or the embedded SQLite default."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from zivo.core.settings import CoreSettings


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # WAL lets the API read while the worker writes; foreign keys make ON DELETE CASCADE work.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def make_engine_for_url(url: str, *, echo: bool = False, **pool: Any) -> Engine:
    """An engine for ``url``; ``pool`` takes SQLAlchemy's pool_size, max_overflow and pool_timeout."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False}, **pool)
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True, **pool)


def make_engine(settings: CoreSettings, *, echo: bool = False) -> Engine:
    """The process's engine, its pool sized from the settings (a full pool waits pool_timeout, then
    raises ``sqlalchemy.exc.TimeoutError``, which the API answers with 503)."""
    if settings.embedded:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    return make_engine_for_url(
        settings.resolved_database_url(),
        echo=echo,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout_seconds,
    )


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: handlers return ORM objects after commit for serialization.
    return sessionmaker(bind=engine, expire_on_commit=False)


def recreate_database(server_url: str, name: str) -> str:
    """Drop and create the PostgreSQL database `name` on the server of `server_url`; return its URL.

    For tests and benchmarks that need an empty database of their own.
    """
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise ValueError(f"unexpected database name {name!r}")
    url = make_url(server_url)
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            connection.execute(text(f"CREATE DATABASE {name}"))
    finally:
        admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)
