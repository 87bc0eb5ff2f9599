"""A fresh, migrated SQLite database for tests: the embedded default's engine and schema."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
