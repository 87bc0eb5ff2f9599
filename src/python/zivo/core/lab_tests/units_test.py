from __future__ import annotations

import pytest

from zivo.core.lab_tests.catalogue import catalogue
from zivo.core.lab_tests.units import to_canonical


@pytest.mark.parametrize(
    ("test_id", "value", "unit", "expected"),
    [
        ("glucose_fasting", 5.5, "mmol/L", 99.09),  # 180.16 g/mol
        ("glucose", 100.0, "mg/dl", 100.0),
        ("cholesterol_total", 5.2, "mmol/L", 201.06),
        ("triglycerides", 1.7, "mmol/L", 150.57),
        ("creatinine", 88.4, "µmol/L", 1.0),
        ("bun", 7.0, "mmol/L", 19.61),  # urea nitrogen: 2 N per urea
        ("vitamin_d_25oh", 75.0, "nmol/L", 30.05),
        ("sodium", 140.0, "mEq/L", 140.0),
        ("calcium", 5.0, "mEq/L", 10.02),  # divalent
        ("calcium", 2.5, "mmol/L", 10.02),
        ("hemoglobin", 140.0, "g/L", 14.0),
        ("hematocrit", 0.42, "L/L", 42.0),
        ("wbc_count", 7.2, "10^9/L", 7.2),
        ("wbc_count", 7.2, "x10³/µL", 7.2),
        ("wbc_count", 7200.0, "cells/cumm", 7.2),
        ("platelet_count", 2.5, "lakh/cumm", 250.0),
        ("rbc_count", 4.5, "10^12/L", 4.5),
        ("alt", 30.0, "IU/L", 30.0),  # enzymes: IU == U
        ("tsh", 2.0, "mIU/L", 2.0),
        ("urine_protein_24h", 0.3, "g/24h", 300.0),
        ("d_dimer", 0.5, "mg/L FEU", 500.0),
        ("egfr", 90.0, "mL/min/1.73m2", 90.0),
    ],
)
def test_values_convert_to_the_canonical_unit(test_id: str, value: float, unit: str, expected: float) -> None:
    converted = to_canonical(catalogue().by_id[test_id], value, unit)
    assert converted == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("test_id", "unit"),
    [
        ("hba1c", "mmol/mol"),  # IFCC vs NGSP is an affine formula, not a unit
        ("d_dimer", "mg/L DDU"),  # D-dimer units vs fibrinogen-equivalent units
        ("glucose", "g"),  # wrong dimension
        ("glucose", "banana/L"),
        ("glucose", None),  # no unit: never assume the canonical one
        ("glucose", ""),
        ("blood_group", "mg/dL"),  # no canonical unit
    ],
)
def test_undefined_conversions_give_none(test_id: str, unit: str | None) -> None:
    assert to_canonical(catalogue().by_id[test_id], 1.0, unit) is None
