"""Reads a `./pants --stats-log GOAL ::` run's stderr and reports what the build cache served.

    python3 .ci/remote_cache_report.py GOAL SECONDS STDERR [--min-share 0.9] [--every-test]

"Cacheable" is what Pants looked up in the remote cache (`remote_cache_requests`); docker builds are
never among them (Pants 2.17 runs `docker build` on every run, PER_SESSION) and are counted apart.
Exits 1 when the share of cacheable processes cached remotely is under --min-share, when a test
failed, or, with --every-test, when a test was not "cached remotely" (each such test is named).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path


def counters(text: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r"^\s+(\w+): (\d+)$", text, flags=re.M)}


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
    hits, asked = stats.get("remote_cache_requests_cached", 0), stats["remote_cache_requests"]
    docker_builds = len(re.findall(r"Completed: Building docker image", text))
    share = hits / asked if asked else 0.0
    print(
        f"./pants {args.goal} :: from a clean clone: {args.seconds} s; {hits} of {asked} cacheable "
        f"processes cached remotely ({100 * share:.0f} %); {stats.get('local_execution_requests', 0)} "
        f"processes run here, of which {docker_builds} docker builds (never cached by Pants 2.17); "
        f"{stats.get('remote_cache_read_errors', 0)} cache read errors, "
        f"{stats.get('remote_cache_request_timeouts', 0)} timeouts"
    )
    for miss in sorted(set(re.findall(r"remote cache miss for: (.*?)(?: digest=| response=|$)", text, re.M))):
        print(f"  not in the cache: {miss}")
    ok = share >= args.min_share
    if not ok:
        print(f"FAILED: under {100 * args.min_share:.0f} % of cacheable processes cached remotely")

    if args.goal == "test":
        results = re.findall(r"^[✓✕] (\S+) (succeeded|failed)([^\n]*)", text, flags=re.M)
        failed = [target for target, outcome, _ in results if outcome == "failed"]
        remote = [target for target, outcome, rest in results if "(cached remotely)" in rest]
        print(f"tests: {len(results)}, cached remotely: {len(remote)}, failed: {len(failed)}")
        for target in failed:
            print(f"  failed: {target}")
        missed = [t for t, outcome, _ in results if outcome == "succeeded" and t not in remote]
        for target in missed:
            print(f"  not cached remotely: {target}")
        if not results:
            print("FAILED: no test results in the output")
        ok = ok and bool(results) and not failed and not (args.every_test and missed)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
