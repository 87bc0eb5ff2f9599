from __future__ import annotations

import pytest

from zivo.core.db.normalized_names import normalize_name


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Glucose", "glucose"),
        ("  Glucose,   FASTING ", "glucose fasting"),
        ("LDL-Cholesterol", "ldl cholesterol"),
        ("HbA1c", "hba1c"),
        ("Neutrophils (%)", "neutrophils %"),
        ("Neutrophils #", "neutrophils #"),
        ("Vitamin_D", "vitamin d"),
        ("ＧＬＵＣＯＳＥ", "glucose"),
    ],
)
def test_normalize_name(raw: str, expected: str) -> None:
    assert normalize_name(raw) == expected


def test_percent_and_absolute_stay_distinct() -> None:
    assert normalize_name("Lymphocytes %") != normalize_name("Lymphocytes #")
