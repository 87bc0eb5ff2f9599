from __future__ import annotations

import pytest

from zivo.ml.categorization.classifier import Categorizer
from zivo.ml.categorization.unknown_analytes import analyte_keys, loinc_component, unknown_analyte_share


def test_loinc_component_is_the_analyte_of_a_long_name() -> None:
    assert (
        loinc_component("Creatinine [Mass/volume] in Urine collected for unspecified duration")
        == "Creatinine"
    )
    assert loinc_component("Alkaline phosphatase.heat labile [Enzymatic activity/volume] in Serum") == (
        "Alkaline phosphatase"
    )
    assert loinc_component("Lactate dehydrogenase 3/Lactate dehydrogenase.total in Serum") == (
        "Lactate dehydrogenase 3"
    )
    assert loinc_component("pH of Semen") == "pH of Semen"


def test_analyte_keys_read_the_source_column() -> None:
    names = ["Creat Ur Qn", "Creatinine [Mass/volume] in Urine", "Albumin, Pleural", "Odd thing", "FBS"]
    provenances = [
        "LHNCBC/flowsheet-lhc@8a62c77:src/stores/h2.js hospital LOINC 2161-8",
        "LHNCBC/flowsheet-lhc@8a62c77:src/stores/h2.js loinc_long LOINC 2161-8",
        "mimic D_LABITEMS.csv ITEMID 51 LOINC 1747-5 analyte albumin",
        "somewhere hospital LOINC 9999-9",
        "",
    ]
    # A hospital code takes the component of its LOINC long name in the same file; an `analyte` key wins
    # over a LOINC code; a code with no long name stays its own analyte; no source, no analyte.
    assert analyte_keys(names, provenances) == ["Creatinine", "Creatinine", "albumin", "LOINC 9999-9", None]


def test_analyte_keys_need_one_provenance_per_name() -> None:
    with pytest.raises(ValueError, match="zip"):
        analyte_keys(["a", "b"], ["x"])


def test_unknown_share_counts_names_not_in_the_catalogue_whose_analyte_it_does_not_know(
    tiny_categorizer: Categorizer,
) -> None:
    categorizer = tiny_categorizer
    names = ["Creatinine", "Creatinine zq", "Frobnicase activity", "Frobnicase act", "Glucose zq"]
    keys: list[str | None] = ["creatinine", "creatinine", "frobnicase", "frobnicase", None]
    sources = ["a", "a", "a", "b", "b"]

    estimate = unknown_analyte_share(categorizer, names, keys, sources)

    # "Creatinine" is in the catalogue (not scored); "Creatinine zq" is a known analyte; both Frobnicase
    # names are unknown; "Glucose zq" names no analyte.
    by_source = {item.source: (item.unknown, item.names) for item in estimate.sources}
    assert by_source == {"a": (1, 2), "b": (1, 1)}
    # A new source is one more source: the mean of the sources' shares, whatever their sizes.
    assert estimate.share == pytest.approx((1 / 2 + 1 / 1) / 2)
    assert estimate.unknown == (False, False, True, True, False)
