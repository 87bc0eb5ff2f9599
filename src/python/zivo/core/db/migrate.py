"""Run the Alembic migrations programmatically: no alembic.ini, the scripts ship inside the package."""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config

import zivo.core.migrations


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
