"""The relational model: users, their lab reports and results, chat threads.

Typed SQLAlchemy 2.0 mappings that run on PostgreSQL (psycopg 3) and SQLite. Ids are UUIDs generated
in Python so a row's id is known before flush; timestamps are UTC (see :class:`UTCDateTime`).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Final

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zivo.core.db.base import Base, UTCDateTime
from zivo.core.utc import utcnow

REPORT_SOURCES: Final = ("json", "csv", "text", "pdf")
RESULT_STATUSES: Final = ("pending", "categorized", "needs_review")
FLAGS: Final = ("H", "L", "N")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class User(Base):
    __tablename__ = "users"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class LabReport(Base):
    __tablename__ = "lab_reports"
    __table_args__ = (CheckConstraint(_in("source", REPORT_SOURCES), name="source"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    collected_at: Mapped[datetime] = mapped_column(UTCDateTime())
    lab_name: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    results: Mapped[list[LabResult]] = relationship(
        back_populates="report",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="LabResult.position",
    )


class LabResult(Base):
    __tablename__ = "lab_results"
    __table_args__ = (
        CheckConstraint(_in("status", RESULT_STATUSES), name="status"),
        CheckConstraint(f"flag IS NULL OR {_in('flag', FLAGS)}", name="flag"),
        # Trends and listings read one user's results by name or category, newest first.
        Index(
            "ix_lab_results_user_id_normalized_name_collected_at",
            "user_id",
            "normalized_name",
            "collected_at",
        ),
        Index("ix_lab_results_user_id_category", "user_id", "category"),
        # Trends read one user's results of one canonical test over time.
        Index("ix_lab_results_user_id_test_id_collected_at", "user_id", "test_id", "collected_at"),
        # GET /v1/lab-results pages one user's results newest first.
        Index("ix_lab_results_user_id_collected_at", "user_id", "collected_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lab_reports.id", ondelete="CASCADE"), index=True)
    # Denormalized from the report so per-user queries need no join.
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    normalized_name: Mapped[str] = mapped_column(String(200), index=True)
    value_numeric: Mapped[float | None] = mapped_column(Float)
    value_text: Mapped[str | None] = mapped_column(String(200))
    # A censored value ("<0.5", ">90") is value_numeric with its comparator (<, <=, >, >=); None otherwise.
    value_comparator: Mapped[str | None] = mapped_column(String(2))
    unit: Mapped[str | None] = mapped_column(String(50))
    reference_range: Mapped[str | None] = mapped_column(String(200))
    ref_low: Mapped[float | None] = mapped_column(Float)
    ref_high: Mapped[float | None] = mapped_column(Float)
    flag: Mapped[str | None] = mapped_column(String(1))
    category: Mapped[str | None] = mapped_column(String(32))
    confidence: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    # The canonical test (zivo.core.lab_tests catalogue id) and its LOINC code, set by the worker next to
    # the category; None while pending, under review, or when the name matched no test with confidence.
    test_id: Mapped[str | None] = mapped_column(String(64))
    loinc: Mapped[str | None] = mapped_column(String(16))
    # value_numeric converted to the test's canonical unit, when the conversion is defined; the original
    # value and unit stay as reported.
    value_canonical: Mapped[float | None] = mapped_column(Float)
    unit_canonical: Mapped[str | None] = mapped_column(String(50))
    # Copied from the report so trend queries need no join.
    collected_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    report: Mapped[LabReport] = relationship(back_populates="results")


class OutboxMessage(Base):
    """A task to send, written in the same transaction as the rows it is about (a transactional outbox).

    The relay in every worker sends it and deletes the row; until then it survives a dead broker, a
    crashed API and a restart of anything, so a committed report is never left without its task.
    """

    __tablename__ = "outbox"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    task: Mapped[str] = mapped_column(String(100))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class IdempotencyKey(Base):
    """An ``Idempotency-Key`` a user sent with a report, stored in the report's own transaction.

    A retry with the same key and the same request finds this row and gets the first response back; the
    unique constraint makes two concurrent first tries store one report, not two.
    """

    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(255))
    # SHA-256 of the request (method, path, body): the same key with another request is refused.
    fingerprint: Mapped[str] = mapped_column(String(64))
    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lab_reports.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class ChatThread(Base):
    """A conversation with the assistant; it belongs to one user. Its messages are LangGraph's
    checkpoints, keyed by this id (see ``zivo.api.agents.assistant.checkpoints``)."""

    __tablename__ = "chat_threads"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
