"""The same hostile inputs as the SQLite unit test, on PostgreSQL: 422, never a DataError 500.

Runs in a database of its own (``<test database>_hostile``), so it never races the other integration
files that pants runs at the same time.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy.engine import make_url

from zivo.api.app import create_app
from zivo.api.settings import ApiSettings
from zivo.api.testing.accounts import register_and_login
from zivo.api.testing.fake_tasks import InMemoryTaskSender
from zivo.api.testing.hostile_inputs import refused
from zivo.core.db.engine import recreate_database
from zivo.core.db.migrate import upgrade_to_head

DATABASE_URL = os.environ.get("ZIVO_TEST_DATABASE_URL")


@pytest.mark.skipif(not DATABASE_URL, reason="ZIVO_TEST_DATABASE_URL not set")
def test_control_characters_and_out_of_range_values_are_422_on_postgres(tmp_path: Path) -> None:
    assert DATABASE_URL
    own = recreate_database(DATABASE_URL, f"{make_url(DATABASE_URL).database}_hostile")
    upgrade_to_head(own)  # on a server database the API only checks the schema; deploys migrate it
    # A model is configured (chat must reach validation) but never called: every case is refused first.
    settings = ApiSettings.for_tests(
        tmp_path,
        database_url=own,
        openai_api_key=SecretStr("test-key"),
        openai_base_url="http://127.0.0.1:9/v1",
    )
    with TestClient(create_app(settings, task_sender=InMemoryTaskSender())) as client:
        alice = register_and_login(client, "alice@example.com")
        assert refused(client, alice) == []
