from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from zivo.ml.categorization.evaluation import labelled_names
from zivo.ml.embeddings.embedder import (
    Embedder,
    ModelConfigError,
    SentenceConfig,
    TransformersEmbedder,
    default_model_path,
    l2_normalize,
    resolved_precision,
)

# Texts for the comparisons with sentence-transformers: short names, one long enough to be truncated,
# padding within a batch, an empty string and surrounding spaces.
TEXTS = [
    "Serum creatinine",
    "glucose",
    "  total cholesterol  ",
    "urine protein ratio test " * 20,
    "",
    "hdl ldl ratio",
    "TSH",
]


def test_plain_bert_checkpoint_embeds_normalized_float32_rows(tiny_bert_dir: Path) -> None:
    embedder = TransformersEmbedder(model=tiny_bert_dir, batch_size=2)
    vectors = embedder.embed(["Serum creatinine", "glucose", "Serum creatinine"])

    assert isinstance(embedder, Embedder)
    assert vectors.dtype == np.float32
    assert vectors.shape == (3, 32)
    assert embedder.dimension == 32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(vectors[0], vectors[2], atol=1e-6)
    assert not np.allclose(vectors[0], vectors[1])


def test_plain_bert_checkpoint_is_mean_pooled(tiny_bert_dir: Path) -> None:
    import torch
    from transformers import AutoModel, AutoTokenizer

    texts = ["total cholesterol", "urine protein ratio test"]
    tokenizer = AutoTokenizer.from_pretrained(tiny_bert_dir)
    model = AutoModel.from_pretrained(tiny_bert_dir).eval()
    batch = tokenizer(texts, padding=True, return_tensors="pt")
    with torch.no_grad():
        tokens = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    expected = l2_normalize(((tokens * mask).sum(1) / mask.sum(1)).numpy())

    actual = TransformersEmbedder(model=tiny_bert_dir, precision="float32").embed(texts)

    np.testing.assert_allclose(actual, expected, atol=1e-5)


def test_model_loads_lazily_and_once_across_threads(tiny_bert_dir: Path) -> None:
    embedder = TransformersEmbedder(model=str(tiny_bert_dir))
    assert not embedder.is_loaded
    assert embedder.model_name == tiny_bert_dir.name

    results: list[np.ndarray] = []
    models: list[object] = []

    def work() -> None:
        results.append(embedder.embed(["ferritin"]))
        models.append(embedder._loaded())

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert embedder.is_loaded
    assert len({id(model) for model in models}) == 1
    for result in results[1:]:
        np.testing.assert_allclose(result, results[0], atol=1e-6)


def test_empty_input_gives_empty_matrix(tiny_bert_dir: Path) -> None:
    vectors = TransformersEmbedder(model=tiny_bert_dir).embed([])
    assert vectors.shape == (0, 32)


def test_rejects_bad_batch_size() -> None:
    with pytest.raises(ValueError, match="batch_size"):
        TransformersEmbedder(batch_size=0)


def test_default_model_is_named_without_loading() -> None:
    embedder = TransformersEmbedder()
    assert embedder.model_name == "all-MiniLM-L6-v2"
    assert not embedder.is_loaded


def test_l2_normalize_keeps_zero_rows_finite() -> None:
    rows = l2_normalize(np.array([[3.0, 4.0], [0.0, 0.0]]))
    np.testing.assert_allclose(rows, [[0.6, 0.8], [0.0, 0.0]])


def _sentence_transformers_vectors(directory: Path, texts: list[str], max_seq_length: int = 64) -> np.ndarray:
    """What the worker computed before, with sentence-transformers itself (a test-only dependency)."""
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(directory), device="cpu", local_files_only=True)
    model.max_seq_length = min(max_seq_length, model.max_seq_length or max_seq_length)
    model.eval()
    vectors = model.encode(texts, batch_size=3, convert_to_numpy=True, normalize_embeddings=True)
    return np.asarray(vectors, dtype=np.float32)


def _assert_same_embeddings(actual: np.ndarray, expected: np.ndarray) -> None:
    assert actual.shape == expected.shape
    cosines = np.sum(actual * expected, axis=1)  # both sides are unit rows
    assert cosines.min() >= 0.99999, cosines
    np.testing.assert_allclose(actual, expected, atol=2e-5, rtol=0)


def test_plain_checkpoint_matches_sentence_transformers(tiny_bert_dir: Path) -> None:
    expected = _sentence_transformers_vectors(tiny_bert_dir, TEXTS)
    actual = TransformersEmbedder(model=tiny_bert_dir, batch_size=3, precision="float32").embed(TEXTS)
    _assert_same_embeddings(actual, expected)


