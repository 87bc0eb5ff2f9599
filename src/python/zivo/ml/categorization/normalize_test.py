from __future__ import annotations

import pytest

from zivo.ml.categorization.normalize import normalize_name, specimen_of


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("S. Creatinine", "creatinine"),
        ("Sr. Calcium", "calcium"),
        ("SERUM  Sodium (Na+)", "sodium na"),
        ("Protein, Total, Serum (Biuret)", "protein total"),
        ("Bilirubin, Total, Serum (Diazo)", "bilirubin total"),
        ("Glucose Fasting (Plasma, Hexokinase)", "glucose fasting"),
        ("Haemoglobin (Hb)", "hemoglobin"),
        ("Oestradiol", "estradiol"),
        ("Total Leucocyte Count", "total leukocyte count"),
        ("Urine Colour", "urine color"),
        ("Ionised Calcium", "ionized calcium"),
        ("DHEA Sulphate", "dhea sulfate"),
        ("Glycosylated Haemoglobin (HbA1c)", "glycated hemoglobin hba1c"),
        ("Hb A1c", "hba1c"),
        ("M.C.H.", "mch"),
        ("S.G.P.T", "sgpt"),
        ("R. B. C. Count", "rbc count"),
        ("Vit. B12", "vitamin b12"),
        ("Cholesterol [Mass/volume] in Serum or Plasma", "cholesterol"),
        ("Hemoglobin (g/dL)", "hemoglobin"),
        ("Alk Phos", "alkaline phosphatase"),
        ("Immunoglobulin E", "ige"),
        ("CA 19.9", "ca 19 9"),
        ("Plasma Glucose - PP", "glucose postprandial"),
    ],
)
def test_normalized_text(raw: str, text: str) -> None:
    assert normalize_name(raw).text == text


@pytest.mark.parametrize(
    ("raw", "specimen"),
    [
        ("Sugar (Urine)", "urine"),
        ("Microalbumin, Spot Urine", "urine"),
        ("Stool Occult Blood", "stool"),
        ("Sperm Count", "semen"),
        ("LIPASE, SERUM", "serum"),
        ("Glucose", None),
        ("Glucose (Urine), Serum", "urine"),
    ],
)
def test_specimen_is_extracted(raw: str, specimen: str | None) -> None:
    assert normalize_name(raw).specimen == specimen


def test_urine_stays_in_text_but_serum_does_not() -> None:
    assert normalize_name("Urine Glucose").text == "urine glucose"
    assert normalize_name("Serum Glucose").text == "glucose"


def test_methods_are_kept_aside() -> None:
    normalized = normalize_name("TSH, 3rd Generation (CLIA)")
    assert normalized.text == "tsh 3rd generation"
    assert normalized.methods == ("clia",)


def test_punctuation_only_name_normalizes_to_empty_text() -> None:
    assert normalize_name("---").text == ""


def test_specimen_of_corrected_text() -> None:
    assert specimen_of("urine bilirubin") == "urine"
    assert specimen_of("bilirubin total") is None
