"""The API's settings: the shared core plus auth, the language model and upload limits.

Outside ``ENVIRONMENT=development`` the API refuses to start without a ``SECRET_KEY`` of 32 bytes or more:
a known default key would let anyone forge tokens. Nothing is read at import: call :func:`get_settings`.
"""

from __future__ import annotations

import logging
import secrets
from functools import lru_cache
from typing import Any

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator

from zivo.core.settings import CoreSettings

logger = logging.getLogger(__name__)

MIN_SECRET_KEY_BYTES = 32
# What deploy files and examples put where a real key belongs: treated as no key at all.
PLACEHOLDER_KEYS = frozenset({"", "unset", "changeme", "change-me", "sk-...", "your-api-key", "none", "null"})


class ConfigurationError(ValueError):
    """A setting makes the process unsafe or unable to run; the message names the variable to set."""


def _is_placeholder(value: str) -> bool:
    return value.strip().lower() in PLACEHOLDER_KEYS


class ApiSettings(CoreSettings):
    # Signs access tokens: 32+ random bytes (e.g. `openssl rand -hex 32`). Required outside development;
    # in development a random key is drawn per process when unset (tokens die with the process).
    secret_key: SecretStr | None = None
    access_token_minutes: int = Field(default=60, ge=1)
    # Sign-in throttling (``limits`` notation): every attempt per client address, failures per account.
    login_attempts_per_client: str = "30/minute"
    login_failures_per_account: str = "10/15 minutes"
    # Passwords hashed at once (argon2id takes 64 MiB each); others wait up to password_hash_wait_seconds.
    password_hash_concurrency: int = Field(default=2, ge=1)
    password_hash_wait_seconds: float = Field(default=10.0, gt=0)

    # OpenAI-compatible endpoint for extraction and the assistant. Without a real key (unset, empty or a
    # placeholder) chat and text/PDF upload answer 503 and nothing is ever sent to the public endpoint.
    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = None
    openai_model: str = "gpt-4o-mini"
    openai_timeout_seconds: float = Field(default=30.0, gt=0)
    # One assistant turn (every model call and tool in it) and one text/PDF upload, end to end.
    chat_deadline_seconds: float = Field(default=60.0, gt=0)
    upload_deadline_seconds: float = Field(default=60.0, gt=0)
    # Model calls per assistant turn (LangGraph's recursion limit is derived from it).
    chat_max_model_calls: int = Field(default=4, ge=1, le=20)

    # Upload limits, each checked as soon as it can be, stopping at the first one reached (rows per report:
    # MAX_RESULTS_PER_REPORT in zivo.core.schemas.lab_reports).
    max_upload_bytes: int = Field(default=5 * 1024 * 1024, ge=1)
    # Any other request body (JSON, forms); refused on Content-Length or as soon as the stream passes it.
    max_request_bytes: int = Field(default=1024 * 1024, ge=1)
    max_pdf_pages: int = Field(default=50, ge=1)
    max_text_chars: int = Field(default=40_000, ge=1)
    parse_timeout_seconds: float = Field(default=10.0, gt=0)

    @field_validator("openai_base_url")
    @classmethod
    def _blank_is_unset(cls, value: str | None) -> str | None:
        # compose passes OPENAI_BASE_URL= when the variable is unset.
        return value.strip() or None if value else None

    @model_validator(mode="after")
    def _secret_key_is_strong(self) -> ApiSettings:
        key = self.secret_key.get_secret_value() if self.secret_key else ""
        if len(key.encode()) >= MIN_SECRET_KEY_BYTES:
            return self
        if self.environment == "development":
            if key:
                logger.warning("SECRET_KEY is short (accepted in development only)")
            else:
                self.secret_key = SecretStr(secrets.token_hex(32))
            return self
        problem = "is not set" if not key else f"is {len(key.encode())} bytes long"
        raise ConfigurationError(
            f"SECRET_KEY {problem}: set SECRET_KEY to {MIN_SECRET_KEY_BYTES} or more random bytes "
            "(e.g. `openssl rand -hex 32`), or ENVIRONMENT=development for a local throwaway key"
        )

    @property
    def signing_key(self) -> str:
        assert self.secret_key is not None  # the validator guarantees one
        return self.secret_key.get_secret_value()

    @property
    def llm_configured(self) -> bool:
        """A usable key, or an explicit endpoint (a local OpenAI-compatible server may need no key)."""
        key = self.openai_api_key.get_secret_value() if self.openai_api_key else ""
        if not _is_placeholder(key):
            return True
        return self.openai_base_url is not None

    @classmethod
    def test_defaults(cls) -> dict[str, Any]:
        return {
            **super().test_defaults(),
            "secret_key": SecretStr("unit-test-secret-key-long-enough-for-hs256"),
            "openai_api_key": None,
            "openai_base_url": None,
        }


@lru_cache(maxsize=1)
def get_settings() -> ApiSettings:
    return ApiSettings()


def describe_settings_error(exc: ValidationError) -> str:
    """What is wrong, by variable name, without echoing any value (a secret may be among them)."""
    return "; ".join(
        f"{'.'.join(str(part) for part in error['loc']).upper()}: {error['msg']}"
        if error["loc"]
        else error["msg"]
        for error in exc.errors(include_input=False, include_url=False)
    )
