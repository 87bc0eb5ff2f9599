#!/usr/bin/env bash
# Makes a fresh Debian machine ready for zivo, as root: installs the Debian packages the project needs and
# starts Docker, Redis, PostgreSQL and a local registry (.ci/services.sh). Idempotent: run it again freely.
# ./pants runs it by itself, as root, before package/test/publish when something is missing
# (ZIVO_NO_AUTO_SETUP=1 turns that off).
set -euo pipefail
cd "$(dirname "$0")/.."
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

packages=(docker.io docker-compose redis-server postgresql mmdebstrap docker-registry wrk git curl ca-certificates iproute2)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
as_root bash .ci/services.sh
