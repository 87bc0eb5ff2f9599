from __future__ import annotations

import pytest

from zivo.core.taxonomy import AMBIGUITY_RULES
from zivo.ml.categorization.normalize import normalize_name
from zivo.ml.categorization.rules import first_matching_rule


def _rule_category(raw: str) -> str | None:
    normalized = normalize_name(raw)
    rule = first_matching_rule(AMBIGUITY_RULES, normalized.text, normalized.specimen)
    return None if rule is None else rule.category


@pytest.mark.parametrize(
    ("raw", "category"),
    [
        ("Urine Glucose", "urine"),
        ("Sugar (Urine)", "urine"),
        ("Bilirubin (Urine)", "urine"),
        ("Serum Bilirubin (Total)", "liver"),
        ("Urine Microalbumin", "kidney"),
        ("Albumin/Creatinine Ratio, Urine", "kidney"),
        ("Pus Cells /hpf", "urine"),
        ("Calcium Oxalate Crystals", "urine"),
        ("Calcium, Total (Arsenazo III)", "electrolytes"),
        ("Phosphorus, Inorganic", "electrolytes"),
        ("Vitamin D, 25-Hydroxy", "vitamins"),
        ("1,25-Dihydroxy Vitamin D", "vitamins"),
        ("PTH (Intact)", "hormones"),
        ("Parathyroid Hormone", "hormones"),
        ("ESR (Westergren)", "inflammation"),
        ("Serum Ferritin", "iron"),
        ("Stool Occult Blood", "other"),
        ("Semen pH", "other"),
        ("Alkaline Phosphatase", None),
        ("24 Hour Urine Protein", None),
        ("Hemoglobin", None),
    ],
)
def test_taxonomy_rules(raw: str, category: str | None) -> None:
    assert _rule_category(raw) == category
