from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, select, text

from zivo.core.db.base import Base
from zivo.core.db.engine import make_engine_for_url, make_sessionmaker
from zivo.core.db.migrate import alembic_config, upgrade_to_head
from zivo.core.db.models import LabReport, LabResult, User


def _url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'nested' / 'zivo.sqlite3'}"


def test_upgrade_creates_every_table(tmp_path: Path) -> None:
    upgrade_to_head(_url(tmp_path))
    engine = make_engine_for_url(_url(tmp_path))
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    upgrade_to_head(_url(tmp_path))
    engine = make_engine_for_url(_url(tmp_path))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diffs = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diffs == []


def test_upgrade_is_idempotent_and_downgrade_works(tmp_path: Path) -> None:
    url = _url(tmp_path)
    upgrade_to_head(url)
    upgrade_to_head(url)
    command.downgrade(alembic_config(url), "base")
    engine = make_engine_for_url(url)
    try:
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    finally:
        engine.dispose()


def test_deleting_a_report_cascades_to_results(tmp_path: Path) -> None:
    url = _url(tmp_path)
    upgrade_to_head(url)
    engine = make_engine_for_url(url)
    sessions = make_sessionmaker(engine)
    try:
        with sessions() as session:
            user = User(email="a@example.com", password_hash="x")
            session.add(user)
            session.flush()
            report = LabReport(user_id=user.id, collected_at=datetime(2024, 1, 5, tzinfo=UTC), source="json")
            report.results.append(
                LabResult(
                    user_id=user.id,
                    name="Glucose",
                    normalized_name="glucose",
                    value_numeric=90.0,
                    collected_at=report.collected_at,
                )
            )
            session.add(report)
            session.commit()
            report_id: uuid.UUID = report.id
        with sessions() as session:
            loaded = session.get(LabReport, report_id)
            assert loaded is not None
            assert loaded.collected_at.tzinfo is not None
            assert loaded.results[0].status == "pending"
            session.delete(loaded)
            session.commit()
            assert session.scalars(select(LabResult)).all() == []
    finally:
        engine.dispose()


def _report_with_results(
    connection: Connection, results: Sequence[tuple[str, str | None]], values: Sequence[str | None] = ()
) -> None:
    """A user's report of FBS results, one per (status, unit), written with SQL as an older schema holds
    them; `values`, when given, their texts."""
    user_id, report_id = uuid.uuid4().hex, uuid.uuid4().hex
    now = datetime(2024, 1, 5, tzinfo=UTC)
    connection.execute(
        text("INSERT INTO users (id, email, password_hash, created_at) VALUES (:id, 'a@b.c', 'x', :t)"),
        {"id": user_id, "t": now},
    )
    connection.execute(
        text(
            "INSERT INTO lab_reports (id, user_id, collected_at, source, created_at) "
            "VALUES (:id, :user, :t, 'json', :t)"
        ),
        {"id": report_id, "user": user_id, "t": now},
    )
    for position, (status, unit) in enumerate(results):
        connection.execute(
            text(
                "INSERT INTO lab_results (id, report_id, user_id, position, name, normalized_name, "
                "category, status, unit, value_text, collected_at, created_at, updated_at) "
                "VALUES (:id, :report, :user, :position, 'FBS', 'fbs', 'glucose', :status, :unit, :value, "
                ":t, :t, :t)"
            ),
            {
                "id": uuid.uuid4().hex,
                "report": report_id,
                "user": user_id,
                "position": position,
                "status": status,
                "unit": unit,
                "value": values[position] if values else None,
                "t": now,
            },
        )


def _rows_after_migration(
    tmp_path: Path,
    before: str,
    after: str,
    results: Sequence[tuple[str, str | None]],
    query: str,
    values: Sequence[str | None] = (),
) -> list[tuple[Any, ...]]:
    """`query`'s rows once a database at revision `before`, holding `results`, is upgraded to `after`."""
    url = _url(tmp_path)
    config = alembic_config(url)
    command.upgrade(config, before)
    engine = make_engine_for_url(url)
    try:
        with engine.begin() as connection:
            _report_with_results(connection, results, values)
        command.upgrade(config, after)
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(query))]
    finally:
        engine.dispose()


def test_0002_sends_existing_results_back_to_the_worker(tmp_path: Path) -> None:
    results = [("categorized", None), ("needs_review", None), ("pending", None)]
    rows = _rows_after_migration(
        tmp_path, "0001", "0002", results, "SELECT status, category, test_id FROM lab_results"
    )
    # Every result is pending again (the worker's sweep fills test_id); the old category stays readable.
    assert sorted(rows) == [("pending", "glucose", None)] * 3


def test_0005_sends_results_with_a_unit_back_to_the_worker(tmp_path: Path) -> None:
    results = [("categorized", "Mmol/L"), ("needs_review", "gm%"), ("categorized", None)]
    statuses = _rows_after_migration(
        tmp_path, "0004", "0005", results, "SELECT unit, status FROM lab_results ORDER BY position"
    )
    # A value without a unit has nothing to re-convert: it keeps its status.
    assert statuses == [("Mmol/L", "pending"), ("gm%", "pending"), (None, "categorized")]


def test_0006_reads_censored_values_as_numbers_with_a_comparator(tmp_path: Path) -> None:
    results = [
        ("categorized", "mg/L"),
        ("categorized", None),
        ("needs_review", "mg/L"),
        ("categorized", "mg/L"),
    ]
    values = ["<5", "≥ 1,5", "Negative", "<1,000"]
    rows = _rows_after_migration(
        tmp_path,
        "0005",
        "0006",
        results,
        "SELECT value_numeric, value_comparator, value_text, status FROM lab_results ORDER BY position",
        values,
    )
    assert rows == [
        (5.0, "<", None, "pending"),  # with a unit: back to the worker, which converts it
        (1.5, ">=", None, "categorized"),  # a decimal comma; nothing to convert
        (None, None, "Negative", "needs_review"),  # a text stays text
        (None, None, "<1,000", "categorized"),  # grouped thousands: left to new reports' reading
    ]


def test_0006_downgrade_writes_censored_values_back_as_text(tmp_path: Path) -> None:
    url = _url(tmp_path)
    config = alembic_config(url)
    command.upgrade(config, "0005")
    engine = make_engine_for_url(url)
    try:
        with engine.begin() as connection:
            _report_with_results(connection, [("categorized", None)], ["> 90"])
        command.upgrade(config, "0006")
        command.downgrade(config, "0005")
        with engine.connect() as connection:
            rows = [
                tuple(row)
                for row in connection.execute(text("SELECT value_numeric, value_text FROM lab_results"))
            ]
        assert rows == [(None, ">90")]
    finally:
        engine.dispose()
