"""How long the dependency report takes, warm, against the Pants goal it builds on.

    python3 bench/deps_report.py [--runs 5]

Run from the repository root with the images built (`./pants package ::`). Both commands run once to
warm Pants (its daemon and caches), then alternately `--runs` times each:
`./pants deps-report ::` (every image: PEX contents, dependency graph, `docker history`, start-up imports
from the image cache) and its peer `./pants dependencies --transitive ::` (the graph alone). Prints the
medians and their ratio; writes bench/results/deps_report.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "deps_report.json"
COMMANDS = {
    "deps-report": ("./pants", "deps-report", "::"),
    "dependencies --transitive": ("./pants", "dependencies", "--transitive", "::"),
}


def timed(argv: tuple[str, ...]) -> float:
    start = time.perf_counter()
    result = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for argv in COMMANDS.values():  # warm-up, not counted
        timed(argv)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, argv in COMMANDS.items():
            times[name].append(timed(argv))
    medians = {name: statistics.median(values) for name, values in times.items()}
    ratio = medians["deps-report"] / medians["dependencies --transitive"]
    for name, value in medians.items():
        print(
            f"./pants {name} ::  median {value:.2f} s  (runs: {', '.join(f'{t:.2f}' for t in times[name])})"
        )
    print(f"ratio deps-report / dependencies --transitive: {ratio:.2f}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"runs": times, "medians": medians, "ratio": ratio}, indent=2) + "\n")


if __name__ == "__main__":
    main()
