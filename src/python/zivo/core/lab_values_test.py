import tomllib
from importlib import resources

import pytest

from zivo.core.lab_values import (
    ReferenceRange,
    compute_flag,
    parse_reference_range,
    parse_value,
    printed_flag,
    read_flag,
    split_unit,
)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("4.0-5.6", 4.0, 5.6),
        ("4.0 - 5.6 %", 4.0, 5.6),
        ("70 to 100 mg/dL", 70.0, 100.0),
        ("13,5-17,5", 13.5, 17.5),
        ("<200", None, 200.0),
        ("< 200 mg/dL", None, 200.0),
        ("up to 5", None, 5.0),
        (">40", 40.0, None),
        (">= 60 mL/min/1.73m2", 60.0, None),
    ],
)
def test_parses_numeric_ranges(text: str, low: float | None, high: float | None) -> None:
    ref = parse_reference_range(text)
    assert ref is not None
    assert (ref.low, ref.high, ref.expected_text) == (low, high, None)
    assert ref.text == text.strip()


def test_parses_text_range() -> None:
    assert parse_reference_range(" Negative ") == ReferenceRange(text="Negative", expected_text="Negative")


@pytest.mark.parametrize("text", [None, "", "   ", "see comment 12"])
def test_unusable_ranges_are_none(text: str | None) -> None:
    assert parse_reference_range(text) is None


def test_swapped_bounds_are_ordered() -> None:
    ref = parse_reference_range("5.6-4.0")
    assert ref is not None
    assert (ref.low, ref.high) == (4.0, 5.6)


@pytest.mark.parametrize(
    ("value", "range_text", "flag"),
    [
        (6.1, "4.0-5.6", "H"),
        (3.9, "4.0-5.6", "L"),
        (4.0, "4.0-5.6", "N"),
        (5.6, "4.0-5.6", "N"),
        (250, "<200", "H"),
        (150, "<200", "N"),
        (35, ">40", "L"),
        (55, ">40", "N"),
    ],
)
def test_numeric_flags(value: float, range_text: str, flag: str) -> None:
    assert compute_flag(float(value), None, parse_reference_range(range_text)) == flag


def test_text_flags() -> None:
    negative = parse_reference_range("Negative")
    assert compute_flag(None, "negative", negative) == "N"
    assert compute_flag(None, "Nil", negative) == "N"
    # The same result in the words of other languages (ranges.toml).
    assert compute_flag(None, "Не обнаружено", parse_reference_range("Отрицательно")) == "N"
    assert compute_flag(None, "nicht  nachweisbar", parse_reference_range("negativ")) == "N"
    assert compute_flag(None, "未检出", parse_reference_range("阴性")) == "N"
    assert compute_flag(None, "Положительно", parse_reference_range("Отрицательно")) == "H"
    assert compute_flag(None, "1+", negative) == "H"
    # One word, and how viral loads and urine microscopy print it.
    assert compute_flag(None, "Nonreactive", parse_reference_range("Non-Reactive")) == "N"
    assert compute_flag(None, "Undetectable", parse_reference_range("Not detected")) == "N"
    assert compute_flag(None, "Not seen", parse_reference_range("Nil")) == "N"


@pytest.mark.parametrize(
    ("value", "range_text", "flag"),
    [
        ("5-10", "0-5", "H"),  # pus cells per high-power field, as urine microscopy prints them
        ("4 - 6 /HPF", "0 - 5 /HPF", "H"),
        ("0-2", "0-5", "N"),
        ("1-2 /hpf", "<5", "N"),
        ("2-4", "5-10", "L"),
        ("Plenty", "0-5", None),  # a word is not compared with numbers
    ],
)
def test_a_value_printed_as_a_span_is_flagged_by_its_ends(
    value: str, range_text: str, flag: str | None
) -> None:
    numeric, text, comparator = parse_value(value)
    assert numeric is None
    assert compute_flag(numeric, text, parse_reference_range(range_text), comparator) == flag


