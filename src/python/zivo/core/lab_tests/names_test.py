from __future__ import annotations

import pytest

from zivo.core.lab_tests.names import name_key, normalize_name


@pytest.mark.parametrize(
    ("raw", "text", "specimen"),
    [
        ("Hcys SerPl-sCnc", "homocysteine", "blood"),
        ("T4 Free SerPl-mCnc", "t4 free", "blood"),
        ("IgD Ser-mCnc", "igd", "blood"),
        ("WBC:UA", "wbc urine", "urine"),
        ("Ur Gluc,%", "urine glucose percent", "urine"),
        ("Sp Grav UA", "specific gravity urine", "urine"),
        ("Glucose [Mass/volume] in Serum or Plasma --fasting", "glucose fasting", "blood"),
        ("Neutrophils/100 leukocytes in Blood by Automated count", "neutrophils percent count", "blood"),
        ("Mumps IgG Ser Qn EIA", "mumps igg", "blood"),
        ("S. Creatinine", "creatinine", "blood"),
        ("Haemoglobin (Hb)", "hemoglobin", None),
        ("HAV VIRAL LOAD", "hepatitis a viral load", None),
        ("Protein, Total, Serum (Biuret)", "protein total", "blood"),
        ("Vitamin K", "vitamin k", None),
        ("H. pylori IgG", "h pylori igg", None),
        ("(CLIA)", "", None),
    ],
)
def test_lab_grammar_is_read(raw: str, text: str, specimen: str | None) -> None:
    normalized = normalize_name(raw)
    assert (normalized.text, normalized.specimen) == (text, specimen)


def test_ua_alone_is_not_urine() -> None:
    assert normalize_name("UA").text == "ua"
    assert normalize_name("UA").specimen is None


def test_the_key_ignores_word_order() -> None:
    assert name_key("glucose fasting") == name_key("fasting glucose")
