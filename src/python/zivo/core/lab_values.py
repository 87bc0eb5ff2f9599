"""Values and reference ranges as printed on lab reports, and the H/L/N flag of a value against a range."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Literal, NamedTuple

from zivo.core.lab_tests.units import readable, spelled

Flag = Literal["H", "L", "N"]
# A censored value's side of its number, as FHIR's Quantity.comparator: "<0.5" is below what the method
# reads, ">90" (an eGFR) above it.
Comparator = Literal["<", "<=", ">", ">="]

# A number as reports print it: "5.4", "5,4" (a decimal comma), "250,000" and "1,234.5" (thousands),
# "2,50,000" (Indian grouping), ".5". See `_number` for how a comma is read.
_NUMBER = r"[-+]?\d{1,3}(?:,\d{2})*(?:,\d{3})(?:\.\d+)?|[-+]?\d+(?:[.,]\d+)?|[-+]?\.\d+"
_THOUSANDS = re.compile(
    r"""^[-+]?(?:
        \d{2,3}(?:,\d{3})+           # 250,000 and 12,500
      | \d(?:,\d{3}){2,}             # 1,234,567
      | \d,000                       # 1,000
      | \d{1,2}(?:,\d{2})+,\d{3}     # 2,50,000 (Indian lakhs)
      | \d(?:,\d{3})+(?=\.)          # 1,234.5
    )(?:\.\d+)?$""",
    re.VERBOSE,
)
# A count per microlitre or cubic millimetre with no power of ten, in pint's notation (units.toml).
_PER_MICROLITRE = re.compile(r"^1/(?:uL|mm\*\*3)$")
# Such a count is a whole number, so one group of three digits after a comma or a point groups
# thousands: "1,234 cells/uL" is 1234, "4.500 /µl" and "250.000/µl" (German and other European reports
# group thousands with a point) are 4500 and 250000. Alone, "1,234" and "250.000" are decimals ("1,015",
# a specific gravity); with such a unit, in a value or a range printed beside it (`_in_whole_counts`).
_ONE_GROUP = re.compile(r"(?<![\d.,])(\d{1,3})[.,](\d{3})(?![\d.,])")
# A titre: the highest dilution ("1:160", "1/160") at which a test still reads positive. It is compared
# by its reciprocal (160), as labs read "<1:80": a greater reciprocal is more antibody.
_TITRE = re.compile(r"(?<![\d.,:/])1\s*[:/]\s*(\d{1,6})(?![\d.,:/])")
_SPACED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?"  # "12 000", "1 234,5"
# Points group thousands where a comma then marks the decimals ("1.234,5", German and other European
# reports) or where there is more than one group ("1.234.567"). One group alone ("250.000") is left a
# decimal: a range printed beside it reads it so too.
_DOTTED_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(?:(?:\.\d{3})+,\d+|(?:\.\d{3}){2,})$")
_SPACED_THOUSANDS = re.compile(rf"^[-+]?{_SPACED}$")
# A flag printed after the value ("6.2 H", "6.2 (H)", "4.5*", "250 ↑", "7.0 HIGH"): zivo computes its
# own flag from the reference range.
_TRAILING_FLAG = re.compile(
    r"\s*(?:\(\s*(?:HH?|LL?|high|low|abnormal|critical)\s*\)|(?<=\s)(?:HH?|LL?|high|low|abnormal|critical)"
    r"|\*+|[↑↓]+)\s*$",
    re.IGNORECASE,
)
# A flag printed before the value ("↑ 12.5", "*12.5", as some portals mark it).
_LEADING_FLAG = re.compile(r"^\s*(?:[↑↓]+|\*+)\s*(?=[-+<>≤≥.\d])")
# Between a range's bounds, besides ranges.toml's words: dashes, "3.9~6.1" (Chinese, Japanese and Korean
# reports) and "[3.5 ; 5.0]" (French).
_BETWEEN_SIGNS = r"-|–|—|~|;"
# Typeset reports and PDFs print the minus sign (U+2212) and hyphens other than ASCII's; Asian reports a
# full-width or wave-dash tilde between bounds. Read as ASCII's before a number is parsed.
_PRINTED_SIGNS = str.maketrans(
    {"\u2212": "-", "\u2010": "-", "\u2011": "-", "\ufe63": "-", "\uff0d": "-", "\uff5e": "~", "\u301c": "~"}
)
_SIGNS = r"<=|>=|≤|≥|<|>"
_CENSORED = re.compile(rf"^({_SIGNS}|less\s+than|more\s+than|greater\s+than)\s*({_NUMBER})$", re.IGNORECASE)
# A value printed with its unit in the same cell ("5.4 mmol/L", "6.2%", "<0.5 mg/L").
# A unit that begins with its power of ten: "10^3/uL", "10*9/L", "10E3/uL".
_POWER_OF_TEN = r"10(?:\^|\*\*?|[eE])\d+/"
_WITH_UNIT = re.compile(rf"^((?:{_SIGNS})?\s*(?:{_NUMBER}|{_SPACED}))\s*((?:{_POWER_OF_TEN}|[^\d\s]).*?)\s*$")
_COMPARATORS: dict[str, Comparator] = {
    "<": "<",
    "<=": "<=",
    "≤": "<=",
    ">": ">",
    ">=": ">=",
    "≥": ">=",
    "less than": "<",
    "more than": ">",
    "greater than": ">",
}
# A note in brackets after a range: whom it is for or what it means ("13-17 g/dL (M)", "<5.0 (Negative)").
# Words in any script: "Взрослые: 3,9-6,1", "<0,5 мг/л".
_RANGE_NOTE = re.compile(r"\s*\(\s*[^\W\d_][^\W\d_ .]*\)\s*$")
_RANGE_LABEL = re.compile(
    r"^\s*[^\W\d_][^\W\d_ .()/]{0,40}?\s*(?::|\s-)\s*(?=[-+]?[\d.<>≤≥]|\w)", re.IGNORECASE
)
_PLAIN_NUMBER = re.compile(r"^[-+<>≤≥=–]*[\d.,]*$")  # "5.1", "-", "<"
_UNIT_START = re.compile(rf"^(?:[^\W\d_]|[/%]|{_POWER_OF_TEN})")
# A unit's tail begins with a letter, % or a / that a letter follows: "<1/20" (a titer) is no "<1" in "/20".
_UNIT_TAIL = re.compile(r"\s*(?:[^\W\d_]|%|[/^](?!\d+\s*$))[\w/%^.*]*\s*$")


# A group's name before its range in a range that prints several ("Desirable: <200 Borderline: 200-239
# High: >=240", "正常：<5.7"): a word or a few, a colon.
_TIER_LABEL = re.compile(r"(?<!\w)([^\W\d_][^\W\d_]*(?:[ \-][^\W\d_]+){0,3})\s*[:：]\s*")


@dataclass(frozen=True)
class _RangeGrammar:
    between: re.Pattern[str]  # "3.9 - 6.1", "от 3,9 до 6,1"
    bound: re.Pattern[str]  # "< 40", "up to 40", "bis 40"
    bound_after: re.Pattern[str]  # "40 or less", "40以下"
    below: re.Pattern[str]  # a bound's side that makes it the highest normal value
    negative: frozenset[str]  # "negative", "nil", "не обнаружено": one result, however printed
    positive: frozenset[str]  # "positive", "reactive", "обнаружено": above a cut-off
    normal: frozenset[str]  # "desirable", "normal": the group whose range is the reference
    semi_quantitative: frozenset[str]  # "trace", "few", "many": an amount seen, neither


def _words(words: list[str]) -> str:
    """Alternatives of a regex for `words`, longest first: a space matches any run of spaces."""
    escaped = (re.escape(word).replace(r"\ ", r"\s+").replace("'", "['’]") for word in words)
    return "|".join(sorted(escaped, key=len, reverse=True))


@cache
def _range_grammar() -> _RangeGrammar:
    """ranges.toml's words as regular expressions, built once on the first range read."""
    data = tomllib.loads(resources.files("zivo.core.lab_tests").joinpath("ranges.toml").read_text("utf-8"))
    if data.get("version") != 1:
        raise ValueError(f"ranges.toml: unsupported version {data.get('version')!r}")
    below, above, below_after = _words(data["below"]), _words(data["above"]), _words(data["below_after"])
    between = rf"\s*(?:{_BETWEEN_SIGNS})\s*|\s+(?:{_words(data['between'])})\s+"
    after = rf"{below_after}|{_words(data['above_after'])}"
    return _RangeGrammar(
        between=re.compile(
            rf"^\s*(?:(?:{_words(data['from'])})\s+)?({_NUMBER})(?:{between})({_NUMBER})\s*$", re.IGNORECASE
        ),
        bound=re.compile(rf"^\s*({_SIGNS}|{below}|{above})\s*({_NUMBER})\s*$", re.IGNORECASE),
        bound_after=re.compile(rf"^\s*({_NUMBER})\s*({after})\s*$", re.IGNORECASE),
        below=re.compile(rf"<|<=|≤|{below}|{below_after}", re.IGNORECASE),
        negative=frozenset(word.casefold() for word in data["negative"]),
        positive=frozenset(word.casefold() for word in data["positive"]),
        normal=frozenset(" ".join(word.casefold().split()) for word in data["normal"]),
        semi_quantitative=frozenset(word.casefold() for word in data["semi_quantitative"]),
    )


