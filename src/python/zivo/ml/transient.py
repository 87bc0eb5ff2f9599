"""Which failures are worth retrying: a lost connection, a serialization failure, a deadlock. Nothing else.

A constraint violation, a missing table or a bug fails the same way on every try, so it is logged once
(by Celery, with the traceback) and the task ends; retrying it would only repeat the log and the load.
"""

from __future__ import annotations

import sqlite3

import psycopg
import redis.exceptions
from sqlalchemy import exc as sa_exc

# SQLSTATE classes and codes a retry can fix (PostgreSQL appendix A): 08 connection exception,
# 40001 serialization_failure, 40P01 deadlock_detected, 57P01-57P03 the server shutting down or starting.
TRANSIENT_SQLSTATE_CLASSES = frozenset({"08"})
TRANSIENT_SQLSTATES = frozenset({"40001", "40P01", "57P01", "57P02", "57P03"})

_BROKER_ERRORS = (
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
    ConnectionError,
    TimeoutError,
)


def _transient_driver_error(orig: BaseException | None) -> bool:
    if isinstance(orig, psycopg.Error):
        sqlstate = orig.sqlstate
        if sqlstate is None:
            # psycopg raises OperationalError without a SQLSTATE when the connection itself failed.
            return isinstance(orig, psycopg.OperationalError)
        return sqlstate in TRANSIENT_SQLSTATES or sqlstate[:2] in TRANSIENT_SQLSTATE_CLASSES
    if isinstance(orig, sqlite3.OperationalError):
        return "locked" in str(orig) or "busy" in str(orig)
    return False


def is_transient(error: BaseException) -> bool:
    """True for failures that a later try can succeed past."""
    if isinstance(error, sa_exc.DBAPIError):
        return bool(error.connection_invalidated) or _transient_driver_error(error.orig)
    if isinstance(error, sa_exc.DisconnectionError | sa_exc.TimeoutError):
        # The pool could not hand out a connection in time, or one was found dead.
        return True
    if isinstance(error, psycopg.Error | sqlite3.Error):
        return _transient_driver_error(error)
    return isinstance(error, _BROKER_ERRORS)
