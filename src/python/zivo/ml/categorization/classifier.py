"""Lab-test names -> canonical test (zivo.core.lab_tests catalogue) -> taxonomy category.

How a name is resolved:
1. `normalize_name` reads the lab grammar (LOINC short and long names, hospital codes, specimens,
   methods, units, spellings), then each word is typo-corrected against the catalogue's vocabulary.
2. Exact: the normalized, order-free name is a catalogue name -> that test and its category, confidence
   `EXACT_CONFIDENCE`.
3. Otherwise by meaning: for every catalogue name, similarity = w * cosine(embeddings) + (1 - w) * lexical
   similarity; a name whose specimen (urine, stool, semen, CSF) differs from the reference test's loses
   `specimen_penalty`; a name that names a microorganism (`grammar.toml` `[organisms]`; not an allergen
   IgE) loses `organism_penalty` against references that name none. A category's score is its best
   name's; `other` competes with at least `other_threshold`; confidence = softmax(scores / temperature)
   of the chosen category. The canonical test is the chosen category's best name's test.
4. `needs_review` = confidence below `review_threshold`. A result under review carries no canonical test:
   trends merge by canonical test, and a guess must not join a series until someone confirms it.

Defaults come from `calibration.py` (`python -m zivo.ml.cli calibrate --csv FILE`).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from cachetools import LRUCache
from rapidfuzz import fuzz, process

from zivo.core.lab_tests.catalogue import Catalogue, LabTest, catalogue
from zivo.core.lab_tests.names import (
    apply_spelling,
    is_infection_name,
    name_key,
    names_organism,
    normalize_name,
    specimen_of,
)
from zivo.core.taxonomy import CATEGORIES, OTHER_ID
from zivo.ml.categorization.references import Reference, reference_names
from zivo.ml.categorization.spelling import TokenCorrector
from zivo.ml.embeddings.embedder import Embedder

# `python -m zivo.ml.cli calibrate --csv data/us-hospital-dev.csv --csv data/lab-names-dev.csv` (2,087 names,
# leave-name-out): accuracy 0.903; at this review threshold the accepted names are 0.980 right and 0.277 of
# them go to review (leave-name-out is harsher than names the catalogue never held: an abbreviation whose
# own spelling is removed has nothing left to match). The specimen and organism penalties are not fitted
# by `calibrate`: they were chosen on the same development sets (organism: 0, 0.05, 0.1 and 0.2 tried).
DEFAULT_EMBEDDING_WEIGHT = 0.8
DEFAULT_OTHER_THRESHOLD = 0.4
DEFAULT_TEMPERATURE = 0.05
DEFAULT_REVIEW_THRESHOLD = 0.9
DEFAULT_SPECIMEN_PENALTY = 0.15
DEFAULT_ORGANISM_PENALTY = 0.1
EXACT_CONFIDENCE = 0.99

CATEGORY_ORDER: tuple[str, ...] = tuple(category.id for category in CATEGORIES)
_OTHER_INDEX = CATEGORY_ORDER.index(OTHER_ID)
# Specimens that change what a test is (urine glucose is urinalysis); blood is the default of most tests.
_DISTINCT_SPECIMENS = frozenset({"urine", "stool", "semen", "csf", "fluid"})
_FLUID_SPECIMENS = frozenset({"csf", "fluid"})

FloatArray = npt.NDArray[np.float32]

_COLLECTION_WORDS = frozenset({*_DISTINCT_SPECIMENS, "24", "hour", "timed", "collection"})


def analyte_text(text: str) -> str:
    """The words of a normalized name that name the analyte: specimen and collection words removed."""
    kept = [word for word in text.split() if word not in _COLLECTION_WORDS]
    return " ".join(kept) if kept else text


@dataclass(frozen=True)
class Categorization:
    category: str
    confidence: float
    needs_review: bool
    test_id: str | None = None
    loinc: str | None = None


@dataclass(frozen=True)
class ScoredName:
    """A name after normalization: its exact catalogue test if any, else one score per category (in
    `CATEGORY_ORDER`) with the best test of each category."""

    text: str
    specimen: str | None
    scores: FloatArray
    tests: tuple[str | None, ...]
    exact: str | None = None


@dataclass(frozen=True)
class DecisionParameters:
    other_threshold: float = DEFAULT_OTHER_THRESHOLD
    temperature: float = DEFAULT_TEMPERATURE
    review_threshold: float = DEFAULT_REVIEW_THRESHOLD


def probabilities(scored: ScoredName, parameters: DecisionParameters) -> npt.NDArray[np.float64]:
    """Softmax over category scores, `other` floored at the threshold."""
    scores = scored.scores.astype(np.float64)
    scores[_OTHER_INDEX] = max(scores[_OTHER_INDEX], parameters.other_threshold)
    logits = (scores - scores.max()) / parameters.temperature
    exponentials = np.exp(logits)
    result: npt.NDArray[np.float64] = exponentials / exponentials.sum()
    return result


def decide(
    scored: ScoredName, parameters: DecisionParameters, tests: Catalogue | None = None
) -> Categorization:
    """Turn a scored name into a category, a confidence and a canonical test (pure: calibration reuses it)."""
    tests = tests or catalogue()
    if scored.exact is not None:
        exact = tests.by_id[scored.exact]
        return Categorization(exact.category, EXACT_CONFIDENCE, False, exact.id, exact.loinc)
    if not scored.text:
        # Nothing left after normalization ("---", "(CLIA)"): not a test name.
        return Categorization(OTHER_ID, 1.0, False)
    probabilities_ = probabilities(scored, parameters)
    index = int(np.argmax(probabilities_))
    confidence = float(probabilities_[index])
    needs_review = confidence < parameters.review_threshold
    test: LabTest | None = None
    test_id = scored.tests[index]
    if not needs_review and test_id is not None:
        test = tests.by_id[test_id]
    return Categorization(
        CATEGORY_ORDER[index],
        confidence,
        needs_review,
        test.id if test else None,
        test.loinc if test else None,
    )


def lexical_similarity(queries: Sequence[str], references: Sequence[str]) -> FloatArray:
    """Spelling similarity in [0, 1]: order-insensitive edit similarity of the normalized texts.

    token_sort_ratio forgives word order ("glucose fasting" / "fasting glucose") and, being an edit
    ratio, typos the corrector did not fix; it still penalizes extra words, unlike token_set_ratio.
    """
    matrix = process.cdist(queries, references, scorer=fuzz.token_sort_ratio, dtype=np.float32, workers=1)
    return np.asarray(matrix, dtype=np.float32) / np.float32(100.0)


class _ReferenceIndex:
    """Reference names normalized, grouped by category (contiguous columns), embedded once."""

    def __init__(self, references: Sequence[Reference], embedder: Embedder, tests: Catalogue) -> None:
        rows = sorted(
            {
                (
                    CATEGORY_ORDER.index(ref.category),
                    normalize_name(ref.name, tests.grammar).text,
                    ref.test_id,
                )
                for ref in references
            }
        )
        rows = [row for row in rows if row[1]]
        self.texts: list[str] = [text for _, text, _ in rows]
        self.test_ids: list[str] = [test_id for _, _, test_id in rows]
        categories = np.array([category for category, _, _ in rows])
        missing = set(range(len(CATEGORY_ORDER))) - set(categories.tolist())
        if missing:
            raise ValueError(
                f"no reference names for categories {sorted(CATEGORY_ORDER[i] for i in missing)}"
            )
        specimens = [tests.by_id[test_id].specimen for test_id in self.test_ids]
        self.specimens = np.array(specimens)
        self.distinct = np.isin(self.specimens, list(_DISTINCT_SPECIMENS))
        self.fluid = np.isin(self.specimens, list(_FLUID_SPECIMENS))
        # Tests of a specimen that is not distinct and not "any": blood (and report fields).
        self.blood = ~self.distinct & (self.specimens != "any")
        # References that mention no microorganism (those that do: infection tests, a urine sediment's
        # trichomonas or fungal elements): a name mentioning an organism loses the organism penalty
        # against these, computed once here rather than negated for every such name.
        self.no_organism = ~np.array([names_organism(text, tests.grammar) for text in self.texts])
        self.columns_of: dict[str, list[int]] = {}
        for column, text in enumerate(self.texts):
            self.columns_of.setdefault(text, []).append(column)
        self.columns_of_key: dict[str, list[int]] = {}
        for column, text in enumerate(self.texts):
            self.columns_of_key.setdefault(name_key(text), []).append(column)
        self.starts = np.searchsorted(categories, np.arange(len(CATEGORY_ORDER)))
        self.ends = np.append(self.starts[1:], len(self.texts))
        # Compared by analyte: the specimen and collection words ("urine", "24 hour") are weighed by the
        # specimen penalty instead, so that "epinephrine 24 hour urine" is near epinephrine, not near
        # every other urine test.
        self.analytes: list[str] = [analyte_text(text) for text in self.texts]
        self.analyte_columns: dict[str, int] = {}
        for column, text in enumerate(self.analytes):
            self.analyte_columns.setdefault(text, column)
        self.embeddings = embedder.embed(self.analytes)
        words = [word for text in self.texts for word in text.split()]
        # Organism words are known words too: an organism the catalogue does not name ("suis") must not
        # be "corrected" into another word.
        self.corrector = TokenCorrector([*words, *tests.grammar.report_words, *tests.grammar.organisms])


class Categorizer:
    """Assigns canonical tests and taxonomy categories to lab-test names; thread-safe, lazy."""

    def __init__(
        self,
        embedder: Embedder,
        *,
        tests: Catalogue | None = None,
        references: Sequence[Reference] | None = None,
        embedding_weight: float = DEFAULT_EMBEDDING_WEIGHT,
        other_threshold: float = DEFAULT_OTHER_THRESHOLD,
        temperature: float = DEFAULT_TEMPERATURE,
        review_threshold: float = DEFAULT_REVIEW_THRESHOLD,
        specimen_penalty: float = DEFAULT_SPECIMEN_PENALTY,
        organism_penalty: float = DEFAULT_ORGANISM_PENALTY,
        result_cache_size: int = 100_000,
    ) -> None:
        if not 0.0 <= embedding_weight <= 1.0:
            raise ValueError(f"embedding_weight must be in [0, 1], got {embedding_weight}")
        if temperature <= 0:
            raise ValueError(f"temperature must be > 0, got {temperature}")
        if result_cache_size < 1:
            raise ValueError(f"result_cache_size must be >= 1, got {result_cache_size}")
        self._embedder = embedder
        self._tests = tests
        self._references = references
        self._embedding_weight = np.float32(embedding_weight)
        self._specimen_penalty = np.float32(specimen_penalty)
        self._organism_penalty = np.float32(organism_penalty)
        self.parameters = DecisionParameters(other_threshold, temperature, review_threshold)
        self._index: _ReferenceIndex | None = None
        self._index_lock = threading.Lock()
        self._results: LRUCache[str, Categorization] = LRUCache(maxsize=result_cache_size)
        self._results_lock = threading.Lock()

    @property
    def tests(self) -> Catalogue:
        return self._tests or catalogue()

    def warm_up(self) -> None:
        """Load the model and embed the references now rather than on the first request."""
        self._loaded_index()

    def categorize(self, name: str) -> Categorization:
        return self.categorize_many([name])[0]

    def categorize_many(self, names: Sequence[str]) -> list[Categorization]:
        """One result per name, in order; each distinct name is resolved once and then remembered."""
        known: dict[str, Categorization] = {}
        with self._results_lock:
            for name in names:
                result = self._results.get(name)
                if result is not None:
                    known[name] = result
        unknown = [name for name in dict.fromkeys(names) if name not in known]
        if unknown:
            tests = self.tests
            fresh = {
                name: decide(scored, self.parameters, tests)
                for name, scored in zip(unknown, self.score_many(unknown), strict=True)
            }
            known.update(fresh)
            with self._results_lock:
                self._results.update(fresh)
        return [known[name] for name in names]

    def score_many(self, names: Sequence[str], *, exclude_identical: bool = False) -> list[ScoredName]:
        """Scores of each name. `exclude_identical` ignores the catalogue name equal to the name (exact
        lookup and references with the same normalized text): a known name becomes unseen, which is how
        calibration measures generalization on names that are in the catalogue."""
        index = self._loaded_index()
        tests = self.tests
        normalized = [normalize_name(name, tests.grammar) for name in names]
        # Phrase rewrites run again after typo correction: "alkaline phosphatse" only becomes a phrase
        # the rewrites know once corrected.
        texts = [self._corrected(index, item.text) for item in normalized]
        specimens = [
            item.specimen or specimen_of(text, tests.grammar)
            for item, text in zip(normalized, texts, strict=True)
        ]
        exact: list[str | None] = [None] * len(names)
        if not exclude_identical:
            for row, (item, text) in enumerate(zip(normalized, texts, strict=True)):
                test = tests.lookup_key(name_key(text)) or tests.lookup_key(item.key)
                exact[row] = test.id if test else None
        pending = list(
            dict.fromkeys(
                (texts[row], specimens[row]) for row in range(len(names)) if exact[row] is None and texts[row]
            )
        )
        rows: dict[tuple[str, str | None], tuple[FloatArray, tuple[str | None, ...]]] = {}
        if pending:
            similarity = self._similarity(index, [text for text, _ in pending])
            for row, (text, specimen) in enumerate(pending):
                if exclude_identical:
                    similarity[row, index.columns_of.get(text, [])] = -1.0
                    similarity[row, index.columns_of_key.get(name_key(text), [])] = -1.0
                # A test on another specimen than the name's is less likely; a blood test measured in
                # urine (catecholamines, heavy metals) only a little less, since labs run many of them on
                # both and the name's analyte says more than its specimen. A blood analyte measured in a
                # body fluid (CSF, pleural, ascitic, synovial) is that fluid's chemistry, not the blood
                # test: there the blood tests lose the whole penalty, the fluid tests none.
                if specimen in _FLUID_SPECIMENS:
                    similarity[row, index.distinct & ~index.fluid] -= self._specimen_penalty
                    similarity[row, index.blood] -= self._specimen_penalty
                elif specimen in _DISTINCT_SPECIMENS:
                    other = index.distinct & (index.specimens != specimen)
                    similarity[row, other] -= self._specimen_penalty
                    similarity[row, index.blood] -= self._specimen_penalty / 3
                else:
                    similarity[row, index.distinct] -= self._specimen_penalty
                # A name that mentions a microorganism ("B. suis Ab", "H. capsulatum Ab CF") is an
                # infection test, whatever an antibody to a self-antigen it resembles: references that
                # name no organism lose the organism penalty (allergen IgE excepted: an allergy test).
                if is_infection_name(text, tests.grammar):
                    similarity[row, index.no_organism] -= self._organism_penalty
            category_scores = np.maximum.reduceat(similarity, index.starts, axis=1)
            # The best reference of each category, for all names at once (one argmax per category).
            best_columns = np.stack(
                [
                    start + np.argmax(similarity[:, start:end], axis=1)
                    for start, end in zip(index.starts, index.ends, strict=True)
                ],
                axis=1,
            )
            for row, pair in enumerate(pending):
                best_tests: tuple[str | None, ...] = tuple(
                    index.test_ids[int(column)] for column in best_columns[row]
                )
                rows[pair] = (category_scores[row], best_tests)
        empty = np.zeros(len(CATEGORY_ORDER), dtype=np.float32)
        no_tests: tuple[str | None, ...] = (None,) * len(CATEGORY_ORDER)
        result = []
        for row in range(len(names)):
            scores, best = rows.get((texts[row], specimens[row]), (empty, no_tests))
            result.append(ScoredName(texts[row], specimens[row], scores, best, exact[row]))
        return result

    def _corrected(self, index: _ReferenceIndex, text: str) -> str:
        corrected = index.corrector.correct(text)
        # Phrase rewrites run again only when a typo was corrected ("alkaline phosphatse" becomes a phrase
        # the rewrites know once corrected); on an unchanged text they already ran in normalize_name.
        return text if corrected == text else apply_spelling(corrected, self.tests.grammar)

    def _similarity(self, index: _ReferenceIndex, texts: Sequence[str]) -> FloatArray:
        analytes = [analyte_text(text) for text in texts]
        lexical = lexical_similarity(analytes, index.analytes)
        if self._embedding_weight == 0:
            return lexical
        semantic = self._embed(index, analytes) @ index.embeddings.T
        combined: FloatArray = self._embedding_weight * semantic + (1 - self._embedding_weight) * lexical
        return combined.astype(np.float32)

    def _embed(self, index: _ReferenceIndex, texts: Sequence[str]) -> FloatArray:
        """Embeddings of `texts`; a text that is a reference name reuses the reference's embedding."""
        vectors = np.empty((len(texts), index.embeddings.shape[1]), dtype=np.float32)
        new_rows = [row for row, text in enumerate(texts) if text not in index.analyte_columns]
        for row, text in enumerate(texts):
            if text in index.analyte_columns:
                vectors[row] = index.embeddings[index.analyte_columns[text]]
        if new_rows:
            vectors[new_rows] = self._embedder.embed([texts[row] for row in new_rows])
        return vectors

    def _loaded_index(self) -> _ReferenceIndex:
        index = self._index
        if index is not None:
            return index
        with self._index_lock:
            if self._index is None:
                tests = self.tests
                references = self._references if self._references is not None else reference_names(tests)
                self._index = _ReferenceIndex(references, self._embedder, tests)
            return self._index
