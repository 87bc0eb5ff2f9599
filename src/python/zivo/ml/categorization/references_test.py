from __future__ import annotations

from collections import defaultdict

from zivo.core.taxonomy import CATEGORIES, CATEGORY_IDS, get_category
from zivo.ml.categorization.normalize import normalize_name
from zivo.ml.categorization.references import curated_names, description_items, reference_names


def test_every_category_has_curated_references() -> None:
    for category in CATEGORIES:
        assert len(curated_names(category.id)) >= 10, category.id


def test_references_only_use_taxonomy_ids() -> None:
    assert {reference.category for reference in reference_names()} == CATEGORY_IDS


def test_no_normalized_reference_belongs_to_two_categories() -> None:
    categories_of: dict[str, set[str]] = defaultdict(set)
    for reference in reference_names():
        categories_of[normalize_name(reference.name).text].add(reference.category)
    assert {text: found for text, found in categories_of.items() if len(found) > 1} == {}


def test_description_items_expand_parentheses_and_lists() -> None:
    electrolytes = description_items(get_category("electrolytes"))
    assert {"calcium", "calcium total", "calcium ionized", "bicarbonate/total CO2"} <= set(electrolytes)
    vitamins = description_items(get_category("vitamins"))
    assert "vitamin D 1,25-dihydroxy" in vitamins
    assert "vitamins K" in vitamins


def test_urine_description_items_name_the_specimen() -> None:
    items = description_items(get_category("urine"))
    assert "urine glucose" in items
    assert "urine RBCs" in items
    assert all("urine" in item for item in items)


def test_other_description_drops_the_anything_else_lead() -> None:
    assert description_items(get_category("other")) == (
        "blood group",
        "stool and semen tests",
        "report fields that are not tests",
    )
