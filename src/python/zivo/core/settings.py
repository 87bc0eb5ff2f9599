"""What both deployables read from the environment (prefix-free names such as ``DATABASE_URL``).

Each deployable extends :class:`CoreSettings` with its own fields (``zivo.api.settings.ApiSettings``,
``zivo.ml.settings.WorkerSettings``), so the API never reads embedding settings and the worker never
reads upload limits. Nothing is read at import: each side has a cached ``get_settings()``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, Self

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["production", "development"]


class CoreSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # "development" must be asked for (ENVIRONMENT=development): it relaxes what production refuses,
    # such as starting without SECRET_KEY. Images and the seed deployment never set it.
    environment: Environment = "production"
    data_dir: Path = Field(default=Path(".zivo"), description="Local state for the embedded default.")

    # Storage: PostgreSQL (postgresql+psycopg://...) when set, else SQLite under data_dir.
    database_url: str | None = None
    # Connections per process: pool_size kept open, up to max_overflow more under load; a request that
    # finds none free within pool_timeout_seconds is refused (503), never queued for long.
    db_pool_size: int = Field(default=10, ge=1)
    db_max_overflow: int = Field(default=5, ge=0)
    db_pool_timeout_seconds: float = Field(default=5.0, gt=0)
    # Broker: Redis when set, else kombu's filesystem transport under data_dir.
    redis_url: str | None = None

    @classmethod
    def for_tests(cls, data_dir: Path, **overrides: Any) -> Self:
        """Settings for a test: no ``.env`` file, the embedded default in ``data_dir``, the deployable's
        test defaults, and whatever the test overrides (``database_url=...``, ``redis_url=...``)."""
        values: dict[str, Any] = {**cls.test_defaults(), "data_dir": data_dir, **overrides}
        return cls(_env_file=None, **values)

    @classmethod
    def test_defaults(cls) -> dict[str, Any]:
        """Field values every test wants; deployables add theirs (a test signing key, a fake LLM)."""
        return {"database_url": None, "redis_url": None}

    @property
    def embedded(self) -> bool:
        """Whether this is the zero-server default: SQLite and the filesystem broker in data_dir."""
        return not self.database_url

    # Reliability: every wait on the broker or the database is bounded, and lost work comes back in seconds.
    broker_socket_timeout_seconds: float = 2.0
    # A message a worker took and never acknowledged (the worker was killed) is redelivered after this.
    broker_visibility_timeout_seconds: float = 30.0
    database_connect_timeout_seconds: int = 3
    # How often the outbox relay looks for intents not yet sent to the broker.
    outbox_relay_interval_seconds: float = 0.5
    # How often (fleet-wide) a worker looks for reports pending this long whose message is in neither the
    # outbox nor the broker (a worker killed just after taking it), and sends them again; 0 turns it off.
    lost_message_check_seconds: float = Field(default=5.0, ge=0)
    lost_message_after_seconds: float = Field(default=10.0, ge=0)
    # How long a worker process may take to load the model and embed the references before it is replaced.
    worker_ready_timeout_seconds: float = 300.0

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
