"""The labelled name lists are usable and honest: valid columns and categories, no overlap between the
development and held-out halves of a source, and no held-out US hospital name written into the catalogue
(so that the held-out figure measures names the catalogue never saw)."""

from __future__ import annotations

import csv
import io
import re
from importlib import resources

import pytest

from zivo.core.lab_tests.catalogue import catalogue
from zivo.core.taxonomy import CATEGORY_IDS

FILES = (
    "us-hospital-dev.csv",
    "us-hospital-holdout.csv",
    "lab-names-dev.csv",
    "lab-names-holdout.csv",
    "bahmni-india-holdout.csv",
)
_LOINC_RE = re.compile(r"\bLOINC (\d{1,7}-\d)\b")


def rows(file_name: str) -> list[dict[str, str]]:
    text = (resources.files("zivo.ml.categorization") / "data" / file_name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def folded(name: str) -> str:
    return " ".join(name.lower().split())


@pytest.mark.parametrize("file_name", FILES)
def test_columns_categories_and_no_duplicates(file_name: str) -> None:
    table = rows(file_name)
    assert table, f"{file_name} is empty"
    bad = [(row["name"], row["category"]) for row in table if row["category"] not in CATEGORY_IDS]
    assert not bad, f"{file_name}: unknown categories {bad}"
    names = [row["name"] for row in table]
    assert all(name.strip() for name in names), f"{file_name}: empty name"
    repeated = sorted({name for name in names if names.count(name) > 1})
    assert not repeated, f"{file_name}: names listed twice {repeated}"


def test_us_hospital_halves_share_no_name() -> None:
    # (The team's lists share common names across halves; those are catalogue names, never scored.)
    dev, holdout = rows("us-hospital-dev.csv"), rows("us-hospital-holdout.csv")
    shared = {row["name"] for row in dev} & {row["name"] for row in holdout}
    assert not shared, f"both halves list {sorted(shared)}"


def test_us_hospital_halves_share_no_loinc_code() -> None:
    def codes(file_name: str) -> set[str]:
        return {match[1] for row in rows(file_name) for match in _LOINC_RE.finditer(row["source"])}

    dev, holdout = codes("us-hospital-dev.csv"), codes("us-hospital-holdout.csv")
    assert dev
    assert holdout
    assert not dev & holdout, f"LOINC codes in both halves: {sorted(dev & holdout)}"


def test_no_held_out_hospital_name_is_written_in_the_catalogue() -> None:
    written = {folded(name) for test in catalogue() for name in test.names}
    pasted = [row["name"] for row in rows("us-hospital-holdout.csv") if folded(row["name"]) in written]
    assert not pasted, f"held-out names copied into catalogue.toml: {pasted}"


def test_public_sources_name_their_origin() -> None:
    for file_name in ("us-hospital-dev.csv", "us-hospital-holdout.csv", "bahmni-india-holdout.csv"):
        missing = [row["name"] for row in rows(file_name) if not row.get("source", "").strip()]
        assert not missing, f"{file_name}: rows without a source {missing[:5]}"
