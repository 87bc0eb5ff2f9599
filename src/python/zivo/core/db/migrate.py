"""Alembic migrations, run programmatically (no alembic.ini: the scripts ship inside the package).

``python -m zivo.core.db.migrate`` upgrades the database named by ``DATABASE_URL`` (else the embedded
SQLite in ``DATA_DIR``) to head: the one-shot step a deployment runs before the API and the workers
start. The API migrates by itself only on the embedded default; on a server database it checks the
revision with :func:`check_schema` and refuses to serve a schema older than its code.
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

import zivo.core.migrations
from zivo.core.db.engine import make_engine_for_url

logger = logging.getLogger(__name__)

MIGRATE_COMMAND = "python -m zivo.core.db.migrate"


class SchemaOutdatedError(RuntimeError):
    """The database's schema is older than this code: run the migrations first."""


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(zivo.core.migrations.__file__).parent))
    # ConfigParser interpolation: a literal % in a password must be doubled.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


# Alembic's context is process-global: two threads migrating at once corrupt it (several apps in one
# test process). Across processes, env.py takes a PostgreSQL advisory lock.
_LOCK = threading.Lock()


def upgrade_to_head(url: str) -> None:
    with _LOCK:
        command.upgrade(alembic_config(url), "head")


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config("")).get_current_head()
    assert head is not None, "no migrations shipped"
    return head


def current_revision(url: str) -> str | None:
    engine = make_engine_for_url(url)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def check_schema(url: str) -> str:
    """Return the database's revision if this code can serve it, else raise :class:`SchemaOutdatedError`.

    A revision this code does not know was written by newer code (a rolling deploy): it is served, since
    migrations only add before a later release removes.
    """
    script = ScriptDirectory.from_config(alembic_config(url))
    head = head_revision()
    current = current_revision(url)
    if current == head:
        return current
    if current is None:
        raise SchemaOutdatedError(
            f"the database has no schema (this code needs {head}): run `{MIGRATE_COMMAND}`"
        )
    known = {revision.revision for revision in script.walk_revisions()}
    if current not in known:
        logger.warning("database schema is newer than this code", extra={"error": current})
        return current
    raise SchemaOutdatedError(
        f"the database schema is at revision {current}, older than this code's {head}: "
        f"run `{MIGRATE_COMMAND}`"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog=MIGRATE_COMMAND,
        description="Upgrade the database (DATABASE_URL, else the embedded SQLite in DATA_DIR) to head.",
    )
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if the schema is outdated")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    from zivo.core.settings import CoreSettings

    settings = CoreSettings()
    if settings.embedded:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    url = settings.resolved_database_url()
    if args.check:
        try:
            print(f"schema at {check_schema(url)}")
        except SchemaOutdatedError as exc:
            print(exc, file=sys.stderr)
            return 1
        return 0
    upgrade_to_head(url)
    print(f"schema at {current_revision(url)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
