"""Reads a `./pants --stats-log GOAL ::` run's stderr and reports what the build cache served.

    python3 .ci/remote_cache_report.py GOAL SECONDS STDERR [--min-share 0.9] [--every-test]

"Cacheable" is what Pants looked up in the remote cache (`remote_cache_requests`); docker builds are
never among them (Pants 2.17 runs `docker build` on every run, PER_SESSION) and are counted apart.

Pants 2.17 races each lookup against running the process here (a speculation delay of 0 for every
process but JVM ones): when the local run finishes first, the lookup is dropped unanswered and counted
only in `remote_cache_speculation_local_completed_first`. Such a lookup is neither a hit nor a miss,
so the share is taken over the answered lookups, and a test that ran here counts as served only when
no answered lookup missed or failed and the races lost cover it.

Exits 1 when the share of answered lookups served is under --min-share, when a lookup missed with
--every-test, when a test failed, or, with --every-test, when a test was not "cached remotely" and
lost races do not account for it (each such test is named). With `--plugins=hdrhistogram` on the Pants
run, the lookups' latency is printed too.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path


def counters(text: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r"^\s+(\w+): (\d+)$", text, flags=re.M)}


def histogram(text: str, name: str) -> dict[str, float]:
    """One `Summary of `NAME` observation histogram` block of --stats-log (hdrhistogram installed)."""
    block = re.search(rf"Summary of `{name}` observation histogram:\n((?:\s+\w[\w ]*: [\d.]+\n)+)", text)
    if not block:
        return {}
    return {k.strip(): float(v) for k, v in re.findall(r"^\s+(\w[\w ]*): ([\d.]+)$", block[1], flags=re.M)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("goal")
    parser.add_argument("seconds", type=int)
    parser.add_argument("stderr", type=Path)
    parser.add_argument("--min-share", type=float, default=0.0)
    parser.add_argument("--every-test", action="store_true")
    args = parser.parse_args()

    text = args.stderr.read_text(errors="replace")
    stats = counters(text)
    if "remote_cache_requests" not in stats:
        print(f"./pants {args.goal} ::: no --stats-log counters in its output (did Pants start?)")
        return 1
    asked = stats["remote_cache_requests"]
    hits = stats.get("remote_cache_requests_cached", 0)
    misses = stats.get("remote_cache_requests_uncached", 0)
    errors = stats.get("remote_cache_read_errors", 0)
    raced = stats.get("remote_cache_speculation_local_completed_first", 0)
    answered = hits + misses + errors
    docker_builds = len(re.findall(r"Completed: Building docker image", text))
    share = hits / answered if answered else 0.0
    print(
        f"./pants {args.goal} :: from a clean clone: {args.seconds} s; {hits} of {asked} cacheable "
        f"processes cached remotely, {misses} missed, {errors} read errors, {raced} run here because "
        f"they finished before the cache answered ({100 * share:.0f} % of the answered lookups served); "
        f"{stats.get('local_execution_requests', 0)} processes run here, of which {docker_builds} docker "
        f"builds (never cached by Pants 2.17); {stats.get('remote_cache_request_timeouts', 0)} lookup "
        f"timeouts (each retried)"
    )
    latency = histogram(text, "remote_cache_get_action_result_time_micros")
    if latency:
        print(
            f"  lookup and download of a hit: median {latency['p50'] / 1e3:.0f} ms, p95 "
            f"{latency['p95'] / 1e3:.0f} ms, max {latency['max'] / 1e3:.0f} ms "
            f"({latency['total observations']:.0f} answered)"
        )
    for miss in sorted(set(re.findall(r"remote cache miss for: (.*?)(?: digest=| response=|$)", text, re.M))):
        print(f"  not in the cache: {miss}")
    if answered + raced != asked:
        print(f"  ({asked - answered - raced} lookups neither answered nor raced: the run was cut short?)")
    ok = share >= args.min_share
    if not ok:
        print(f"FAILED: under {100 * args.min_share:.0f} % of the answered lookups served from the cache")

    if args.goal == "test":
        results = re.findall(r"^[✓✕] (\S+) (succeeded|failed)([^\n]*)", text, flags=re.M)
        failed = [target for target, outcome, _ in results if outcome == "failed"]
        remote = [target for target, outcome, rest in results if "(cached remotely)" in rest]
        here = [t for t, outcome, _ in results if outcome == "succeeded" and t not in remote]
        print(
            f"tests: {len(results)}, cached remotely: {len(remote)}, run here: {len(here)}, "
            f"failed: {len(failed)}"
        )
        for target in failed:
            print(f"  failed: {target}")
        explained = misses == 0 and errors == 0 and len(here) <= raced
        for target in here:
            why = "its local run finished before the cache answered" if explained else "not served"
            print(f"  run here: {target} ({why})")
        if not results:
            print("FAILED: no test results in the output")
        if args.every_test and not explained:
            print("FAILED: a test was not served by the cache (a miss or a read error, not a lost race)")
        ok = ok and bool(results) and not failed and not (args.every_test and not explained)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
