"""Initial schema: users, lab reports and results, category summaries, chat threads and messages.

Revision ID: 0001
Revises:
Create Date: 2026-01-05

Written from autogenerate's draft and checked by hand; ``migrate_test.py`` asserts that the models and
this migration agree. Timestamps are ``DateTime(timezone=True)``, the impl of the models' UTCDateTime.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timestamp(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        _timestamp("created_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
    )
    op.create_table(
        "category_summaries",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("result_count", sa.Integer(), nullable=False),
        _timestamp("latest_collected_at", nullable=True),
        sa.Column("out_of_range_count", sa.Integer(), nullable=False),
        _timestamp("updated_at"),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_category_summaries_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category_summaries")),
        sa.UniqueConstraint("user_id", "category", name=op.f("uq_category_summaries_user_id_category")),
    )
    op.create_table(
        "chat_threads",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_chat_threads_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_threads")),
    )
    op.create_index(op.f("ix_chat_threads_user_id"), "chat_threads", ["user_id"])
    op.create_table(
        "lab_reports",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        _timestamp("collected_at"),
        sa.Column("lab_name", sa.String(length=200), nullable=True),
        sa.Column("source", sa.String(length=8), nullable=False),
        _timestamp("created_at"),
        sa.CheckConstraint("source IN ('json', 'csv', 'text', 'pdf')", name=op.f("ck_lab_reports_source")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_lab_reports_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lab_reports")),
    )
    op.create_index(op.f("ix_lab_reports_user_id"), "lab_reports", ["user_id"])
    op.create_table(
        "chat_messages",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("thread_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        _timestamp("created_at"),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["chat_threads.id"],
            name=op.f("fk_chat_messages_thread_id_chat_threads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_messages")),
        sa.UniqueConstraint("thread_id", "position", name=op.f("uq_chat_messages_thread_id_position")),
    )
    op.create_table(
        "lab_results",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("normalized_name", sa.String(length=200), nullable=False),
        sa.Column("value_numeric", sa.Float(), nullable=True),
        sa.Column("value_text", sa.String(length=200), nullable=True),
        sa.Column("unit", sa.String(length=50), nullable=True),
        sa.Column("reference_range", sa.String(length=200), nullable=True),
        sa.Column("ref_low", sa.Float(), nullable=True),
        sa.Column("ref_high", sa.Float(), nullable=True),
        sa.Column("flag", sa.String(length=1), nullable=True),
        sa.Column("category", sa.String(length=32), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        _timestamp("collected_at"),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        sa.CheckConstraint("flag IS NULL OR flag IN ('H', 'L', 'N')", name=op.f("ck_lab_results_flag")),
        sa.CheckConstraint(
            "status IN ('pending', 'categorized', 'needs_review')", name=op.f("ck_lab_results_status")
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["lab_reports.id"],
            name=op.f("fk_lab_results_report_id_lab_reports"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_lab_results_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lab_results")),
    )
    op.create_index(op.f("ix_lab_results_normalized_name"), "lab_results", ["normalized_name"])
    op.create_index(op.f("ix_lab_results_report_id"), "lab_results", ["report_id"])
    op.create_index(op.f("ix_lab_results_status"), "lab_results", ["status"])
    op.create_index(op.f("ix_lab_results_user_id"), "lab_results", ["user_id"])
    op.create_index("ix_lab_results_user_id_category", "lab_results", ["user_id", "category"])
    op.create_index(
        "ix_lab_results_user_id_normalized_name_collected_at",
        "lab_results",
        ["user_id", "normalized_name", "collected_at"],
    )


def downgrade() -> None:
    # Dropping a table drops its indexes on both backends.
    for table in (
        "lab_results",
        "chat_messages",
        "lab_reports",
        "chat_threads",
        "category_summaries",
        "users",
    ):
        op.drop_table(table)
