from __future__ import annotations

from fastapi.testclient import TestClient

from zivo.api.testing.hostile_inputs import cases, refused


def test_control_characters_and_out_of_range_values_are_422_on_sqlite(
    client: TestClient, alice: dict[str, str]
) -> None:
    assert len(list(cases())) >= 70  # every text input, five characters; every bound
    assert refused(client, alice) == []
