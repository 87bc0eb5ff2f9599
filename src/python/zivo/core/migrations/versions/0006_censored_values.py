"""Censored values ("<0.5", "> 90") become numbers with a comparator.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

A value below or above what the lab's method reads was stored as text, so it had no flag, no converted
value and no place in its test's trend. `lab_results.value_comparator` (<, <=, >, >=, as FHIR's
Quantity.comparator) holds its side; `value_numeric` its number. Existing rows whose text is one
comparator and one number move over, and those with a unit go back to `pending` so that the worker
writes their converted value. Their flag stays as it was (none): flags are the API's, computed when a
report comes in. Downgrade writes them back as text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As written at this revision: one comparator, then a plain number or one with a decimal comma of one or
# two digits ("< 0,5"). Three digits after a comma may group thousands ("<1,000"): those stay text here,
# where the unit that settles them (zivo.core.lab_values) is not read; new reports are read in full.
_CENSORED = re.compile(r"^\s*(<=|>=|≤|≥|<|>)\s*([-+]?(?:\d+(?:\.\d+)?|\d+,\d{1,2}))\s*$")
_COMPARATORS = {"≤": "<=", "≥": ">="}


def upgrade() -> None:
    op.add_column("lab_results", sa.Column("value_comparator", sa.String(length=2), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT id, value_text, unit, status FROM lab_results "
            "WHERE value_numeric IS NULL AND value_text IS NOT NULL"
        )
    ).all()
    for row_id, text, unit, status in rows:
        if not isinstance(text, str) or not (match := _CENSORED.match(text)):
            continue
        comparator = _COMPARATORS.get(match.group(1), match.group(1))
        connection.execute(
            sa.text(
                "UPDATE lab_results SET value_numeric = :number, value_comparator = :comparator, "
                "value_text = NULL, status = :status WHERE id = :id"
            ),
            {
                "number": float(match.group(2).replace(",", ".")),
                "comparator": comparator,
                "status": "pending" if unit is not None and status != "pending" else status,
                "id": row_id,
            },
        )


def downgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT id, value_numeric, value_comparator FROM lab_results WHERE value_comparator IS NOT NULL"
        )
    ).all()
    for row_id, number, comparator in rows:
        connection.execute(
            sa.text("UPDATE lab_results SET value_text = :text, value_numeric = NULL WHERE id = :id"),
            {"text": f"{comparator}{number:g}", "id": row_id},
        )
    with op.batch_alter_table("lab_results") as batch:
        batch.drop_column("value_comparator")
