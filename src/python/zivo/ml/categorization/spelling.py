"""Typo correction for the words of a lab-test name, against the words the reference names use."""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from cachetools import LRUCache
from rapidfuzz import process
from rapidfuzz.distance import OSA

# Words shorter than this are abbreviations or plain words more often than typos ("tsh", "ldh", "heat",
# "bind"): a one-letter edit there changes the meaning, so they are left alone.
_MIN_LENGTH = 5
# Long words tolerate two edits ("amilaase") without becoming another word.
_LONG_WORD = 8
# A cut word this long that begins one vocabulary word is that word, even below `_MIN_LENGTH`: completing
# "borr" (German "Borr.Immunoblot"), "simp" ("Herpes simp."), "tiss", "exam" adds letters, where a typo
# correction would change one; three letters ("leu", "ase") begin too many words to say which.
_MIN_CUT_LENGTH = 4


class TokenCorrector:
    """Replaces a word that is not in the vocabulary by the vocabulary word it abbreviates, or else by the
    closest vocabulary word, if one is close.

    Lab systems with short name fields cut words off ("Haptoglob", "Thyroglob", "Catechol", "Nortrip",
    "Pentobarb", "Anticoag"): a word of `_MIN_CUT_LENGTH` letters or more that begins exactly one
    vocabulary word (or words that are all inflections of the shortest one: "estroge" -> estrogen,
    estrogens) is that word. A word that begins several unrelated words ("trans": transferrin,
    transaminase) is not completed.

    Closeness is optimal-string-alignment distance, so a swapped pair of letters ("thyriod",
    "gluocse") counts as one edit; among equally close words the most frequent wins. Corrections are
    remembered in a bounded LRU memo (words come from user input, so the memo must not grow without end).
    A word whose correction would turn it into a word that is merely a prefix-variant ("euglobulin" is not
    "globulin") is never produced: the distance bound rules that out for long words.
    """

    def __init__(
        self,
        vocabulary: Iterable[str],
        *,
        memo_size: int = 50_000,
        matches_memo_size: int = 4_096,
        reading: Callable[[str], str] | None = None,
    ) -> None:
        """`reading`: what a vocabulary word means once read (its translation): a cut word that begins
        several words which all read as one ("triglicer": Spanish triglicéridos, Portuguese triglicerídeos,
        Italian trigliceridi, all triglycerides) is that word, as one that begins a single word is."""
        self._reading = reading
        # Counts break ties: "urie" is one edit from "uric" and from "urine", and urine is far more common.
        self._counts = Counter(word for word in vocabulary if word)
        self._vocabulary = frozenset(self._counts)
        # Only alphabetic words are targets: a typo never turns "hba1c" into "b12".
        targets = sorted(word for word in self._counts if word.isalpha() and len(word) >= _MIN_LENGTH - 1)
        # Grouped by first letter: a typo keeps the first letter (below), so a word is compared only with
        # the targets that share it, a tenth of the vocabulary or less.
        self._targets: dict[str, list[str]] = {}
        for target in targets:
            self._targets.setdefault(target[0], []).append(target)
        self._memo: LRUCache[str, str] = LRUCache(maxsize=memo_size)
        # The near words of a word, by edit bound: one name asks for a misspelt word's several times (its
        # mending as a last word and as any word, its rivals), each a scan of the vocabulary; the asks
        # come within a name's reading, so a small memo holds them.
        self._matches_memo: LRUCache[tuple[str, int], tuple[tuple[str, int], ...]] = LRUCache(
            maxsize=matches_memo_size
        )
        self._lock = threading.Lock()

    def _kept(self, word: str) -> bool:
        """A word no correction touches: a known word, one too short, or one with a digit or a sign."""
        return word in self._vocabulary or len(word) < _MIN_CUT_LENGTH or not word.isalpha()

    def correct_word(self, word: str) -> str:
        if self._kept(word):
            return word
        if len(word) < _MIN_LENGTH:
            return self._completion(word) or word
        with self._lock:
            memo = self._memo.get(word)
        if memo is not None:
            return memo
        corrected = self._completion(word)
        if corrected is None:
            # A word that begins several vocabulary words is one cut short ("transf": transferrin,
            # transferase; "metab": metabolite, metabolism), no typo of a shorter word ("trans", "metal"),
            # unless one of them is the word with its last letter dropped ("fragil": fragile, fragility;
            # "creatin": creatine, creatinine).
            corrected = self._closest(word) if self._one_letter_short(word) else word
        with self._lock:
            self._memo[word] = corrected
        return corrected

    def completion(self, word: str) -> str | None:
        """The vocabulary word `word` (not one itself) begins as a word cut short begins it (`_completion`:
        one word, its inflections, or words that all read as one), or None."""
        return None if self._kept(word) else self._completion(word)

    def begins(self, word: str) -> bool:
        """Whether `word` (not one itself, of `_MIN_LENGTH` letters or more) begins vocabulary words: a word
        cut short (`mend`)."""
        return not self._kept(word) and len(word) >= _MIN_LENGTH and self._begins_any(word)

    def _begins_any(self, word: str) -> bool:
        targets = self._targets.get(word[0], [])
        start = bisect.bisect_right(targets, word)
        return start < len(targets) and targets[start].startswith(word)

    def _one_letter_short(self, word: str) -> bool:
        """Whether `word` begins no vocabulary word, or one that is `word` and one letter more."""
        return not self._begins_any(word) or any(
            word + letter in self._vocabulary for letter in "abcdefghijklmnopqrstuvwxyz"
        )

    def _completion(self, word: str) -> str | None:
        targets = self._targets.get(word[0], [])
        start = bisect.bisect_right(targets, word)
        stop = bisect.bisect_left(targets, word[:-1] + chr(ord(word[-1]) + 1), lo=start)
        completions = targets[start:stop]
        if not completions:
            return None
        shortest = min(completions, key=len)
        if all(other.startswith(shortest) for other in completions):
            return shortest
        if self._reading is not None and len({self._reading(other) for other in completions}) == 1:
            return shortest
        return None

    def _matches(self, word: str, max_edits: int) -> tuple[tuple[str, int], ...]:
        """The vocabulary words at most `max_edits` from `word`, with their distance (remembered)."""
        key = (word, max_edits)
        with self._lock:
            memo = self._matches_memo.get(key)
        if memo is not None:
            return memo
        matches = self._scan(word, max_edits)
        with self._lock:
            self._matches_memo[key] = matches
        return matches

    def _scan(self, word: str, max_edits: int) -> tuple[tuple[str, int], ...]:
        # Typos rarely hit the first letter; a real word that is not in the vocabulary often differs from
        # one that is only there ("bound" is not "wound"), so only targets with the same first letter count.
        matches = process.extract(
            word, self._targets.get(word[0], []), scorer=OSA.distance, score_cutoff=max_edits, limit=None
        )
        return tuple((str(match[0]), int(match[1])) for match in matches)

    def _closest(self, word: str) -> str:
        matches = self._matches(word, self._max_edits(word))
        if not matches:
            return word
        return min(matches, key=lambda match: (match[1], -self._counts[match[0]], match[0]))[0]

    def _typos(self, word: str) -> list[tuple[str, int]]:
        """The vocabulary words `word` is a typo of: one edit away (two for a long word); none when the
        nearest include one that is `word` with letters added or dropped at its end, an inflection
        ("liquides", "liquide"; "grams", "gram") or another word ("analyse", the French word; "analyser", a
        method), not a typo."""
        for max_edits in range(1, self._max_edits(word) + 1):
            matches = self._typos_within(word, max_edits)
            if matches:
                return matches
        return []

    @staticmethod
    def _max_edits(word: str) -> int:
        return 2 if len(word) >= _LONG_WORD else 1

    def _typos_within(self, word: str, max_edits: int) -> list[tuple[str, int]]:
        matches = self._matches(word, max_edits)
        if any(target.startswith(word) or word.startswith(target) for target, _ in matches):
            # An inflection of a vocabulary word: left to the reading of the grammar's words.
            return []
        return list(matches)

    def mend(self, word: str, *, complete: bool = False) -> str:
        """`word` as a typo of a vocabulary word (a word one letter from one is that word misspelt:
        "hemoglobn" is hemoglobin), or, when it begins vocabulary words, as a word cut short: with
        `complete` (a name's last word, where a print field cuts) the one word it begins ("falciformati",
        "chlordi": chlordiazepoxide, not a typo of "chlorid"), else as it is ("calcit": calcitonin or
        calcitriol, not a typo of "calcio"; "elect" inside a name); else as it is."""
        if word in self._vocabulary or len(word) < _MIN_LENGTH or not word.isalpha():
            return word
        key = f"{word} {complete}"
        with self._lock:
            memo = self._memo.get(key)
        if memo is not None:
            return memo
        mended = word
        if self._begins_any(word):
            # A word cut short is read before any typo: a cut keeps every letter it printed, a typo changes
            # one. The typo it is also near stays a rival reading (`rivals`): which the lab meant is a guess
            # when the two read as different tests ("glucoce": glucose misspelt, or glucocerebrosidase cut).
            if complete:
                mended = self._completion(word) or word
        else:
            typos = self._typos(word)
            if typos:
                mended = min(typos, key=lambda match: (match[1], -self._counts[match[0]], match[0]))[0]
        with self._lock:
            self._memo[key] = mended
        return mended

    def rivals(self, word: str) -> list[str]:
        """The vocabulary words a misspelt `word` is as near to as to the one `mend` reads it as (tied at
        the fewest edits): a word one swap from "color" and from "cloro" could be either. A word read as
        cut short (`mend`) has as rivals the words it is a typo of that labs write more often than the word
        it completes (none: the word it begins several): "glucoce" may be glucose misspelt as well as
        glucocerebrosidase cut, but "complem" is complement cut, not "complex" misspelt."""
        if word in self._vocabulary or len(word) < _MIN_LENGTH or not word.isalpha():
            return []
        typos = self._typos(word)
        if not typos:
            return []
        fewest = min(distance for _, distance in typos)
        if self._begins_any(word):
            completed = self._completion(word)
            uses = self._counts[completed] if completed is not None else 0
            return [
                target for target, distance in typos if distance == fewest and self._counts[target] > uses
            ]
        mended = self.mend(word)
        return [target for target, distance in typos if distance == fewest and target != mended]

    def correct(self, text: str) -> str:
        return " ".join(self.correct_word(word) for word in text.split())

    def knows(self, text: str) -> bool:
        """Whether every word of `text` with letters only is a vocabulary word."""
        return all(word in self._vocabulary for word in text.split() if word.isalpha())


