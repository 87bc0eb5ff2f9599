"""Every labelled list, name by name: what the categorizer answers, kept as JSON, and two runs compared.

    HF_HUB_OFFLINE=1 PYTHONPATH=src/python python bench/labelled.py measure OUT.json [--only TEXT]
    python bench/labelled.py show OUT.json
    python bench/labelled.py compare OLD.json NEW.json [--names]

`measure` categorizes every labelled file in `zivo/ml/categorization/data/` (development and held-out
halves, the team's lists) with the packaged MiniLM, as the worker does, and writes one row per name (its
label, the answer, whether it goes to review, the confidence, whether the catalogue holds the name, the
canonical test). It prints each file's figures and the pooled ones the README's issue-9 rows quote: over
the held-out halves, the names the catalogue does not hold (`reliability.unseen`): top-1, auto-accepted
right and the share sent to review; every held-out name right; every development name right; and, per
half, how often a never-seen auto-accepted name carries the canonical test the catalogue gives its
source's analyte (`reliability.canonical_agreement`).

`compare` prints both runs' pooled figures and, file by file, how many names went right -> wrong and
wrong -> right: how a change is judged before it is merged. With `--names` it prints the development
halves' names that moved; a held-out half's names are never printed: they are measured, not read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple


class Row(NamedTuple):
    """One labelled name and what the categorizer answered."""

    name: str
    label: str
    category: str
    needs_review: bool
    confidence: float
    unseen: bool
    test_id: str | None

    @property
    def right(self) -> bool:
        return self.label == self.category


Run = Mapping[str, Sequence[Row]]  # file name -> its rows, in the file's order


@dataclass(frozen=True)
class Figures:
    names: int
    every_right: int
    unseen: int
    unseen_right: int
    auto_accepted: int
    auto_right: int

    @property
    def top1(self) -> float:
        return self.unseen_right / self.unseen if self.unseen else 0.0

    @property
    def auto_accuracy(self) -> float:
        return self.auto_right / self.auto_accepted if self.auto_accepted else 0.0

    @property
    def review_share(self) -> float:
        return (self.unseen - self.auto_accepted) / self.unseen if self.unseen else 0.0

    def line(self, label: str) -> str:
        return (
            f"{label:<34} every {self.every_right:>5}/{self.names:<5} not in the catalogue {self.unseen:>5}: "
            f"top-1 {100 * self.top1:6.2f} %, auto-accepted right {100 * self.auto_accuracy:6.2f} %, "
            f"to review {100 * self.review_share:6.2f} %"
        )


def figures(rows: Iterable[Row]) -> Figures:
    """Top-1, auto-accepted right and review over the names the catalogue does not hold (as
    `reliability.measure` counts them), and every name right."""
    names = every_right = unseen = unseen_right = auto_accepted = auto_right = 0
    for row in rows:
        names += 1
        every_right += row.right
        if row.unseen:
            unseen += 1
            unseen_right += row.right
            if not row.needs_review:
                auto_accepted += 1
                auto_right += row.right
    return Figures(names, every_right, unseen, unseen_right, auto_accepted, auto_right)


def half_of(file_name: str) -> str | None:
    """ "dev" or "holdout" from a labelled file's name (`<source>-dev.csv`), None for anything else."""
    for half in ("dev", "holdout"):
        if file_name.endswith(f"-{half}.csv"):
            return half
    return None


def pooled(run: Run, half: str) -> Figures:
    return figures(row for file_name, rows in run.items() if half_of(file_name) == half for row in rows)


class Moves(NamedTuple):
    right_to_wrong: list[str]
    wrong_to_right: list[str]


def moves(old: Sequence[Row], new: Sequence[Row]) -> Moves:
    """Names of one file right in one run and wrong in the other (names in both runs only: a file
    edited between the runs is compared on the names it kept)."""
    before = {row.name: row for row in old}
    right_to_wrong: list[str] = []
    wrong_to_right: list[str] = []
    for row in new:
        if (earlier := before.get(row.name)) is not None and earlier.right != row.right:
            (wrong_to_right if row.right else right_to_wrong).append(row.name)
    return Moves(right_to_wrong, wrong_to_right)


def report(run: Run, *, per_file: bool = True) -> list[str]:
    lines = [figures(rows).line(file_name) for file_name, rows in run.items()] if per_file else []
    lines += [pooled(run, half).line(f"pooled, {half} halves") for half in ("dev", "holdout")]
    return lines


