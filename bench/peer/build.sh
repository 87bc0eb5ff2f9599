#!/usr/bin/env bash
# Builds the peer images (bench/peers.py says which and how): `bash bench/peer/build.sh [COLUMN ...]`.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec python3 bench/peers.py "$@"
