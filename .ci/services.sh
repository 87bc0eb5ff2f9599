#!/usr/bin/env bash
# Start, if not yet running, the servers zivo's tests use: Docker engine, Redis, PostgreSQL and a local
# image registry, all on loopback. Idempotent; safe to run again.
set -euo pipefail
log_dir=/var/log/zivo-ci
mkdir -p "$log_dir"

wait_for() {  # wait_for SECONDS DESCRIPTION COMMAND...
  local deadline=$((SECONDS + $1)) what="$2"; shift 2
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || { echo "timed out waiting for $what" >&2; return 1; }
    sleep 0.5
  done
}

if ! docker info >/dev/null 2>&1; then
  echo "starting dockerd"
  setsid nohup dockerd >"$log_dir/dockerd.log" 2>&1 < /dev/null &
  wait_for 60 "the Docker engine" docker info || { tail -20 "$log_dir/dockerd.log"; exit 1; }
fi

if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
  echo "starting redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no \
    --logfile "$log_dir/redis.log"
  wait_for 20 "Redis" redis-cli -h 127.0.0.1 ping
fi

if ! pg_isready -h 127.0.0.1 -q; then
  echo "starting postgresql"
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
  [[ -n "$cluster" ]] || { echo "no PostgreSQL cluster found (pg_lsclusters)" >&2; exit 1; }
  # shellcheck disable=SC2086
  pg_ctlcluster $cluster start
  wait_for 30 "PostgreSQL" pg_isready -h 127.0.0.1 -q
fi
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='zivo'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE zivo LOGIN PASSWORD 'zivo' CREATEDB\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='zivo_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O zivo zivo_test"

if ! curl -fsS http://127.0.0.1:5000/v2/ >/dev/null 2>&1; then
  echo "starting the local image registry on 127.0.0.1:5000"
  mkdir -p /var/lib/zivo-registry
  cat >"$log_dir/registry.yml" <<YML
version: 0.1
storage:
  filesystem:
    rootdirectory: /var/lib/zivo-registry
http:
  addr: 127.0.0.1:5000
YML
  setsid nohup docker-registry serve "$log_dir/registry.yml" >"$log_dir/registry.log" 2>&1 < /dev/null &
  wait_for 20 "the registry" curl -fsS http://127.0.0.1:5000/v2/
fi
# A second engine beside the first: the stand-in deploy host and "another machine" for rebuild checks.
bash "$(dirname "$0")/host-engine.sh" >/dev/null
echo "services up: docker, redis, postgresql, registry, second docker engine (unix:///run/zivo-host/docker.sock)"