@dataclass(frozen=True)
class ReferenceRange:
    """A parsed range: numeric bounds (either may be open) or an expected text such as ``Negative``."""

    text: str
    low: float | None = None
    high: float | None = None
    expected_text: str | None = None


def _number(text: str) -> float:
    """A printed number. A comma is a thousands separator where the digits are grouped in threes after
    two or three digits ("250,000" platelets per µL, "12,500"), in more than one group ("1,234,567"),
    in Indian lakhs ("2,50,000"), before a decimal point ("1,234.5") or before three zeros ("1,000",
    which no report prints as a decimal); otherwise a decimal comma
    ("5,4", "13,5", "1,015", the specific gravity French reports print). Spaces group thousands too
    ("12 000", "1 234,5"), and points where a decimal comma follows ("1.234,5") or in several groups."""
    stripped = text.strip()
    if _THOUSANDS.match(stripped):
        return float(stripped.replace(",", ""))
    if _DOTTED_THOUSANDS.match(stripped):
        return float(stripped.replace(".", "").replace(",", "."))
    if _SPACED_THOUSANDS.match(stripped):
        stripped = re.sub(r"[ \u00a0\u202f]", "", stripped)
    return float(stripped.replace(",", "."))


def parse_reference_range(text: str | None, unit: str | None = None) -> ReferenceRange | None:
    """Parse ``4.0-5.6``, ``<200``, ``>40``, ``up to 5``, ``Negative``; ``None`` when nothing is usable.

    A trailing unit (``70-100 mg/dL``) is ignored, except that it, or the value's `unit`, settles
    whether a point or comma groups thousands of a count (``150.000-400.000 /µl``). A titre's range
    (``<1:80``) has its reciprocals for bounds (80). Strict bounds are treated as inclusive: lab reports
    print ``<200`` meaning "200 and above is high", and values sit on decimals where the difference
    does not matter clinically.
    """
    if text is None or not text.strip():
        return None
    raw = text.strip()
    printed = raw.translate(_PRINTED_SIGNS)
    if _ONE_GROUP.search(printed) and (_counted(unit) or _counted(_printed_unit(printed))):
        printed = _in_whole_counts(printed)
    # "<1:80", "Negative (<1/20)": a titre's bounds are reciprocals.
    printed = _TITRE.sub(r"\1", printed)
    if (tier := _normal_tier(printed)) is not None:
        return ReferenceRange(text=raw, low=tier.low, high=tier.high)
    candidate = _without_unit(_RANGE_NOTE.sub("", printed)) if re.search(r"\d", raw) else raw
    # "(70-110)", "[3.5-5.0]": the range in brackets, as some reports print it; "Negative (<1.0)": the
    # range a word stands for.
    candidate = re.sub(r"^\s*(?:[A-Za-z][A-Za-z ]*?\s*)?[(\[]\s*(.*?)\s*[)\]]\s*$", r"\1", candidate)
    # "Adult: 70-100", "Fasting - 70-100": one range after the group it is for. Several ("M: 13-17 F: 12-16")
    # leave more than a range behind and read as none: which applies is the patient's, not the report's.
    candidate = _RANGE_LABEL.sub("", candidate)
    grammar = _range_grammar()
    if (span := _span(candidate)) is not None:
        return ReferenceRange(text=raw, low=span[0], high=span[1])
    side, bound = None, None
    if match := grammar.bound.match(candidate):
        side, bound = match.group(1), _number(match.group(2))
    # "40 or less", "40以下": read before a unit is stripped, which would take the words for one.
    elif match := grammar.bound_after.match(_RANGE_LABEL.sub("", _RANGE_NOTE.sub("", printed))):
        side, bound = match.group(2), _number(match.group(1))
    if side is not None and bound is not None:
        if grammar.below.fullmatch(side):
            return ReferenceRange(text=raw, high=bound)
        return ReferenceRange(text=raw, low=bound)
    if not re.search(r"\d", raw):
        return ReferenceRange(text=raw, expected_text=raw)
    return None