# Where two words were glued together in a short name, the case changes: a lower-case letter before a
# capital ("EoAbs", "FibrAfbrProd"), or a run of capitals before lower-case letters, which may begin at
# the last capital ("LHUrine": LH + Urine) or after it ("VANCOMYdal": VANCOMY + dal).
_LOWER_UPPER_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_CAPITALS_THEN_LOWER_RE = re.compile(r"([A-Z]{2,})([a-z]{2,})")
# A name with more glued words than this is not a short name run together.
_MAX_READINGS = 16


def run_on_readings(name: str) -> list[str]:
    """The ways `name` reads with its glued words apart, the split at the case change first; [] when no
    word of it changes case inside."""
    options: list[list[str]] = []
    for token in re.split(r"(\W+)", name):
        readings = [" ".join(_LOWER_UPPER_RE.split(token))]
        match = _CAPITALS_THEN_LOWER_RE.fullmatch(readings[0])
        if match:
            capitals, lower = match.groups()
            readings = [f"{capitals} {lower}", f"{capitals[:-1]} {capitals[-1]}{lower}"]
        options.append(readings)
    readings = ["".join(parts) for parts in itertools.islice(itertools.product(*options), _MAX_READINGS)]
    return [reading for reading in readings if reading != name]


# Hospital systems' component codes glue their abbreviations in capitals with no case change to split at
# ("GLUCOSEU", "BILIRUBINUR", "NEUTROABS", "LACTICACID", "POCGLU"): a code splits into words as labs write
# them, each of `_MIN_GLUED_PIECE` letters or more or one of the few short words such codes end or begin with
# (a specimen's "U", "UR", "UA"; "AB", "AG"), at most three of them. Such codes fill a short field (5 to 14
# characters: "UROBILINOGENU" is 13); a longer word in capitals is a word ("ISOLEUCOAGLUTININAS", Spanish
# isoagglutinins, is not "iso leuco aglutininas").
_MIN_GLUED_PIECE = 3
_GLUED_CODE_RE = re.compile(r"[A-Z][A-Z0-9]{4,13}")


