"""Typo correction for the words of a lab-test name, against the words the reference names use."""

from __future__ import annotations

import bisect
import threading
from collections import Counter
from collections.abc import Iterable

from cachetools import LRUCache
from rapidfuzz import process
from rapidfuzz.distance import OSA

# Words shorter than this are abbreviations or plain words more often than typos ("tsh", "ldh", "heat",
# "bind"): a one-letter edit there changes the meaning, so they are left alone.
_MIN_LENGTH = 5
# Long words tolerate two edits ("amilaase") without becoming another word.
_LONG_WORD = 8


class TokenCorrector:
    """Replaces a word that is not in the vocabulary by the vocabulary word it abbreviates, or else by the
    closest vocabulary word, if one is close.

    Lab systems with short name fields cut words off ("Haptoglob", "Thyroglob", "Catechol", "Nortrip",
    "Pentobarb", "Anticoag"): a word of `_MIN_LENGTH` letters or more that begins exactly one vocabulary
    word (or words that are all inflections of the shortest one: "estroge" -> estrogen, estrogens) is that
    word. A word that begins several unrelated words ("trans": transferrin, transaminase) is not completed.

    Closeness is optimal-string-alignment distance, so a swapped pair of letters ("thyriod",
    "gluocse") counts as one edit; among equally close words the most frequent wins. Corrections are
    remembered in a bounded LRU memo (words come from user input, so the memo must not grow without end).
    A word whose correction would turn it into a word that is merely a prefix-variant ("euglobulin" is not
    "globulin") is never produced: the distance bound rules that out for long words.
    """

    def __init__(self, vocabulary: Iterable[str], *, memo_size: int = 50_000) -> None:
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
        self._lock = threading.Lock()

    def correct_word(self, word: str) -> str:
        if word in self._vocabulary or len(word) < _MIN_LENGTH or not word.isalpha():
            return word
        with self._lock:
            memo = self._memo.get(word)
        if memo is not None:
            return memo
        corrected = self._completion(word)
        if corrected is None:
            corrected = self._closest(word)
        with self._lock:
            self._memo[word] = corrected
        return corrected

    def _completion(self, word: str) -> str | None:
        targets = self._targets.get(word[0], [])
        start = bisect.bisect_right(targets, word)
        stop = bisect.bisect_left(targets, word[:-1] + chr(ord(word[-1]) + 1), lo=start)
        completions = targets[start:stop]
        if not completions:
            return None
        shortest = min(completions, key=len)
        return shortest if all(other.startswith(shortest) for other in completions) else None

    def _closest(self, word: str) -> str:
        max_edits = 2 if len(word) >= _LONG_WORD else 1
        # Typos rarely hit the first letter; a real word that is not in the vocabulary often differs from
        # one that is only there ("bound" is not "wound"), so only targets with the same first letter count.
        matches = process.extract(
            word, self._targets.get(word[0], []), scorer=OSA.distance, score_cutoff=max_edits, limit=None
        )
        corrected = word
        if matches:
            corrected = str(min(matches, key=lambda match: (match[1], -self._counts[match[0]], match[0]))[0])
        return corrected

    def correct(self, text: str) -> str:
        return " ".join(self.correct_word(word) for word in text.split())
