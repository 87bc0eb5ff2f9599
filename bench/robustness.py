"""Lab-test names printed the way other systems print them: does the answer stay the same?

    HF_HUB_OFFLINE=1 PYTHONPATH=src/python python bench/robustness.py [--threads N] [--examples N]
    (or: HF_HUB_OFFLINE=1 ./pants run bench/robustness.py -- [--threads N])

Two measurements, both on names zivo already answers, changed in ways that keep what they mean:
- catalogue names as a report's row (the catalogue's exact lookup alone, no model): every name of every
  test with a report word after it ("Ferritin result", "CBC - Result", "Lithium level"), a row number
  before it ("1. Iron"), a result after it ("Iron 5.4 mmol/L", "Iron Negative"), in capitals, or with
  "Serum" before a blood test's name. Counted: names that now find another test (wrong with full
  confidence), and names no longer known exactly (left to the categorizer's meaning step, which may still
  be right);
- the development halves' names (`evaluation.DEVELOPMENT_HALVES`) through the whole categorizer, with the
  packaged MiniLM: in capitals, lower case, without accents, with underscores, a method or a report word
  after them, a row number or "Serum" before them, a seeded misspelling, cut at 20 characters (print
  fields). Counted: names right before and wrong after ("lost"; of those, auto-accepted: wrong answers
  a user would see unflagged) and wrong before and right after ("gained").
The held-out halves are not read. Deterministic but for the misspellings (seed 7).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence

from zivo.core.lab_tests.catalogue import catalogue
from zivo.ml.categorization.classifier import Categorizer
from zivo.ml.categorization.evaluation import DEVELOPMENT_HALVES, labelled_names, misspell
from zivo.ml.embeddings.cache import CachedEmbedder, LRUEmbeddingCache
from zivo.ml.embeddings.embedder import TransformersEmbedder

BATCH = 256
# A name that already says a specimen other than blood does not take "Serum" before it.
_NOT_BLOOD = re.compile(
    r"urin|\bur\b|\bua\b|stool|f[ae]c|csf|fluid|semen|sputum|swab|cultur|pleur|ascit|synov|harn|orina|selles|liquid",
    re.IGNORECASE,
)


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


Change = Callable[[str], str]
# Report rows: what a lab system adds around a test's name.
ROW_CHANGES: dict[str, Change] = {
    "NAME result": lambda name: f"{name} result",
    "NAME - Result": lambda name: f"{name} - Result",
    "NAME value": lambda name: f"{name} value",
    "NAME level": lambda name: f"{name} level",
    "NAME test": lambda name: f"{name} test",
    "NAME estimation": lambda name: f"{name} estimation",
    "1. NAME": lambda name: f"1. {name}",
    # A result printed after the name, as a report's extracted text gives a row.
    "NAME 5.4 mmol/L": lambda name: f"{name} 5.4 mmol/L",
    "NAME: 13.5 g/dL (12-15.5) H": lambda name: f"{name}: 13.5 g/dL (12-15.5) H",
    "NAME 13.5 [g/dL] Reference: 12.0-15.5": lambda name: f"{name} 13.5 [g/dL] Reference: 12.0-15.5",
    # A result printed as a word.
    "NAME Negative": lambda name: f"{name} Negative",
    "NAME in capitals": str.upper,
}


def name_changes(rng: random.Random) -> dict[str, Change]:
    return {
        **ROW_CHANGES,
        "Serum NAME": lambda name: name if _NOT_BLOOD.search(name) else f"Serum {name}",
        "NAME (Blood)": lambda name: name if _NOT_BLOOD.search(name) else f"{name} (Blood)",
        "lower case": str.lower,
        "without accents": _unaccented,
        "words_with_underscores": lambda name: re.sub(r"\s+", "_", name.strip()),
        "NAME (CLIA)": lambda name: f"{name} (CLIA)",
        "NAME by automated analyzer": lambda name: f"{name} by automated analyzer",
        "misspelt (seeded)": lambda name: misspell(name, rng),
        "cut at 20 characters": lambda name: name[:20],
    }


def catalogue_rows(examples: int) -> None:
    tests = catalogue()
    print("Catalogue names as a report's row (exact lookup alone)")
    print(f"{'change':28} {'names':>7} {'another test':>13} {'not exact':>10}")
    changes: dict[str, Change] = {**ROW_CHANGES, "Serum NAME": lambda name: f"Serum {name}"}
    for label, change in changes.items():
        pairs = [
            (name, test)
            for test in tests
            for name in test.names
            if not (label == "Serum NAME" and test.specimen != "blood")
        ]
        other: list[str] = []
        missing = 0
        for name, test in pairs:
            found = tests.lookup(change(name))
            if found is None:
                missing += 1
            elif found is not test:
                other.append(f"{change(name)!r}: {test.id} -> {found.id}")
        print(f"{label:28} {len(pairs):7} {len(other):13} {missing:10}")
        for line in other[:examples]:
            print(f"    {line}")


def development_names(categorizer: Categorizer, examples: int) -> None:
    names: list[str] = []
    labels: list[str] = []
    for half in DEVELOPMENT_HALVES:
        half_names, half_labels = labelled_names(f"{half}.csv")
        names += half_names
        labels += half_labels

    def categorize(texts: Sequence[str]) -> list[tuple[str, bool]]:
        results = []
        for start in range(0, len(texts), BATCH):
            results += [
                (result.category, result.needs_review)
                for result in categorizer.categorize_many(texts[start : start + BATCH])
            ]
        return results

    before = categorize(names)
    right = [category == label for (category, _), label in zip(before, labels, strict=True)]
    print(f"\nDevelopment names through the categorizer: {sum(right)} of {len(names)} right as printed")
    print(f"{'change':28} {'changed':>8} {'lost':>6} {'lost, auto-accepted':>20} {'gained':>7}")
    for label, change in name_changes(random.Random(7)).items():
        changed = [change(name) for name in names]
        rows = [row for row, (old, new) in enumerate(zip(names, changed, strict=True)) if old != new]
        after = dict(zip(rows, categorize([changed[row] for row in rows]), strict=True))
        lost = [row for row in rows if right[row] and after[row][0] != labels[row]]
        lost_auto = [row for row in lost if not after[row][1]]
        gained = [row for row in rows if not right[row] and after[row][0] == labels[row]]
        print(f"{label:28} {len(rows):8} {len(lost):6} {len(lost_auto):20} {len(gained):7}")
        for row in lost_auto[:examples]:
            print(f"    {changed[row]!r}: {labels[row]} -> {after[row][0]}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--threads", type=int, default=None, help="torch threads (default: one per core)")
    parser.add_argument("--examples", type=int, default=0, help="print up to N names of each failure")
    parser.add_argument("--catalogue-only", action="store_true", help="the exact lookups only (no model)")
    args = parser.parse_args(argv)
    if args.threads is not None:
        os.environ["OMP_NUM_THREADS"] = str(args.threads)
    catalogue_rows(args.examples)
    if not args.catalogue_only:
        categorizer = Categorizer(CachedEmbedder(TransformersEmbedder(batch_size=64), LRUEmbeddingCache()))
        categorizer.warm_up()
        development_names(categorizer, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