def test_no_flag_without_comparable_range() -> None:
    assert compute_flag(5.0, None, None) is None
    assert compute_flag(None, "1+", parse_reference_range("4-6")) is None
    assert compute_flag(5.0, None, parse_reference_range("Negative")) is None


@pytest.mark.parametrize(
    ("raw", "parsed"),
    [
        (5, (5.0, None, None)),
        (5.4, (5.4, None, None)),
        ("5.4", (5.4, None, None)),
        ("5,4", (5.4, None, None)),
        ("1+", (None, "1+", None)),
    ],
)
def test_parse_value(raw: float | str, parsed: tuple[float | None, str | None, str | None]) -> None:
    assert parse_value(raw) == parsed


def test_parse_value_rejects_empty_and_bool() -> None:
    with pytest.raises(ValueError, match="empty"):
        parse_value("  ")
    with pytest.raises(TypeError):
        parse_value(True)


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("5,4", 5.4),  # a decimal comma
        ("1,015", 1.015),  # specific gravity, as French reports print it
        ("250,000", 250000.0),  # platelets per µL: thousands, not 250
        ("12,500", 12500.0),
        ("1,000", 1000.0),
        ("1,234,567", 1234567.0),
        ("1,234.5", 1234.5),
        ("2,50,000", 250000.0),  # Indian grouping (lakhs)
        ("12 000", 12000.0),  # French: a space groups thousands
        ("1 234,5", 1234.5),
        ("1.234,5", 1234.5),  # German: points group thousands where a comma marks the decimals
        ("1.234.567", 1234567.0),
        ("250.000", 250.0),  # one group alone stays a decimal, as the range beside it reads it
        ("6.2 H", 6.2),  # a flag printed after the value
        ("6.2 (H)", 6.2),
        ("3.1 LL", 3.1),
        ("7.0 HIGH", 7.0),
        ("4.5*", 4.5),
        ("98 ↑", 98.0),
        ("↑ 98", 98.0),  # a flag printed before the value
        ("↓3.1", 3.1),
        ("*4.5", 4.5),
        ("\u22122.1", -2.1),  # the minus sign typeset reports and PDFs print (a base excess)
        ("\u20100.5", -0.5),  # a hyphen that is not ASCII's
        ("\uff0d3", -3.0),  # full width
    ],
)
def test_numbers_as_reports_print_them(printed: str, number: float) -> None:
    numeric, text, _ = parse_value(printed)
    assert numeric == pytest.approx(number)
    assert text is None


@pytest.mark.parametrize(
    "printed", ["1+", "H", "Positive", "5.4 mmol/L", "<", "< 0.5 - 1", "<<5", "<Negative"]
)
def test_what_is_not_a_plain_number_stays_text(printed: str) -> None:
    assert parse_value(printed) == (None, printed, None)


@pytest.mark.parametrize(
    ("printed", "unit", "parsed"),
    [
        ("<0.5", None, (0.5, None, "<")),  # below what the method reads
        ("< 0,5", None, (0.5, None, "<")),  # a decimal comma
        ("> 90", None, (90.0, None, ">")),  # an eGFR above the equation's reach
        (">=60", None, (60.0, None, ">=")),
        ("≤ 5", None, (5.0, None, "<=")),
        ("≥1.2", None, (1.2, None, ">=")),
        ("<0.01 L", None, (0.01, None, "<")),  # and a flag printed after it
        (">1,000", "cells/uL", (1000.0, None, ">")),
        ("<1,234", "cells/uL", (1234.0, None, "<")),  # the unit settles the comma here too
    ],
)
def test_censored_values_are_numbers_with_a_comparator(
    printed: str, unit: str | None, parsed: tuple[float, None, str]
) -> None:
    assert parse_value(printed, unit) == parsed


