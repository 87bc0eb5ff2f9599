from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from zivo.ml.embeddings.cache import (
    CachedEmbedder,
    LRUEmbeddingCache,
    RedisEmbeddingCache,
    cache_model_name,
)
from zivo.ml.embeddings.embedder import FloatMatrix, TransformersEmbedder


class CountingEmbedder:
    """The real tiny-BERT embedder, recording which texts reached the model."""

    def __init__(self, model_dir: Path) -> None:
        self.inner = TransformersEmbedder(model=model_dir)
        self.calls: list[list[str]] = []

    @property
    def model_name(self) -> str:
        return self.inner.model_name

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def embed(self, texts: Sequence[str]) -> FloatMatrix:
        self.calls.append(list(texts))
        return self.inner.embed(texts)


def _vector(*values: float) -> np.ndarray:
    return np.array(values, dtype=np.float32)


def test_lru_cache_evicts_least_recently_used() -> None:
    cache = LRUEmbeddingCache(max_entries=2)
    cache.set_many({"a": _vector(1), "b": _vector(2)})
    assert cache.get_many(["a"])[0] is not None  # "a" is now the most recent
    cache.set_many({"c": _vector(3)})

    found = cache.get_many(["a", "b", "c"])

    assert found[1] is None
    assert found[0] is not None
    assert found[2] is not None
    np.testing.assert_array_equal(found[2], _vector(3))
    assert len(cache) == 2


def test_lru_cache_rejects_zero_size() -> None:
    with pytest.raises(ValueError, match="max_entries"):
        LRUEmbeddingCache(max_entries=0)


def test_cached_embedder_embeds_each_distinct_text_once(tiny_bert_dir: Path) -> None:
    counting = CountingEmbedder(tiny_bert_dir)
    embedder = CachedEmbedder(counting, LRUEmbeddingCache())

    first = embedder.embed(["urea", "sodium", "urea"])
    second = embedder.embed(["sodium", "calcium", "urea"])

    assert counting.calls == [["urea", "sodium"], ["calcium"]]
    np.testing.assert_allclose(first[0], first[2])
    np.testing.assert_allclose(second[0], first[1])
    np.testing.assert_allclose(second[2], first[0])
    np.testing.assert_allclose(second, counting.inner.embed(["sodium", "calcium", "urea"]), atol=1e-6)
    assert embedder.model_name == tiny_bert_dir.name
    assert embedder.embed([]).shape == (0, 32)


def test_redis_cache_round_trips_float32_with_model_in_key_and_ttl(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    cache = RedisEmbeddingCache(client, model_name="tiny", dimension=3, prefix="test:emb", ttl_seconds=60)
    vector = _vector(0.25, -0.5, 1.0)

    cache.set_many({"serum iron": vector})
    found = cache.get_many(["serum iron", "unknown"])

    assert found[1] is None
    assert found[0] is not None
    assert found[0].dtype == np.float32
    np.testing.assert_array_equal(found[0], vector)
    assert cache.key("serum iron") == "test:emb:tiny:serum iron"
    assert client.get("test:emb:tiny:serum iron") == vector.tobytes()
    assert 0 < client.ttl("test:emb:tiny:serum iron") <= 60


def test_redis_cache_never_shares_vectors_across_precisions(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    client.delete("test:emb:prec:urea", "test:emb:prec@bfloat16:urea")
    full = RedisEmbeddingCache(
        client, model_name=cache_model_name("prec", "float32"), dimension=3, prefix="test:emb", ttl_seconds=60
    )
    half = RedisEmbeddingCache(
        client,
        model_name=cache_model_name("prec", "bfloat16"),
        dimension=3,
        prefix="test:emb",
        ttl_seconds=60,
    )

    full.set_many({"urea": _vector(1.0, 0.0, 0.0)})

    assert half.get_many(["urea"]) == [None]
    # float32 keeps the keys written before precisions existed.
    assert full.key("urea") == "test:emb:prec:urea"
    half.set_many({"urea": _vector(0.0, 1.0, 0.0)})
    np.testing.assert_array_equal(full.get_many(["urea"])[0], _vector(1.0, 0.0, 0.0))


def test_redis_cache_treats_vectors_of_another_size_as_misses(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    client.set("test:emb:tiny:ldh", _vector(1.0, 2.0).tobytes(), ex=60)
    cache = RedisEmbeddingCache(client, model_name="tiny", dimension=3, prefix="test:emb")

    assert cache.get_many(["ldh"]) == [None]


def test_redis_cache_unreachable_degrades_to_misses() -> None:
    # No retries: redis-py's default backoff would make this test wait seconds for the same answer.
    client = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2, retry=Retry(NoBackoff(), 0))
    cache = RedisEmbeddingCache(client, model_name="tiny", dimension=3)

    cache.set_many({"urea": _vector(1.0, 0.0, 0.0)})

    assert cache.get_many(["urea", "sodium"]) == [None, None]


def test_cached_embedder_over_redis_shares_vectors_between_instances(
    tiny_bert_dir: Path, redis_url: str
) -> None:
    first_model = CountingEmbedder(tiny_bert_dir)
    second_model = CountingEmbedder(tiny_bert_dir)
    first = CachedEmbedder(
        first_model,
        RedisEmbeddingCache.from_url(
            redis_url, model_name="t2", dimension=32, prefix="test:emb", ttl_seconds=60
        ),
    )
    second = CachedEmbedder(
        second_model,
        RedisEmbeddingCache.from_url(
            redis_url, model_name="t2", dimension=32, prefix="test:emb", ttl_seconds=60
        ),
    )

    expected = first.embed(["magnesium", "chloride"])
    actual = second.embed(["chloride", "magnesium"])

    assert second_model.calls == []
    np.testing.assert_allclose(actual, expected[::-1])
