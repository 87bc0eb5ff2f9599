"""Lab-test names -> canonical test (zivo.core.lab_tests catalogue) -> taxonomy category.

How a name is resolved:
1. `normalize_name` reads the lab grammar (LOINC short and long names, hospital codes, specimens,
   methods, units, spellings), then each word is typo-corrected against the catalogue's vocabulary. A
   short name with words glued together ("EoAbs", "LHUrine") is read with its words apart where the case
   changes, when that leaves no unknown word and the name as printed has one (`spelling.run_on_readings`);
   a hospital's component code in capitals ("GLUCOSEU", "NEUTROABS") with its words apart when each is a
   word as labs write it (`spelling.glued_splits`), before any typo is corrected.
2. Exact: the normalized, order-free name is a catalogue name -> that test and its category, confidence
   `EXACT_CONFIDENCE`; so is a name cut short word by word ("PLT AGG") that abbreviates the names of one
   catalogue test only (`spelling.AbbreviatedNames`). A blood analyte the catalogue knows exactly, named in a
   body fluid, stool or semen with no pathogen ("ALAT (overig)"), is that specimen's own test: `other` with
   `EXACT_CONFIDENCE` and no canonical test (step 3's rule, with nothing left to guess).
3. Otherwise by meaning: for every catalogue name, similarity = w * cosine(embeddings) + (1 - w) * lexical
   similarity; a name whose specimen (urine, stool, semen, CSF) differs from the reference test's loses
   `specimen_penalty`; a name that names a microorganism (`grammar.toml` `[organisms]`; not an allergen
   IgE) loses `organism_penalty` against references that name none, and a name of a word class
   (`[classes]`: a drug's INN ending, a susceptibility, a hormone's ending, a clotting or immunoglobulin
   word, a blood gas, blood bank) as much against references of other categories than the class's. A
   blood analyte named in a body fluid, stool or semen (no pathogen named) is that specimen's own test:
   its match on blood counts for `other`, one `specimen_penalty` down, with no canonical test. A
   category's score is its best name's; `other` competes with at least `other_threshold`; confidence =
   softmax(scores / temperature) of the chosen category. The canonical test is the chosen category's
   best name's test.
4. Confidence: a small logistic model over what separates right from wrong answers for names whose
   analyte the catalogue does not know (`CONFIDENCE_FEATURES`: the softmax probability, whether meaning
   alone and spelling alone each pick the chosen category, whether the chosen test's specimen is the
   name's, how many of the name's nearest catalogue names are of the chosen category, and the share of
   the name's words nothing in the catalogue or grammar explains). `needs_review` =
   confidence below `review_threshold`. A result under review carries no canonical test: trends merge
   by canonical test, and a guess must not join a series until someone confirms it.

Steps 2 and 4 are `decision.py`. Every fitted number is data, `data/calibration.toml`, written by
`calibration.py` (`python -m zivo.ml.cli calibrate --csv FILE [--csv FILE ...]`).
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

import numpy as np
import numpy.typing as npt
from cachetools import LRUCache
from rapidfuzz import fuzz, process

from zivo.core.lab_tests.catalogue import Catalogue, catalogue
from zivo.core.lab_tests.names import (
    BLOOD,
    Grammar,
    NormalizedName,
    apply_spelling,
    cleaned_words,
    first_specimen,
    immunoglobulin_classes_of,
    is_infection_name,
    letters_of,
    looks_cut,
    name_key,
    names_no_analyte,
    names_organism,
    normalize_name,
    numbers_of,
    read_share,
    specimen_of,
    word_class,
    written_words,
)
from zivo.ml.categorization.decision import (
    CATEGORY_ORDER,
    DISTINCT_SPECIMENS,
    NEIGHBOURS,
    Categorization,
    DecisionParameters,
    FloatArray,
    ScoredName,
    calibrated_parameters,
    decide,
)
from zivo.ml.categorization.glosses import ChineseGlosses
from zivo.ml.categorization.references import Reference, reference_names
from zivo.ml.categorization.spelling import (
    AbbreviatedNames,
    CutSpecimens,
    TokenCorrector,
    assay_code,
    glued_splits,
    run_on_readings,
)
from zivo.ml.embeddings.embedder import Embedder

_DISTINCT_SPECIMENS = DISTINCT_SPECIMENS
_FLUID_SPECIMENS = frozenset({"csf", "fluid"})
# Specimens whose chemistry the taxonomy files with the specimen's own tests, not with the blood test.
_OWN_CHEMISTRY_SPECIMENS = frozenset({"stool", "semen"})
# How many specimen penalties a blood test loses for a name in a body fluid, stool or semen: enough that
# an exact analyte match on blood ("sugar") does not outweigh the specimen.
_OWN_SPECIMEN_FACTOR = 3
# Specimens whose measurement of a blood analyte is the specimen's own test, filed under `other`.
_OWN_TEST_SPECIMENS = _FLUID_SPECIMENS | _OWN_CHEMISTRY_SPECIMENS
_OTHER = CATEGORY_ORDER.index("other")
_INFECTION = "infection"

# A one-word code of capitals this long may be two short words run together ("FLUBANG", "ABHBC"), each part
# at least `_MIN_SPLIT_PART` letters, or the last one letter (an initial: "BILIT", "CHOLT") after a first part
# of at least `_MIN_BEFORE_INITIAL`.
_MIN_SPLIT_CODE = 5
# A Cyrillic or Greek word no script entry reads is transcribed into Latin letters only from this length.
_MIN_TRANSCRIBED = 6
_MIN_SPLIT_PART = 2
_MIN_BEFORE_INITIAL = 4

# The catalogue's test of a report's fields ("Result", "Test", "Remarks"): rows that name no test.
_REPORT_FIELDS = "report_fields"
# A name printed ending in a letter that stands alone ("LUPUS A", "BENCE J"), not after an apostrophe.
_ENDS_IN_INITIAL = re.compile(r"(?:^|\s)[^\W\d_]\.?\s*$")

# Words whose grammar reading the reference index remembers (`_ReferenceIndex.spelled`).
_SPELLED_MEMO_SIZE = 50_000

_COLLECTION_WORDS = frozenset({*_DISTINCT_SPECIMENS, "24", "hour", "timed", "collection"})


def analyte_text(text: str) -> str:
    """The words of a normalized name that name the analyte: specimen and collection words removed."""
    kept = [word for word in text.split() if word not in _COLLECTION_WORDS]
    return " ".join(kept) if kept else text


def words_sorted(text: str) -> str:
    return " ".join(sorted(text.split()))


def lexical_similarity(queries: Sequence[str], references: Sequence[str]) -> FloatArray:
    """Spelling similarity in [0, 1]: order-insensitive edit similarity of normalized texts, each given
    with its words sorted (`words_sorted`).

    That is token_sort_ratio, which forgives word order ("glucose fasting" / "fasting glucose") and,
    being an edit ratio, typos the corrector did not fix; it still penalizes extra words, unlike
    token_set_ratio. Computed as the edit ratio of word-sorted texts so that the references' words are
    sorted once, not again for every batch of names (a third of the comparison's time).
    """
    matrix = np.asarray(
        process.cdist(queries, references, scorer=fuzz.ratio, dtype=np.float32, workers=1), dtype=np.float32
    )
    matrix /= np.float32(100.0)  # in place: a names-by-references matrix is tens of megabytes
    return matrix


def _nearest(similarity: FloatArray, count: int) -> npt.NDArray[np.int64]:
    """The columns of each row's `count` highest similarities, in no order. torch's top-k selects them
    ten times faster than numpy's argpartition over ten thousand references (which was a sixth of the
    time of a name outside the model); the worker loads torch for its model anyway."""
    import torch

    count = min(count, similarity.shape[1])
    return torch.topk(torch.from_numpy(similarity), count, dim=1, sorted=False).indices.numpy()


@dataclass(frozen=True)
class _Row:
    scores: FloatArray
    tests: tuple[str | None, ...]
    semantic_category: int
    lexical_category: int
    neighbours: npt.NDArray[np.int64]
    unknown_word_share: float
    numbered_apart: tuple[bool, ...]
    lettered_apart: tuple[bool, ...]
    organism_apart: tuple[bool, ...]
    worded_apart: tuple[bool, ...]


@dataclass(frozen=True)
class _Penalties:
    """What each reference loses against a name, one row per kind of name, subtracted from the name's
    similarities as a whole row (a reference that loses nothing loses an exact 0)."""

    specimens: dict[str, FloatArray]
    # Names of no distinct specimen (blood, or none said).
    default: FloatArray
    # Names that mention a microorganism, against references that name none.
    organism: FloatArray
    # Names of a word class (grammar.toml `[classes]`), against references of the class's other categories.
    classes: dict[str, FloatArray]

    def of_specimen(self, specimen: str | None) -> FloatArray:
        return self.specimens.get(specimen, self.default) if specimen is not None else self.default


def _penalties(
    index: _ReferenceIndex, specimen: np.float32, own_specimen: np.float32, organism: np.float32
) -> _Penalties:
    """A test on another specimen than the name's is less likely; a blood test measured in urine
    (catecholamines, heavy metals) only a little less, since labs run many of them on both and the name's
    analyte says more than its specimen. A blood analyte measured in a body fluid (CSF, pleural, ascitic,
    synovial), in stool or in semen is that specimen's own test (the taxonomy files them under `other`),
    never the blood test, however exactly the analyte matches ("Pleural Fluid Sugar" is not blood sugar):
    there the tests of other specimens lose `own_specimen` (`_OWN_SPECIMEN_FACTOR` penalties); tests of
    any specimen (cultures, antigens) none. A name that mentions a microorganism ("B. suis Ab",
    "H. capsulatum Ab CF") is an infection test, whatever an antibody to a self-antigen it resembles:
    references that name no organism lose `organism` (allergen IgE excepted: an allergy test)."""

    def row() -> FloatArray:
        return np.zeros(len(index.texts), dtype=np.float32)

    rows: dict[str, FloatArray] = {}
    for name in sorted(_DISTINCT_SPECIMENS | _FLUID_SPECIMENS | _OWN_CHEMISTRY_SPECIMENS):
        rows[name] = penalty = row()
        other = index.distinct & (index.specimens != name)
        if name in _FLUID_SPECIMENS:
            penalty[index.distinct & ~index.fluid] = own_specimen
            penalty[index.blood] = own_specimen
        elif name in _OWN_CHEMISTRY_SPECIMENS:
            penalty[other] = specimen
            penalty[index.blood] = own_specimen
        else:
            penalty[other] = specimen
            penalty[index.blood] = specimen / 3
    default = row()
    default[index.distinct] = specimen
    organism_row = row()
    organism_row[index.no_organism] = organism
    # A name a word class places (a drug, a susceptibility, a hormone) weighs the taxonomy's reading of the
    # class as an organism weighs an infection: references of other categories lose as much.
    classes: dict[str, FloatArray] = {}
    for kind in index.grammar.classes:
        classes[kind.name] = penalty = row()
        penalty[~np.isin(index.categories, [CATEGORY_ORDER.index(c) for c in kind.categories])] = organism
    return _Penalties(rows, default, organism_row, classes)


# A test with more names than this groups analytes (`drug_levels`, `viral_serology`): leaving one
# analyte out hides only the names that share a distinctive word with it.
_GROUP_SIZE = 25
# A word in more than this share of the references ("antibody", "igg", "total") is not distinctive.
_COMMON_WORD_SHARE = 0.005


_Designator = TypeVar("_Designator", int, str)


def numbered_apart(
    numbers: frozenset[_Designator], references: Sequence[frozenset[_Designator] | None]
) -> tuple[bool, ...]:
    """For each best reference's numbers (None: its test's names number it with no number common to all,
    as a test that groups "igg1" to "igg4" or the CD markers does): whether the name says other numbers,
    where both say some and neither set holds the other ("il 10" and "il 9", "f xiii" and "f vii"; not
    "hiv 1" and "hiv 1 2", nor "25 oh vitamin d3" and "25 hydroxyvitamin d", nor "5 hiaa" and "5 hiaa 24
    hour urine"). Letters (`letters_of`) are compared the same way: "strep group a" and "group b strep",
    "troponin t" and "troponin i"; not "hep b s ag" and "hepatitis b surface antigen"."""
    return tuple(
        reference is not None
        and bool(numbers)
        and bool(reference)
        and not reference <= numbers
        and not numbers <= reference
        for reference in references
    )


def letters_and_classes_of(text: str, rules: Grammar | None = None) -> frozenset[str]:
    """A name's letters and the letters of its immunoglobulin classes ("igm" is m), compared together by
    `numbered_apart`: "ebv vca igm" is apart from the VCA IgG test's "ebv vca igg" as "troponin t" is from
    "troponin i"; "g type ig subclass" (IgG written as its letter) is not apart from "igg subclass"."""
    return letters_of(text) | {word[-1] for word in immunoglobulin_classes_of(text, rules)}


def _designations(
    texts: Sequence[str], test_ids: Sequence[str], of: Callable[[str], frozenset[_Designator]]
) -> list[frozenset[_Designator] | None]:
    """Each reference's numbers or letters (`of`) as `numbered_apart` compares them: None for the names of a
    test whose names say them with none common to all, as a test that groups analytes numbered apart does
    ("igg1" to "igg4", the CD markers, "b cells" and "t cells"; not interleukin 12's "il 12" and "il 12
    p70")."""
    said = [of(text) for text in texts]
    sets: dict[str, set[frozenset[_Designator]]] = {}
    for test_id, these in zip(test_ids, said, strict=True):
        if these:
            sets.setdefault(test_id, set()).add(these)
    various = {test_id for test_id, these in sets.items() if not frozenset.intersection(*these)}
    return [None if test_id in various else these for test_id, these in zip(test_ids, said, strict=True)]


# Two organism words whose first this many letters are alike name one organism in two forms ("pneumococcus",
# "pneumococcal"; "influ", "influenzae"; "polio", "poliovirus").
_ORGANISM_STEM = 5


def organism_stems(words: Iterable[str]) -> frozenset[str]:
    """Organism words as `organism_apart` compares them: the first letters of each (a short word whole)."""
    return frozenset(word[:_ORGANISM_STEM] for word in words)


def organism_apart(organisms: frozenset[str], tests: Sequence[frozenset[str]]) -> tuple[bool, ...]:
    """For the organism words each best test's names name (`organism_stems`): whether the name names organisms
    and none of them ("cmv igg csf" and the RSV test's "rsv", "respiratory syncytial virus"; not "pneumococcus
    ag" and a test of "pneumococcal antigen", nor a name or a test that names none)."""
    stems = organism_stems(organisms)
    return tuple(bool(stems) and bool(test) and stems.isdisjoint(test) for test in tests)


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
        self.categories = categories
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
        # The numbers and the letters each reference says ("il 9": {9}; "group b strep": {"b"}), as
        # `numbered_apart` compares them.
        self.numbers = _designations(self.texts, self.test_ids, numbers_of)
        self.letters = _designations(
            self.texts, self.test_ids, lambda text: letters_and_classes_of(text, tests.grammar)
        )
        # The organism words (grammar `[organisms]`) of each test's names together: a test's synonyms name
        # its organism several ways ("cmv", "cytomegalovirus"), a test that groups pathogens names them all.
        organisms: dict[str, set[str]] = {}
        for test_id, text in zip(self.test_ids, self.texts, strict=True):
            organisms.setdefault(test_id, set()).update(set(text.split()) & tests.grammar.organisms)
        self.test_organisms = {test_id: organism_stems(words) for test_id, words in organisms.items()}
        self.analyte_columns: dict[str, int] = {}
        for column, text in enumerate(self.analytes):
            self.analyte_columns.setdefault(text, column)
        self.embeddings = embedder.embed(self.analytes)
        # For each word that says a row is a test ("test", "level"), the references that have it: a name
        # with the word is compared with the word to these and without it to the others (`_similarity`).
        self.test_word_columns: dict[str, npt.NDArray[np.bool_]] = {
            word: np.array([word in text.split() for text in self.analytes], dtype=bool)
            for word in sorted(tests.grammar.test_words)
        }
        self.analytes_sorted = [words_sorted(text) for text in self.analytes]
        self.columns_of_test: dict[str, list[int]] = {}
        for column, test_id in enumerate(self.test_ids):
            self.columns_of_test.setdefault(test_id, []).append(column)
        frequency = Counter(word for text in self.analytes for word in set(text.split()))
        self.common_words = frozenset(
            word for word, count in frequency.items() if count > _COMMON_WORD_SHARE * len(self.analytes)
        )
        # The distinctive words of each test's names (`worded_apart`): not common among the references, not
        # a word the grammar says adds nothing to which test a name is (a specimen, a method, a property, a
        # qualifier), not a letter. Indexed by word for the tests that do not group analytes.
        grammar_ = tests.grammar
        plain = (
            grammar_.optional
            | grammar_.stop_words
            | grammar_.test_words
            | grammar_.report_words
            | grammar_.specimens.keys()
            | grammar_.methods
            | grammar_.properties
            | grammar_.units
        )
        distinctive: dict[str, set[str]] = {}
        for test_id, text in zip(self.test_ids, self.analytes, strict=True):
            distinctive.setdefault(test_id, set()).update(
                word
                for word in text.split()
                if len(word) > 1 and word not in self.common_words and word not in plain
            )
        self.test_words: dict[str, frozenset[str]] = {
            key: frozenset(value) for key, value in distinctive.items()
        }
        self.tests_of_word: dict[str, list[str]] = {}
        for test_id, these in self.test_words.items():
            if len(self.columns_of_test[test_id]) <= _GROUP_SIZE:
                for word in these:
                    self.tests_of_word.setdefault(word, []).append(test_id)
        self.tests_by_id = tests.by_id
        words = [word for text in self.texts for word in text.split()]
        # Organism words are known words too: an organism the catalogue does not name ("suis") must not
        # be "corrected" into another word.
        self.grammar_words = tests.grammar.report_words | tests.grammar.organisms
        self.corrector = TokenCorrector([*words, *self.grammar_words])
        # The words as labs write them, before the grammar translates or rewrites them: a misspelt word of
        # another language ("grossesose", "natium", "colro") is mended into the word the grammar reads
        # ("grossesse", "natrium", "cloro"), not into the English word it is nearest to ("color").
        written = [word for ref in references for word in cleaned_words(ref.name, tests.grammar)]
        # A last word cut by a print field may begin several words of as many languages that all read as
        # one ("triglicer", "catecolam"): it is that word.
        written_vocabulary = [*written, *words, *written_words(tests.grammar)]
        self.grammar = tests.grammar
        self._spelled: LRUCache[str, str] = LRUCache(maxsize=_SPELLED_MEMO_SIZE)
        self._spelled_lock = threading.Lock()
        self.written = TokenCorrector(written_vocabulary, reading=self.spelled)
        self.written_vocabulary = frozenset(written_vocabulary)
        # How many references use each word (once per reference), for the words a name's hidden
        # references alone use (`unknown_word_share`).
        self.word_uses = Counter(word for text in self.texts for word in set(text.split()))
        self.abbreviated = AbbreviatedNames(
            zip(self.texts, self.test_ids, strict=True),
            {test.id: test.category for test in tests.by_id.values()},
        )
        self.cut_specimens = CutSpecimens(tests.grammar.specimens, tests.grammar.specimens_in_context)
        # The short words a glued code may hold (`spelling.glued_splits`): a specimen's abbreviation of one
        # or two letters ("GLUCOSEU", "BILIRUBINUR", "WBCUA") and the antibody's and antigen's.
        self.glued_short = frozenset(
            word for word in tests.grammar.specimens if len(word) < 3 and word.isalpha()
        ) | {"ab", "ag"}

    def correct_written(self, text: str) -> str:
        """A cleaned name's words, each that neither a catalogue name nor the grammar knows mended into the
        word as written it is a typo of, the last word also completed if a print field cut it
        (`TokenCorrector.mend`). A word the grammar reads by a rule rather than
        as listed (a spelling variant, an Arabic word with its article, a Russian word in another case) is
        known."""
        words = text.split()
        last = len(words) - 1
        # A name cut by its print field may have its specimen printed after it by the system ("Bili
        # Geconj. (bloed)", "Foliumz. (bloed)": AmsterdamUMCdb), or a drug level's timing ("VANC-PK": peak),
        # so the word before the specimen or qualifier words that end it is a last word too.
        while last > 0 and self._says_specimen(words[last]):
            last -= 1
        return " ".join(
            word
            if self.knows_written(word)
            else self._mended(word, complete=position in (last, len(words) - 1))
            for position, word in enumerate(words)
        )

    def _mended(self, word: str, *, complete: bool) -> str:
        """A word labs do not write whole, mended: a typo or cut of a written word; else, a Cyrillic or
        Greek word no script entry reads, as the written Latin word its transcription is or is a typo of
        ("остеокальцин" -> osteocalcin, "προγεστερόνη" -> progesterone). A short word is left as it is: a
        few letters transcribe to too many words."""
        mended = self.written.mend(word, complete=complete)
        if mended != word or word.isascii() or len(word) < _MIN_TRANSCRIBED:
            return mended
        for latin in self.grammar.scripts.transcriptions(word):
            if self.knows_written(latin):
                return latin
            typo_of = self.written.mend(latin)
            if typo_of != latin:
                return typo_of
        return word

    def spelled(self, word: str) -> str:
        """`apply_spelling` of one cleaned word, remembered: the same words come back name after name (the
        memo is bounded: words come from user input)."""
        with self._spelled_lock:
            read = self._spelled.get(word)
        if read is None:
            read = apply_spelling(word, self.grammar)
            with self._spelled_lock:
                self._spelled[word] = read
        return read

    def _says_specimen(self, word: str) -> bool:
        read = self.spelled(word).split()
        return bool(read) and all(
            part in self.grammar.specimens or part in self.grammar.optional for part in read
        )

    def worded_apart(self, text: str, best_tests: Sequence[str | None]) -> tuple[bool, ...]:
        """For each category's best test: whether another test of its category, one that names a single
        analyte, has names sharing more of the name's distinctive words (`test_words`) than the best test's
        names do ("non high density lipoprotein cholesterol" nearest HDL's names, where the non-HDL test's
        say "non" too; "surface antigen hbsag" nearest HBeAg's, where HBsAg's say "surface" and "hbsag").
        The category may be sure, but the test is a sibling's guess, so the name carries none."""
        words = {word for word in analyte_text(text).split() if word in self.tests_of_word}
        if not words:
            return (False,) * len(best_tests)
        shared = Counter(test_id for word in words for test_id in self.tests_of_word[word])
        result = []
        for test_id in best_tests:
            if test_id is None:
                result.append(False)
                continue
            own = words & self.test_words.get(test_id, frozenset())
            category = self.tests_by_id[test_id].category
            result.append(
                any(
                    count > len(own)
                    and other != test_id
                    and self.tests_by_id[other].category == category
                    and own <= self.test_words[other]
                    for other, count in shared.items()
                )
            )
        return tuple(result)

    def printed_cut(self, name: str) -> bool:
        """Whether `name` is one word no lab writes whole, as print fields cut one ("VANILLY", "CRENATE")."""
        words = cleaned_words(name, self.grammar)
        return len(words) == 1 and words[0].isalpha() and not self.knows_written(words[0])

    def knows_written(self, word: str) -> bool:
        """Whether a cleaned word is one labs write whole (a catalogue or grammar word, or read by rule)."""
        if word in self.written_vocabulary:
            return True
        if word.isascii():
            return self.spelled(word) != word
        return self.grammar.scripts.word(word) is not None

    def rival_readings(self, name: str) -> list[str]:
        """`name` as written (cleaned) with a misspelt word read as each other word it is as near to, when
        that reads differently ("colro": "color", or Spanish "cloro", chloride): which one the lab meant is
        a guess unless both give one test."""
        words = cleaned_words(name, self.grammar)
        readings = []
        for position, word in enumerate(words):
            if self.knows_written(word):
                continue
            meant = self.spelled(self.written.mend(word))
            for rival in self.written.rivals(word):
                # A word the grammar drops (a method's, "elecd" of "hgb elect") would say nothing: the lab
                # printed the word to say something, so that is no rival reading.
                if self.spelled(rival) != meant and normalize_name(rival, self.grammar).text:
                    readings.append(" ".join([*words[:position], rival, *words[position + 1 :]]))
        return readings

    def with_cut_specimen(self, name: NormalizedName) -> NormalizedName:
        """`name` with a misspelt specimen word read as the specimen ("arterial bilood gas", "potassium
        stol"), or its last word if cut from one ("urea nitrogen ascit"): words of no catalogue name or
        grammar list, in a name of two words or more."""
        words = name.text.split()
        if len(words) < 2 or name.unread:
            return name
        said: set[str] = set()
        kept: list[str] = []
        for position, word in enumerate(words):
            specimen = None
            if word not in self.grammar_words and not self.corrector.knows(word):
                specimen = self.cut_specimens.specimen(word, cut=position == len(words) - 1)
            if specimen is None:
                kept.append(word)
                continue
            said.add(specimen)
            # As normalize_name writes a specimen word: the specimen itself, or nothing for blood.
            if specimen != BLOOD:
                kept.append(specimen)
        if not said:
            return name
        text = " ".join(kept)
        if name.specimen is not None:
            said.add(name.specimen)
        return replace(name, text=text, specimen=first_specimen(said))

    def analyte_columns_of(self, test_id: str, text: str) -> list[int]:
        """The reference columns that name the same analyte as `text` under test `test_id`: all of the
        test's names, or for a test grouping many analytes, those sharing a distinctive word."""
        columns = self.columns_of_test.get(test_id, [])
        if len(columns) <= _GROUP_SIZE:
            return columns
        words = {word for word in analyte_text(text).split() if len(word) > 2} - self.common_words
        return [column for column in columns if not words.isdisjoint(self.analytes[column].split())]

    def unknown_word_share(self, text: str, hidden: Sequence[int] = ()) -> float:
        """The share of `text`'s words no reference but the `hidden` ones uses and the grammar does not
        know (a report word, an organism): what the catalogue cannot explain of the name."""
        words = text.split()
        if not words:
            return 0.0
        uses_hidden = Counter(word for column in set(hidden) for word in set(self.texts[column].split()))
        unknown = sum(
            word not in self.grammar_words and self.word_uses[word] <= uses_hidden[word] for word in words
        )
        return unknown / len(words)


class Categorizer:
    """Assigns canonical tests and taxonomy categories to lab-test names; thread-safe, lazy."""

    def __init__(
        self,
        embedder: Embedder,
        *,
        tests: Catalogue | None = None,
        references: Sequence[Reference] | None = None,
        embedding_weight: float | None = None,
        other_threshold: float | None = None,
        temperature: float | None = None,
        review_threshold: float | None = None,
        specimen_penalty: float | None = None,
        organism_penalty: float | None = None,
        confidence_weights: Sequence[float] | None = None,
        result_cache_size: int = 100_000,
    ) -> None:
        """Parameters left None take their calibrated value (`calibration.toml`)."""
        fitted = calibrated_parameters()
        embedding_weight = fitted.embedding_weight if embedding_weight is None else embedding_weight
        specimen_penalty = fitted.specimen_penalty if specimen_penalty is None else specimen_penalty
        organism_penalty = fitted.organism_penalty if organism_penalty is None else organism_penalty
        temperature = fitted.temperature if temperature is None else temperature
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
        self._own_specimen_penalty = np.float32(specimen_penalty * _OWN_SPECIMEN_FACTOR)
        self._organism_penalty = np.float32(organism_penalty)
        # Chinese words scripts.toml does not know, glossed from CC-CEDICT for their meaning (glosses.py).
        self._glosses = ChineseGlosses(lambda word: word.translate(self.tests.grammar.scripts.letters))
        self.parameters = DecisionParameters(
            fitted.other_threshold if other_threshold is None else other_threshold,
            temperature,
            fitted.review_threshold if review_threshold is None else review_threshold,
            tuple(fitted.confidence_weights if confidence_weights is None else confidence_weights),
        )
        self._index: _ReferenceIndex | None = None
        # The loaded index's penalty rows, set with it (`_loaded_index`).
        self._penalty_rows = _Penalties({}, np.zeros(0, np.float32), np.zeros(0, np.float32), {})
        self._index_lock = threading.Lock()
        self._results: LRUCache[str, Categorization] = LRUCache(maxsize=result_cache_size)
        self._results_lock = threading.Lock()

    @property
    def tests(self) -> Catalogue:
        return self._tests or catalogue()

    def warm_up(self) -> None:
        """Load the model, embed the references and read the Chinese dictionary now rather than on the first
        request."""
        self._loaded_index()
        self._glosses.load()

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

    def score_many(
        self,
        names: Sequence[str],
        *,
        exclude_identical: bool = False,
        leave_out: Sequence[str | None] | None = None,
    ) -> list[ScoredName]:
        """Scores of each name. `exclude_identical` ignores the catalogue name equal to the name (exact
        lookup and references with the same normalized text, for the combined score and for meaning and
        spelling alone): a known name becomes unseen. `leave_out`
        (one test id or None per name, implies `exclude_identical`) also ignores that test's names, so
        the name's analyte becomes unknown, as most names a new lab sends are: calibration fits on that.
        A test that groups many analytes (`drug_levels`) loses only its names that share a distinctive
        word with the name: its other analytes stay known, as they would be."""
        if leave_out is not None:
            exclude_identical = True
            if len(leave_out) != len(names):
                raise ValueError("leave_out needs one test id (or None) per name")
        index = self._loaded_index()
        tests = self.tests
        # "CBC: Hemoglobin" is scored as "Hemoglobin" (the panel's name would pull it to the panel).
        names = [self._unglued(index, tests.without_panel(name)) for name in names]
        # A specimen word cut short or misspelt at the end ("Urea Nitrogen, Ascit") is read as the specimen.
        normalized = [
            index.with_cut_specimen(
                normalize_name(name, tests.grammar, correct=index.correct_written, gloss=self._glosses)
            )
            for name in names
        ]
        # Phrase rewrites run again after typo correction: "alkaline phosphatse" only becomes a phrase
        # the rewrites know once corrected.
        texts = [self._corrected(index, item.text) for item in normalized]
        exact: list[str | None] = [None] * len(names)
        ambiguous = [False] * len(names)
        rival_categories: list[frozenset[str]] = [frozenset()] * len(names)
        several = [False] * len(names)
        own_specimen = [False] * len(names)
        for row, (item, text) in enumerate(zip(normalized, texts, strict=True)):
            if item.unread:
                # Known exactly only by a gloss the lab printed in a script read ("Глюкоза (Glucose)").
                test = tests.lookup_gloss_only(names[row]) or tests.lookup_loinc_in(names[row])
            else:
                test = (
                    tests.lookup_key(name_key(text), item.specimen)
                    or tests.lookup_key(item.key, item.specimen)
                    or tests.lookup_glossed(names[row])
                    or tests.lookup_alternatives(names[row])
                    or tests.lookup_bilingual(names[row])
                    or tests.lookup_loinc_in(names[row])
                    or tests.lookup_unitless_value(names[row])
                    or tests.lookup_result_word(names[row])
                )
                # A test named by its method alone ("HAI test", "血球凝集抑制試驗": the haemagglutination
                # inhibition test) reads as the report field "test" once the method is set apart: it names a
                # test whose analyte it does not say, a guess (`names_no_analyte`), not a report's field.
                if (
                    test is not None
                    and test.id == _REPORT_FIELDS
                    and not tests.grammar.report_words.issuperset(item.methods)
                ):
                    test = None
                # A name no catalogue name spells may be one cut short word by word ("Plt Agg", "Tri
                # Phosphate Crystals"), as print fields of a fixed width cut names.
                expanded = None
                # A name of words that name no analyte ("Substance concentrat": LOINC's property words
                # cut short) is not an abbreviation of a test's name: it goes to review as it is.
                if test is None and not names_no_analyte(text, tests.grammar):
                    cut = index.printed_cut(names[row])
                    initial = _ENDS_IN_INITIAL.search(names[row]) is not None
                    # Cut names of several tests of one category ("C-REACT": the CRP or the hs-CRP) are
                    # scored as the shortest such name, so that its category wins, but no test is known
                    # exactly.
                    expanded, reading = index.abbreviated.read(text, cut=cut, initial=initial)
                    if reading is not None:
                        texts[row] = reading
                        several[row] = True
                if expanded is not None:
                    texts[row] = expanded
                    test = tests.lookup_key(name_key(expanded))
                if test is None and not names[row].isascii():
                    # Read only through a transcription (`_ReferenceIndex.correct_written`), not known
                    # whole: a gloss the lab printed is what names it, as for a name left unread (the name
                    # read again without the corrector only when a gloss names a test).
                    glossed = tests.lookup_gloss_only(names[row])
                    if glossed is not None and normalize_name(names[row], tests.grammar).unread:
                        test = glossed
            if not exclude_identical:
                exact[row] = test.id if test else None
                if test is None and not item.unread:
                    own_specimen[row] = self._blood_analyte_in_own_specimen(
                        texts[row], item.specimen or specimen_of(texts[row], tests.grammar)
                    )
            # An exact test reached through a misspelt word that another word, as near, reads as a test of
            # another category ("colro": urine colour, or chloride) is a guess. So is a name scored by meaning
            # whose misspelt word, read as the other word, names a test exactly ("Anino Gap": "amino", or the
            # anion gap): `decide` sends it to review unless it chooses that test's category.
            if test is not None:
                ambiguous[row] = any(
                    (rival := tests.lookup_key(normalize_name(reading, tests.grammar).key)) is not None
                    and rival.category != test.category
                    for reading in index.rival_readings(names[row])
                )
            elif not item.unread:
                rival_categories[row] = frozenset(
                    tests.by_id[rival_id].category
                    for reading in index.rival_readings(names[row])
                    if (rival_id := self._exact_test(index, reading)) is not None
                )
        specimens = [
            item.specimen or specimen_of(text, tests.grammar)
            for item, text in zip(normalized, texts, strict=True)
        ]
        left_out = leave_out or [None] * len(names)
        pending = list(
            dict.fromkeys(
                (texts[row], specimens[row], left_out[row])
                for row in range(len(names))
                if exact[row] is None and texts[row]
            )
        )
        rows: dict[tuple[str, str | None, str | None], _Row] = {}
        if pending:
            similarity, semantic, lexical = self._similarity(index, [text for text, _, _ in pending])
            penalties = self._penalty_rows
            own_test = np.full(len(pending), -np.inf, dtype=np.float32)
            unknown_words = np.zeros(len(pending))
            for row, (text, _, test_id) in enumerate(pending):
                # Hidden from every path: meaning and spelling alone would otherwise still pick the
                # hidden name's category, and the confidence model would learn from their agreement an
                # answer no new name carries.
                hidden: list[int] = []
                if exclude_identical:
                    hidden += index.columns_of.get(text, [])
                    hidden += index.columns_of_key.get(name_key(text), [])
                if test_id is not None:
                    hidden += index.analyte_columns_of(test_id, text)
                unknown_words[row] = index.unknown_word_share(text, hidden)
                if hidden:
                    for scores in (similarity, semantic, lexical):
                        scores[row, hidden] = -1.0
            # The category each path alone would pick: where meaning and spelling disagree, the
            # combined pick is less sure than its score says. Taken before the penalties below, which
            # change only the combined score (with meaning alone weighed, `similarity` is `semantic`).
            semantic_categories = np.argmax(np.maximum.reduceat(semantic, index.starts, axis=1), axis=1)
            lexical_categories = np.argmax(np.maximum.reduceat(lexical, index.starts, axis=1), axis=1)
            for row, (text, specimen, _) in enumerate(pending):
                infection = is_infection_name(text, tests.grammar)
                if specimen in _OWN_TEST_SPECIMENS and not infection:
                    # A blood analyte named in a body fluid, stool or semen ("CRP (overig)", "HCG
                    # (liquor)") is that specimen's own test, which the taxonomy files under `other`:
                    # the analyte's match on blood counts for `other`, one specimen penalty down, so
                    # that a test of any specimen (a culture, an antigen) it merely resembles does not
                    # take it. A name that names a pathogen stays an infection test.
                    own_test[row] = similarity[row, index.blood].max(initial=-1.0) - self._specimen_penalty
                # Specimens and organisms (`_penalties`).
                similarity[row] -= penalties.of_specimen(specimen)
                if infection:
                    similarity[row] -= penalties.organism
                elif (kind := word_class(text, tests.grammar)) is not None:
                    similarity[row] -= penalties.classes[kind.name]
            category_scores = np.maximum.reduceat(similarity, index.starts, axis=1)
            # The best reference of each category, for all names at once (one argmax per category).
            best_columns = np.stack(
                [
                    start + np.argmax(similarity[:, start:end], axis=1)
                    for start, end in zip(index.starts, index.ends, strict=True)
                ],
                axis=1,
            )
            # The categories of the nearest references (the confidence model's neighbour agreement):
            # an analyte the catalogue does not know lands among names of several categories.
            neighbours = index.categories[_nearest(similarity, NEIGHBOURS)]
            for row, key in enumerate(pending):
                best_tests: tuple[str | None, ...] = tuple(
                    index.test_ids[int(column)] for column in best_columns[row]
                )
                category_row = category_scores[row]
                if own_test[row] > category_row[_OTHER] and int(np.argmax(category_row)) != _OTHER:
                    # The specimen's own test of a blood analyte: `other`, with no canonical test (the
                    # catalogue has none for it; a trend must not join it to the blood test's). Where
                    # `other` already leads, its own best test (a fluid's iron, say) stays.
                    category_row[_OTHER] = own_test[row]
                    best_tests = (*best_tests[:_OTHER], None, *best_tests[_OTHER + 1 :])
                rows[key] = _Row(
                    category_scores[row],
                    best_tests,
                    int(semantic_categories[row]),
                    int(lexical_categories[row]),
                    neighbours[row],
                    float(unknown_words[row]),
                    numbered_apart(
                        numbers_of(key[0]), [index.numbers[int(column)] for column in best_columns[row]]
                    ),
                    numbered_apart(
                        letters_and_classes_of(key[0], tests.grammar),
                        [index.letters[int(column)] for column in best_columns[row]],
                    ),
                    organism_apart(
                        frozenset(key[0].split()) & tests.grammar.organisms,
                        [
                            index.test_organisms.get(test_id, frozenset()) if test_id else frozenset()
                            for test_id in best_tests
                        ],
                    ),
                    index.worded_apart(key[0], best_tests),
                )
        empty = _Row(
            np.zeros(len(CATEGORY_ORDER), dtype=np.float32),
            (None,) * len(CATEGORY_ORDER),
            -1,
            -1,
            np.zeros(0, dtype=np.int64),
            0.0,
            (),
            (),
            (),
            (),
        )
        result = []
        for row in range(len(names)):
            found = rows.get((texts[row], specimens[row], left_out[row]), empty)
            result.append(
                ScoredName(
                    texts[row],
                    specimens[row],
                    found.scores,
                    found.tests,
                    exact[row],
                    found.semantic_category,
                    found.lexical_category,
                    found.neighbours,
                    read_share=read_share(normalized[row]),
                    unknown_word_share=found.unknown_word_share,
                    misspelt_ambiguously=ambiguous[row],
                    rival_categories=rival_categories[row],
                    looks_cut=looks_cut(names[row], tests.grammar),
                    several_tests=several[row],
                    numbered_apart=found.numbered_apart,
                    lettered_apart=found.lettered_apart,
                    organism_apart=found.organism_apart,
                    worded_apart=found.worded_apart,
                    own_specimen_test=own_specimen[row],
                )
            )
        return result

    def _blood_analyte_in_own_specimen(self, text: str, specimen: str | None) -> bool:
        """Whether a normalized name is a blood analyte the catalogue knows exactly, named in a body fluid,
        stool or semen with no pathogen ("alat fluid", "erythrocytes csf"): that specimen's own test
        (`other`)."""
        tests = self.tests
        if specimen not in _OWN_TEST_SPECIMENS or is_infection_name(text, tests.grammar):
            return False
        analyte = analyte_text(text)
        blood = tests.lookup_key(name_key(analyte)) if analyte != text else None
        return blood is not None and blood.specimen == BLOOD and blood.category != _INFECTION

    def _unglued(self, index: _ReferenceIndex, name: str) -> str:
        """A short name whose words were glued together ("EoAbs", "LHUrine", "VANCOMYdal (bloed)"), read
        with its words apart: only when the name as printed has a word no catalogue name or report word
        uses (even after typo correction) and a reading apart has none; the first such reading."""
        readings = run_on_readings(name)
        if not readings:
            # A code read apart as words labs write whole first, unless it is one such word cut short; else
            # as two short words that read as one test exactly ("TROPI": TROP I, not tropism cut short).
            unglued = name if self._cut_word(index, name) else self._unglued_code(index, name)
            return unglued if unglued != name else self._split_code(index, name)
        tests = self.tests
        normalized = normalize_name(name, tests.grammar)
        if normalized.unread or tests.lookup_key(normalized.key):
            return name
        if index.corrector.knows(self._corrected(index, normalized.text)):
            return name
        for reading in readings:
            text = normalize_name(reading, tests.grammar).text
            if text and index.corrector.knows(self._corrected(index, text)):
                return reading
        return name

    def _cut_word(self, index: _ReferenceIndex, name: str) -> bool:
        """Whether `name` is one word a print field cut short of words labs write ("MYOGLOB": myoglobin,
        "TRIIODO": triiodothyronine; "NORMETA": normetanephrine, normetadrenaline; `TokenCorrector.begins`):
        read as the word or words it begins, not as short words glued ("myo" + "glob", "nor" + "meta")."""
        words = cleaned_words(name, self.tests.grammar)
        return len(words) == 1 and (
            index.written.completion(words[0]) is not None or index.written.begins(words[0])
        )

    def _unglued_code(self, index: _ReferenceIndex, name: str) -> str:
        """A capitals-only code glued from words as labs write them ("GLUCOSEU": glucose in urine,
        "NEUTROABS", "BILIRUBINUR"), read with its words apart (`spelling.glued_splits`): only when the
        code is no word a catalogue name or the grammar knows as written, and a reading apart is known
        word for word with no typo corrected; else an analyser's assay code read without its generation
        ("GLUC3", "ALP2L": `spelling.assay_code`). Before a typo's correction: "GLUCOSEU" is one letter from
        glucose, but its every letter is read apart, and the "U" says urine."""
        code = name.strip()
        if not code.isalnum() or code.lower() in index.written_vocabulary:
            return name
        tests = self.tests
        readings = glued_splits(code, index.written_vocabulary.__contains__, index.glued_short)
        analyte = assay_code(code)
        for reading in [*readings, *([analyte] if analyte else [])]:
            text = normalize_name(reading, tests.grammar).text
            if text and index.corrector.knows(text):
                return reading
        return name

    def _split_code(self, index: _ReferenceIndex, name: str) -> str:
        """A name printed as one word of capitals run together from two short words (VistA's "FLUBANG":
        FLU + BANG, influenza A Bangkok; "ABHBC": AB + HBC), read with the words apart: only when the word
        as printed is neither known nor read exactly, and the splits that read as a catalogue test exactly
        (as written, or cut word by word) all read as one test; the first such split."""
        words = cleaned_words(name, self.tests.grammar)
        if (
            len(words) != 1
            or not name.strip().isupper()
            or not words[0].isalpha()
            or len(words[0]) < _MIN_SPLIT_CODE
            or index.knows_written(words[0])
            or self._exact_test(index, name) is not None
        ):
            return name
        word = words[0]
        found: dict[str, str] = {}
        # The last part may be a letter, an initial ("BILIT", "CHOLT": BILI T, CHOL T, the total), after a
        # word of at least `_MIN_BEFORE_INITIAL` letters.
        for cut in range(_MIN_SPLIT_PART, len(word)):
            reading = f"{word[:cut]} {word[cut:]}"
            if len(word) - cut < _MIN_SPLIT_PART and cut < _MIN_BEFORE_INITIAL:
                continue
            # Both parts must say something: "CSPOR" is not "CS" with a Spanish "por" (by) dropped.
            if not all(
                normalize_name(part, self.tests.grammar).text for part in reading.split() if len(part) > 1
            ):
                continue
            test = self._exact_test(index, reading)
            if test is not None:
                found.setdefault(test, reading)
        return next(iter(found.values())) if len(found) == 1 else name

    def _exact_test(self, index: _ReferenceIndex, name: str) -> str | None:
        """The test a name reads as exactly (as score_many's exact path reads it), or None."""
        tests = self.tests
        normalized = normalize_name(name, tests.grammar, correct=index.correct_written)
        if normalized.unread or not normalized.text:
            return None
        text = self._corrected(index, normalized.text)
        test = tests.lookup_key(name_key(text), normalized.specimen) or tests.lookup_key(
            normalized.key, normalized.specimen
        )
        if test is None:
            # A word printed cut ("ANTISTR", antistreptolysin) may begin a reference's first word, as in
            # score_many: then it is that test, not two short words run together ("antis" + "tr").
            expanded = index.abbreviated.expand(text, cut=index.printed_cut(name))
            test = tests.lookup_key(name_key(expanded)) if expanded is not None else None
        return test.id if test is not None else None

    def _corrected(self, index: _ReferenceIndex, text: str) -> str:
        corrected = index.corrector.correct(text)
        # Phrase rewrites run again only when a typo was corrected ("alkaline phosphatse" becomes a phrase
        # the rewrites know once corrected); on an unchanged text they already ran in normalize_name.
        return text if corrected == text else apply_spelling(corrected, self.tests.grammar)

    def _similarity(
        self, index: _ReferenceIndex, texts: Sequence[str]
    ) -> tuple[FloatArray, FloatArray, FloatArray]:
        """(combined, meaning, spelling) similarity of each text with every reference.

        A text with a word that says a row is a test ("urea test", "ferritin level"; `test_words` of the
        grammar) is compared as it is with the references that have the word ("mono test", "vancomycin
        level"), and without the word with all the others: the word alone must not pull a name towards the
        references that contain it ("widal test")."""
        analytes = [analyte_text(text) for text in texts]
        # (row, reference columns to read without the words) of each text that has some, its reading
        # without them appended after the texts.
        without: list[tuple[int, npt.NDArray[np.bool_]]] = []
        readings = list(analytes)
        for row, text in enumerate(analytes):
            words = text.split()
            said = [word for word in words if word in index.test_word_columns]
            kept = [word for word in words if word not in index.test_word_columns]
            if said and kept:
                columns = np.logical_or.reduce([index.test_word_columns[word] for word in said])
                without.append((row, ~columns))
                readings.append(" ".join(kept))
        lexical = lexical_similarity([words_sorted(text) for text in readings], index.analytes_sorted)
        for extra, (row, columns) in enumerate(without, start=len(analytes)):
            lexical[row, columns] = lexical[extra, columns]
        lexical = lexical[: len(analytes)]
        if self._embedding_weight == 0:
            return lexical.copy(), lexical.copy(), lexical
        semantic: FloatArray = self._embed(index, readings) @ index.embeddings.T
        for extra, (row, columns) in enumerate(without, start=len(analytes)):
            semantic[row, columns] = semantic[extra, columns]
        semantic = semantic[: len(analytes)]
        if self._embedding_weight == 1:
            # Meaning alone (the fitted weight today): the combined score is the meaning's, one matrix
            # for both (score_many reads the paths' own picks before it penalizes the combined score).
            return semantic, semantic, lexical
        # In float32 throughout, in place: three names-by-references matrices, not five.
        combined: FloatArray = semantic * self._embedding_weight
        combined += (1 - self._embedding_weight) * lexical
        return combined, semantic, lexical

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
                index = _ReferenceIndex(references, self._embedder, tests)
                # Before the index is published: a thread that sees the index sees its penalties.
                self._penalty_rows = _penalties(
                    index, self._specimen_penalty, self._own_specimen_penalty, self._organism_penalty
                )
                self._index = index
            return self._index
