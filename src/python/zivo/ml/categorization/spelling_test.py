from __future__ import annotations

import pytest

from zivo.ml.categorization.spelling import TokenCorrector

VOCABULARY = ["thyroid", "glucose", "potassium", "sedimentation", "rate", "uric", "urine", "urine", "urine"]
VOCABULARY += ["tsh", "amylase"]


@pytest.mark.parametrize(
    ("word", "corrected"),
    [
        ("thyriod", "thyroid"),  # transposition: one edit
        ("gluocse", "glucose"),
        ("potasium", "potassium"),
        ("sedimentaion", "sedimentation"),
        ("amilaase", "amylase"),  # two edits in a long word
        ("urie", "urine"),  # as close to "uric", but "urine" is more frequent
        ("tsh", "tsh"),
        ("tsb", "tsb"),  # short words are abbreviations, not typos
        ("hba1c", "hba1c"),
        ("lactate", "lactate"),  # nothing close: unchanged
    ],
)
def test_correct_word(word: str, corrected: str) -> None:
    assert TokenCorrector(VOCABULARY).correct_word(word) == corrected


def test_correct_text_word_by_word() -> None:
    assert TokenCorrector(VOCABULARY).correct("thyriod stimulating tsh") == "thyroid stimulating tsh"