@pytest.mark.parametrize(
    ("printed", "range_text", "flag"),
    [
        ("<5", "0-5", "N"),  # CRP below the method's limit, and the range starts at zero
        ("<5", "<5", "N"),
        ("<0.5", "1-10", "L"),  # everything it allows is below the range
        ("<1", "1-10", "L"),
        ("<0.5", "0.2-10", None),  # could be either side of 0.2
        ("<20", "0-10", None),
        ("<-2", "-2 to 2", "L"),  # a base excess: below zero goes on down
        ("<2", "-2 to 2", None),
        (">90", ">60", "N"),  # an eGFR
        (">90", "90-120", None),
        (">1000", "0-100", "H"),
        (">100", "0-100", "H"),
        (">50", "0-100", None),
        ("<0.5", "Negative", None),  # a number against a text range: not comparable
    ],
)
def test_a_censored_value_is_flagged_only_when_everything_it_allows_agrees(
    printed: str, range_text: str, flag: str | None
) -> None:
    numeric, text, comparator = parse_value(printed)
    assert compute_flag(numeric, text, parse_reference_range(range_text), comparator) == flag


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("150,000-450,000", 150000.0, 450000.0),
        ("1,000 - 4,000", 1000.0, 4000.0),
        ("2,50,000 - 4,50,000", 250000.0, 450000.0),
        ("1,015-1,030", 1.015, 1.03),
        ("(70-110)", 70.0, 110.0),
        ("[3.5-5.0]", 3.5, 5.0),
    ],
)
def test_ranges_with_grouped_numbers_and_brackets(text: str, low: float, high: float) -> None:
    ref = parse_reference_range(text)
    assert ref is not None
    assert ref.low == pytest.approx(low)
    assert ref.high == pytest.approx(high)


@pytest.mark.parametrize(
    ("printed", "unit", "number"),
    [
        ("1,234", "cells/uL", 1234.0),  # a count per microlitre: thousands
        ("1,234", "/cumm", 1234.0),
        ("1,234", "/mm3", 1234.0),
        ("1,234", None, 1.234),  # no unit: a decimal comma
        ("1,015", "", 1.015),
        ("1,234", "10^3/uL", 1.234),  # already in thousands
        ("1,5", "/uL", 1.5),
        ("250.000", "/µl", 250000.0),  # a point grouping thousands, as German reports print counts
        ("4.500", "/µl", 4500.0),
        ("250.000", None, 250.0),  # no unit: a decimal
        ("1.015", "", 1.015),
        ("4.5", "/uL", 4.5),
    ],
)
def test_the_unit_settles_a_comma_the_number_leaves_open(
    printed: str, unit: str | None, number: float
) -> None:
    numeric, text, _ = parse_value(printed, unit)
    assert numeric == pytest.approx(number)
    assert text is None


@pytest.mark.parametrize(
    ("printed", "value", "unit"),
    [
        ("5.4 mmol/L", "5.4", "mmol/L"),
        ("5.4mmol/L", "5.4", "mmol/L"),
        ("6.2%", "6.2", "%"),
        ("250 x10^3/uL", "250", "x10^3/uL"),
        ("<0.5 mg/L", "<0.5", "mg/L"),
        ("135 mEq/L", "135", "mEq/L"),
        ("5,4 mmol/l", "5,4", "mmol/l"),
        ("12 000 /uL", "12 000", "/uL"),
        ("88 fL", "88", "fL"),  # the catalogue's units without a ratio
        ("13.5 sec", "13.5", "sec"),
        ("5.4 mmol/L H", "5.4", "mmol/L"),  # a flag after the unit is not part of it
        ("7.2 10^3/uL", "7.2", "10^3/uL"),  # a unit that begins with its power of ten
        ("250 10*9/L", "250", "10*9/L"),
        ("\u22122.1 mmol/L", "-2.1", "mmol/L"),
    ],
)
def test_a_unit_printed_with_the_value_is_split_off(printed: str, value: str, unit: str) -> None:
    assert split_unit(printed) == (value, unit)


