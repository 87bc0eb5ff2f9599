"""The deterministic test-name key used to line up one test over time (trends).

Deliberately simple and stable: it must give the same key for ``"Glucose, fasting"`` and
``"glucose  FASTING"``, and never change meaning between releases, because it is stored. Synonym
matching (``"FBS"`` vs ``"fasting glucose"``) is the ML normalizer's job, not this one's.
"""

from __future__ import annotations

import re
import unicodedata

# % and # carry meaning on lab reports ("Neutrophils %" vs "Neutrophils #"), so they survive.
_SEPARATORS = re.compile(r"[^\w%#]+|_+")


def normalize_name(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    spaced = re.sub(r"([%#])", r" \1 ", folded)
    return " ".join(_SEPARATORS.sub(" ", spaced).split())
