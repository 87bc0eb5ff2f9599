"""Reference names per category: what the categorizer compares incoming lab-test names against.

Curated by hand from how labs print tests (Indian, British and American report styles, LOINC long common
names, analyser abbreviations), plus every item of the taxonomy's own descriptions. The development set is
deliberately not used here: it is only for measuring and calibrating, so that its accuracy says something
about names nobody has seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zivo.core.taxonomy import CATEGORIES, Category
from zivo.ml.categorization.reference_data import CURATED_NAMES

_PAREN_RE = re.compile(r"^(?P<head>[^()]*)\((?P<inner>[^()]*)\)(?P<tail>.*)$")


@dataclass(frozen=True)
class Reference:
    name: str
    category: str


def description_items(category: Category) -> tuple[str, ...]:
    """Split a taxonomy description into names: "calcium (total, ionized)" -> calcium total, -ionized."""
    description = category.description
    context = ""
    if ":" in description:
        head, description = description.split(":", 1)
        # "routine and microscopic urine examination: colour, ..." lists urine items; "anything else: ..."
        # is no test name at all.
        context = "urine " if category.id == "urine" else ""
        items = [head.strip()] if category.id == "urine" else []
    else:
        items = []
    previous_head = ""
    for part in _split_top_level(description):
        # "vitamins B1, B6, A, E": a one- or two-letter item continues a plural noun before it.
        if len(part) <= 2 and previous_head.endswith("s"):
            part = f"{previous_head} {part}"
        previous_head = part.split()[0] if len(part.split()) > 1 else ""
        prefix = "" if "urine" in part.lower() else context
        match = _PAREN_RE.match(part)
        if match is None:
            items.append(prefix + part)
            continue
        head = match["head"].strip()
        items.append(prefix + head)
        # ", " and not ",": "1,25-dihydroxy" is one item.
        for inner in match["inner"].split(", "):
            items.append(f"{prefix}{head} {inner.strip()}")
    return tuple(item.strip() for item in items if item.strip())


def _split_top_level(text: str) -> list[str]:
    """Split on commas outside parentheses ("calcium (total, ionized), magnesium")."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return [part for part in parts if part]


def curated_names(category_id: str) -> tuple[str, ...]:
    return tuple(
        " ".join(name.split()) for name in CURATED_NAMES.get(category_id, "").split(";") if name.strip()
    )


def reference_names() -> tuple[Reference, ...]:
    """Every reference name with its category: curated names, taxonomy names and description items."""
    references: list[Reference] = []
    for category in CATEGORIES:
        names = (category.name, *curated_names(category.id), *description_items(category))
        references.extend(Reference(name, category.id) for name in names)
    return tuple(references)
