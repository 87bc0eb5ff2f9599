#!/usr/bin/env bash
# The fault suite and the compose deployment (README "Reliability"), after the tests built the images.
# 1. bench/faults/suite.py: worker SIGKILL, Redis stopped / frozen (also as workers acknowledge) / restarted empty,
#    PostgreSQL restarted / frozen,
#    duplicate deliveries, on private Redis and PostgreSQL servers it starts itself (never the shared ones);
#    then (--backlog 1000) the backlog bench: 1,000 reports stored while Redis is stopped, drained; it gates
#    on 0 lost / 0 written twice / drained, and prints the drain and steady rates (figures, not tests);
# 2. bench/faults/compose_check.py: deploy/compose.yaml with Debian's docker-compose 1.29 and the Debian
#    stand-in images, one report end to end, one worker container SIGKILLed and restarted.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v docker-compose >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends docker-compose >/dev/null
fi

rc=0
mkdir -p dist/faults
./pants run bench/faults/suite.py -- --correctness-only --out dist/faults/faults.json \
  --backlog 1000 --backlog-out dist/faults/backlog.json || rc=1

./pants package docker/api:api docker/ml-worker:ml-worker docker/postgres:postgres docker/redis:redis
python3 bench/faults/compose_check.py --compose docker-compose || rc=1
exit "$rc"
