from __future__ import annotations

import pytest

from zivo.core.lab_tests.catalogue import catalogue
from zivo.core.lab_tests.units import UnitError, parse_spellings, readable, to_canonical


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
        # Units as labs print them (units.toml): case, report noise, Indian, French and PDF-extracted
        # spellings.
        # All capitals (older lab systems) and a capital first letter: never mega-, giga- or peta-.
        ("glucose", 100.0, "MG/DL", 100.0),
        ("glucose", 5.5, "MMOL/L", 99.09),
        ("glucose", 5.5, "Mmol/L", 99.09),
        ("creatinine", 1.0, "Mg/dL", 1.0),
        ("t4_free", 12.87, "PMOL/L", 1.0),
        ("hemoglobin", 13.5, "G/DL", 13.5),
        ("mcv", 90.0, "FL", 90.0),
        ("mch", 30.0, "PG", 30.0),
        ("esr", 10.0, "MM/HR", 10.0),
        ("alt", 30.0, "u/l", 30.0),
        ("alt", 30.0, "iu/l", 30.0),
        ("alt", 30.0, "UI/L", 30.0),  # French: unités internationales
        # Report noise around the unit.
        ("glucose", 100.0, "(mg/dL)", 100.0),
        ("glucose", 100.0, "[mg/dL]", 100.0),
        ("glucose", 100.0, "mg/dL.", 100.0),
        # Grams and mass per 100 mL (Indian reports).
        ("hemoglobin", 13.5, "gm/dL", 13.5),
        ("hemoglobin", 13.5, "gms/dl", 13.5),
        ("hemoglobin", 13.5, "gm%", 13.5),
        ("hemoglobin", 13.5, "g %", 13.5),
        ("glucose", 100.0, "mg%", 100.0),
        ("glucose", 100.0, "mg/100 ml", 100.0),
        # Counts: superscripts lost by PDF extraction, words, and giga/tera per litre (French reports).
        ("wbc_count", 7.5, "10 3/uL", 7.5),
        ("wbc_count", 7.5, "x10 9/L", 7.5),
        ("wbc_count", 7.5, "thou/mm3", 7.5),
        ("wbc_count", 7.5, "G/L", 7.5),
        ("wbc_count", 7.5, "Giga/L", 7.5),
        ("platelet_count", 250.0, "10³/mm³", 250.0),
        ("rbc_count", 4.5, "T/L", 4.5),
        ("rbc_count", 4.5, "mill/cumm", 4.5),
        ("rbc_count", 4.5, "x10¹²/L", 4.5),
        # A U where the test's unit is an IU (hormones).
        ("tsh", 2.0, "mU/L", 2.0),
        ("insulin", 10.0, "µU/mL", 10.0),
        ("insulin", 10.0, "mUI/L", 10.0),
        # Shares and volumes printed with what they are of.
        ("hba1c", 6.5, "% of total Hb", 6.5),
        ("hba1c", 6.5, "%Hb", 6.5),
        ("mcv", 90.0, "cu microns", 90.0),
        ("mcv", 90.0, "µm3", 90.0),
        ("esr", 10.0, "mm/1st hr", 10.0),
        ("esr", 10.0, "mm in 1st hour", 10.0),
        # HbA1c: IFCC mmol/mol to NGSP %, the master equation (affine, from the catalogue).
        ("hba1c", 48.0, "mmol/mol", 6.543),
        ("hba1c", 48.0, "mmol/mol Hb", 6.543),
        ("hba1c", 48.0, "mmol/mol (IFCC)", 6.543),  # the standard it is aligned to, printed after it
        ("hba1c", 6.5, "% (NGSP)", 6.5),
        ("hba1c", 6.5, "% DCCT", 6.5),
        ("alt", 30.0, "U/L at 37°C", 30.0),  # an enzyme's assay temperature
        ("alt", 30.0, "U/L (37 C)", 30.0),
        # Ratios to creatinine: mg/mmol (British and European reports) and mg/g through creatinine's
        # molar mass (the catalogue's `per`), with the denominator named or not.
        ("urine_acr", 3.0, "mg/mmol", 26.52),
        ("urine_acr", 3.0, "mg/mmol creat", 26.52),
        ("urine_acr", 30.0, "mg/g Cr", 30.0),
        ("urine_acr", 30.0, "µg/mg", 30.0),
        ("urine_pcr", 30.0, "mg/mmol", 265.2),
        ("urine_pcr", 0.2, "mg/mg", 200.0),
        ("urine_pcr", 0.2, "g/g creatinine", 200.0),
        # Molar concentrations, and mmol/L printed as mM/L (a capital M: mm stays a millimetre).
        ("glucose", 5.5, "mM", 99.09),
        ("creatinine", 88.4, "µM", 1.0),
        ("potassium", 4.0, "mM/L", 4.0),
        ("esr", 10.0, "mm/hr", 10.0),
        # German: Millival, thousands and millions per µl, Gigapartikel per litre.
        ("sodium", 140.0, "mval/l", 140.0),
        ("calcium", 5.0, "mval/l", 10.02),
        ("wbc_count", 7.5, "Tsd./µl", 7.5),
        ("rbc_count", 4.5, "Mio/µl", 4.5),
        ("wbc_count", 7.5, "Gpt/l", 7.5),
        ("rbc_count", 4.5, "Tpt/l", 4.5),
        # Russian and Ukrainian reports.
        ("glucose", 5.5, "ммоль/л", 99.09),
        ("hemoglobin", 135.0, "г/л", 13.5),
        ("creatinine", 88.4, "мкмоль/л", 1.0),
        ("alt", 30.0, "Ед/л", 30.0),
        ("alt", 30.0, "Од/л", 30.0),
        ("tsh", 2.5, "мкМЕ/мл", 2.5),
        ("sodium", 140.0, "мЭкв/л", 140.0),
        ("wbc_count", 7.5, "тыс/мкл", 7.5),
        ("wbc_count", 7.5, "10^9/л", 7.5),
        ("rbc_count", 4.5, "млн/мкл", 4.5),
        ("esr", 10.0, "мм/ч", 10.0),
        ("mcv", 90.0, "фл", 90.0),
        # Counts per cubic millimetre as Indian reports print them, cells in other languages, and
        # powers of ten with a multiplication sign or a lost superscript's dot.
        ("wbc_count", 7500.0, "/cmm", 7.5),
        ("wbc_count", 7500.0, "cells per cmm", 7.5),
        ("platelet_count", 250000.0, "/c.mm", 250.0),
        ("wbc_count", 7500.0, "células/µL", 7.5),
        ("wbc_count", 7.5, "×10⁹/L", 7.5),
        ("wbc_count", 7.5, "10·9/L", 7.5),  # was read as 10 times 9 per litre
        ("wbc_count", 7.5, "10x9/L", 7.5),  # a power of ten typed as a product
        ("rbc_count", 4.5, "10×12/L", 4.5),
        ("egfr", 90.0, "ml/min/1,73m²", 90.0),  # a decimal comma in the body surface
    ],
)
def test_values_convert_to_the_canonical_unit(test_id: str, value: float, unit: str, expected: float) -> None:
    converted = to_canonical(catalogue().by_id[test_id], value, unit)
    assert converted == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("test_id", "unit"),
    [
        ("hemoglobin", "G/L x"),  # not a unit
        ("hemoglobin", "10 3/uL"),  # a count where a concentration is meant
        ("glucose", "G/L x"),
        ("hba1c", "mmol/L"),  # not the IFCC ratio
        ("tsh", "U/L x"),
        ("pivka_ii", "10^3/uL"),  # an arbitrary unit per mL is not a count
        ("pivka_ii", "G/L"),
        ("d_dimer", "mg/L DDU"),  # D-dimer units vs fibrinogen-equivalent units
        ("glucose", "g"),  # wrong dimension
        ("glucose", "banana/L"),
        ("glucose", None),  # no unit: never assume the canonical one
        ("glucose", ""),
        ("blood_group", "mg/dL"),  # no canonical unit
        ("urine_acr", "mg/L"),  # a concentration, not a ratio
        ("urine_acr", "mmol/mmol"),
        ("glucose", "mmol/L creat"),  # a denominator's name only after a ratio's denominator
        ("glucose", "MM"),  # millimetres, not millimolar
    ],
)
def test_undefined_conversions_give_none(test_id: str, unit: str | None) -> None:
    assert to_canonical(catalogue().by_id[test_id], 1.0, unit) is None


