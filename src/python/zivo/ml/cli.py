"""Command line for the lab-test categorizer.

    python -m zivo.ml.cli categorize --csv names.csv            # CSV name,category,confidence,... on stdout
    python -m zivo.ml.cli categorize --csv labelled.csv --eval  # accuracy on names not in the catalogue,
                                                                # auto-accepted accuracy, review share and
                                                                # dist/reliability-<csv>.svg
    python -m zivo.ml.cli calibrate --csv labelled.csv          # fitted parameters (data/calibration.toml)
    python -m zivo.ml.cli calibrate --development DATA_DIR      # ... on every development half in DATA_DIR

Progress goes to stderr so that stdout stays machine-readable. Exit status 2 means bad input.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from zivo.core.taxonomy import CATEGORIES, CATEGORY_IDS
from zivo.ml.embeddings.cache import CachedEmbedder, LRUEmbeddingCache
from zivo.ml.embeddings.embedder import PRECISIONS, Embedder, TransformersEmbedder

EXIT_BAD_INPUT = 2


class InputError(Exception):
    """The input file cannot be used; the message says why, for the user."""


@dataclass(frozen=True)
class LabelledNames:
    names: list[str]
    categories: list[str] | None
    # The 'source' column where the file has one (provenance: LOINC code, analyte), else empty strings.
    provenances: list[str]


def read_names(path: Path, *, need_categories: bool) -> LabelledNames:
    """Names (and categories) from a CSV with a `name` column (and `category`): column names in any case,
    separated by commas, semicolons, tabs or bars; a category as its id (`cbc`) or its name in the
    taxonomy (`Complete Blood Count`), in any case."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            text = handle.read()
        header = text.split("\n", 1)[0]
        delimiter = max(",;\t|", key=lambda candidate: (header.count(candidate), candidate == ","))
        reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
        columns = {(field or "").strip().casefold(): field for field in reader.fieldnames or []}
        rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError(f"cannot read {path}: {error}") from error
    if not rows:
        raise InputError(f"{path} has no rows (expected a header with a 'name' column and data rows)")
    if "name" not in columns:
        raise InputError(f"{path} has no 'name' column (columns: {', '.join(map(str, columns.values()))})")
    names = [row[columns["name"]] or "" for row in rows]
    provenances = [row.get(columns.get("source", "source")) or "" for row in rows]
    if not need_categories:
        return LabelledNames(names, None, provenances)
    if "category" not in columns:
        raise InputError(f"{path} has no 'category' column, which --eval and calibrate need")
    known = {key.casefold(): category.id for category in CATEGORIES for key in (category.id, category.name)}
    categories = []
    for line, row in enumerate(rows, start=2):
        label = (row[columns["category"]] or "").strip()
        if label.casefold() not in known:
            raise InputError(
                f"{path} line {line}: unknown category {label!r} (ids: {', '.join(sorted(CATEGORY_IDS))})"
            )
        categories.append(known[label.casefold()])
    return LabelledNames(names, categories, provenances)


def _build_embedder(args: argparse.Namespace) -> Embedder:
    model = TransformersEmbedder(args.model, batch_size=args.batch_size, precision=args.precision)
    return CachedEmbedder(model, LRUEmbeddingCache())


def _categorize(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from zivo.ml.categorization.classifier import Categorizer
    from zivo.ml.categorization.evaluation import evaluate, format_report
    from zivo.ml.categorization.reliability import format_measurement, measure, reliability_svg, unseen

    data = read_names(Path(args.csv), need_categories=args.eval)
    options = {} if args.review_threshold is None else {"review_threshold": args.review_threshold}
    categorizer = Categorizer(_build_embedder(args), **options)
    started = time.perf_counter()
    print(f"loading model and references ({args.model or 'packaged MiniLM'})...", file=err)
    categorizer.warm_up()
    print(f"ready in {time.perf_counter() - started:.1f}s; categorizing {len(data.names)} names", file=err)
    started = time.perf_counter()
    results = []
    for start in range(0, len(data.names), args.batch_size):
        results.extend(categorizer.categorize_many(data.names[start : start + args.batch_size]))
        print(f"  {len(results)}/{len(data.names)}", file=err)
    print(f"done in {time.perf_counter() - started:.2f}s", file=err)
    if args.eval:
        assert data.categories is not None
        measurement = measure(data.names, data.categories, results, categorizer.tests)
        print(format_measurement(measurement), file=out)
        diagram = Path(args.diagram or f"dist/reliability-{Path(args.csv).stem}.svg")
        diagram.parent.mkdir(parents=True, exist_ok=True)
        diagram.write_text(reliability_svg(measurement, title=Path(args.csv).name), encoding="utf-8")
        print(f"reliability diagram: {diagram}", file=out)
        print("", file=out)
        # Per category and confusions over the names not in the catalogue (what `accuracy` counts).
        keep = unseen(data.names, categorizer.tests)
        expected = [label for label, new in zip(data.categories, keep, strict=True) if new]
        predicted = [result.category for result, new in zip(results, keep, strict=True) if new]
        print(format_report(evaluate(expected, predicted)), file=out)
        return 0
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "category", "confidence", "needs_review", "test_id", "loinc"])
    for name, result in zip(data.names, results, strict=True):
        writer.writerow(
            [
                name,
                result.category,
                f"{result.confidence:.4f}",
                str(result.needs_review).lower(),
                result.test_id or "",
                result.loinc or "",
            ]
        )
    return 0