@pytest.mark.parametrize(
    "printed",
    [
        "12 cells",
        "1 in 80",
        "5 a",
        "6.2 H",
        "1+",
        "Positive",
        "1:80",
        "10 RBC/hpf",
        "45 days",
        "7.0",
        "10 100",
        "5 mg/0",  # pint divided by zero (an upload's 500 before)
        "5 /",
    ],
)
def test_what_is_not_a_value_and_a_lab_unit_stays_whole(printed: str) -> None:
    # pint alone would read `in` as inches and `a` as years.
    assert split_unit(printed) == (printed, None)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        (".5-1.5", 0.5, 1.5),
        ("< .5", None, 0.5),
        ("Adult: 70-100 mg/dL", 70.0, 100.0),
        ("Adult : 0.5 - 1.2", 0.5, 1.2),
        ("Fasting - 70-100", 70.0, 100.0),
        ("Desirable: <200", None, 200.0),
        ("Normal: up to 40", None, 40.0),
        ("Men: >40", 40.0, None),
    ],
)
def test_a_range_after_the_group_it_is_for(text: str, low: float | None, high: float | None) -> None:
    ref = parse_reference_range(text)
    assert ref is not None
    assert (ref.low, ref.high) == (low, high)


@pytest.mark.parametrize(
    "text", ["M: 13-17 F: 12-16", "Child: 5-10 Adult: 3-8", "Low: <40 High: >=60", "Fasting: 70-100 2h: <140"]
)
def test_ranges_for_several_groups_are_not_guessed(text: str) -> None:
    assert parse_reference_range(text) is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Desirable: <200 Borderline: 200-239 High: >=240", None, 200.0),  # a lipid panel's tiers
        ("Desirable: <200; Borderline: 200-239; High: >=240", None, 200.0),
        ("Borderline: 200-239 Desirable: <200", None, 200.0),
        (
            "Optimal: <100 mg/dL, Near optimal: 100-129, Borderline high: 130-159, Very high: >=190",
            None,
            100.0,
        ),
        ("Normal: <5.7 % Prediabetes: 5.7-6.4 % Diabetes: >=6.5 %", None, 5.7),  # HbA1c
        ("Non-diabetic: 70-100 Impaired: 100-125 Diabetic: >=126", 70.0, 100.0),
        ("Normal: 3.5 - 10.0 x10^9/L Critical: >30", 3.5, 10.0),
        ("Wünschenswert: < 200 Grenzwertig: 200-239", None, 200.0),
        ("Норма: 3,9-6,1 Предиабет: 6,1-6,9", 3.9, 6.1),
        ("正常：<5.7 糖尿病：≥6.5", None, 5.7),  # a full-width colon
    ],
)
def test_the_normal_tier_of_a_range_printed_for_several(
    text: str, low: float | None, high: float | None
) -> None:
    ref = parse_reference_range(text)
    assert ref is not None
    assert (ref.low, ref.high, ref.text) == (low, high, text)


def test_a_value_is_flagged_against_the_normal_tier() -> None:
    tiers = parse_reference_range("Desirable: <200 Borderline: 200-239 High: >=240")
    assert compute_flag(250.0, None, tiers) == "H"
    assert compute_flag(180.0, None, tiers) == "N"


@pytest.mark.parametrize(
    ("printed", "unit", "low", "high"),
    [
        ("150.000 - 400.000 /µl", None, 150000.0, 400000.0),  # the range's own unit
        ("150.000 - 400.000", "/µl", 150000.0, 400000.0),  # the value's unit
        ("4.000-10.000", "/µl", 4000.0, 10000.0),
        ("4,500-11,000", "cells/cumm", 4500.0, 11000.0),
        ("1.5 - 4.0", "/µl", 1.5, 4.0),  # no group of three: decimals
        ("150.000 - 400.000", None, 150.0, 400.0),  # no unit: decimals, as the value beside it
        ("3.900 - 6.100", "mmol/L", 3.9, 6.1),
    ],
)
def test_a_count_range_reads_thousands_as_its_value_does(
    printed: str, unit: str | None, low: float, high: float
) -> None:
    ref = parse_reference_range(printed, unit)
    assert ref is not None
    assert ref.low == pytest.approx(low)
    assert ref.high == pytest.approx(high)


