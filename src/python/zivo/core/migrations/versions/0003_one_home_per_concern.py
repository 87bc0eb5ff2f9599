"""Drop two tables that one home per concern made dead.

- ``category_summaries``: summaries are computed at read time (one GROUP BY on the (user_id, category)
  index), not kept by a worker task.
- ``chat_messages``: a thread's messages live in LangGraph's checkpointer (its own tables, created by
  its ``setup()`` on the first chat); ``chat_threads`` stays, recording whose thread is whose. Messages
  of threads from before this revision are not carried over.

And one index: ``GET /v1/lab-results`` pages a user's results newest first, on ``(user_id, collected_at)``.

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_table("category_summaries")
    op.drop_table("chat_messages")
    op.create_index("ix_lab_results_user_id_collected_at", "lab_results", ["user_id", "collected_at"])


def downgrade() -> None:
    op.drop_index("ix_lab_results_user_id_collected_at", table_name="lab_results")
    # Recreated empty: summaries were a cache of what GET /v1/lab-summary computes; messages stay in the
    # checkpointer's tables.
    op.create_table(
        "chat_messages",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("thread_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
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
        "category_summaries",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("result_count", sa.Integer(), nullable=False),
        sa.Column("latest_collected_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("out_of_range_count", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_category_summaries_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category_summaries")),
        sa.UniqueConstraint("user_id", "category", name=op.f("uq_category_summaries_user_id_category")),
    )