@pytest.mark.parametrize(
    ("test_id", "value", "unit", "expected"),
    [
        ("ferritin", 100.0, "ug/L", 100.0),  # 99.99999999999999 before
        ("wbc_count", 7.5, "/nL", 7.5),  # 7.499999999999999
        ("platelet_count", 2.5, "lakhs/cumm", 250.0),  # 250.00000000000006
        ("bilirubin_total", 17.0, "umol/L", 0.993922),  # 0.9939219999999999
    ],
)
def test_a_converted_value_has_no_binary_noise(
    test_id: str, value: float, unit: str, expected: float
) -> None:
    # A user reads these in trends: the decimal the value and the factor give, not the factor's float noise.
    assert to_canonical(catalogue().by_id[test_id], value, unit) == expected


def test_a_conversion_past_the_largest_float_gives_none_not_infinity() -> None:
    # 1e308 g/L is stored as sent; in mg/dL it would be infinity, which a JSON response cannot hold.
    glucose = catalogue().by_id["glucose"]
    assert to_canonical(glucose, 1e308, "g/L") is None
    assert to_canonical(glucose, 1e300, "g/L") == pytest.approx(1e302)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("version = 2\nrewrites = []\n[words]\n[counts]\n", "version"),
        ("version = 1\nrewrites = [['(', 'x']]\n[words]\n[counts]\n", "units.toml"),  # not a regex
        ("version = 1\nrewrites = [['a']]\n[words]\n[counts]\n", "units.toml"),  # no replacement
        ("version = 1\nrewrites = []\n[words]\nMG = 'mg'\n[counts]\n", "lowercase"),
    ],
)
def test_a_bad_units_file_fails_saying_why(text: str, message: str) -> None:
    with pytest.raises(UnitError, match=message):
        parse_spellings(text)


@pytest.mark.parametrize(
    "unit",
    [
        "10**10**10/L",  # an integer pint would spend minutes computing
        "2^2^2^2^2/L",
        "x10^99999999999999/L",
        "mg^99999999999999999/dL",
        "(((mg/dL",  # pint's tokenizer fails: no exception may escape
        "mg/dL)))",
        "m" * 65,
        "/",  # operators alone: pint's evaluator failed an assertion (a 500 where a unit is read)
        "mg/0",  # a division by zero
    ],
)
def test_a_unit_no_lab_prints_is_refused_not_computed(unit: str) -> None:
    # A user sends the unit; the trends endpoint and the worker convert it. Each of these is read as no
    # unit at once (the suite's timeout catches one that computes).
    assert to_canonical(catalogue().by_id["glucose_fasting"], 5.0, unit) is None
    assert not readable(unit)


def test_a_factor_past_a_floats_range_is_no_conversion() -> None:
    # pint reads "9910^91e" (e: the elementary charge); its factor to mg/dL is an integer no float holds.
    assert to_canonical(catalogue().by_id["glucose"], 1.5, "9910^91e") is None