def _normal_tier(text: str) -> ReferenceRange | None:
    """In a range printed for several groups, the one ranges.toml names normal: "Desirable: <200
    Borderline: 200-239 High: >=240" is <200, "Normal: <5.7 Prediabetes: 5.7-6.4" is <5.7. Groups none
    of which is (sexes, ages: "M: 13-17 F: 12-16") give None here, and no range: which applies is the
    patient's, not the report's."""
    labels = list(_TIER_LABEL.finditer(text))
    if len(labels) < 2:
        return None
    normal = _range_grammar().normal
    for index, label in enumerate(labels):
        if " ".join(label.group(1).casefold().split()) in normal:
            end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
            tier = parse_reference_range(text[label.end() : end].strip(" ;,|/\t"))
            if tier is not None and (tier.low is not None or tier.high is not None):
                return tier
            return None
    return None


def _counted(unit: str | None) -> bool:
    """A count per microlitre (``/µl``, ``cells/cumm``), which is a whole number."""
    return unit is not None and bool(_PER_MICROLITRE.match(spelled(unit)))


def _in_whole_counts(text: str) -> str:
    """A count's numbers with a single group of thousands read as one ("4.500" -> "4500")."""
    return _ONE_GROUP.sub(r"\1\2", text)


def _printed_unit(text: str) -> str | None:
    """The unit printed after a range's numbers (``150-400 x10^3/uL``, ``150.000-400.000 /µl``), if any."""
    stripped = text.strip()
    bare = _without_unit(stripped)
    return stripped[len(bare) :].strip() or None if stripped.startswith(bare) else None


