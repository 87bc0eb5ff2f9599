"""Alembic environment: the models' metadata, and the URL (or connection) handed in by the caller."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, text

import zivo.core.db.models  # noqa: F401 - registers the tables on Base.metadata
from zivo.core.db.base import Base
from zivo.core.db.engine import make_engine_for_url

# An arbitrary constant: serializes concurrent API processes migrating one PostgreSQL database.
_MIGRATION_LOCK_KEY = 7_201_466_019


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things; batch mode recreates the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
        context.run_migrations()


def run_migrations_offline() -> None:
    url = context.config.get_main_option("sqlalchemy.url")
    context.configure(url=url, target_metadata=Base.metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("set sqlalchemy.url (zivo.core.db.migrate.upgrade_to_head does this)")
    engine = make_engine_for_url(url)
    try:
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
