"""How many of a new source's names are analytes the catalogue does not know: estimated on the development
halves, for the calibration's mix of leave-name-out and leave-analyte-out names.

A name's analyte comes from its row's `source` (`data/README.md`): the `analyte <key>` the public sets
write, else its LOINC code, whose analyte is the component of the code's LOINC long name in the same
file (the text before `[`, ` in `, `/` or `.`: `Alkaline phosphatase.heat labile [...] in Serum` is
alkaline phosphatase). An analyte is known in a source when the categorizer resolves exactly (in the
catalogue) its key or any of its names there, as written, without their parenthesis or the parenthesis
alone (`Cobalamin (Vitamin B12)`, `Glucose (ACA)`), or when a catalogue test carries its LOINC code.
Each source's share is taken over its names the catalogue does not hold (the names `--eval` scores)
that have an analyte, and the estimate for a new source is the mean of the sources' shares (a source
with no analytes, the team's own list, adds none).

Both ways this is not exact: an analyte the catalogue holds under spellings none of these match counts
as unknown (too high), and the catalogue grew from the development halves' errors (too low for a new
source). It is recomputed by every `calibrate`, so it follows the catalogue as it grows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from zivo.core.lab_tests.catalogue import PARENTHESIS_RE
from zivo.ml.categorization.classifier import Categorizer

_ANALYTE = re.compile(r"\banalyte (.+)$")
_LOINC = re.compile(r"\bLOINC (\d+-\d)\b")
_LOINC_LONG = re.compile(r"\bloinc_long\b")
_COMPONENT_END = re.compile(r" \[| in |/")


@dataclass(frozen=True)
class SourceShare:
    source: str
    names: int  # the source's names the catalogue does not hold, with an analyte
    unknown: int  # of which the catalogue does not know the analyte

    @property
    def share(self) -> float:
        return self.unknown / self.names if self.names else 0.0


@dataclass(frozen=True)
class UnknownAnalyteShare:
    share: float  # the mean of the sources' shares: a new source is one more source, whatever its size
    sources: tuple[SourceShare, ...]
    # Per name: not in the catalogue, and its analyte is not known (its leave-name-out scoring is
    # already an unknown analyte's).
    unknown: tuple[bool, ...]


def loinc_component(long_name: str) -> str:
    """The analyte of a LOINC long name: `Creatinine [Mass/volume] in Urine` -> `Creatinine`."""
    return _COMPONENT_END.split(long_name, maxsplit=1)[0].split(".")[0].strip()


def analyte_keys(names: Sequence[str], provenances: Sequence[str]) -> list[str | None]:
    """The analyte of each row of one file (`provenances`: its `source` column), None when it has none."""
    components = {}
    for name, provenance in zip(names, provenances, strict=True):
        code = _LOINC.search(provenance)
        if code and _LOINC_LONG.search(provenance):
            components[code.group(1)] = loinc_component(name)
    keys: list[str | None] = []
    for provenance in provenances:
        analyte, code = _ANALYTE.search(provenance), _LOINC.search(provenance)
        if analyte:
            keys.append(analyte.group(1).strip())
        elif code:
            keys.append(components.get(code.group(1), f"LOINC {code.group(1)}"))
        else:
            keys.append(None)
    return keys


def spellings(text: str) -> list[str]:
    """The ways a name or analyte key may name a catalogue test: itself, then without its parenthesis and
    the parenthesis alone (`Triiodothyronine (T3)`, `Glucose (ACA)`); none for a bare LOINC code."""
    if text.startswith("LOINC "):
        return []
    found = [text]
    inside = PARENTHESIS_RE.findall(text)
    if inside:
        found.append(PARENTHESIS_RE.sub(" ", text).strip())
        found.extend(part.strip() for part in inside)
    return [spelling for spelling in found if spelling]


def unknown_analyte_share(
    categorizer: Categorizer, names: Sequence[str], keys: Sequence[str | None], sources: Sequence[str]
) -> UnknownAnalyteShare:
    """Per source, the share of its names not in the catalogue and with an analyte whose analyte the
    catalogue does not know; their mean; and which names those are."""
    if not len(names) == len(keys) == len(sources):
        raise ValueError("names, analyte keys and sources must have the same length")
    exact = [item.exact is not None for item in categorizer.score_many(names)]
    # Each analyte of each source, with the spellings that may name it besides its names.
    groups: dict[tuple[str, str], set[str]] = {}
    for name, key, source in zip(names, keys, sources, strict=True):
        if key is not None:
            groups.setdefault((source, key), set()).update([*spellings(key), *spellings(name)[1:]])
    # An analyte one of whose names the catalogue holds is known in that source.
    known = {(source, key) for source, key, found in zip(sources, keys, exact, strict=True) if found and key}
    candidates = sorted({spelling for group in groups.values() for spelling in group})
    resolved = {
        spelling
        for spelling, item in zip(candidates, categorizer.score_many(candidates), strict=True)
        if item.exact
    }
    codes = {f"LOINC {test.loinc}" for test in categorizer.tests.by_id.values() if test.loinc}
    known |= {
        group for group, group_spellings in groups.items() if group_spellings & resolved or group[1] in codes
    }
    flags = [
        key is not None and not found and (source, key) not in known
        for source, key, found in zip(sources, keys, exact, strict=True)
    ]
    counts: dict[str, list[int]] = {}
    for source, key, found, unknown in zip(sources, keys, exact, flags, strict=True):
        if key is not None and not found:
            count = counts.setdefault(source, [0, 0])
            count[0] += 1
            count[1] += unknown
    shares = tuple(SourceShare(source, total, unknown) for source, (total, unknown) in counts.items())
    share = sum(item.share for item in shares) / len(shares) if shares else 0.0
    return UnknownAnalyteShare(share, shares, tuple(flags))