def _without_unit(text: str) -> str:
    """A range without the unit printed after it: one word (``mg/dL``) or a few that read as a lab unit
    (``x 10^9/L``, ``mL/min/1.73 m2``)."""
    words = text.split()
    for count in (3, 2, 1):
        tail = words[-count:]
        if (
            len(words) > count
            and _UNIT_START.match(tail[0])
            and not any(_PLAIN_NUMBER.match(word) for word in tail)
            and lab_unit(" ".join(tail))
        ):
            return " ".join(words[:-count])
    return _UNIT_TAIL.sub("", text)


class ReportedValue(NamedTuple):
    """A value as a report gives it: a number, or a text (``1+``, ``Positive``); a censored value
    (``<0.5``) is its number with a comparator."""

    numeric: float | None
    text: str | None
    comparator: Comparator | None = None


def _without_flags(value: str) -> str:
    """The value without the lab's flag printed before or after it, in ASCII's signs."""
    return _TRAILING_FLAG.sub("", _LEADING_FLAG.sub("", value.translate(_PRINTED_SIGNS)))


def split_unit(value: str) -> tuple[str, str | None]:
    """A value whose unit is printed with it (``"5.4 mmol/L"``, ``"6.2%"``), for a report that gives no
    unit apart: (``"5.4"``, ``"mmol/L"``). Only a tail that reads as a unit is split off: ``"1+"``,
    ``"Positive"``, ``"6.2 H"`` and ``"12 cells"`` come back whole, with no unit."""
    match = _WITH_UNIT.match(_without_flags(value.strip()))
    if match is None or not lab_unit(match.group(2)):
        return value, None
    return match.group(1), match.group(2)


def with_unit(value: str, unit: str | None, default_unit: str | None = None) -> tuple[str, str | None]:
    """A value and its unit where the unit may be printed in the value's cell: split off when the
    report gives no unit apart or the same one (``"5.0 mmol/l"`` with ``mmol/L``); with another unit
    beside it the value stays as printed. `default_unit` (a column header's) serves a value with none."""
    number, printed = split_unit(value)
    if printed is not None and (unit is None or spelled(printed) == spelled(unit)):
        return number, unit or printed
    return value, unit or default_unit


