"""Alembic migrations for :mod:`zivo.core.db`; run them with :func:`zivo.core.db.migrate.upgrade_to_head`."""
