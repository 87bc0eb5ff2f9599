"""Results with a unit go back to the worker, which converts their values with the new unit reading.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

`units.toml` reads units in any case and in more spellings: a value in `Mmol/L` was converted as
megamoles and one in `10 3/uL` as 30 per µL, and `gm%`, `G/L` or `mU/L` did not convert at all. Each
result with a unit goes back to `pending` (its category stays readable meanwhile), so that the worker's
sweep re-categorizes it and writes `value_canonical` again. Downgrade changes nothing: a re-converted value
is as good as the old one or better.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        sa.text(
            "UPDATE lab_results SET status = 'pending' "
            "WHERE unit IS NOT NULL AND status IN ('categorized', 'needs_review')"
        )
    )


def downgrade() -> None:
    pass