# Analysers' assay codes add the assay's generation to the analyte's code, and Roche's an "L" for a liquid
# reagent ("GLUC3", "CHOL2", "IRON2", "ALP2L", "HBA1C3"); a code of two letters keeps its digit ("CA2" may be
# the ionized calcium, "TP2" says too little).
_ASSAY_GENERATION_RE = re.compile(r"([A-Z][A-Z0-9]*[A-Z])[2-4]L?")


def assay_code(code: str) -> str | None:
    """The analyte's code of an analyser's assay code (`_ASSAY_GENERATION_RE`), None for no such code."""
    match = _ASSAY_GENERATION_RE.fullmatch(code)
    return match[1] if match and len(match[1]) >= _MIN_GLUED_PIECE else None


def glued_splits(code: str, known: Callable[[str], bool], short: Collection[str] = ()) -> list[str]:
    """The readings of a capitals-only `code` (one word, no case change) as known words apart, fewest
    words first (then the longest first word): [] when it is no such code or no split is known."""
    if not _GLUED_CODE_RE.fullmatch(code):
        return []
    word = code.lower()

    def piece(part: str) -> bool:
        return (len(part) >= _MIN_GLUED_PIECE or part in short) and known(part)

    splits: list[list[str]] = []
    for first in range(len(word) - 1, 0, -1):
        head, rest = word[:first], word[first:]
        if not piece(head):
            continue
        if piece(rest):
            splits.append([head, rest])
        for second in range(len(rest) - 1, 0, -1):
            middle, tail = rest[:second], rest[second:]
            if piece(middle) and piece(tail):
                splits.append([head, middle, tail])
    splits.sort(key=lambda split: (len(split), -len(split[0])))
    return [" ".join(split).upper() for split in splits[:_MAX_READINGS]]


