#!/usr/bin/env bash
# Issue 11's proof: after the normal CI run filled the build cache (ZIVO_REMOTE_CACHE, .ci/buildgrid.sh),
# a second clean copy of the sources with an empty local Pants store (another HOME) runs the README's
# `./pants test ::` and `./pants package ::` against the same cache. Reports, from Pants' --stats-log
# counters, how many processes came from the cache, and how many tests ran "cached remotely"; fails if
# a test fails or nothing came from the cache (tests that miss are listed). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${ZIVO_REMOTE_CACHE:?no build cache: start one with .ci/buildgrid.sh and export ZIVO_REMOTE_CACHE}"
work="$(mktemp -d /var/tmp/zivo-remote-cache.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/clone" "$work/home/.cache"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$work/clone"
cp -a "${XDG_CACHE_HOME:-$HOME/.cache}/zivo-pants" "$work/home/.cache/"  # Pants itself, not its caches

cd "$work/clone"
export HOME="$work/home" XDG_CACHE_HOME="$work/home/.cache" ZIVO_NO_AUTO_SETUP=1
status=0
for goal in test package; do
  started=$SECONDS
  ./pants --no-pantsd --stats-log "$goal" :: >"$work/$goal.out" 2>"$work/$goal.err" || status=1
  elapsed=$((SECONDS - started))
  python3 - "$goal" "$elapsed" "$work/$goal.err" <<'PY' || status=1
import re, sys
goal, seconds, path = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(path).read()
counters = dict((k, int(v)) for k, v in re.findall(r"^\s*(\w+): (\d+)$", text, flags=re.M))
hits = counters.get("remote_cache_requests_cached", 0)
asked = counters.get("remote_cache_requests", 0)
ran = counters.get("local_execution_requests", 0)
print(f"./pants {goal} :: from a clean clone: {seconds} s; {hits} of {asked} cacheable processes "
      f"cached remotely ({100 * hits / max(asked, 1):.0f} %), {ran} run here, "
      f"{counters.get('remote_cache_read_errors', 0)} cache read errors")
if hits == 0:
    print("no process came from the cache: is it up, and did the first run write to it?")
    sys.exit(1)
if goal == "test":
    results = re.findall(r"^[✓✕] (\S+) (succeeded|failed)[^\n]*", text, flags=re.M)
    remote = [t for t in re.findall(r"^✓ (\S+) succeeded[^\n]*\(cached remotely\)", text, flags=re.M)]
    failed = [t for t, outcome in results if outcome == "failed"]
    print(f"tests: {len(results)}, cached remotely: {len(remote)}, failed: {len(failed)}")
    for target, outcome in results:
        if outcome == "succeeded" and target not in remote:
            print(f"  not a remote hit: {target}")
    sys.exit(1 if failed else 0)
PY
done
((status == 0)) || { echo "--- pants output (tail)"; tail -40 "$work/test.err" "$work/package.err"; }
exit "$status"
