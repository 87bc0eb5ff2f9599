"""Thread memory in LangGraph's own checkpointer: PostgreSQL on a server database, SQLite when embedded."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from sqlalchemy.engine import make_url

from zivo.api.settings import ApiSettings


def open_checkpointer(settings: ApiSettings) -> AbstractAsyncContextManager[BaseCheckpointSaver[Any]]:
    """The saver for the app's database, as an async context manager holding its connection."""
    if settings.embedded:
        from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

        settings.data_dir.mkdir(parents=True, exist_ok=True)
        return AsyncSqliteSaver.from_conn_string(str((settings.data_dir / "checkpoints.sqlite3").resolve()))
    from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver

    # psycopg wants a libpq URL: postgresql://, not SQLAlchemy's postgresql+psycopg://.
    url = make_url(settings.resolved_database_url()).set(drivername="postgresql")
    return AsyncPostgresSaver.from_conn_string(url.render_as_string(hide_password=False))


async def prepare(saver: BaseCheckpointSaver[Any]) -> None:
    """Create the saver's tables if needed (its own migrations, idempotent)."""
    setup = getattr(saver, "setup", None)
    if setup is not None:
        await setup()
