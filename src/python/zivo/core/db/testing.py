"""Databases for tests: a fresh, migrated SQLite (the embedded default), an emptied PostgreSQL schema."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from zivo.core.db.engine import make_engine_for_url, make_sessionmaker
from zivo.core.db.migrate import upgrade_to_head


@contextmanager
def migrated_sqlite(directory: Path) -> Iterator[sessionmaker[Session]]:
    url = f"sqlite:///{directory / 'zivo.sqlite3'}"
    upgrade_to_head(url)
    engine = make_engine_for_url(url)
    try:
        yield make_sessionmaker(engine)
    finally:
        engine.dispose()


def reset_database(url: str) -> None:
    """Empty a PostgreSQL database the test owns: no tables, no migrations applied."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