@lru_cache(maxsize=4096)  # a report repeats its units; bounded, since users send them
def lab_unit(text: str) -> bool:
    """A unit as labs print one: a ratio, a percentage or a power of ten that pint reads (``mmol/L``,
    ``%``, ``x10^9/L``), or one of the catalogue's units without either (``fL``, ``pg``, ``sec``,
    ``mmHg``). pint alone reads too much: ``1 in 80`` would be 1 inch times 80, ``5 a`` five years."""
    if re.search(r"[/%^]", text):
        return readable(text)
    return spelled(text).casefold() in _plain_units()


@cache
def _plain_units() -> frozenset[str]:
    """The catalogue's units without a ratio, a percentage or a power of ten, read from catalogue.toml as
    written: reading a name, the catalogue itself asks `lab_unit` whether a result's unit follows it."""
    data = tomllib.loads(resources.files("zivo.core.lab_tests").joinpath("catalogue.toml").read_text("utf-8"))
    units = (unit for test in data["tests"].values() for unit in (test.get("unit"), *test.get("units", ())))
    return frozenset(spelled(unit).casefold() for unit in units if unit and not re.search(r"[/%^]", unit))


def parse_value(value: float | int | str, unit: str | None = None) -> ReportedValue:
    """Read a reported value: ``"5.4"`` is numeric, ``"1+"`` is text, ``"<0.5"`` and ``"> 90"`` are
    censored numbers (0.5 with ``<``). ``unit``, as reported, settles a comma or point the number alone
    leaves open: cells per microlitre or cubic millimetre (``/uL``, ``cells/cumm``) are whole numbers, so
    ``1,234 cells/uL`` is 1234 and ``250.000 /µl`` 250000, where ``1,234`` alone reads as a decimal
    (``1,015``, a specific gravity). A titre (``1:160``) stays text; `compute_flag` reads it."""
    if isinstance(value, bool):
        raise TypeError("a lab value cannot be a boolean")
    if isinstance(value, (int, float)):
        return ReportedValue(float(value), None)
    stripped = value.strip()
    if not stripped:
        raise ValueError("a lab value cannot be empty")
    number = _without_flags(stripped)
    comparator: Comparator | None = None
    if censored := _CENSORED.match(number):
        comparator = _COMPARATORS[" ".join(censored.group(1).lower().split())]
        number = censored.group(2)
    if _counted(unit):
        number = _in_whole_counts(number)
    try:
        return ReportedValue(_number(number), None, comparator)
    except ValueError:
        return ReportedValue(None, stripped)


# A lab's own flag as printed in a flag column or after the value: the direction it gives, if any
# ("A", "*" and "abnormal" say out of range without saying which way).
_LAB_FLAGS: dict[str, Flag] = {
    "h": "H",
    "hh": "H",
    "high": "H",
    "critical high": "H",
    "above": "H",
    "↑": "H",
    "l": "L",
    "ll": "L",
    "low": "L",
    "critical low": "L",
    "below": "L",
    "↓": "L",
    "n": "N",
    "normal": "N",
    "wnl": "N",
}


def read_flag(text: str | None) -> Flag | None:
    """The lab's flag as printed (``H``, ``(H)``, ``HIGH``, ``↑``, ``LL``, ``Normal``); None when it
    names no direction (``A``, ``*``) or is no flag."""
    if text is None:
        return None
    words = " ".join(re.sub(r"[()\[\]*!]", " ", text).casefold().split())
    return _LAB_FLAGS.get(re.sub(r"([↑↓])\1+", r"\1", words))


def printed_flag(value: str) -> Flag | None:
    """The flag printed after a value (``6.2 H``, ``250 ↑``) or before it (``↑ 250``), which
    `parse_value` reads past."""
    match = _TRAILING_FLAG.search(value.strip()) or _LEADING_FLAG.match(value)
    return read_flag(match.group(0)) if match else None


