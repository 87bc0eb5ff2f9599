from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from zivo.ml.embeddings.embedder import Embedder, SentenceTransformerEmbedder, l2_normalize


def test_plain_bert_checkpoint_embeds_normalized_float32_rows(tiny_bert_dir: Path) -> None:
    embedder = SentenceTransformerEmbedder(model=tiny_bert_dir, batch_size=2)
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

    actual = SentenceTransformerEmbedder(model=tiny_bert_dir).embed(texts)

    np.testing.assert_allclose(actual, expected, atol=1e-5)


def test_model_loads_lazily_and_once_across_threads(tiny_bert_dir: Path) -> None:
    embedder = SentenceTransformerEmbedder(model=str(tiny_bert_dir))
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
    vectors = SentenceTransformerEmbedder(model=tiny_bert_dir).embed([])
    assert vectors.shape == (0, 32)


def test_rejects_bad_batch_size() -> None:
    with pytest.raises(ValueError, match="batch_size"):
        SentenceTransformerEmbedder(batch_size=0)


def test_default_model_is_named_without_loading() -> None:
    embedder = SentenceTransformerEmbedder()
    assert embedder.model_name == "all-MiniLM-L6-v2"
    assert not embedder.is_loaded


def test_l2_normalize_keeps_zero_rows_finite() -> None:
    rows = l2_normalize(np.array([[3.0, 4.0], [0.0, 0.0]]))
    np.testing.assert_allclose(rows, [[0.6, 0.8], [0.0, 0.0]])
