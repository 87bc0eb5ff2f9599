"""Embedding caches: the same lab-test names come back on every report, so each is embedded once.

The key is the exact text that is embedded. The categorizer embeds normalized names, so in practice the
cache is keyed on the normalized name, and "S. Creatinine" and "Serum creatinine" share one entry.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

import numpy as np
import numpy.typing as npt
from cachetools import LRUCache

from zivo.ml.embeddings.embedder import Embedder, FloatMatrix

if TYPE_CHECKING:
    import redis

logger = logging.getLogger(__name__)

FloatVector = npt.NDArray[np.float32]


class EmbeddingCache(Protocol):
    def get_many(self, keys: Sequence[str]) -> list[FloatVector | None]: ...

    def set_many(self, items: Mapping[str, FloatVector]) -> None: ...


class LRUEmbeddingCache:
    """In-process cache holding the most recently used `max_entries` vectors (a cachetools LRUCache)."""

    def __init__(self, max_entries: int = 100_000) -> None:
        if max_entries < 1:
            raise ValueError(f"max_entries must be >= 1, got {max_entries}")
        self._entries: LRUCache[str, FloatVector] = LRUCache(maxsize=max_entries)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def get_many(self, keys: Sequence[str]) -> list[FloatVector | None]:
        with self._lock:
            return [self._entries.get(key) for key in keys]

    def set_many(self, items: Mapping[str, FloatVector]) -> None:
        with self._lock:
            self._entries.update(items)


def cache_model_name(model_name: str, precision: str) -> str:
    """The model part of a shared cache's keys: the model's name, and the precision its matrix products ran
    in unless float32 (keys written before precisions existed stay valid). float32 and bfloat16 vectors of
    one model differ by cosine ~3e-5, enough to move a few names, so a fleet mixing both never shares them."""
    return model_name if precision == "float32" else f"{model_name}@{precision}"


class RedisEmbeddingCache:
    """Vectors shared by all worker processes, stored as raw float32 bytes with a TTL.

    The model name is part of the key so that switching models never serves another model's vectors.
    Redis being down degrades to cache misses (logged), never to failed categorizations.
    """

    def __init__(
        self,
        client: redis.Redis,
        *,
        model_name: str,
        dimension: int,
        prefix: str = "zivo:embedding",
        ttl_seconds: int = 30 * 24 * 3600,
    ) -> None:
        self._client = client
        self._namespace = f"{prefix}:{model_name}:"
        self._dimension = dimension
        self._ttl_seconds = ttl_seconds

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        model_name: str,
        dimension: int,
        prefix: str = "zivo:embedding",
        ttl_seconds: int = 30 * 24 * 3600,
    ) -> RedisEmbeddingCache:
        import redis

        client = redis.Redis.from_url(url)
        return cls(client, model_name=model_name, dimension=dimension, prefix=prefix, ttl_seconds=ttl_seconds)

    def key(self, text: str) -> str:
        return self._namespace + text

    def get_many(self, keys: Sequence[str]) -> list[FloatVector | None]:
        if not keys:
            return []
        import redis

        try:
            raw_values = self._client.mget([self.key(key) for key in keys])
        except redis.RedisError as error:
            logger.warning("embedding cache read failed, embedding without it: %s", error)
            return [None] * len(keys)
        return [self._decode(raw) for raw in raw_values]

    def set_many(self, items: Mapping[str, FloatVector]) -> None:
        if not items:
            return
        import redis

        pipeline = self._client.pipeline(transaction=False)
        for key, vector in items.items():
            pipeline.set(self.key(key), np.asarray(vector, dtype=np.float32).tobytes(), ex=self._ttl_seconds)
        try:
            pipeline.execute()
        except redis.RedisError as error:
            logger.warning("embedding cache write failed: %s", error)

    def _decode(self, raw: object) -> FloatVector | None:
        if not isinstance(raw, bytes):
            return None
        vector = np.frombuffer(raw, dtype=np.float32)
        # A vector of another size was written by another model under a reused name: treat as a miss.
        return vector.copy() if vector.shape == (self._dimension,) else None


class CachedEmbedder:
    """An `Embedder` that asks the model only for texts the cache does not have, each once per call."""

    def __init__(self, embedder: Embedder, cache: EmbeddingCache) -> None:
        self._embedder = embedder
        self._cache = cache

    @property
    def model_name(self) -> str:
        return self._embedder.model_name

    @property
    def dimension(self) -> int:
        return self._embedder.dimension

    def embed(self, texts: Sequence[str]) -> FloatMatrix:
        unique = list(dict.fromkeys(texts))
        vectors: dict[str, FloatVector] = {}
        misses: list[str] = []
        for text, vector in zip(unique, self._cache.get_many(unique), strict=True):
            if vector is None:
                misses.append(text)
            else:
                vectors[text] = vector
        if misses:
            fresh = self._embedder.embed(misses)
            computed = {text: fresh[row].copy() for row, text in enumerate(misses)}
            self._cache.set_many(computed)
            vectors.update(computed)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([vectors[text] for text in texts]).astype(np.float32, copy=False)
