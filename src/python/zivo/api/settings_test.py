from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import SecretStr, ValidationError

from zivo.api.settings import MIN_SECRET_KEY_BYTES, ApiSettings, describe_settings_error


def _settings(tmp_path: Path, **values: object) -> ApiSettings:
    return ApiSettings(_env_file=None, data_dir=tmp_path, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize("key", [None, "", "tooshort-Zq9", "dev-insecure-change-me-01234567"])
def test_outside_development_a_missing_or_short_key_is_refused_naming_the_variable(
    tmp_path: Path, key: str | None
) -> None:
    with pytest.raises(ValidationError, match="SECRET_KEY") as raised:
        _settings(tmp_path, secret_key=key)
    message = describe_settings_error(raised.value)  # what the server prints when it refuses
    assert "SECRET_KEY" in message
    assert not key or key not in message  # the key itself is never echoed


def test_production_is_the_default_and_a_strong_key_is_accepted(tmp_path: Path) -> None:
    settings = _settings(tmp_path, secret_key="k" * MIN_SECRET_KEY_BYTES)
    assert settings.environment == "production"
    assert settings.signing_key == "k" * MIN_SECRET_KEY_BYTES


def test_development_must_be_asked_for_and_then_draws_a_random_key(tmp_path: Path) -> None:
    first = _settings(tmp_path, environment="development")
    second = _settings(tmp_path, environment="development")
    assert len(first.signing_key) >= MIN_SECRET_KEY_BYTES
    assert first.signing_key != second.signing_key  # no known default anyone could sign with


@pytest.mark.parametrize("key", [None, "", "  ", "unset", "changeme", "sk-..."])
def test_a_placeholder_llm_key_means_no_llm(tmp_path: Path, key: str | None) -> None:
    settings = _settings(
        tmp_path, secret_key="k" * 32, openai_api_key=None if key is None else SecretStr(key)
    )
    assert not settings.llm_configured
    # compose passes OPENAI_BASE_URL= when unset: still no LLM, never the public endpoint.
    assert not _settings(tmp_path, secret_key="k" * 32, openai_base_url="").llm_configured


def test_a_real_key_or_an_explicit_endpoint_configures_the_llm(tmp_path: Path) -> None:
    assert _settings(tmp_path, secret_key="k" * 32, openai_api_key="sk-live-abc").llm_configured
    assert _settings(tmp_path, secret_key="k" * 32, openai_base_url="http://127.0.0.1:9/v1").llm_configured


def test_the_server_refuses_to_start_without_a_key(tmp_path: Path) -> None:
    # A fresh interpreter with a clean environment, as the image runs it.
    result = subprocess.run(
        [sys.executable, "-m", "zivo.api.server"],
        env={"PYTHONPATH": ":".join(sys.path), "DATA_DIR": str(tmp_path), "PORT": "1"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "SECRET_KEY" in result.stderr
    assert "refusing to start" in result.stderr
