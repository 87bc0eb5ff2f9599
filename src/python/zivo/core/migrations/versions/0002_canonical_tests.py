"""Lab results carry their canonical test, LOINC code and value in the canonical unit.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30

Existing results were categorized before the catalogue existed: they go back to `pending` (their old
category stays readable until then) so that the worker's sweep of stuck reports re-categorizes them and
fills the new columns. Downgrade drops the columns; statuses are not restored (a re-categorized result is
as good as the old one).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("lab_results") as batch:
        batch.add_column(sa.Column("test_id", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("loinc", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("value_canonical", sa.Float(), nullable=True))
        batch.add_column(sa.Column("unit_canonical", sa.String(length=50), nullable=True))
        batch.create_index(
            "ix_lab_results_user_id_test_id_collected_at", ["user_id", "test_id", "collected_at"]
        )
    op.execute(
        sa.text("UPDATE lab_results SET status = 'pending' WHERE status IN ('categorized', 'needs_review')")
    )


def downgrade() -> None:
    with op.batch_alter_table("lab_results") as batch:
        batch.drop_index("ix_lab_results_user_id_test_id_collected_at")
        batch.drop_column("unit_canonical")
        batch.drop_column("value_canonical")
        batch.drop_column("loinc")
        batch.drop_column("test_id")