def compute_flag(
    value_numeric: float | None,
    value_text: str | None,
    ref: ReferenceRange | None,
    comparator: Comparator | None = None,
) -> Flag | None:
    """H above the range, L below, N within; for text ranges, N when the text matches, H otherwise.

    A censored value is flagged only when everything it allows falls on one side: ``<5`` against
    ``0-5`` is N, ``<0.5`` against ``1-10`` is L, ``<0.5`` against ``0.2-10`` is None; ``>90``
    against ``>60`` is N; ``<2`` against ``-2 to 2`` (a base excess) is None. Bounds are inclusive, as
    for ranges. A span (``5-10`` pus cells per field) is H when its top is above the range, L when its
    bottom is below. A titre (``1:160``, ``Positive 1:320``, ``>1:1280``) is compared by its reciprocal
    (H against ``<1:80``); a negative result (``Negative``, ``Not detected``) against a range with only a
    cut-off above zero (``<1:20``, ``<20``) is N, a positive one (``Positive``, ``Reactive``) H.

    ``None`` when the value cannot be compared with the range (no range, or text against numbers).
    """
    if ref is None:
        return None
    numeric_range = ref.low is not None or ref.high is not None
    if value_numeric is None and value_text is not None and numeric_range:
        if (titre := _titre(value_text)) is not None:
            value_numeric, comparator = titre
        elif ref.high is not None and not ref.low and (word := result_word(value_text)) is not None:
            # "Negative" or "Not detected" against "<1:20" or "<20 copies/mL": below the cut-off;
            # "Positive" or "Detected": above it.
            return "N" if word == "negative" else "H"
    if value_numeric is not None and comparator is not None and numeric_range:
        return _censored_flag(value_numeric, comparator, ref)
    if value_numeric is not None and numeric_range:
        if ref.high is not None and value_numeric > ref.high:
            return "H"
        if ref.low is not None and value_numeric < ref.low:
            return "L"
        return "N"
    # A count printed as a span ("5-10 /HPF" pus cells, as urine microscopy reports them): above the
    # range when its top is, below when its bottom is.
    span = (
        _span(_without_unit(value_text.translate(_PRINTED_SIGNS)))
        if value_text is not None and numeric_range
        else None
    )
    if span is not None:
        if ref.high is not None and span[1] > ref.high:
            return "H"
        if ref.low is not None and span[0] < ref.low:
            return "L"
        return "N"
    if value_text is not None and ref.expected_text is not None:
        return "N" if _same_text(value_text, ref.expected_text) else "H"
    return None


# A titre as a value: "1:160", "Positive 1:320", "Reactive (1:8)", ">1:1280".
_TITRE_VALUE = re.compile(rf"^(?:[^\W\d_]+\s*[,:]?\s*)?\(?\s*({_SIGNS})?\s*1\s*[:/]\s*(\d{{1,6}})\s*\)?$")


def _titre(text: str) -> tuple[float, Comparator | None] | None:
    """(reciprocal, comparator) of a titre printed as a value, or None."""
    match = _TITRE_VALUE.match(" ".join(text.translate(_PRINTED_SIGNS).split()))
    if match is None:
        return None
    return float(match.group(2)), _COMPARATORS[match.group(1)] if match.group(1) else None


def result_word(text: str) -> Literal["negative", "positive"] | None:
    """Whether a value printed as a word is a negative or a positive result (ranges.toml), or neither."""
    words = " ".join(text.split()).casefold()
    grammar = _range_grammar()
    return "negative" if words in grammar.negative else "positive" if words in grammar.positive else None


def printed_result(text: str) -> bool:
    """Whether `text` is a result printed as a word: negative, positive (`result_word`) or an amount seen
    ("Trace", "Few", "Many"; ranges.toml)."""
    words = " ".join(text.split()).casefold()
    return result_word(words) is not None or words in _range_grammar().semi_quantitative


def _span(text: str) -> tuple[float, float] | None:
    """(low, high) of two numbers printed as a span ("3.9 - 6.1", "от 3,9 до 6,1"), or None: a range's
    bounds, and a value printed as one ("5-10" pus cells per field)."""
    match = _range_grammar().between.match(text)
    if match is None:
        return None
    low, high = sorted((_number(match.group(1)), _number(match.group(2))))
    return low, high


def _censored_flag(bound: float, comparator: Comparator, ref: ReferenceRange) -> Flag | None:
    if comparator in ("<", "<="):
        if ref.low is not None and bound <= ref.low:
            return "L"
        # "<5" against "0-5": the values a range starting at zero allows are never negative.
        if (ref.low is None or (ref.low == 0 and bound > 0)) and (ref.high is None or bound <= ref.high):
            return "N"
        return None
    if ref.high is not None and bound >= ref.high:
        return "H"
    if ref.high is None and ref.low is not None and bound >= ref.low:
        return "N"
    return None


def _same_text(value: str, expected: str) -> bool:
    a, b = (" ".join(text.split()).casefold() for text in (value, expected))
    return a == b or result_word(a) == result_word(b) == "negative"
