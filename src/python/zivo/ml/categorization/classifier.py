"""Lab-test name categorization: nearest reference names by meaning and by spelling, then the taxonomy rules.

How a name is scored:
1. `normalize_name` (case, punctuation, S./Serum prefixes, methods, units, British spellings,
   abbreviations), then typo correction of each word against the reference vocabulary.
2. For every reference name: similarity = w * cosine(embeddings) + (1 - w) * lexical similarity
   (rapidfuzz, on the normalized text). A category's score is its best reference's similarity.
3. `other` competes with the score `other_threshold` even when no `other` reference is close: a name
   like nothing in the taxonomy lands there instead of in the least unlikely category.
4. confidence = softmax(scores / temperature) of the chosen category.
5. The taxonomy's ambiguity rules (specimen and keywords) override the choice when they match; a rule is
   the taxonomy's own word, so its category gets at least `RULE_CONFIDENCE`.

The defaults of `embedding_weight`, `other_threshold` and `temperature` come from `calibration.py`
(`python -m zivo.ml.cli calibrate --csv lab-names-dev.csv`); see that module for the procedure.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from zivo.core.taxonomy import AMBIGUITY_RULES, CATEGORIES, OTHER_ID, AmbiguityRule
from zivo.ml.categorization.normalize import REPORT_WORDS, apply_spelling, normalize_name, specimen_of
from zivo.ml.categorization.references import Reference, reference_names
from zivo.ml.categorization.rules import first_matching_rule
from zivo.ml.categorization.spelling import TokenCorrector
from zivo.ml.embeddings.embedder import Embedder

DEFAULT_EMBEDDING_WEIGHT = 0.8
DEFAULT_OTHER_THRESHOLD = 0.55
DEFAULT_TEMPERATURE = 0.05
DEFAULT_REVIEW_THRESHOLD = 0.5
RULE_CONFIDENCE = 0.9

CATEGORY_ORDER: tuple[str, ...] = tuple(category.id for category in CATEGORIES)
_OTHER_INDEX = CATEGORY_ORDER.index(OTHER_ID)

FloatArray = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Categorization:
    category: str
    confidence: float
    needs_review: bool


@dataclass(frozen=True)
class ScoredName:
    """A name after normalization, with one raw score per category in `CATEGORY_ORDER`."""

    text: str
    specimen: str | None
    scores: FloatArray


@dataclass(frozen=True)
class DecisionParameters:
    other_threshold: float = DEFAULT_OTHER_THRESHOLD
    temperature: float = DEFAULT_TEMPERATURE
    review_threshold: float = DEFAULT_REVIEW_THRESHOLD


def probabilities(scored: ScoredName, parameters: DecisionParameters) -> npt.NDArray[np.float64]:
    """Softmax over category scores, `other` floored at the threshold (before any rule)."""
    scores = scored.scores.astype(np.float64)
    scores[_OTHER_INDEX] = max(scores[_OTHER_INDEX], parameters.other_threshold)
    logits = (scores - scores.max()) / parameters.temperature
    exponentials = np.exp(logits)
    result: npt.NDArray[np.float64] = exponentials / exponentials.sum()
    return result


def decide(
    scored: ScoredName, parameters: DecisionParameters, rules: Sequence[AmbiguityRule] = AMBIGUITY_RULES
) -> Categorization:
    """Turn raw category scores into a category and a confidence (pure: calibration reuses it)."""
    if not scored.text:
        # Nothing left after normalization ("---", "(CLIA)"): not a test name.
        return Categorization(OTHER_ID, 1.0, False)
    probabilities_ = probabilities(scored, parameters)
    rule = first_matching_rule(rules, scored.text, scored.specimen)
    if rule is not None:
        index = CATEGORY_ORDER.index(rule.category)
        confidence = max(float(probabilities_[index]), RULE_CONFIDENCE)
    else:
        index = int(np.argmax(probabilities_))
        confidence = float(probabilities_[index])
    return Categorization(CATEGORY_ORDER[index], confidence, confidence < parameters.review_threshold)


def lexical_similarity(queries: Sequence[str], references: Sequence[str]) -> FloatArray:
    """Spelling similarity in [0, 1]: order-insensitive edit similarity of the normalized texts.

    token_sort_ratio forgives word order ("glucose fasting" / "fasting glucose") and, being an edit
    ratio, typos the corrector did not fix; it still penalizes extra words, unlike token_set_ratio.
    """
    matrix = process.cdist(queries, references, scorer=fuzz.token_sort_ratio, dtype=np.float32, workers=1)
    return np.asarray(matrix, dtype=np.float32) / np.float32(100.0)


class _ReferenceIndex:
    """Reference names normalized, grouped by category, embedded once."""

    def __init__(self, references: Sequence[Reference], embedder: Embedder) -> None:
        # Sorted by category first, so that each category is one contiguous block of columns.
        pairs = sorted(
            {(CATEGORY_ORDER.index(ref.category), normalize_name(ref.name).text) for ref in references}
        )
        self.texts: list[str] = [text for _, text in pairs]
        categories = np.array([category for category, _ in pairs])
        missing = set(range(len(CATEGORY_ORDER))) - set(categories.tolist())
        if missing:
            raise ValueError(
                f"no reference names for categories {sorted(CATEGORY_ORDER[i] for i in missing)}"
            )
        self.columns_of: dict[str, list[int]] = {}
        for column, text in enumerate(self.texts):
            self.columns_of.setdefault(text, []).append(column)
        self.starts = np.searchsorted(categories, np.arange(len(CATEGORY_ORDER)))
        self.embeddings = embedder.embed(self.texts)
        self.corrector = TokenCorrector(
            [*(word for text in self.texts for word in text.split()), *REPORT_WORDS]
        )


class Categorizer:
    """Assigns a taxonomy category to lab-test names; thread-safe, references embedded on first use."""

    def __init__(
        self,
        embedder: Embedder,
        *,
        references: Sequence[Reference] | None = None,
        rules: Sequence[AmbiguityRule] = AMBIGUITY_RULES,
        embedding_weight: float = DEFAULT_EMBEDDING_WEIGHT,
        other_threshold: float = DEFAULT_OTHER_THRESHOLD,
        temperature: float = DEFAULT_TEMPERATURE,
        review_threshold: float = DEFAULT_REVIEW_THRESHOLD,
        result_cache_size: int = 100_000,
    ) -> None:
        if not 0.0 <= embedding_weight <= 1.0:
            raise ValueError(f"embedding_weight must be in [0, 1], got {embedding_weight}")
        if temperature <= 0:
            raise ValueError(f"temperature must be > 0, got {temperature}")
        self._embedder = embedder
        self._references = references
        self._rules = tuple(rules)
        self._embedding_weight = np.float32(embedding_weight)
        self.parameters = DecisionParameters(other_threshold, temperature, review_threshold)
        self._index: _ReferenceIndex | None = None
        self._index_lock = threading.Lock()
        self._results: OrderedDict[str, Categorization] = OrderedDict()
        self._results_lock = threading.Lock()
        self._result_cache_size = result_cache_size

    def warm_up(self) -> None:
        """Load the model and embed the references now rather than on the first request."""
        self._loaded_index()

    def categorize(self, name: str) -> Categorization:
        return self.categorize_many([name])[0]

    def categorize_many(self, names: Sequence[str]) -> list[Categorization]:
        """One result per name, in order; each distinct name is scored once and then remembered."""
        known: dict[str, Categorization] = {}
        with self._results_lock:
            for name in names:
                result = self._results.get(name)
                if result is not None:
                    known[name] = result
        unknown = [name for name in dict.fromkeys(names) if name not in known]
        if unknown:
            fresh = {
                name: decide(scored, self.parameters, self._rules)
                for name, scored in zip(unknown, self.score_many(unknown), strict=True)
            }
            known.update(fresh)
            self._remember(fresh)
        return [known[name] for name in names]

    def score_many(self, names: Sequence[str], *, exclude_identical: bool = False) -> list[ScoredName]:
        """Raw category scores. `exclude_identical` ignores references with the same normalized text as
        the name, which makes a known name unseen: calibration uses it to measure generalization."""
        index = self._loaded_index()
        normalized = [normalize_name(name) for name in names]
        # Phrase rewrites run again after typo correction: "alkaline phosphatse" only becomes a phrase
        # the rewrites know ("alkaline phosphate" -> "alkaline phosphatase") once corrected.
        texts = [apply_spelling(index.corrector.correct(item.text)) for item in normalized]
        unique = list(dict.fromkeys(texts))
        similarity = self._similarity(index, unique)
        if exclude_identical:
            for row, text in enumerate(unique):
                similarity[row, index.columns_of.get(text, [])] = -1.0
        category_scores = np.maximum.reduceat(similarity, index.starts, axis=1)
        rows = {text: category_scores[row] for row, text in enumerate(unique)}
        return [
            ScoredName(text, item.specimen or specimen_of(text), rows[text])
            for text, item in zip(texts, normalized, strict=True)
        ]

    def _similarity(self, index: _ReferenceIndex, texts: Sequence[str]) -> FloatArray:
        lexical = lexical_similarity(texts, index.texts)
        if self._embedding_weight == 0:
            return lexical
        semantic = self._embed(index, texts) @ index.embeddings.T
        combined: FloatArray = self._embedding_weight * semantic + (1 - self._embedding_weight) * lexical
        # The same normalized text as a reference is that reference, whatever the model thinks.
        return np.where(lexical >= 1.0, np.float32(1.0), combined).astype(np.float32)

    def _embed(self, index: _ReferenceIndex, texts: Sequence[str]) -> FloatArray:
        """Embeddings of `texts`; a text that is a reference name reuses the reference's embedding (same
        text, same vector), so most names on real reports never reach the model."""
        vectors = np.empty((len(texts), index.embeddings.shape[1]), dtype=np.float32)
        new_rows = [row for row, text in enumerate(texts) if text not in index.columns_of]
        for row, text in enumerate(texts):
            if text in index.columns_of:
                vectors[row] = index.embeddings[index.columns_of[text][0]]
        if new_rows:
            vectors[new_rows] = self._embedder.embed([texts[row] for row in new_rows])
        return vectors

    def _loaded_index(self) -> _ReferenceIndex:
        index = self._index
        if index is not None:
            return index
        with self._index_lock:
            if self._index is None:
                references = self._references if self._references is not None else reference_names()
                self._index = _ReferenceIndex(references, self._embedder)
            return self._index

    def _remember(self, results: dict[str, Categorization]) -> None:
        with self._results_lock:
            self._results.update(results)
            while len(self._results) > self._result_cache_size:
                self._results.popitem(last=False)
