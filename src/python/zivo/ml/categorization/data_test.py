"""The labelled name lists are usable and honest: valid columns and categories, no overlap between the
development and held-out halves of a source (by name, LOINC code and analyte), no held-out name of a public
source written into the catalogue (so that the held-out figure measures names the catalogue never saw),
and no development half of a public source spelling a name that some held-out file scores."""

from __future__ import annotations

import csv
import io
import re
from importlib import resources

import pytest

from zivo.core.lab_tests.catalogue import catalogue
from zivo.core.taxonomy import CATEGORY_IDS
from zivo.ml.categorization.evaluation import DEVELOPMENT_HALVES, SPLIT_SOURCES

FILES = (
    "us-hospital-dev.csv",
    "us-hospital-holdout.csv",
    "lab-names-dev.csv",
    "lab-names-holdout.csv",
    "bahmni-india-holdout.csv",
    "mimic-us-dev.csv",
    "mimic-us-holdout.csv",
    "uk-gp-dev.csv",
    "uk-gp-holdout.csv",
    "care-india-dev.csv",
    "care-india-holdout.csv",
    "kenya-blis-dev.csv",
    "kenya-blis-holdout.csv",
    "openelis-haiti-ci-dev.csv",
    "openelis-haiti-ci-holdout.csv",
    "lab-names-world-dev.csv",
    "lab-names-world-holdout.csv",
    "lab-names-scripts-dev.csv",
    "lab-names-scripts-holdout.csv",
    "vista-us-dev.csv",
    "vista-us-holdout.csv",
    "care2x-de-dev.csv",
    "care2x-de-holdout.csv",
    "amsterdam-nl-dev.csv",
    "amsterdam-nl-holdout.csv",
    "eicu-us-dev.csv",
    "eicu-us-holdout.csv",
    "openhospital-ug-dev.csv",
    "openhospital-ug-holdout.csv",
    "openclinic-be-dev.csv",
    "openclinic-be-holdout.csv",
    "labbook-africa-dev.csv",
    "labbook-africa-holdout.csv",
    "oscar-ca-dev.csv",
    "oscar-ca-holdout.csv",
    "sigtap-br-dev.csv",
    "sigtap-br-holdout.csv",
    "olis-ca-dev.csv",
    "olis-ca-holdout.csv",
    "khanza-id-dev.csv",
    "khanza-id-holdout.csv",
    "cups-co-dev.csv",
    "cups-co-holdout.csv",
    "lkh-at-dev.csv",
    "lkh-at-holdout.csv",
    "nabm-fr-dev.csv",
    "nabm-fr-holdout.csv",
    "nhi-tw-dev.csv",
    "nhi-tw-holdout.csv",
    "nho-jp-dev.csv",
    "nho-jp-holdout.csv",
    "nxgen-pk-dev.csv",
    "nxgen-pk-holdout.csv",
    "nlk-no-dev.csv",
    "nlk-no-holdout.csv",
    "cnp-it-dev.csv",
    "cnp-it-holdout.csv",
    "nbu-ar-dev.csv",
    "nbu-ar-holdout.csv",
    "nhanes-us-holdout.csv",
)
# Measured only, never read to decide a change: every held-out half (NHANES is one, held out whole).
HELD_OUT = tuple(name for name in FILES if name.endswith("-holdout.csv"))
_LOINC_RE = re.compile(r"\bLOINC (\d{1,7}-\d)\b")
# The newer sources name each row's analyte (one key for every spelling, in any specimen) at the end.
_ANALYTE_RE = re.compile(r"\banalyte (.+)$")


