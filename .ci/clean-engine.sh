#!/usr/bin/env bash
# A throwaway Docker engine: its own empty data root, socket and bridge, no images, no build cache.
# "Another machine" for the reproducibility check, without touching the engines others use. As root.
#   eval "$(bash .ci/clean-engine.sh start NAME)"   # exports DOCKER_HOST and CLEAN_ENGINE_STOP
#   bash .ci/clean-engine.sh stop NAME              # stops it and deletes its data
set -euo pipefail
action="${1:?usage: clean-engine.sh start|stop NAME}" name="${2:?usage: clean-engine.sh start|stop NAME}"
root="/var/lib/zivo-clean-$name" run="/run/zivo-clean-$name" bridge="zc-$name"
sock="$run/docker.sock" log="/var/log/zivo-ci/clean-engine-$name.log"
mkdir -p /var/log/zivo-ci

stop() {
  if [[ -f "$run/docker.pid" ]]; then
    local pid; pid="$(cat "$run/docker.pid")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 240); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  # Leftover overlay mounts (a killed engine) would keep the data root busy.
  grep -o " $root[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l 2>/dev/null || true
  rm -rf "$root" "$run" 2>/dev/null || { sleep 2; rm -rf "$root" "$run" || true; }
  ip link del "$bridge" 2>/dev/null || true
}

case "$action" in
  stop) stop ;;
  start)
    stop  # a leftover from an interrupted run is not "clean"
    mkdir -p "$root" "$run"
    ip link add "$bridge" type bridge
    ip addr add 172.31.251.1/24 dev "$bridge"
    ip link set "$bridge" up
    setsid nohup dockerd --data-root "$root" --exec-root "$run/exec" --pidfile "$run/docker.pid" \
      -H "unix://$sock" --bridge "$bridge" --iptables=false >"$log" 2>&1 </dev/null &
    for _ in $(seq 1 120); do
      if DOCKER_HOST="unix://$sock" docker info >/dev/null 2>&1; then
        echo "export DOCKER_HOST=unix://$sock"
        exit 0
      fi
      sleep 0.5
    done
    echo "the clean Docker engine did not start; see $log" >&2
    tail -20 "$log" >&2
    stop
    exit 1
    ;;
  *) echo "usage: clean-engine.sh start|stop NAME" >&2; exit 2 ;;
esac
