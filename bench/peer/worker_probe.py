"""Runs inside a worker image: loads the categorizer as a worker process does, then prints JSON with its RSS
and unique names/s. bench/deploy.py pipes it into `python -` in zivo/ml-worker and zivo/ml-worker-model.

The model is whatever the image configures (EMBEDDING_MODEL: the packaged MiniLM, or the baked-in model at
/opt/model). Unique names are seeded misspellings of zivo's labelled names, through the whole pipeline
without an embedding cache, as in bench/categorization.py; medians over RUNS (argv[1], default 3).
"""

import json
import random
import statistics
import sys
import time

from zivo.ml.settings import DEFAULT_EMBEDDING_MODEL, get_settings
from zivo.ml.categorization.classifier import Categorizer
from zivo.ml.categorization.evaluation import labelled_names, misspell
from zivo.ml.embeddings.embedder import TransformersEmbedder


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    settings = get_settings()
    started = time.perf_counter()
    # As zivo.ml.runtime.build_categorizer chooses the model, without the shared Redis embedding cache.
    model = None if settings.embedding_model == DEFAULT_EMBEDDING_MODEL else settings.embedding_model
    uncached = Categorizer(TransformersEmbedder(model, batch_size=settings.embedding_batch_size))
    uncached.warm_up()
    load_seconds = time.perf_counter() - started
    pool = labelled_names("lab-names-dev.csv")[0] + labelled_names("lab-names-holdout.csv")[0]
    rates, seen = [], set()
    for run in range(runs):
        rng = random.Random(1000 + run)
        fresh = [n for n in dict.fromkeys(misspell(n, rng) for n in pool) if n not in seen]
        seen.update(fresh)
        begun = time.perf_counter()
        for start in range(0, len(fresh), 256):
            uncached.categorize_many(fresh[start : start + 256])
        rates.append(len(fresh) / (time.perf_counter() - begun))
    print(json.dumps({
        "model": settings.embedding_model,
        "load_seconds": round(load_seconds, 2),
        "rss_bytes_after_load_and_runs": int(rss_mb() * 1024 * 1024),
        "unique_names_per_second": [round(r, 1) for r in rates],
        "unique_names_per_second_median": round(statistics.median(rates), 1),
    }))


main()