def rows(file_name: str) -> list[dict[str, str]]:
    text = (resources.files("zivo.ml.categorization") / "data" / file_name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def folded(name: str) -> str:
    return " ".join(name.lower().split())


def catalogue_names() -> set[str]:
    return {folded(name) for test in catalogue() for name in test.names}


def codes(file_name: str, pattern: re.Pattern[str]) -> set[str]:
    return {match[1] for row in rows(file_name) for match in pattern.finditer(row["source"])}


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


@pytest.mark.parametrize("source", SPLIT_SOURCES)
def test_halves_share_no_name(source: str) -> None:
    # (The team's lists share common names across halves; those are catalogue names, never scored.)
    dev, holdout = rows(f"{source}-dev.csv"), rows(f"{source}-holdout.csv")
    shared = {folded(row["name"]) for row in dev} & {folded(row["name"]) for row in holdout}
    assert not shared, f"both halves of {source} list {sorted(shared)}"


@pytest.mark.parametrize("source", ["us-hospital", "mimic-us"])
def test_halves_share_no_loinc_code(source: str) -> None:
    dev, holdout = codes(f"{source}-dev.csv", _LOINC_RE), codes(f"{source}-holdout.csv", _LOINC_RE)
    assert dev
    assert holdout
    assert not dev & holdout, f"LOINC codes in both halves of {source}: {sorted(dev & holdout)}"


# The US hospital's halves are split by LOINC code (the LOINC test above); every other source by analyte.
@pytest.mark.parametrize("source", [source for source in SPLIT_SOURCES if source != "us-hospital"])
def test_halves_share_no_analyte(source: str) -> None:
    for file_name in (f"{source}-dev.csv", f"{source}-holdout.csv"):
        unnamed = [row["name"] for row in rows(file_name) if not _ANALYTE_RE.search(row["source"])]
        assert not unnamed, f"{file_name}: rows without an analyte {unnamed[:5]}"
    dev, holdout = codes(f"{source}-dev.csv", _ANALYTE_RE), codes(f"{source}-holdout.csv", _ANALYTE_RE)
    assert not dev & holdout, f"analytes in both halves of {source}: {sorted(dev & holdout)}"


@pytest.mark.parametrize("file_name", [f"{source}-holdout.csv" for source in SPLIT_SOURCES])
def test_no_held_out_name_is_written_in_the_catalogue(file_name: str) -> None:
    written = catalogue_names()
    pasted = [row["name"] for row in rows(file_name) if folded(row["name"]) in written]
    assert not pasted, f"{file_name}: held-out names copied into catalogue.toml: {pasted}"


@pytest.mark.parametrize("source", SPLIT_SOURCES)
def test_no_development_half_spells_a_held_out_name(source: str) -> None:
    # Another file's held-out name in a development half would be learnt from there (catalogue names are
    # never scored, so they may be in both).
    written = catalogue_names()
    dev = {folded(row["name"]) for row in rows(f"{source}-dev.csv")} - written
    for file_name in HELD_OUT:
        shared = dev & {folded(row["name"]) for row in rows(file_name)}
        assert not shared, f"{source}-dev.csv spells names held out in {file_name}: {sorted(shared)}"


def test_public_sources_name_their_origin() -> None:
    public = [name for name in FILES if not name.startswith("lab-names-")]
    for file_name in public:
        missing = [row["name"] for row in rows(file_name) if not row.get("source", "").strip()]
        assert not missing, f"{file_name}: rows without a source {missing[:5]}"


@pytest.mark.parametrize("team_list", ["lab-names-world", "lab-names-scripts"])
def test_the_language_lists_hold_out_names_no_development_list_spells(team_list: str) -> None:
    # The held-out lists of other languages (Italian, Dutch, Polish, Turkish, Indonesian/Malay and
    # Vietnamese; Russian, Ukrainian, Chinese, Japanese, Korean, Arabic and Greek) were written apart from
    # their development lists, with other names; no development file may spell one of their names (nor
    # may their development lists spell another file's held-out name) unless the catalogue holds it.
    written = catalogue_names()
    dev = {folded(row["name"]) for row in rows(f"{team_list}-dev.csv")} - written
    holdout = {folded(row["name"]) for row in rows(f"{team_list}-holdout.csv")} - written
    for file_name in FILES:
        names = {folded(row["name"]) for row in rows(file_name)}
        if file_name in HELD_OUT and file_name != f"{team_list}-holdout.csv":
            assert not dev & names, f"{team_list}-dev.csv spells {file_name}: {dev & names}"
        if file_name not in HELD_OUT:
            assert not holdout & names, f"{file_name} spells {team_list} held-out names: {holdout & names}"


def test_the_development_halves_are_every_development_file() -> None:
    # What `calibrate --development` and bench/confidence.py read: a development file left off the list
    # would silently not be fitted on (three were, until calib20).
    folder = resources.files("zivo.ml.categorization") / "data"
    present = {
        entry.name.removesuffix(".csv") for entry in folder.iterdir() if entry.name.endswith("-dev.csv")
    }
    assert len(set(DEVELOPMENT_HALVES)) == len(DEVELOPMENT_HALVES)
    assert set(DEVELOPMENT_HALVES) == present
    assert present == {name.removesuffix(".csv") for name in FILES if name.endswith("-dev.csv")}
