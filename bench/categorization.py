"""Lab-test categorization on this machine, with the packaged MiniLM on the CPU.

    HF_HUB_OFFLINE=1 PYTHONPATH=src/python python bench/categorization.py [--runs 5] [--threads N]
        [--speed-only]

Measures (medians over --runs):
- unique names/s: names the categorizer has never seen (seeded misspellings of the labelled names, new each
  run), through the whole pipeline (normalize, correct, embed, compare, decide), no embedding cache;
  its peers, measured in the same run: the model alone embedding the same names' novel texts, and the
  pipeline alone (the same kind of names through an embedder that answers at once), which split the time;
- repeated names/s: a stream of names already seen, as on a worker categorizing report after report
  (result memo in front of an LRU embedding cache); also without the memo, through the embedding cache only;
- RSS after the model is loaded and the references embedded (VmRSS from /proc/self/status);
- on each labelled set, over the names the catalogue does not hold (`reliability.measure`): top-1
  accuracy, accuracy of the auto-accepted names and share sent to review; the held-out sets
  (us-hospital-holdout, bahmni-india-holdout, lab-names-holdout, mimic-us-holdout, uk-gp-holdout,
  care-india-holdout, kenya-blis-holdout, openelis-haiti-ci-holdout, vista-us-holdout, care2x-de-holdout,
  amsterdam-nl-holdout, eicu-us-holdout, openhospital-ug-holdout, openclinic-be-holdout,
  labbook-africa-holdout, oscar-ca-holdout, sigtap-br-holdout, olis-ca-holdout, khanza-id-holdout,
  cups-co-holdout, lkh-at-holdout, nabm-fr-holdout, nhi-tw-holdout, nho-jp-holdout, nxgen-pk-holdout,
  nlk-no-holdout, cnp-it-holdout, nbu-ar-holdout and
  nhanes-us-holdout, held out whole)
  were never used to tune anything (all but the first three, and their dev halves, are not in the throughput
  pool);
  the canonical test's agreement, pooled over the development and the held-out halves: how often a
  never-seen, auto-accepted name carries the test the catalogue gives the names of its source's analyte
  (`reliability.canonical_agreement`);
  misspelt dev names; and leave-name-out on the team's dev list (each name's own catalogue spelling
  ignored).
Targets: >= 500 unique names/s, >= 20,000 repeated names/s, RSS <= 0.8 GB; never-seen names >= 95 %
top-1, auto-accepted >= 98 % right with <= 15 % sent to review.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import zlib
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from zivo.ml.categorization.classifier import Categorizer
from zivo.ml.categorization.decision import decide
from zivo.ml.categorization.evaluation import (
    SPLIT_SOURCES,
    evaluate,
    labelled_analytes,
    labelled_names,
    misspell,
)
from zivo.ml.categorization.reliability import CanonicalAgreement, canonical_agreement, measure
from zivo.ml.embeddings.cache import CachedEmbedder, LRUEmbeddingCache
from zivo.ml.embeddings.embedder import TransformersEmbedder, l2_normalize

BATCH = 256


class _InstantEmbedder:
    """Unit vectors from a hash of the text: no model, so a run measures the rest of the pipeline."""

    model_name = "instant"

    def __init__(self, dimension: int) -> None:
        self.dimension = dimension

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        vectors = np.empty((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            vectors[row] = np.random.default_rng(zlib.crc32(text.encode())).standard_normal(self.dimension)
        return l2_normalize(vectors)


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def names_per_second(categorizer: Categorizer, names: Sequence[str]) -> float:
    started = time.perf_counter()
    for start in range(0, len(names), BATCH):
        categorizer.categorize_many(names[start : start + BATCH])
    return len(names) / (time.perf_counter() - started)


def accuracy(categorizer: Categorizer, names: Sequence[str], labels: Sequence[str]) -> float:
    return evaluate(labels, [result.category for result in categorizer.categorize_many(names)]).accuracy


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeated", type=int, default=50_000, help="names in the repeated stream")
    parser.add_argument(
        "--threads",
        type=int,
        default=None,
        help="torch threads (default: torch's, one per core); 1 is faster when other jobs load the cores",
    )
    parser.add_argument(
        "--speed-only",
        action="store_true",
        help="the rates and RSS only, not the accuracy of every labelled set (most of a run's time)",
    )
    args = parser.parse_args(argv)
    if args.threads is not None:
        # Read by torch's OpenMP when the model is first loaded (below), so set before that.
        os.environ["OMP_NUM_THREADS"] = str(args.threads)

    rss_start = rss_mb()
    model = TransformersEmbedder(batch_size=64)
    started = time.perf_counter()
    cached = Categorizer(CachedEmbedder(model, LRUEmbeddingCache()))
    cached.warm_up()
    load_seconds = time.perf_counter() - started
    rss_loaded = rss_mb()

    dev_names, dev_labels = labelled_names("lab-names-dev.csv")
    sets = {
        file_name: labelled_names(file_name)
        for file_name in (
            "us-hospital-holdout.csv",
            "bahmni-india-holdout.csv",
            "lab-names-holdout.csv",
            "us-hospital-dev.csv",
            "lab-names-dev.csv",
        )
    }
    pool = [name for names, _ in sets.values() for name in names]
    # Accuracy only: kept out of the throughput pool above, so that rates compare with earlier runs.
    newer = [source for source in SPLIT_SOURCES if source != "us-hospital"]  # the US hospital's are above
    for file_name in [f"{source}-{half}.csv" for half in ("holdout", "dev") for source in newer]:
        sets[file_name] = labelled_names(file_name)
    sets["nhanes-us-holdout.csv"] = labelled_names("nhanes-us-holdout.csv")  # held out whole

    # Unique: a categorizer without embedding cache, sharing the loaded model; fresh names each run.
    uncached = Categorizer(model)
    uncached.warm_up()
    unique_rates = []
    seen: set[str] = set()
    for run in range(args.runs):
        rng = random.Random(1000 + run)
        fresh = [name for name in dict.fromkeys(misspell(name, rng) for name in pool) if name not in seen]
        seen.update(fresh)
        unique_rates.append(names_per_second(uncached, fresh))

    # Everything but the model: the same unique names through a categorizer whose embedder returns fixed
    # vectors at once, so the rate is normalization, typo correction, comparison and decision alone.
    without_model = Categorizer(_InstantEmbedder(model.dimension))
    without_model.warm_up()
    pipeline_rates = []
    for run in range(args.runs):
        rng = random.Random(2000 + run)
        fresh = list(dict.fromkeys(misspell(name, rng) for name in pool))
        pipeline_rates.append(names_per_second(without_model, fresh))

    # The model alone on the distinct normalized texts of those names that are not reference names:
    # the rate for names whose normalized spelling nobody has written down before.
    index = uncached._loaded_index()
    novel = [text for text in dict.fromkeys(item.text for item in uncached.score_many(sorted(seen)))]
    novel = [text for text in novel if text not in index.columns_of]
    model_rates = []
    for _ in range(args.runs):
        started = time.perf_counter()
        model.embed(novel)
        model_rates.append(len(novel) / (time.perf_counter() - started))

    # Repeated: every name seen once, then a long stream of them.
    cached.categorize_many(pool)
    rng = random.Random(0)
    stream = [rng.choice(pool) for _ in range(args.repeated)]
    repeated_rates = [names_per_second(cached, stream) for _ in range(args.runs)]

    # Repeated names through the embedding cache only (a fresh process with a warm Redis): no result
    # memo, so every name is normalized, compared and decided again; only the model is skipped.
    embedding_cache_only = Categorizer(CachedEmbedder(model, LRUEmbeddingCache()), result_cache_size=1)
    embedding_cache_only.warm_up()
    embedding_cache_only.categorize_many(pool)
    short_stream = stream[: max(len(stream) // 10, 1)]
    embedding_cache_rates = [names_per_second(embedding_cache_only, short_stream) for _ in range(args.runs)]

    load = os.getloadavg()
    rows = [
        ("model + references load", f"{load_seconds:.1f} s", ""),
        (
            "RSS after load",
            f"{rss_loaded / 1024:.2f} GB",
            f"(+{(rss_loaded - rss_start) / 1024:.2f} GB) <= 0.8 GB",
        ),
        ("unique names/s (median)", f"{statistics.median(unique_rates):,.0f}", ">= 500"),
        ("novel texts/s, model only", f"{statistics.median(model_rates):,.0f}", f"({len(novel)} texts)"),
        ("unique names/s, all but the model", f"{statistics.median(pipeline_rates):,.0f}", "(peer split)"),
        ("repeated names/s (median)", f"{statistics.median(repeated_rates):,.0f}", ">= 20,000"),
        ("repeated, embedding cache only", f"{statistics.median(embedding_cache_rates):,.0f}", "no memo"),
    ]
    pooled = {half: CanonicalAgreement(0, 0, 0) for half in ("dev", "holdout")}
    for file_name, (names, labels) in ({} if args.speed_only else sets).items():
        results = cached.categorize_many(names)
        m = measure(names, labels, results, cached.tests)
        half = "dev" if file_name.endswith("-dev.csv") else "holdout"
        pooled[half] += canonical_agreement(
            names, labels, labelled_analytes(file_name), results, cached.tests
        )
        rows.append(
            (
                f"{file_name}: not in catalogue",
                f"{m.accuracy:.4f}",
                f"{m.scored} scored, {m.in_catalogue} in the catalogue left out",
            )
        )
        rows.append(
            (
                f"{file_name}: auto-accepted right",
                f"{m.auto_accuracy:.4f}",
                f"review share {m.review_share:.4f}, ECE {m.expected_calibration_error:.3f}",
            )
        )
    if not args.speed_only:
        for half, agreement in pooled.items():
            rows.append(
                (
                    f"canonical test agrees, {half} halves",
                    f"{agreement.agreement:.4f}",
                    f"{agreement.agreeing}/{agreement.compared} never-seen auto-accepted names with a test; "
                    f"{agreement.without_test} without",
                )
            )
        misspelt_rng = random.Random(7)
        misspelt = [misspell(name, misspelt_rng) for name in dev_names]
        scored = cached.score_many(dev_names, exclude_identical=True)
        leave_name_out = evaluate(
            dev_labels, [decide(item, cached.parameters).category for item in scored]
        ).accuracy
        rows.append(
            ("misspelt dev accuracy", f"{accuracy(cached, misspelt, dev_labels):.4f}", "one typo per name")
        )
        rows.append(
            ("leave-name-out dev accuracy", f"{leave_name_out:.4f}", "own spelling not in the catalogue")
        )
    print(f"categorization bench: {args.runs} runs, {os.cpu_count()} CPUs, load average {load[0]:.2f}")
    width = max(len(label) for label, _, _ in rows)
    for label, value, note in rows:
        print(f"  {label:<{width}}  {value:>10}  {note}")
    print(f"  unique runs: {', '.join(f'{rate:,.0f}' for rate in unique_rates)}")
    print(f"  repeated runs: {', '.join(f'{rate:,.0f}' for rate in repeated_rates)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
