"""Accuracy, per-category precision/recall and confusions of predicted against expected categories."""

from __future__ import annotations

import csv
import io
import random
import re
import string
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from zivo.core.taxonomy import CATEGORIES


@dataclass(frozen=True)
class CategoryMetrics:
    category: str
    precision: float
    recall: float
    support: int


@dataclass(frozen=True)
class Confusion:
    expected: str
    predicted: str
    count: int


@dataclass(frozen=True)
class EvaluationReport:
    total: int
    accuracy: float
    categories: tuple[CategoryMetrics, ...]
    confusions: tuple[Confusion, ...]


def evaluate(
    expected: Sequence[str], predicted: Sequence[str], *, top_confusions: int = 10
) -> EvaluationReport:
    if len(expected) != len(predicted):
        raise ValueError(f"{len(expected)} expected categories but {len(predicted)} predictions")
    pairs = list(zip(expected, predicted, strict=True))
    hits = sum(want == got for want, got in pairs)
    support = Counter(expected)
    predicted_counts = Counter(predicted)
    correct = Counter(want for want, got in pairs if want == got)
    known = [category.id for category in CATEGORIES]
    extra = sorted((set(support) | set(predicted_counts)) - set(known))
    metrics = tuple(
        CategoryMetrics(
            category,
            # No prediction of a category: precision is undefined; 1.0 keeps "never wrong" readable.
            correct[category] / predicted_counts[category] if predicted_counts[category] else 1.0,
            correct[category] / support[category] if support[category] else 1.0,
            support[category],
        )
        for category in [*known, *extra]
        if support[category] or predicted_counts[category]
    )
    confusions = Counter((want, got) for want, got in pairs if want != got)
    return EvaluationReport(
        total=len(pairs),
        accuracy=hits / len(pairs) if pairs else 0.0,
        categories=metrics,
        confusions=tuple(
            Confusion(want, got, count) for (want, got), count in confusions.most_common(top_confusions)
        ),
    )


def format_report(report: EvaluationReport) -> str:
    lines = [f"accuracy: {report.accuracy:.4f} ({round(report.accuracy * report.total)}/{report.total})", ""]
    lines.append(f"{'category':<14}{'precision':>10}{'recall':>10}{'support':>9}")
    for metric in report.categories:
        lines.append(
            f"{metric.category:<14}{metric.precision:>10.3f}{metric.recall:>10.3f}{metric.support:>9}"
        )
    lines.append("")
    lines.append("most confused (expected -> predicted):")
    if not report.confusions:
        lines.append("  none")
    for confusion in report.confusions:
        lines.append(f"  {confusion.expected} -> {confusion.predicted}: {confusion.count}")
    return "\n".join(lines)


def misspell(name: str, rng: random.Random) -> str:
    """One random typo (drop, insert, swap or replace a letter) inside one word of 5+ letters.

    Used to measure robustness to the typos of hand-typed reports on names whose spelling is known.
    """
    words = name.split()
    candidates = [position for position, word in enumerate(words) if len(word) >= 5 and word.isalpha()]
    if not candidates:
        return name
    position = rng.choice(candidates)
    word = words[position]
    at = rng.randrange(1, len(word) - 1)
    edit = rng.choice("disr")
    if edit == "d":
        word = word[:at] + word[at + 1 :]
    elif edit == "i":
        word = word[:at] + rng.choice("aeiou") + word[at:]
    elif edit == "s":
        word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    else:
        word = word[:at] + rng.choice(string.ascii_lowercase) + word[at + 1 :]
    words[position] = word
    return " ".join(words)


# Public sources split into a development and a held-out half, `<source>-dev.csv` and `<source>-holdout.csv`
# (data/README.md), in the order they were added: the US hospital's by LOINC code, the others by analyte.
SPLIT_SOURCES = (
    "us-hospital",
    "mimic-us",
    "uk-gp",
    "care-india",
    "kenya-blis",
    "openelis-haiti-ci",
    "vista-us",
    "care2x-de",
    "amsterdam-nl",
    "eicu-us",
    "openhospital-ug",
    "openclinic-be",
    "labbook-africa",
    "oscar-ca",
    "sigtap-br",
    "olis-ca",
    "khanza-id",
    "cups-co",
    "lkh-at",
    "nabm-fr",
    "nhi-tw",
    "nho-jp",
    "nxgen-pk",
    "nlk-no",
    "cnp-it",
    "nbu-ar",
)
# The team's own lists (data/README.md), written for zivo, each with a development and a held-out half too.
TEAM_LISTS = ("lab-names", "lab-names-world", "lab-names-scripts")
# Every development half (`<half>.csv` in data/): what `calibrate --development` fits the categorizer's
# parameters on and `bench/confidence.py` leaves out one source at a time. The one list of them.
DEVELOPMENT_HALVES: tuple[str, ...] = tuple(f"{source}-dev" for source in (*SPLIT_SOURCES, *TEAM_LISTS))


@cache
def _labelled_rows(file_name: str) -> tuple[dict[str, str], ...]:
    """The rows of a labelled list shipped in `zivo/ml/categorization/data/`, read once per process."""
    text = (resources.files("zivo.ml.categorization") / "data" / file_name).read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(text)))


def labelled_names(file_name: str) -> tuple[list[str], list[str]]:
    """(names, categories) of a labelled list shipped in `zivo/ml/categorization/data/`."""
    rows = _labelled_rows(file_name)
    return [row["name"] for row in rows], [row["category"] for row in rows]


_ANALYTE_RE = re.compile(r"\banalyte (\S.*)$")


def labelled_analytes(file_name: str) -> list[str | None]:
    """The analyte each row of a labelled list names, as its `source` column ends ("... analyte ldh"), or
    None (the team's own lists say none): names of one analyte are one test
    (`reliability.canonical_agreement`)."""
    return [
        match[1] if (match := _ANALYTE_RE.search(provenance)) else None
        for provenance in labelled_provenances(file_name)
    ]


def labelled_provenances(file_name: str) -> list[str]:
    """The `source` column of a labelled list in `data/` (empty strings where it has none)."""
    return [row.get("source") or "" for row in _labelled_rows(file_name)]
