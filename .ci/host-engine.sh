#!/usr/bin/env bash
# Start, if not yet running, a second Docker engine beside the build engine: its own data root, socket and
# bridge, sharing no layers or images with the first. It stands in for a deploy host (bench/deploy.py, the
# rollout) and for "another machine" (the reproducible-build check). Idempotent; as root.
#   DOCKER_HOST=unix:///run/zivo-host/docker.sock docker info
set -euo pipefail
root=/var/lib/zivo-host-docker
run=/run/zivo-host
sock="$run/docker.sock"
bridge=zivo-host0
log=/var/log/zivo-ci/host-dockerd.log
mkdir -p "$root" "$run" /var/log/zivo-ci

if DOCKER_HOST="unix://$sock" docker info >/dev/null 2>&1; then
  echo "unix://$sock"
  exit 0
fi
# Not answering and not running: what the last one left in its exec root (after a reboot or a kill) is
# stale. Its containerd.pid may name a number the kernel has since given to another process's thread,
# which dockerd takes for "containerd is still running" and then waits for a socket that never comes.
# Its containers' network namespaces stay mounted under the exec root when the engine was killed rather
# than stopped (a session or machine that ends with it running), and rm cannot remove a mount point: lift
# them first, deepest first.
if ! pgrep -f -- "--exec-root $run/exec" >/dev/null; then
  awk -v top="$run/exec/" 'index($2, top) == 1 {print $2}' /proc/mounts | sort -r | while read -r m; do
    umount "$m" 2>/dev/null || umount -l "$m"
  done
  rm -rf "$run/exec" "$run/docker.pid" "$sock"
fi
if ! ip link show "$bridge" >/dev/null 2>&1; then
  ip link add "$bridge" type bridge
  ip addr add 172.31.250.1/24 dev "$bridge"
  ip link set "$bridge" up
fi
setsid nohup dockerd --data-root "$root" --exec-root "$run/exec" --pidfile "$run/docker.pid" \
  -H "unix://$sock" --bridge "$bridge" >"$log" 2>&1 </dev/null &
for _ in $(seq 1 120); do
  DOCKER_HOST="unix://$sock" docker info >/dev/null 2>&1 && { echo "unix://$sock"; exit 0; }
  sleep 0.5
done
echo "the second Docker engine did not start; see $log" >&2
tail -20 "$log" >&2
exit 1
