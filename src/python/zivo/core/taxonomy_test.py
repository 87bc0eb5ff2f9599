from __future__ import annotations

import pytest

from zivo.core.taxonomy import CATEGORIES, CATEGORY_IDS, OTHER_ID, Category, get_category


def test_categories_follow_the_taxonomy_document_order() -> None:
    assert [category.id for category in CATEGORIES] == [
        "cbc",
        "lipid",
        "liver",
        "kidney",
        "electrolytes",
        "glucose",
        "thyroid",
        "vitamins",
        "iron",
        "inflammation",
        "hormones",
        "cardiac",
        "coagulation",
        "urine",
        "infection",
        "tumor",
        "pancreas",
        "other",
    ]
    assert frozenset(category.id for category in CATEGORIES) == CATEGORY_IDS
    assert len(CATEGORY_IDS) == len(CATEGORIES)
    assert OTHER_ID in CATEGORY_IDS


def test_get_category_returns_the_category() -> None:
    category = get_category("iron")
    assert category == Category(
        "iron", "Iron Studies", "serum iron, ferritin, TIBC, UIBC, transferrin, transferrin saturation"
    )


def test_get_category_unknown_id_names_the_id_and_the_known_ones() -> None:
    with pytest.raises(KeyError, match=r"'blood'.*cbc, lipid"):
        get_category("blood")


def test_categories_are_immutable() -> None:
    with pytest.raises(AttributeError):
        CATEGORIES[0].name = "x"  # type: ignore[misc]
