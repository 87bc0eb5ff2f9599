#!/usr/bin/env bash
# Issue 11's proof, a CI gate (README, "Build cache"). After the normal run filled the build cache
# (ZIVO_REMOTE_CACHE, .ci/buildgrid.sh), a second clean clone plays a second CI machine of the same
# image: a fresh copy of the sources and nothing in Pants' local store or named caches, but the same
# paths (Pants' own interpreter and the Python search path are part of every Pex process's cache key, so
# the clone keeps HOME). It runs the README's `./pants test ::` and `./pants package ::` against the same
# cache and fails unless every test comes "cached remotely" and >= 90 % of package's cacheable processes
# do (.ci/remote_cache_report.py counts them from --stats-log). Then the cache goes away (nothing
# listening): the build must still pass, with one warning. Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${ZIVO_REMOTE_CACHE:?no build cache: start one with .ci/buildgrid.sh and export ZIVO_REMOTE_CACHE}"
report="$PWD/.ci/remote_cache_report.py"
# The one package CI builds with no cache: BuildGrid's own PEX, before the server was up
# (.ci/buildgrid.sh). A team's long-lived cache has it from the first `package ::`; here, run its
# processes once more so that they are written (a local cache hit writes nothing to the remote cache).
./pants --no-local-cache package deploy/buildgrid:bgd >/dev/null 2>&1 \
  || echo "(could not write BuildGrid's PEX to the cache: the clone will build it)"
work="$(mktemp -d /var/tmp/zivo-remote-cache.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/clone"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$work/clone"

cd "$work/clone"
export ZIVO_NO_AUTO_SETUP=1
# Each miss is named (Pants logs them at debug level).
log_misses="--log-levels-by-target={'remote::remote_cache': 'debug'}"
status=0
for goal in test package; do
  # Each goal starts from empty stores, so package counts every process it needs, not only those the
  # test run left out.
  export PANTS_LOCAL_STORE_DIR="$work/$goal/lmdb_store" PANTS_NAMED_CACHES_DIR="$work/$goal/named_caches"
  mkdir -p "$PANTS_LOCAL_STORE_DIR" "$PANTS_NAMED_CACHES_DIR"
  started=$SECONDS
  # hdrhistogram (Pants' own plugin, from PyPI) adds the lookups' latency to --stats-log.
  ./pants --no-pantsd --plugins=hdrhistogram --stats-log "$log_misses" "$goal" :: \
    >"$work/$goal.out" 2>"$work/$goal.err" || status=1
  elapsed=$((SECONDS - started))
  if [[ $goal == test ]]; then
    python3 "$report" test "$elapsed" "$work/test.err" --every-test | tee -a "$work/report" || status=1
  else
    python3 "$report" package "$elapsed" "$work/package.err" --min-share 0.9 | tee -a "$work/report" \
      || status=1
  fi
done
if ((status != 0)); then
  echo "--- pants output (tail)"
  tail -n 40 "$work/test.err" "$work/package.err"
  # Again, last: what CI shows of a failed run is its tail.
  echo "--- the build cache's report again"
  cat "$work/report"
fi

# The cache down: a test this clone has not run from its local store, with nothing listening where the
# cache was. ./pants finds no cache and says so once; with that check off, Pants itself warns once for
# reads and once for writes. Either way the test passes.
# Its peer: the same test with no cache configured at all, timed in the same way, so that the time the
# cache's absence costs shows as a ratio.
down=grpc://127.0.0.1:9
target=src/python/zivo/core/lab_values_test.py
started=$SECONDS
if env -u ZIVO_REMOTE_CACHE ./pants --no-pantsd --no-local-cache test "$target" >"$work/none.out" 2>"$work/none.err"; then
  baseline=$((SECONDS - started))
  echo "no build cache configured (the peer): test passed in $baseline s"
else
  echo "FAILED: with no build cache configured the test failed"
  tail -20 "$work/none.err"
  status=1
  baseline=0
fi
for probe in 1 0; do
  started=$SECONDS
  if ! ZIVO_REMOTE_CACHE=$down ZIVO_REMOTE_CACHE_PROBE=$probe \
    ./pants --no-pantsd --no-local-cache test "$target" >"$work/down.out" 2>"$work/down.err"; then
    echo "FAILED: with the build cache down (ZIVO_REMOTE_CACHE=$down, probe $probe) the build failed"
    tail -20 "$work/down.err"
    status=1
    continue
  fi
  ours=$(grep -c "does not answer" "$work/down.err" || true)
  pants=$(grep -c -E "Failed to (read from|write to) remote cache" "$work/down.err" || true)
  elapsed=$((SECONDS - started))
  ratio=$(python3 -c "import sys; a, b = map(int, sys.argv[1:]); print(f'{a / b:.2f}x' if b else 'n/a')" "$elapsed" "$baseline")
  echo "build cache down (probe $probe): test passed in $elapsed s ($ratio the peer's);" \
    "warnings: $ours from ./pants, $pants from Pants"
  if ((probe == 1 && (ours != 1 || pants != 0))) || ((probe == 0 && pants > 2)); then
    echo "FAILED: expected one warning from ./pants, or at most one read and one write warning from Pants"
    grep -i -E "warn|cache" "$work/down.err" | head -10
    status=1
  fi
done
exit "$status"
