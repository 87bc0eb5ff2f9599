from __future__ import annotations

import sqlite3

import psycopg
import pytest
import redis
from psycopg import errors
from sqlalchemy import exc as sa_exc

from zivo.ml.transient import is_transient


def wrapped(orig: Exception) -> sa_exc.DBAPIError:
    """How SQLAlchemy hands a driver error to the task: wrapped in its DBAPIError family."""
    driver_base = sqlite3.Error if isinstance(orig, sqlite3.Error) else psycopg.Error
    error = sa_exc.DBAPIError.instance("UPDATE lab_results ...", {}, orig, driver_base)
    assert isinstance(error, sa_exc.DBAPIError)
    return error


@pytest.mark.parametrize(
    "error",
    [
        wrapped(psycopg.OperationalError("connection failed: server closed the connection")),
        wrapped(errors.SerializationFailure("could not serialize access")),
        wrapped(errors.DeadlockDetected("deadlock detected")),
        wrapped(errors.AdminShutdown("terminating connection due to administrator command")),
        wrapped(errors.ConnectionFailure("connection failure")),
        wrapped(sqlite3.OperationalError("database is locked")),
        sa_exc.TimeoutError("QueuePool limit reached"),
        redis.ConnectionError("Connection refused"),
        redis.TimeoutError("Timeout reading from socket"),
    ],
)
def test_retried(error: Exception) -> None:
    assert is_transient(error)


@pytest.mark.parametrize(
    "error",
    [
        wrapped(errors.UniqueViolation("duplicate key value")),
        wrapped(errors.UndefinedTable('relation "lab_results" does not exist')),
        wrapped(errors.CheckViolation("violates check constraint")),
        wrapped(errors.InsufficientPrivilege("permission denied")),
        wrapped(sqlite3.OperationalError("no such table: lab_results")),
        ValueError("a bug"),
        KeyError("report_id"),
    ],
)
def test_not_retried(error: Exception) -> None:
    assert not is_transient(error)


def test_the_sqlalchemy_classes_map_as_expected() -> None:
    assert isinstance(wrapped(errors.UniqueViolation("x")), sa_exc.IntegrityError)
    assert isinstance(wrapped(errors.SerializationFailure("x")), sa_exc.OperationalError)