@pytest.mark.parametrize("modes", [("cls",), ("max",), ("mean_sqrt_len_tokens",), ("cls", "max", "mean")])
def test_sentence_transformers_directory_matches_sentence_transformers(
    tiny_bert_dir: Path, tmp_path: Path, modes: tuple[str, ...]
) -> None:
    """A directory saved by sentence-transformers 6 itself (its module type names, its pooling key),
    with a length limit below ours (release 6 keeps it in the tokenizer's config)."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer

    transformer = Transformer(str(tiny_bert_dir), max_seq_length=12)
    pooling = Pooling(transformer.get_embedding_dimension(), pooling_mode=modes)
    SentenceTransformer(modules=[transformer, pooling, Normalize()], device="cpu").save(str(tmp_path))

    embedder = TransformersEmbedder(model=tmp_path, batch_size=3, precision="float32")
    actual = embedder.embed(TEXTS)

    assert SentenceConfig.read(tmp_path) == SentenceConfig(pooling=modes, normalize=True)
    assert embedder.max_length == 12
    assert embedder.dimension == 32 * len(modes)
    _assert_same_embeddings(actual, _sentence_transformers_vectors(tmp_path, TEXTS))


@pytest.mark.slow()
def test_packaged_minilm_matches_sentence_transformers() -> None:
    names, _ = labelled_names("us-hospital-dev.csv")
    texts = names[:300]
    expected = _sentence_transformers_vectors(default_model_path(), texts)
    embedder = TransformersEmbedder(precision="float32")
    actual = embedder.embed(texts)

    assert embedder.max_length == 64  # ours: the MiniLM's own limit is 256
    _assert_same_embeddings(actual, expected)


@pytest.mark.slow()
def test_packaged_minilm_in_bfloat16_stays_near_float32() -> None:
    """bfloat16 matrix products move the MiniLM's vectors of lab-test names by less than the categorizer's
    scores can tell apart (measured: cosine >= 0.99997; every labelled file answered as in float32 but for
    three held-out names)."""
    names, _ = labelled_names("us-hospital-dev.csv")
    texts = names[:300]
    expected = TransformersEmbedder(precision="float32").embed(texts)
    embedder = TransformersEmbedder(precision="bfloat16")
    actual = embedder.embed(texts)

    assert embedder.precision == "bfloat16"
    assert actual.dtype == np.float32
    assert np.sum(actual * expected, axis=1).min() >= 0.9999


def _write_modules(directory: Path, modules: list[dict[str, str]], pooling: dict[str, object]) -> Path:
    import json

    (directory / "modules.json").write_text(json.dumps(modules))
    (directory / "1_Pooling").mkdir()
    (directory / "1_Pooling" / "config.json").write_text(json.dumps(pooling))
    return directory


def test_reads_the_older_pooling_keys_and_the_transformer_config(tmp_path: Path) -> None:
    modules = [
        {"idx": "0", "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": "1", "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
    ]
    _write_modules(tmp_path, modules, {"pooling_mode_cls_token": True, "pooling_mode_max_tokens": True})
    (tmp_path / "sentence_bert_config.json").write_text('{"max_seq_length": 128, "do_lower_case": true}')

    config = SentenceConfig.read(tmp_path)

    assert config == SentenceConfig(pooling=("cls", "max"), max_seq_length=128, do_lower_case=True)


def test_plain_directory_means_mean_pooling(tmp_path: Path) -> None:
    assert SentenceConfig.read(tmp_path) == SentenceConfig(pooling=("mean",))


@pytest.mark.parametrize(
    ("types", "pooling", "message"),
    [
        (["Transformer", "Pooling", "Dense"], {"pooling_mode": "mean"}, "only Transformer"),
        (["Pooling"], {"pooling_mode": "mean"}, "first module"),
        (["Transformer", "Pooling"], {"pooling_mode": "lasttoken"}, "not supported"),
        (["Transformer", "Pooling"], {"pooling_mode": ["mean", "weightedmean"]}, "not supported"),
    ],
)
def test_refuses_a_pipeline_it_cannot_reproduce(
    tmp_path: Path, types: list[str], pooling: dict[str, object], message: str
) -> None:
    modules = [
        {
            "idx": str(i),
            "name": str(i),
            "path": "1_Pooling" if kind == "Pooling" else "",
            "type": f"sentence_transformers.models.{kind}",
        }
        for i, kind in enumerate(types)
    ]
    _write_modules(tmp_path, modules, pooling)

    with pytest.raises(ModelConfigError, match=message):
        SentenceConfig.read(tmp_path)


def test_rejects_a_length_limit_without_room() -> None:
    with pytest.raises(ValueError, match="max_seq_length"):
        TransformersEmbedder(max_seq_length=1)


@pytest.mark.parametrize(
    ("precision", "device", "native", "expected"),
    [
        ("auto", "cpu", True, "bfloat16"),
        ("auto", "cpu", False, "float32"),
        ("auto", "cuda", True, "float32"),
        ("float32", "cpu", True, "float32"),
        ("bfloat16", "cpu", False, "bfloat16"),
    ],
)
def test_auto_precision_is_bfloat16_only_on_a_cpu_that_computes_it(
    precision: str, device: str, native: bool, expected: str
) -> None:
    assert resolved_precision(precision, device, native) == expected


def test_rejects_an_unknown_precision() -> None:
    with pytest.raises(ValueError, match="precision"):
        TransformersEmbedder(precision="float16")


def test_bfloat16_embeds_normalized_float32_rows_near_float32s(tiny_bert_dir: Path) -> None:
    embedder = TransformersEmbedder(model=tiny_bert_dir, batch_size=3, precision="bfloat16")
    actual = embedder.embed(TEXTS)
    expected = TransformersEmbedder(model=tiny_bert_dir, batch_size=3, precision="float32").embed(TEXTS)

    assert embedder.precision == "bfloat16"
    assert actual.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(actual, axis=1), 1.0, atol=1e-5)
    assert np.sum(actual * expected, axis=1).min() >= 0.999


def test_each_distinct_text_goes_through_the_model_once(tiny_bert_dir: Path) -> None:
    embedder = TransformersEmbedder(model=tiny_bert_dir, batch_size=2, precision="float32")
    texts = ["glucose", "Serum creatinine", "glucose", "TSH", "Serum creatinine"]
    seen: list[int] = []
    model = embedder._loaded().model
    hook = model.register_forward_hook(lambda _module, _args, output: seen.append(len(output[0])))
    try:
        vectors = embedder.embed(texts)
    finally:
        hook.remove()

    assert sum(seen) == 3
    alone = embedder.embed(["glucose", "Serum creatinine", "TSH"])
    np.testing.assert_allclose(vectors, alone[[0, 1, 0, 2, 1]], atol=1e-6)
