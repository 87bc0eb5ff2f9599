"""Lab values in a test's canonical unit, with pint doing the unit algebra.

Units are read as labs print them ("mg/dL", "MG/DL", "µmol/L", "x10^3/µL", "10 3/uL", "cells/cumm",
"lakh/cumm", "G/L", "gm%", "mEq/L", "mm/1st hr", "mL/min/1.73m2"): units.toml holds those spellings (data,
not code), pint the algebra. Mass <-> substance conversions (mg/dL <-> mmol/L) use the test's molar mass
through pint's chemistry context; mEq/L uses the ion's valence. For enzymes, IU/L and U/L are the same
unit (the IFCC convention); for a test whose unit is in IU (TSH, insulin) a printed U is an IU; elsewhere
an IU is an arbitrary unit that converts only to IUs. What no factor converts (HbA1c in IFCC mmol/mol
against NGSP %) is an `affine` formula of the test's catalogue row. A conversion that is not defined
gives None and the original value and unit are kept as reported.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from tokenize import TokenError
from typing import Any, Protocol


class LabTestUnits(Protocol):
    """What a conversion needs of a test (`zivo.core.lab_tests.catalogue.LabTest` has it)."""

    def __hash__(self) -> int: ...  # conversions are cached per (test, unit)

    @property
    def unit(self) -> str | None: ...

    @property
    def units(self) -> tuple[str, ...]: ...

    @property
    def molar_mass(self) -> float | None: ...

    @property
    def valence(self) -> int | None: ...

    @property
    def per_molar_mass(self) -> float | None:
        """A ratio's denominator's molar mass (creatinine's, for mg/g against mg/mmol), or None."""
        ...

    @property
    def affine(self) -> tuple[tuple[str, float, float], ...]:
        """(unit, scale, offset): canonical = scale * value + offset, for units no factor converts."""
        ...


# The digits a converted value keeps (to_canonical).
SIGNIFICANT_DIGITS = 12


class UnitError(ValueError):
    """A unit that pint cannot read, or that cannot be converted to the canonical unit."""


@dataclass(frozen=True)
class Spellings:
    """units.toml: how labs print units, as pint reads them."""

    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    words: Mapping[str, str]
    counts: tuple[tuple[re.Pattern[str], str], ...]


def parse_spellings(text: str) -> Spellings:
    data = tomllib.loads(text)
    if data.get("version") != 1:
        raise UnitError(f"unsupported units.toml version {data.get('version')!r}")
    try:
        rewrites = tuple(
            (re.compile(pattern, re.IGNORECASE), replacement) for pattern, replacement in data["rewrites"]
        )
        counts = tuple((re.compile(pattern, re.IGNORECASE), unit) for pattern, unit in data["counts"].items())
    except (re.error, ValueError, TypeError) as error:
        raise UnitError(f"units.toml: {error}") from error
    words = data["words"]
    if any(key != key.lower() for key in words):
        raise UnitError("units.toml: [words] keys are lowercase (a unit's words are looked up lowercased)")
    return Spellings(rewrites, dict(words), counts)


@cache
def spellings() -> Spellings:
    """The packaged units.toml, read once."""
    return parse_spellings(resources.files("zivo.core.lab_tests").joinpath("units.toml").read_text("utf-8"))


# A word of a unit: letters not part of a number ("1e3").
_WORD_RE = re.compile(r"(?<![\d.])[^\W\d_]+")
# An activity unit printed as U where the test's unit is IU (hormones: "mU/L" TSH, "uU/mL" insulin).
_UNIT_U_RE = re.compile(r"(?<![^\W\d_])([munk]?)U(?![^\W\d_])")
_RATIO_OF_AMOUNTS = re.compile(r"mol\s*/\s*[munp]?mol", re.IGNORECASE)
# The longest unit expression read (after units.toml's rewrites); lab units are far shorter.
MAX_UNIT_EXPRESSION = 64
# A power whose exponent is not a one- or two-digit integer standing alone.
_LARGE_POWER = re.compile(r"(?:\*\*|\^)\s*(?!-?\d{1,2}(?![\d.*^]))")
_BASIS_RE = re.compile(r"\s+(FEU|DDU)\s*$", re.IGNORECASE)
# Equivalents (mEq/L; units.toml spells mval/l and мэкв/л as mEq): moles divided by the ion's valence.
_EQUIVALENT_RE = re.compile(r"eq\b", re.IGNORECASE)


@cache
def registry() -> Any:  # pint.UnitRegistry; its generic parameters are pint internals
    """One registry per process, built on first use (pint's definitions take ~0.3 s to load)."""
    import pint

    units: Any = pint.UnitRegistry(cache_folder=None)
    units.define("international_unit = [international_unit] = IU")
    # A lab's arbitrary unit (PIVKA-II's mAU/mL, an antibody's AU/mL): pint's AU is an absorbance unit,
    # dimensionless, so AU/mL would convert to any count per volume. units.toml spells AU as ArbU.
    units.define("arbitrary_unit = [arbitrary_unit] = ArbU")
    return units


def _split_basis(text: str) -> tuple[str, str | None]:
    match = _BASIS_RE.search(text)
    if match is None:
        return text, None
    return text[: match.start()], match[1].upper()


def spelled(text: str) -> str:
    """A unit as labs print it, in pint's notation: units.toml's rewrites, then its words."""
    rules = spellings()
    expression = text.strip()
    for pattern, replacement in rules.rewrites:
        expression = pattern.sub(replacement, expression)
    return _WORD_RE.sub(lambda word: rules.words.get(word[0].lower(), word[0]), expression)


def readable(text: str) -> bool:
    """Whether `text` reads as a unit (``mmol/L``, ``%``, ``x10^3/uL``, ``mEq/L``): what a value printed
    with its unit (``5.4 mmol/L``) may be split on."""
    if not re.search(r"[^\W\d_]|%", text):  # a letter of any script (ммоль/л) or a percent sign
        return False
    try:
        _parse(_EQUIVALENT_RE.sub("mol", spelled(text)), text)
    except UnitError:
        return False
    return True


def _parse(expression: str, text: str) -> Any:
    """pint's reading of a unit expression, for units users send: one no lab prints (longer than
    `MAX_UNIT_EXPRESSION`, a power that is not a small integer, such as ``10**10**10`` whose integer
    would take minutes to compute) or one pint cannot tokenize (``(((mg/dL``) is a UnitError."""
    import pint

    if len(expression) > MAX_UNIT_EXPRESSION or _LARGE_POWER.search(expression):
        raise UnitError(f"cannot read unit {text!r}")
    try:
        return registry().parse_expression(expression)
    # pint's evaluator also fails with an AssertionError on an expression of operators alone ("/" ->
    # "1/"), a ZeroDivisionError on "mg/0" and an OverflowError on a number past a float's range.
    except (
        pint.errors.PintError,
        SyntaxError,
        TypeError,
        AttributeError,
        ValueError,
        TokenError,
        ArithmeticError,
        AssertionError,
    ) as error:
        raise UnitError(f"cannot read unit {text!r}") from error


def _quantity(
    text: str, *, enzyme: bool, valence: int | None, as_international: bool = False
) -> Any:  # a pint Quantity
    """`as_international`: the test's unit is in IU, so a U printed for it is an IU."""
    expression = spelled(text)
    if _EQUIVALENT_RE.search(expression):
        if valence is None:
            raise UnitError(f"unit {text!r} is in equivalents but the test has no valence")
        expression = _EQUIVALENT_RE.sub("mol", expression)
        factor = 1.0 / valence
    else:
        factor = 1.0
    if enzyme:
        expression = re.sub(r"IU\b", "U", expression)
    elif as_international:
        expression = _UNIT_U_RE.sub(r"\1IU", expression)
    quantity = _parse(expression, text)
    if not isinstance(quantity, registry().Quantity):
        quantity = registry().Quantity(quantity)
    try:
        return quantity * factor
    except ArithmeticError as error:  # a magnitude past a float's range ("9910^91e")
        raise UnitError(f"cannot read unit {text!r}") from error


def _is_enzyme(unit: str) -> bool:
    """U/L, ukat/L: activity units, where an IU is the same as a U."""
    return bool(re.search(r"(?<![a-zA-Z])(?:[mk]?U|[un]?kat)\s*/", unit)) and "IU" not in unit


def conversion_factor(test: LabTestUnits, unit: str) -> float | None:
    """The number that multiplies a value in `unit` to give it in the test's canonical unit."""
    if test.unit is None:
        return None
    source, source_basis = _split_basis(unit)
    target, target_basis = _split_basis(test.unit)
    if source_basis != target_basis:
        return None
    # mmol/mol (IFCC HbA1c) and % (NGSP) are both dimensionless to pint, but not proportional: the
    # catalogue's `affine` formulas convert them (to_canonical).
    amounts = _RATIO_OF_AMOUNTS.search(source) or _RATIO_OF_AMOUNTS.search(target)
    if amounts and _RATIO_OF_AMOUNTS.sub("", source) != _RATIO_OF_AMOUNTS.sub("", target):
        return None
    factor = _factor(test, source, target)
    if factor is None and _is_count(target):
        # "G/L", "T/L": giga- and tera-cells per litre, read only where a count is meant.
        stripped = source.strip(" ()[]")
        for pattern, count_unit in spellings().counts:
            if pattern.match(stripped):
                return _factor(test, count_unit, target)
    return factor


def _factor(test: LabTestUnits, source: str, target: str) -> float | None:
    import pint

    enzyme = _is_enzyme(target)
    international = not enzyme and "IU" in target
    try:
        value = _quantity(source, enzyme=enzyme, valence=test.valence, as_international=international)
        goal = _quantity(target, enzyme=enzyme, valence=test.valence)
    except UnitError:
        return None
    # A ratio to another analyte in moles where the canonical ratio is to its mass, or the other way
    # (a UACR in mg/mmol against mg/g): the denominator converted by its molar mass, tried only when the
    # ratio as printed does not convert.
    candidates = [value]
    if test.per_molar_mass is not None:
        per = registry().Quantity(test.per_molar_mass, "g/mol")
        candidates += [value / per, value * per]
    # Mass <-> substance of the analyte itself through its molar mass (pint's chemistry context).
    mw = None if test.molar_mass is None else registry().Quantity(test.molar_mass, "g/mol")
    for candidate in candidates:
        try:
            converted = (
                candidate.to(goal.units) if mw is None else candidate.to(goal.units, "chemistry", mw=mw)
            )
            factor = float(converted.magnitude / goal.magnitude)
        # DimensionalityError for plain mismatches; the chemistry context's transformations can also
        # fail arithmetically on a unit of another dimension ("g" against "mg/dL"), and a factor can be
        # an integer past a float's range ("9910^91e").
        except (pint.errors.PintError, ArithmeticError, TypeError, ValueError, AssertionError):
            continue
        return factor
    return None


def _is_count(unit: str) -> bool:
    """A number per volume (10^3/uL, 10^12/L): a cell count."""
    try:
        quantity = _quantity(unit, enzyme=False, valence=None)
    except UnitError:
        return False
    return bool(quantity.dimensionality == registry().Quantity(1, "1/L").dimensionality)


def to_canonical(test: LabTestUnits, value: float, unit: str | None) -> float | None:
    """`value` in the test's canonical unit; None when the unit is missing or the conversion undefined.

    A missing unit is not assumed to be the canonical one: a glucose of 5.4 without a unit is mmol/L
    on one lab's report and would read as hypoglycaemia in mg/dL.
    """
    if unit is None or not unit.strip() or test.unit is None:
        return None
    linear = _linear(test, unit)
    if linear is None:
        return None
    converted = value * linear[0] + linear[1]
    # 1e308 g/L is a finite float, but not in mg/dL: no converted value, rather than an infinity stored.
    if not math.isfinite(converted):
        return None
    # Twelve significant digits: more than any lab measures, and without the binary noise of the factor
    # (100 ug/L is 100 ng/mL, not 99.99999999999999 in a user's trend).
    return float(f"{converted:.{SIGNIFICANT_DIGITS}g}")


@lru_cache(maxsize=4096)  # bounded: units come from reports; pint takes ~0.3 ms a conversion
def _linear(test: LabTestUnits, unit: str) -> tuple[float, float] | None:
    """(scale, offset) from `unit` to the test's unit: its catalogue `affine` formula, or a factor."""
    printed = spelled(unit)
    for affine_unit, scale, offset in test.affine:
        if spelled(affine_unit) == printed:
            return scale, offset
    factor = conversion_factor(test, unit)
    return None if factor is None else (factor, 0.0)


def check_units(test: LabTestUnits) -> None:
    """Raise UnitError unless the canonical unit reads and every accepted unit converts to it."""
    if test.unit is None:
        return
    target, _ = _split_basis(test.unit)
    _quantity(target, enzyme=_is_enzyme(target), valence=test.valence)
    for unit in test.units:
        source, _ = _split_basis(unit)
        _quantity(source, enzyme=_is_enzyme(target), valence=test.valence)
        if conversion_factor(test, unit) is None:
            raise UnitError(f"unit {unit!r} does not convert to the canonical unit {test.unit!r}")
    for unit, _, _ in test.affine:
        _quantity(unit, enzyme=False, valence=test.valence)
        if conversion_factor(test, unit) is not None:
            raise UnitError(f"affine unit {unit!r} converts to {test.unit!r} by a factor: list it in `units`")
