"""Matching the taxonomy's ambiguity rules (`zivo.core.taxonomy.AMBIGUITY_RULES`) against a name."""

from __future__ import annotations

from collections.abc import Sequence

from zivo.core.taxonomy import AmbiguityRule


def _contains_phrase(words: Sequence[str], phrase: str) -> bool:
    """Whole-word containment: "phosphate" is in "inorganic phosphate", not in "phosphatase"."""
    target = phrase.split()
    width = len(target)
    return any(list(words[start : start + width]) == target for start in range(len(words) - width + 1))


def rule_matches(rule: AmbiguityRule, text: str, specimen: str | None) -> bool:
    if rule.specimens and specimen not in rule.specimens:
        return False
    words = text.split()
    if rule.keywords and not any(_contains_phrase(words, keyword) for keyword in rule.keywords):
        return False
    return not any(_contains_phrase(words, keyword) for keyword in rule.unless)


def first_matching_rule(
    rules: Sequence[AmbiguityRule], text: str, specimen: str | None
) -> AmbiguityRule | None:
    return next((rule for rule in rules if rule_matches(rule, text, specimen)), None)
