from __future__ import annotations

import pytest

from zivo.core.lab_tests.catalogue import catalogue
from zivo.core.lab_tests.loinc import codes_in, loinc_check_digit, valid_loinc, without_codes


def test_loinc_check_digits() -> None:
    assert loinc_check_digit("2345") == 7
    assert valid_loinc("718-7")
    assert valid_loinc("4548-4")
    assert valid_loinc("14957-5")
    assert not valid_loinc("718-6")
    assert not valid_loinc("718")
    assert not valid_loinc("abc-1")


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("2345-7 Glucose SerPl-mCnc", ["2345-7"]),
        ("Glucose (LOINC 2345-7)", ["2345-7"]),
        ("LOINC:718-7 Hemoglobin", ["718-7"]),
        ("2345-7^Glucose^LN", ["2345-7"]),
        # A wrong check digit, a number a name holds, a range, a longer number: no code.
        ("Glucose 2345-8", []),
        ("CA 19-9", []),
        ("PTH 1-84", []),
        ("Glucose 120-180", []),
        ("Glucose 1234-5-6", []),
        ("Creatinine 1.2345-7", []),
    ],
)
def test_loinc_codes_printed_in_a_name_are_found_by_their_check_digit(text: str, codes: list[str]) -> None:
    assert codes_in(text) == codes
    assert (without_codes(text) != text) == bool(codes)


def test_a_name_is_known_by_the_loinc_code_it_prints_when_its_words_are_not() -> None:
    tests = catalogue()
    hemoglobin = tests.by_loinc["718-7"]
    assert tests.lookup("718-7") == hemoglobin
    assert tests.lookup("718-7^HGB^LN") == hemoglobin
    assert tests.lookup("Hemoglobin (LOINC 718-7)") == hemoglobin
    # Its words come first: a more specific name keeps its own test.
    fasting = tests.lookup("Glucose, fasting")
    assert fasting is not None
    assert fasting.loinc != "2345-7"
    assert tests.lookup("Glucose, fasting 2345-7") == fasting
    # Two codes of two tests name neither.
    two = [test for test in tests if test.loinc][:2]
    assert tests.lookup_loinc_in(f"Panel {two[0].loinc} {two[1].loinc}") is None
