"""What one worker process builds once and reuses: the database session factory and the categorizer.

Both are built lazily on first use, i.e. in the forked child rather than the parent, so the model is
never loaded before fork and each process pays for it once.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session, sessionmaker

from zivo.core.db.engine import make_engine, make_sessionmaker
from zivo.core.lazy import Lazy
from zivo.ml.categorization.classifier import Categorizer
from zivo.ml.embeddings.cache import (
    CachedEmbedder,
    EmbeddingCache,
    LRUEmbeddingCache,
    RedisEmbeddingCache,
    cache_model_name,
)
from zivo.ml.embeddings.embedder import TransformersEmbedder
from zivo.ml.settings import DEFAULT_EMBEDDING_MODEL, WorkerSettings


def build_categorizer(settings: WorkerSettings) -> Categorizer:
    model = None if settings.embedding_model == DEFAULT_EMBEDDING_MODEL else settings.embedding_model
    embedder = TransformersEmbedder(
        model, batch_size=settings.embedding_batch_size, precision=settings.embedding_precision
    )
    cache: EmbeddingCache
    if settings.redis_url:
        # Shared by every worker process and machine: a name embedded once is never embedded again.
        cache = RedisEmbeddingCache.from_url(
            settings.redis_url,
            model_name=cache_model_name(settings.embedding_model, embedder.precision),
            dimension=embedder.dimension,
            ttl_seconds=settings.embedding_cache_ttl_seconds,
        )
    else:
        cache = LRUEmbeddingCache()
    threshold = settings.categorization_review_threshold
    if threshold is None:
        return Categorizer(CachedEmbedder(embedder, cache))
    return Categorizer(CachedEmbedder(embedder, cache), review_threshold=threshold)


class WorkerRuntime:
    def __init__(
        self,
        settings: WorkerSettings,
        *,
        categorizer_factory: Callable[[WorkerSettings], Categorizer] = build_categorizer,
        session_factory: sessionmaker[Session] | None = None,
    ) -> None:
        self.settings = settings
        self._sessions: Lazy[sessionmaker[Session]] = Lazy(
            (lambda: session_factory)
            if session_factory
            else (lambda: make_sessionmaker(make_engine(settings)))
        )
        self._categorizer = Lazy(lambda: categorizer_factory(settings))

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self._sessions.get()

    def warm_up(self) -> None:
        """Load the model and embed the references now, before this process takes a task: never inside a
        task's transaction, where the row locks it holds would wait for the model."""
        self.categorizer.warm_up()

    @property
    def categorizer(self) -> Categorizer:
        return self._categorizer.get()