# A cut word keeps at least this many letters ("Plt Agg", "Cyst Qu"); one letter is an initial, which
# must match a word of its own ("Inf A" is influenza A, not any word beginning with "a").
_MIN_CUT = 2
# Dropping vowels ("Plt", "Acd", "Asy") keeps the first two letters and leaves three or more.
_MIN_SKELETON = 3
# A name cut at the end of a print field keeps at least this many of its reference's words: one word
# alone ("Col") begins too many names to say which.
_MIN_LEADING_WORDS = 2
# ... unless that one word is cut short of a reference's first word, or is a word no reference ends with (a
# modifier: "carboxy", "luteinizing"), and has at least this many letters ("CARBOXY", "HYPERSE", "LUTEINI":
# VistA's seven-letter print names): then every reference it begins must be of one test.
_MIN_LEADING_LETTERS = 5
# A name whose last word is one letter ("LUPUS A", "TOXIC G", "BENCE J") may be cut after that letter, when
# its other words have at least this many letters between them and no reference reads it as written.
_MIN_LETTERS_BEFORE_INITIAL = 4


def _cut(short: str, word: str, shortest: int = _MIN_CUT) -> bool:
    """`short` is `word` cut off ("agg" of aggregation), keeping at least `shortest` letters."""
    return shortest <= len(short) < len(word) and short.isalpha() and word.startswith(short)


def _skeleton(short: str, word: str) -> bool:
    """`short` is `word` written without some of its letters ("plt" of platelet, "asy" of assay): its
    first two letters, then some of the others in order."""
    if len(short) < _MIN_SKELETON or len(short) >= len(word) or not short.isalpha() or short[:2] != word[:2]:
        return False
    letters = iter(word[2:])
    return all(letter in letters for letter in short[2:])


def abbreviates(
    shorts: Sequence[str], words: Sequence[str], known: Collection[str] = (), *, last_initial: bool = False
) -> bool:
    """Whether each of `shorts` is the word of `words` at its place, cut off or without some letters;
    at most one without letters: two such words ("Myl Prt") say too little to tell myelin basic protein
    from a myeloma protein. A `known` word of `_MIN_LENGTH` letters or more is itself, never another written
    without some letters ("immune" is not "immunobead"; "plt", short, is platelet). With `last_initial`, the
    last short may be its word cut to its first letter ("Lupus A", "Toxic G": the print field ends there)."""
    skeletons = 0
    last = len(shorts) - 1
    for position, (short, word) in enumerate(zip(shorts, words, strict=True)):
        if short == word or _cut(short, word, 1 if last_initial and position == last else _MIN_CUT):
            continue
        if (short in known and len(short) >= _MIN_LENGTH) or not _skeleton(short, word):
            return False
        skeletons += 1
    return skeletons <= 1