def test_a_count_with_points_for_thousands_is_flagged_against_its_range() -> None:
    numeric, _, _ = parse_value("250.000", "/µl")
    assert compute_flag(numeric, None, parse_reference_range("150.000 - 400.000", "/µl")) == "N"
    numeric, _, _ = parse_value("12.500", "/µl")
    assert compute_flag(numeric, None, parse_reference_range("4.000-10.000 /µl")) == "H"


@pytest.mark.parametrize(
    ("printed", "low", "high"),
    [
        ("<1/20", None, 20.0),  # was "<1" with a unit "/20"
        ("<1:20", None, 20.0),
        ("< 1:80", None, 80.0),
        ("≤1:40", None, 40.0),
        ("Negative (<1:20)", None, 20.0),
        ("1:20 or less", None, 20.0),
        ("1:40 - 1:160", 40.0, 160.0),
    ],
)
def test_a_titre_range_has_reciprocal_bounds(printed: str, low: float | None, high: float | None) -> None:
    ref = parse_reference_range(printed)
    assert ref is not None
    assert (ref.low, ref.high) == (low, high)


@pytest.mark.parametrize(
    ("value", "reference", "flag"),
    [
        ("1:160", "<1:80", "H"),
        ("1/40", "<1:80", "N"),
        ("1:80", "<1:80", "N"),  # bounds are inclusive
        ("Positive 1:320", "Negative (<1:20)", "H"),
        ("Reactive (1:8)", "<1:1", "H"),
        (">1:1280", "<1:80", "H"),
        ("<1:10", "<1:20", "N"),
        ("1:20", "1:40 - 1:160", "L"),
        ("Negative", "<1:20", "N"),  # a negative result against a cut-off
        ("Not detected", "<20 copies/mL", "N"),
        ("Positive", "<1:20", "H"),  # a positive result against a cut-off: above it
        ("Reactive", "<1.0", "H"),
        ("Détecté", "<20 copies/mL", "H"),
        ("Положительно", "<5", "H"),
        ("Trace", "<1:20", None),  # neither word: not compared
        ("Negative", "10-20", None),  # no cut-off from zero: not compared
        ("Positive", "10-20", None),
    ],
)
def test_a_titre_is_flagged_by_its_reciprocal(value: str, reference: str, flag: str | None) -> None:
    numeric, text, comparator = parse_value(value)
    assert numeric is None  # a titre stays as printed
    assert compute_flag(numeric, text, parse_reference_range(reference), comparator) == flag


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("150 - 400 x 10^9/L", 150.0, 400.0),  # a unit of several words
        ("90-120 mL/min/1.73 m2", 90.0, 120.0),
        ("> 60 mL/min/1.73 m2", 60.0, None),
        ("3.5 – 5.1 mmol / L", 3.5, 5.1),
        ("13.0-17.0 g/dL (M)", 13.0, 17.0),  # a note on whom it is for
        ("<5.0 (Negative)", None, 5.0),
        ("Less than 5", None, 5.0),  # a bound in words
        ("Greater than 60", 60.0, None),
        ("below 40", None, 40.0),
        ("Negative (<1.0)", None, 1.0),  # the range a word stands for
        ("Adult (70-100)", 70.0, 100.0),
        ("4.0 - 10.0 10^3/uL", 4.0, 10.0),  # a unit that begins with its power of ten
        ("150-400 10E9/L", 150.0, 400.0),
        ("3.9~6.1", 3.9, 6.1),  # Chinese, Japanese and Korean reports
        ("3.9\uff5e6.1 mmol/L", 3.9, 6.1),
        ("\u22122 \u2013 2", -2.0, 2.0),  # minus signs as typeset
        ("3.5 \u2010 5.0", 3.5, 5.0),
    ],
)
def test_ranges_with_long_units_notes_and_words(text: str, low: float | None, high: float | None) -> None:
    ref = parse_reference_range(text)
    assert ref is not None
    assert (ref.low, ref.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # The words of ranges in the languages zivo reads (ranges.toml).
        ("3,9 bis 6,1", 3.9, 6.1),
        ("von 3,9 bis 6,1", 3.9, 6.1),
        ("bis 40", None, 40.0),
        ("über 60", 60.0, None),
        ("3,5 à 5,0", 3.5, 5.0),
        ("[3,5 ; 5,0]", 3.5, 5.0),
        ("jusqu'à 40", None, 40.0),
        ("jusqu\u2019à 40", None, 40.0),
        ("de 3,5 a 5,0", 3.5, 5.0),
        ("hasta 40", None, 40.0),
        ("fino a 40", None, 40.0),
        ("3,5 tot 5,0", 3.5, 5.0),
        ("od 3,5 do 5,0", 3.5, 5.0),
        ("powyżej 60", 60.0, None),
        ("от 3,9 до 6,1", 3.9, 6.1),
        ("до 40", None, 40.0),
        ("более 60", 60.0, None),
        ("Взрослые: 3,9-6,1", 3.9, 6.1),  # a group's name in another script
        ("<0,5 мг/л", None, 0.5),  # a unit in another script
        ("40以下", None, 40.0),  # Japanese and Chinese: the side after the number
        ("0.5未満", None, 0.5),
        ("60 이상", 60.0, None),  # Korean
        ("40 or less", None, 40.0),
        ("Adult: 60 or more", 60.0, None),
    ],
)
def test_ranges_in_the_words_of_other_languages(text: str, low: float | None, high: float | None) -> None:
    ref = parse_reference_range(text)
    assert ref is not None
    assert (ref.low, ref.high) == (low, high)


