"""Typo correction for the words of a lab-test name, against the words the reference names use."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

# Words shorter than this are abbreviations far more often than typos ("tsh", "ldh", "mcv"): a one-letter
# edit there changes the test, so they are left alone.
_MIN_LENGTH = 4
# Long words tolerate two edits ("amilaase") without becoming another word.
_LONG_WORD = 8


class TokenCorrector:
    """Replaces a word that is not in the vocabulary by the closest vocabulary word, if one is close.

    Closeness is optimal-string-alignment distance, so a swapped pair of letters ("thyriod",
    "gluocse") counts as one edit; among equally close words the most frequent wins. Corrections are
    remembered; the vocabulary is fixed at construction.
    """

    def __init__(self, vocabulary: Iterable[str]) -> None:
        # Counts break ties: "urie" is one edit from "uric" and from "urine", and urine is far more common.
        self._counts = Counter(word for word in vocabulary if word)
        self._vocabulary = frozenset(self._counts)
        # Only alphabetic words are targets: a typo never turns "hba1c" into "b12".
        self._targets = sorted(
            word for word in self._counts if word.isalpha() and len(word) >= _MIN_LENGTH - 1
        )
        self._memo: dict[str, str] = {}
        self._lock = threading.Lock()

    def correct_word(self, word: str) -> str:
        if word in self._vocabulary or len(word) < _MIN_LENGTH or not word.isalpha():
            return word
        memo = self._memo.get(word)
        if memo is not None:
            return memo
        max_edits = 2 if len(word) >= _LONG_WORD else 1
        matches = process.extract(
            word, self._targets, scorer=OSA.distance, score_cutoff=max_edits, limit=None
        )
        corrected = word
        if matches:
            corrected = str(min(matches, key=lambda match: (match[1], -self._counts[match[0]], match[0]))[0])
        with self._lock:
            self._memo[word] = corrected
        return corrected

    def correct(self, text: str) -> str:
        return " ".join(self.correct_word(word) for word in text.split())