def _calibrate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from zivo.ml.categorization.calibration import calibrate
    from zivo.ml.categorization.evaluation import DEVELOPMENT_HALVES
    from zivo.ml.categorization.unknown_analytes import analyte_keys

    names: list[str] = []
    categories: list[str] = []
    analytes: list[str | None] = []
    sources: list[str] = []
    paths = [Path(path) for path in args.csv or []]
    if args.development is not None:
        paths += [Path(args.development) / f"{half}.csv" for half in DEVELOPMENT_HALVES]
    if not paths:
        raise InputError("calibrate needs labelled names: --csv FILE (repeatable) or --development DIR")
    for path in paths:
        data = read_names(path, need_categories=True)
        assert data.categories is not None
        names.extend(data.names)
        categories.extend(data.categories)
        analytes.extend(analyte_keys(data.names, data.provenances))
        sources.extend([path.stem] * len(data.names))
    if all(analyte is None for analyte in analytes):
        raise InputError(
            "no row names its analyte: calibrate estimates the share of unknown analytes from a 'source' "
            "column with `analyte <key>` or `LOINC <code>` (see categorization/data/README.md)"
        )
    if not 0.0 < args.target_auto_accuracy <= 1.0:
        raise InputError(f"--target-auto-accuracy must be in (0, 1], got {args.target_auto_accuracy}")
    if args.max_review_share is not None and not 0.0 <= args.max_review_share < 1.0:
        raise InputError(f"--max-review-share must be in [0, 1), got {args.max_review_share}")
    print(f"calibrating on {len(names)} names (leave-name-out and leave-analyte-out)...", file=err)
    result = calibrate(
        _build_embedder(args),
        names,
        categories,
        analytes=analytes,
        sources=sources,
        target_auto_accuracy=args.target_auto_accuracy,
        max_review_share=args.max_review_share,
    )
    # The file the categorizer reads: `... calibrate --csv A --csv B > .../data/calibration.toml`.
    print(result.toml(), end="", file=out)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m zivo.ml.cli", description="Lab-test name categorization")
    commands = parser.add_subparsers(dest="command", required=True)
    for command, help_text in (
        ("categorize", "categorize the 'name' column of a CSV"),
        ("calibrate", "fit the classifier's defaults on a CSV with 'name' and 'category' columns"),
    ):
        sub = commands.add_parser(command, help=help_text)
        if command == "calibrate":
            sub.add_argument("--csv", action="append", help="labelled CSV (repeatable)")
            sub.add_argument(
                "--development",
                metavar="DIR",
                default=None,
                help="also every development half (evaluation.DEVELOPMENT_HALVES) as DIR/<half>.csv",
            )
        else:
            sub.add_argument("--csv", required=True, help="input CSV file with a 'name' column")
        sub.add_argument("--model", default=None, help="model directory or id (default: packaged MiniLM)")
        sub.add_argument("--batch-size", type=int, default=64, help="names per model batch (default 64)")
        sub.add_argument(
            "--precision",
            choices=PRECISIONS,
            default="auto",
            help="dtype of the model's matrix products (default auto: bfloat16 if the CPU has it natively)",
        )
    calibrate = commands.choices["calibrate"]
    calibrate.add_argument(
        "--target-auto-accuracy",
        type=float,
        default=0.98,
        help="the review threshold is the lowest at which accepted names are this often right (default 0.98)",
    )
    calibrate.add_argument(
        "--max-review-share",
        type=float,
        default=None,
        help="never a threshold sending more than this share of names to review (default: no cap)",
    )
    categorize = commands.choices["categorize"]
    categorize.add_argument(
        "--eval", action="store_true", help="compare with the 'category' column and print a report instead"
    )
    categorize.add_argument(
        "--review-threshold", type=float, default=None, help="confidence below: review (default: calibrated)"
    )
    categorize.add_argument(
        "--diagram", default=None, help="reliability diagram SVG path (default dist/reliability-<csv>.svg)"
    )
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    args = build_parser().parse_args(argv)
    if args.batch_size < 1:
        print("error: --batch-size must be >= 1", file=err)
        return EXIT_BAD_INPUT
    try:
        if args.command == "calibrate":
            return _calibrate(args, out, err)
        return _categorize(args, out, err)
    except InputError as error:
        print(f"error: {error}", file=err)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