@pytest.mark.parametrize("text", ["3,5 a", "a 5", "bis 4 5", "3,5 до"])
def test_a_ranges_word_without_its_numbers_is_no_range(text: str) -> None:
    assert parse_reference_range(text) is None


@pytest.mark.parametrize(
    ("printed", "parsed"),
    [
        ("less than 0.5", (0.5, None, "<")),
        ("Greater than 90", (90.0, None, ">")),
        ("more  than 5", (5.0, None, ">")),
    ],
)
def test_censored_values_in_words(printed: str, parsed: tuple[float, None, str]) -> None:
    assert parse_value(printed) == parsed


@pytest.mark.parametrize(
    ("printed", "flag"),
    [
        ("H", "H"),
        ("(H)", "H"),
        ("HIGH", "H"),
        ("Critical High", "H"),
        ("↑↑", "H"),
        ("LL", "L"),
        ("low", "L"),
        ("↓", "L"),
        ("Normal", "N"),
        ("N", "N"),
        ("A", None),  # abnormal, without a direction
        ("*", None),
        ("see note", None),
        ("", None),
        (None, None),
    ],
)
def test_a_labs_flag_as_printed(printed: str | None, flag: str | None) -> None:
    assert read_flag(printed) == flag


@pytest.mark.parametrize(
    ("value", "flag"),
    [
        ("6.2 H", "H"),
        ("6.2 (L)", "L"),
        ("250 ↑", "H"),
        ("7.0 HIGH", "H"),
        ("4.5*", None),
        ("6.2", None),
        ("↑ 250", "H"),
        ("↓3.1", "L"),
        ("*4.5", None),
    ],
)
def test_the_flag_printed_after_a_value(value: str, flag: str | None) -> None:
    assert printed_flag(value) == flag


def test_no_word_is_both_a_negative_and_a_positive_result() -> None:
    text = resources.files("zivo.core.lab_tests").joinpath("ranges.toml").read_text("utf-8")
    words = tomllib.loads(text)
    negative, positive = ({word.casefold() for word in words[key]} for key in ("negative", "positive"))
    assert len(positive) == len(words["positive"])  # no word twice
    assert negative.isdisjoint(positive)
    # (lead68) An amount seen is neither.
    amounts = {word.casefold() for word in words["semi_quantitative"]}
    assert len(amounts) == len(words["semi_quantitative"])
    assert amounts.isdisjoint(negative | positive)