class AbbreviatedNames:
    """Names whose every word is cut short, as hospital systems with fixed-width print fields write
    them (VistA's "PLT AGG", "CYST QU", "INF A"; German "Sol.Fibr.mon."; LOINC's "Sex Horm Bind Glob"):
    matched, word for word and in order, against the reference names with as many words, each word equal
    or abbreviated (`abbreviates`). A name is read as a reference name only when every reference name it
    abbreviates is of one test ("Val Acid" would abbreviate valproic and valeric acid: left alone).
    Names that abbreviate the names of several tests of one category ("C-REACT": the C-reactive protein or
    its high-sensitivity assay) say the category but not the test (`reading`)."""

    def __init__(self, names: Iterable[tuple[str, str]], categories: Mapping[str, str] | None = None) -> None:
        """`names`: (normalized reference text, its test id) pairs; `categories`: each test id's category."""
        self._categories = dict(categories or {})
        self._tests: dict[str, set[str]] = {}
        for text, test_id in names:
            self._tests.setdefault(text, set()).add(test_id)
        # The tests whose references use each word, the words sorted: the tests a cut word may begin a word
        # of, wherever in the name (`reading`).
        self._word_tests: dict[str, set[str]] = {}
        for text, test_ids in self._tests.items():
            for word in text.split():
                self._word_tests.setdefault(word, set()).update(test_ids)
        self._words = frozenset(self._word_tests)
        self._sorted_words = sorted(self._word_tests)
        # The words that end some reference: a word that never does only modifies the words after it.
        self._last_words = frozenset(text.split()[-1] for text in self._tests)
        # The references by their first word's first letter, for a name of one word cut short.
        self._by_first_letter: dict[str, list[tuple[str, ...]]] = {}
        # Keyed by the words' first characters: an abbreviation keeps each word's first letter.
        self._by_initials: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        # ... and by the first characters of the reference's first words: a fixed-width field also cuts
        # off the last words ("Col Tic" of "colorado tick fever", "Pin Ex" of "pinworm exam ...").
        self._by_leading_initials: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for text in sorted(self._tests):
            words = tuple(text.split())
            self._by_first_letter.setdefault(words[0][0], []).append(words)
            if len(words) > 1:
                initials = tuple(word[0] for word in words)
                self._by_initials.setdefault(initials, []).append(words)
                for kept in range(_MIN_LEADING_WORDS, len(words)):
                    self._by_leading_initials.setdefault(initials[:kept], []).append(words)

    def expand(self, text: str, *, cut: bool = False, initial: bool = False) -> str | None:
        """The one test's reference name `text` abbreviates (the shortest), or None. A name no reference
        of as many words matches may be a longer reference with its last words cut off, when that is
        one test's too. `cut`: the name was printed as one word no lab writes whole ("VANILLY", which
        correction completed into "vanillyl"), so a word that only modifies others may be its beginning.
        `initial`: the name was printed ending in a letter standing alone ("LUPUS A"), which may be its last
        word cut after the first letter (not the plural of "Myelo's" or "PMN'S")."""
        return self.read(text, cut=cut, initial=initial)[0]

    def reading(self, text: str, *, cut: bool = False, initial: bool = False) -> str | None:
        """The reference name `text` abbreviates when it abbreviates names of several tests all of one
        category (`expand` reads none of them): the shortest, to be scored as a name, not known exactly.
        None when `expand` reads it, when nothing matches, or when the tests are of several categories."""
        return self.read(text, cut=cut, initial=initial)[1]

    def read(self, text: str, *, cut: bool = False, initial: bool = False) -> tuple[str | None, str | None]:
        """`expand`'s and `reading`'s answers (at most one of them not None), the references matched once."""
        words = text.split()
        candidates = self._abbreviated(words, cut=cut, initial=initial)
        if not candidates:
            return None, None
        shortest = " ".join(min(candidates, key=lambda words: (sum(map(len, words)), words)))
        tests = {test_id for reference in candidates for test_id in self._tests[" ".join(reference)]}
        if len(tests) == 1:
            return shortest, None
        if not self._categories:
            return None, None
        # Each word the reference's word cut short (a reference may have more words: its last ones cut off);
        # a word without some letters ("pari" of parasite or of parvovirus) says too little to be sure of the
        # category either.
        if any(
            not all(word.startswith(short) for short, word in zip(words, reference, strict=False))
            for reference in candidates
        ):
            return None, None
        if len(words) == 1:
            # A word cut short may begin a word of any place in a name ("HYALURO": hyaluronic acid, or the
            # antibody to hyaluronidase, "anti hyaluronidase"): every test such a word names counts.
            start = bisect.bisect_left(self._sorted_words, words[0])
            for word in itertools.takewhile(
                lambda word: word.startswith(words[0]), self._sorted_words[start:]
            ):
                tests |= self._word_tests[word]
        if len({self._categories.get(test_id) for test_id in tests}) != 1:
            return None, None
        return None, shortest

    def _abbreviated(self, words: Sequence[str], *, cut: bool, initial: bool) -> list[tuple[str, ...]]:
        """The reference names `words` abbreviate (`expand`)."""
        if not words:
            return []
        candidates = self._candidates(words)
        if (
            not candidates
            and initial
            and len(words) >= _MIN_LEADING_WORDS
            and len(words[-1]) == 1
            and words[-1].isalpha()
            and sum(map(len, words[:-1])) >= _MIN_LETTERS_BEFORE_INITIAL
        ):
            candidates = self._candidates(words, last_initial=True)
        if not candidates and len(words) == 1:
            candidates = self._one_word_cut(words[0], cut=cut)
        return candidates

    def _candidates(self, words: Sequence[str], *, last_initial: bool = False) -> list[tuple[str, ...]]:
        initials = tuple(word[0] for word in words)
        candidates = [
            reference
            for reference in self._by_initials.get(initials, [])
            if abbreviates(words, reference, self._words, last_initial=last_initial)
        ]
        if not candidates and len(words) >= _MIN_LEADING_WORDS:
            candidates = [
                reference
                for reference in self._by_leading_initials.get(initials, [])
                if abbreviates(words, reference[: len(words)], self._words, last_initial=last_initial)
            ]
        return candidates

    def _one_word_cut(self, word: str, *, cut: bool) -> list[tuple[str, ...]]:
        """The references a one-word name begins, when the word is cut short of theirs, or, printed cut,
        modifies the words after it in every reference that has it ("crenated", "vanillyl"). A whole word
        printed whole may name an analyte of its own the catalogue does not hold, and a whole word some
        reference ends with ("creatine", "lupus") may too."""
        if len(word) < _MIN_LEADING_LETTERS or not word.isalpha():
            return []
        if word in self._words and (not cut or word in self._last_words):
            return []
        return [
            reference for reference in self._by_first_letter.get(word[0], []) if reference[0].startswith(word)
        ]


