from __future__ import annotations

import pytest

from zivo.ml.categorization.spelling import TokenCorrector

VOCABULARY = ["thyroid", "glucose", "potassium", "sedimentation", "rate", "uric", "urine", "urine", "urine"]
VOCABULARY += [
    "tsh",
    "amylase",
    "wound",
    "haptoglobin",
    "transferrin",
    "transaminase",
    "estrogen",
    "estrogens",
]


@pytest.mark.parametrize(
    ("word", "corrected"),
    [
        ("thyriod", "thyroid"),  # transposition: one edit
        ("gluocse", "glucose"),
        ("potasium", "potassium"),
        ("sedimentaion", "sedimentation"),
        ("amilaase", "amylase"),  # two edits in a long word
        ("urinc", "urine"),  # as close to "uric", but "urine" is more frequent
        ("urie", "urie"),  # four letters: left alone
        ("bound", "bound"),  # one edit from "wound", but not a typo of it: another first letter
        ("tsh", "tsh"),
        ("tsb", "tsb"),  # short words are abbreviations, not typos
        ("hba1c", "hba1c"),
        ("lactate", "lactate"),  # nothing close: unchanged
        ("haptoglob", "haptoglobin"),  # cut off by a short name field: the one word it begins
        ("estroge", "estrogen"),  # begins two words, inflections of the shortest
        ("trans", "trans"),  # begins two unrelated words: left alone
        ("hapto", "haptoglobin"),
    ],
)
def test_correct_word(word: str, corrected: str) -> None:
    assert TokenCorrector(VOCABULARY).correct_word(word) == corrected


def test_correct_text_word_by_word() -> None:
    assert TokenCorrector(VOCABULARY).correct("thyriod stimulating tsh") == "thyroid stimulating tsh"


def test_the_memo_is_bounded() -> None:
    corrector = TokenCorrector(VOCABULARY, memo_size=3)
    for word in ("thyriod", "gluocse", "potasium", "sedimentaion", "amilaase", "qwertyuiop"):
        corrector.correct_word(word)
    assert len(corrector._memo) == 3
    assert corrector.correct_word("thyriod") == "thyroid"  # evicted, recomputed the same