def comparison(old: Run, new: Run, *, names: bool = False) -> list[str]:
    lines = ["old:", *report(old, per_file=False), "new:", *report(new, per_file=False)]
    for file_name in sorted(old.keys() & new.keys()):
        moved = moves(old[file_name], new[file_name])
        before, after = figures(old[file_name]), figures(new[file_name])
        if not (moved.right_to_wrong or moved.wrong_to_right or before != after):
            continue
        lines.append(
            f"{file_name:<34} right -> wrong {len(moved.right_to_wrong):>3}, "
            f"wrong -> right {len(moved.wrong_to_right):>3}; top-1 {100 * before.top1:.1f} -> "
            f"{100 * after.top1:.1f} %, to review {100 * before.review_share:.1f} -> "
            f"{100 * after.review_share:.1f} %, every name {before.every_right} -> {after.every_right}"
        )
        if names and half_of(file_name) != "holdout":
            lines += [f"    right -> wrong: {name}" for name in moved.right_to_wrong]
            lines += [f"    wrong -> right: {name}" for name in moved.wrong_to_right]
    return lines


def load(path: str) -> dict[str, list[Row]]:
    with open(path, encoding="utf-8") as stream:
        data = json.load(stream)
    return {file_name: [Row(*row) for row in rows] for file_name, rows in data["files"].items()}


def measure(only: str | None) -> tuple[dict[str, list[Row]], dict[str, list[int]]]:
    """Every labelled file's rows, and per half the canonical-test agreement (compared, agreeing,
    without a test)."""
    from zivo.ml.categorization.classifier import Categorizer
    from zivo.ml.categorization.evaluation import labelled_analytes, labelled_names
    from zivo.ml.categorization.reliability import CanonicalAgreement, canonical_agreement, unseen
    from zivo.ml.embeddings.cache import CachedEmbedder, LRUEmbeddingCache
    from zivo.ml.embeddings.embedder import TransformersEmbedder

    categorizer = Categorizer(CachedEmbedder(TransformersEmbedder(batch_size=64), LRUEmbeddingCache()))
    categorizer.warm_up()
    data = resources.files("zivo.ml.categorization") / "data"
    run: dict[str, list[Row]] = {}
    agreement = {half: CanonicalAgreement(0, 0, 0) for half in ("dev", "holdout")}
    for file_name in sorted(entry.name for entry in data.iterdir() if entry.name.endswith(".csv")):
        if only and only not in file_name:
            continue
        names, labels = labelled_names(file_name)
        results = categorizer.categorize_many(names)
        if (half := half_of(file_name)) is not None:
            analytes = labelled_analytes(file_name)
            agreement[half] += canonical_agreement(names, labels, analytes, results, categorizer.tests)
        run[file_name] = [
            Row(
                name,
                label,
                result.category,
                result.needs_review,
                round(result.confidence, 4),
                new,
                result.test_id,
            )
            for name, label, result, new in zip(
                names, labels, results, unseen(names, categorizer.tests), strict=True
            )
        ]
    return run, {half: [a.compared, a.agreeing, a.without_test] for half, a in agreement.items()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    measuring = commands.add_parser("measure", help="categorize every labelled file, write OUT.json")
    measuring.add_argument("out")
    measuring.add_argument("--only", help="only the files whose name contains this text")
    showing = commands.add_parser("show", help="a measured run's figures")
    showing.add_argument("run")
    comparing = commands.add_parser("compare", help="two measured runs, file by file")
    comparing.add_argument("old")
    comparing.add_argument("new")
    comparing.add_argument("--names", action="store_true", help="print the development names that moved")
    args = parser.parse_args(argv)
    if args.command == "measure":
        run, agreement = measure(args.only)
        with open(args.out, "w", encoding="utf-8") as stream:
            json.dump({"files": run, "agreement": agreement}, stream, ensure_ascii=False)
        lines = report(run) + [
            f"canonical test agrees, {half} halves: {agreeing}/{compared} never-seen auto-accepted names "
            f"with a test ({100 * agreeing / compared if compared else 0:.1f} %), {without} without"
            for half, (compared, agreeing, without) in agreement.items()
        ]
    elif args.command == "show":
        lines = report(load(args.run))
    else:
        lines = comparison(load(args.old), load(args.new), names=args.names)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