# A specimen word cut this short at the end of a name is still read ("Ascit", "Urin"); shorter says too
# little ("SPE", serum protein electrophoresis, is not "sperm"; "F" is not "fluid").
_MIN_SPECIMEN_CUT = 4
# A misspelt specimen word this long or longer is read ("Stol", "Flid"): one edit from a shorter word
# ("ur", "sed") is too many others.
_MIN_SPECIMEN_TYPO = 4


class CutSpecimens:
    """The specimen a word at the end of a name says when a print field cut it short ("Urea Nitrogen,
    Ascit") or a typist misspelt it ("Potassium, Stol", "Calcium, Body Flid"): a word of
    `_MIN_SPECIMEN_CUT` letters or more that begins specimen words, or of `_MIN_SPECIMEN_TYPO` letters or
    more one edit from one, all of one specimen. Only for words no catalogue name uses (`classifier`)."""

    def __init__(self, specimens: dict[str, str], in_context: Iterable[str]) -> None:
        # Words that are a specimen only next to others ("spot", "sed") are not read from a part of them.
        context = frozenset(in_context)
        self._words = {
            word: specimen
            for word, specimen in specimens.items()
            if word.isalpha() and word not in context and len(word) >= _MIN_SPECIMEN_CUT
        }

    def specimen(self, word: str, *, cut: bool = True) -> str | None:
        """The specimen `word` is a misspelt (or with `cut`, a cut) word of, if exactly one."""
        if not word.isalpha() or len(word) < _MIN_SPECIMEN_CUT:
            return None
        found = {specimen for target, specimen in self._words.items() if cut and target.startswith(word)}
        if len(word) >= _MIN_SPECIMEN_TYPO:
            found |= {
                specimen
                for target, specimen in self._words.items()
                if len(target) >= _MIN_SPECIMEN_TYPO and OSA.distance(word, target, score_cutoff=1) <= 1
            }
        return next(iter(found)) if len(found) == 1 else None
