"""Lab values in a test's canonical unit, with pint doing the unit algebra.

Units are read as labs print them ("mg/dL", "µmol/L", "x10^3/µL", "10^9/L", "cells/cumm", "lakh/cumm",
"mEq/L", "mm/hr", "mL/min/1.73m2"). Mass <-> substance conversions (mg/dL <-> mmol/L) use the test's molar
mass through pint's chemistry context; mEq/L uses the ion's valence. For enzymes, IU/L and U/L are the
same unit (the IFCC convention); elsewhere an IU is an arbitrary unit that converts only to IUs. A
conversion that is not defined gives None and the original value and unit are kept as reported.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Protocol


class LabTestUnits(Protocol):
    """What a conversion needs of a test (`zivo.core.lab_tests.catalogue.LabTest` has it)."""

    @property
    def unit(self) -> str | None: ...

    @property
    def units(self) -> tuple[str, ...]: ...

    @property
    def molar_mass(self) -> float | None: ...

    @property
    def valence(self) -> int | None: ...


class UnitError(ValueError):
    """A unit that pint cannot read, or that cannot be converted to the canonical unit."""


_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), replacement)
    for pattern, replacement in (
        (r"[µμ]", "u"),
        (r"\bmcg\b", "ug"),
        (r"\bcumm\b|\bmm3\b|\bcu\s*mm\b", "mm**3"),
        (r"\bcells?\s*/", "1/"),
        (r"^/", "1/"),
        (r"\bx?\s*10\s*(?:\^|\*|e)\s*(\d+)\s*/", r"1e\1/"),
        (r"\bx?\s*10\s*[³]\s*/", "1e3/"),
        (r"\bx?\s*10\s*[⁶]\s*/", "1e6/"),
        (r"\bx?\s*10\s*[⁹]\s*/", "1e9/"),
        (r"\bthousands?\s*/|\bk\s*/", "1e3/"),
        (r"\bmillions?\s*/|\bm\s*/(?=\s*(?:u|mm))", "1e6/"),
        (r"\blakhs?\s*/", "1e5/"),
        (r"/\s*24\s*h(?:rs?|ours?)?\b", "/(24*hour)"),
        (r"/\s*1\.73\s*m\s*(?:\^?2|²)", "/(1.73*m**2)"),
        (r"\bsecs?\b", "s"),
        (r"\bhrs?\b", "hour"),
        (r"%", "percent"),
    )
)
_RATIO_OF_AMOUNTS = re.compile(r"mol\s*/\s*[munp]?mol", re.IGNORECASE)
_BASIS_RE = re.compile(r"\s+(FEU|DDU)\s*$", re.IGNORECASE)


@cache
def registry() -> Any:  # pint.UnitRegistry; its generic parameters are pint internals
    """One registry per process, built on first use (pint's definitions take ~0.3 s to load)."""
    import pint

    units: Any = pint.UnitRegistry(cache_folder=None)
    units.define("international_unit = [international_unit] = IU")
    return units


def _split_basis(text: str) -> tuple[str, str | None]:
    match = _BASIS_RE.search(text)
    if match is None:
        return text, None
    return text[: match.start()], match[1].upper()


def _quantity(text: str, *, enzyme: bool, valence: int | None) -> Any:  # a pint Quantity
    import pint

    expression = text.strip()
    if re.search(r"eq\b", expression, re.IGNORECASE):
        if valence is None:
            raise UnitError(f"unit {text!r} is in equivalents but the test has no valence")
        expression = re.sub(r"eq\b", "mol", expression, flags=re.IGNORECASE)
        factor = 1.0 / valence
    else:
        factor = 1.0
    for pattern, replacement in _REWRITES:
        expression = pattern.sub(replacement, expression)
    if enzyme:
        expression = re.sub(r"IU\b", "U", expression)
    try:
        quantity = registry().parse_expression(expression)
    except (pint.errors.PintError, SyntaxError, TypeError, AttributeError, ValueError) as error:
        raise UnitError(f"cannot read unit {text!r}") from error
    if not isinstance(quantity, registry().Quantity):
        quantity = registry().Quantity(quantity)
    return quantity * factor


def _is_enzyme(unit: str) -> bool:
    """U/L, ukat/L: activity units, where an IU is the same as a U."""
    return bool(re.search(r"(?<![a-zA-Z])(?:[mk]?U|[un]?kat)\s*/", unit)) and "IU" not in unit


def conversion_factor(test: LabTestUnits, unit: str) -> float | None:
    """The number that multiplies a value in `unit` to give it in the test's canonical unit."""
    import pint

    if test.unit is None:
        return None
    source, source_basis = _split_basis(unit)
    target, target_basis = _split_basis(test.unit)
    if source_basis != target_basis:
        return None
    # mmol/mol (IFCC HbA1c) and % (NGSP) are both dimensionless to pint, but not proportional.
    amounts = _RATIO_OF_AMOUNTS.search(source) or _RATIO_OF_AMOUNTS.search(target)
    if amounts and _RATIO_OF_AMOUNTS.sub("", source) != _RATIO_OF_AMOUNTS.sub("", target):
        return None
    enzyme = _is_enzyme(target)
    try:
        value = _quantity(source, enzyme=enzyme, valence=test.valence)
        goal = _quantity(target, enzyme=enzyme, valence=test.valence)
        if test.molar_mass is not None:
            molar_mass = registry().Quantity(test.molar_mass, "g/mol")
            converted = value.to(goal.units, "chemistry", mw=molar_mass)
        else:
            converted = value.to(goal.units)
    except UnitError:
        return None
    # DimensionalityError for plain mismatches; the chemistry context's transformations can also fail
    # arithmetically on a unit of another dimension ("g" against "mg/dL").
    except (pint.errors.PintError, ZeroDivisionError, TypeError, ValueError):
        return None
    return float(converted.magnitude / goal.magnitude)


def to_canonical(test: LabTestUnits, value: float, unit: str | None) -> float | None:
    """`value` in the test's canonical unit; None when the unit is missing or the conversion undefined.

    A missing unit is not assumed to be the canonical one: a glucose of 5.4 without a unit is mmol/L
    on one lab's report and would read as hypoglycaemia in mg/dL.
    """
    if unit is None or not unit.strip() or test.unit is None:
        return None
    factor = conversion_factor(test, unit)
    return None if factor is None else value * factor


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
