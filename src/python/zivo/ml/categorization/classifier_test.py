"""Code-path tests of the categorizer with a tiny random BERT: its embeddings mean nothing, so these check
the mechanics (exact and misspelt matches, rules, `other`, batching, caching), not semantic quality; the
real model's accuracy is `accuracy_test.py`."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from zivo.core.taxonomy import CATEGORY_IDS
from zivo.ml.categorization.classifier import (
    CATEGORY_ORDER,
    RULE_CONFIDENCE,
    Categorization,
    Categorizer,
    DecisionParameters,
    ScoredName,
    decide,
)
from zivo.ml.categorization.references import Reference
from zivo.ml.embeddings.cache import CachedEmbedder, LRUEmbeddingCache
from zivo.ml.embeddings.embedder import SentenceTransformerEmbedder


@pytest.fixture(scope="module")
def categorizer(tiny_bert_dir: Path) -> Categorizer:
    embedder = CachedEmbedder(SentenceTransformerEmbedder(model=tiny_bert_dir), LRUEmbeddingCache())
    return Categorizer(embedder)


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Hemoglobin", "cbc"),
        ("S. Creatinine", "kidney"),
        ("SGPT (ALT)", "liver"),
        ("Thyriod Stimulating Hormone", "thyroid"),
        ("Potasium", "electrolytes"),
        ("Urine Glucose", "urine"),
        ("Glucose", "glucose"),
        ("Urine Microalbumin", "kidney"),
        ("Serum Ferritin", "iron"),
        ("Blood Group (ABO)", "other"),
    ],
)
def test_known_names_and_typos(categorizer: Categorizer, name: str, category: str) -> None:
    result = categorizer.categorize(name)
    assert result.category == category
    assert 0.0 <= result.confidence <= 1.0


def test_categorize_many_keeps_order_and_duplicates(categorizer: Categorizer) -> None:
    names = ["Lipase", "TSH", "Lipase", "---", "Amylase"]
    results = categorizer.categorize_many(names)
    assert [result.category for result in results] == ["pancreas", "thyroid", "pancreas", "other", "pancreas"]
    assert results[0] == results[2]
    assert categorizer.categorize_many([]) == []


def test_empty_name_is_other_with_full_confidence(categorizer: Categorizer) -> None:
    assert categorizer.categorize("  (CLIA) ") == Categorization("other", 1.0, False)


def test_rule_overrides_the_nearest_reference(categorizer: Categorizer) -> None:
    scored = categorizer.score_many(["Bilirubin (Urine)"])[0]
    scores = scored.scores.copy()
    scores[CATEGORY_ORDER.index("liver")] = 1.0  # the nearest reference says liver...
    result = decide(ScoredName(scored.text, scored.specimen, scores), DecisionParameters())
    assert result.category == "urine"  # ...the taxonomy says urine
    assert result.confidence >= RULE_CONFIDENCE


def test_low_scores_go_to_other_and_need_review() -> None:
    scores = np.full(len(CATEGORY_ORDER), 0.2, dtype=np.float32)
    scores[CATEGORY_ORDER.index("lipid")] = 0.3
    parameters = DecisionParameters(other_threshold=0.5, temperature=0.05, review_threshold=0.5)

    low = decide(ScoredName("zzz", None, scores), parameters)
    assert low.category == "other"

    scores[CATEGORY_ORDER.index("lipid")] = 0.52
    scores[CATEGORY_ORDER.index("cbc")] = 0.51
    close = decide(ScoredName("zzz", None, scores), parameters)
    assert close.category == "lipid"
    assert close.needs_review


def test_exclude_identical_ignores_the_name_itself(categorizer: Categorizer) -> None:
    seen = categorizer.score_many(["Ferritin"])[0]
    unseen = categorizer.score_many(["Ferritin"], exclude_identical=True)[0]
    iron = CATEGORY_ORDER.index("iron")
    assert seen.scores[iron] == pytest.approx(1.0)
    assert unseen.scores[iron] < seen.scores[iron]


def test_results_are_remembered_per_raw_name(tiny_bert_dir: Path) -> None:
    model = SentenceTransformerEmbedder(model=tiny_bert_dir)
    categorizer = Categorizer(model, result_cache_size=2)
    first = categorizer.categorize_many(["Urea", "Sodium", "Calcium"])
    assert first == categorizer.categorize_many(["Urea", "Sodium", "Calcium"])
    assert len(categorizer._results) == 2


def test_custom_references_must_cover_every_category(tiny_bert_dir: Path) -> None:
    categorizer = Categorizer(
        SentenceTransformerEmbedder(model=tiny_bert_dir), references=[Reference("hemoglobin", "cbc")]
    )
    with pytest.raises(ValueError, match="no reference names"):
        categorizer.warm_up()


@pytest.mark.parametrize("kwargs", [{"embedding_weight": 1.5}, {"temperature": 0.0}])
def test_rejects_bad_parameters(tiny_bert_dir: Path, kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be"):
        Categorizer(SentenceTransformerEmbedder(model=tiny_bert_dir), **kwargs)  # type: ignore[arg-type]


def test_every_result_is_a_taxonomy_category(categorizer: Categorizer) -> None:
    names = ["Widal", "CA 125", "INR", "Vitamin B12", "HDL", "Troponin I", "Testosterone", "CRP", "xq"]
    assert {result.category for result in categorizer.categorize_many(names)} <= CATEGORY_IDS
