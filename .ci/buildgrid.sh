#!/usr/bin/env bash
# Start, if not yet running, a local BuildGrid build cache (deploy/buildgrid/buildgrid.yml) on loopback:
# the server and its CAS cleanup, blobs under /var/lib/zivo-buildgrid, their index in the PostgreSQL
# database zivo_buildgrid. Prints the address to export as ZIVO_REMOTE_CACHE. Idempotent; as root, after
# .ci/services.sh (PostgreSQL). Run from anywhere in the repository. A second one beside it: set
# BUILDGRID_LISTEN, BUILDGRID_DATA, BUILDGRID_DB_NAME and BUILDGRID_LOG_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
listen="${BUILDGRID_LISTEN:-127.0.0.1:50051}"
db_name="${BUILDGRID_DB_NAME:-zivo_buildgrid}"
data="${BUILDGRID_DATA:-/var/lib/zivo-buildgrid}"
log_dir="${BUILDGRID_LOG_DIR:-/var/log/zivo-ci}"
mkdir -p "$data" "$log_dir"

serving() {
  python3 -c 'import socket, sys; h, p = sys.argv[1].rsplit(":", 1); socket.create_connection((h, int(p)), 1)' \
    "$listen" 2>/dev/null
}
if serving; then echo "grpc://$listen"; exit 0; fi

# BuildGrid from its own resolve, built by Pants without the cache it is about to serve.
ZIVO_REMOTE_CACHE='' ./pants package deploy/buildgrid:bgd >&2
bgd_dir="$data/bin"
mkdir -p "$bgd_dir"
cp dist/deploy.buildgrid/bgd.pex "$bgd_dir/bgd.pex"  # outlives this clone
cp deploy/buildgrid/buildgrid.yml "$data/buildgrid.yml"
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='$db_name'\"" | grep -q 1 \
  || su postgres -c "createdb -O zivo $db_name"
export BUILDGRID_LISTEN="$listen" BUILDGRID_DATA="$data"
export BUILDGRID_DB="postgresql://zivo:zivo@127.0.0.1:5432/$db_name"
"$bgd_dir/bgd.pex" migrate apply "$BUILDGRID_DB" >&2
setsid nohup "$bgd_dir/bgd.pex" server start "$data/buildgrid.yml" >"$log_dir/buildgrid.log" 2>&1 </dev/null &
setsid nohup "$bgd_dir/bgd.pex" cleanup start "$data/buildgrid.yml" >"$log_dir/buildgrid-cleanup.log" 2>&1 \
  </dev/null &
for _ in $(seq 1 120); do
  serving && { echo "grpc://$listen"; exit 0; }
  sleep 0.5
done
echo "BuildGrid did not start; see $log_dir/buildgrid.log" >&2
tail -20 "$log_dir/buildgrid.log" >&2
exit 1
