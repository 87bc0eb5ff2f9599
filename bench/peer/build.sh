#!/usr/bin/env bash
# Builds the peer images (plain pip-install Dockerfiles of the same stack) for bench/images.py --cold.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
ctx="$(mktemp -d)"
trap 'rm -rf "$ctx"' EXIT
cp /etc/ssl/certs/ca-certificates.crt "$ctx/"
python3 -m pip download --quiet --no-deps --dest "$ctx/pipdl" pip
mv "$ctx"/pipdl/pip-*.whl "$ctx/pip.whl"
cp "$root"/3rdparty/python/{core,api,ml}-requirements.txt "$ctx/"
cp "${WHEELS_DIR:-/opt/wheels}"/torch-2.13.0+cpu-*.whl "$ctx/"  # pip needs the wheel's own file name
cp -r "$root/src/python" "$ctx/src"
cp "$root"/bench/peer/Dockerfile.* "$ctx/"
DOCKER_BUILDKIT=0 docker build -q -t zivo-peer/api -f "$ctx/Dockerfile.api" "$ctx"
DOCKER_BUILDKIT=0 docker build -q -t zivo-peer/ml-worker -f "$ctx/Dockerfile.ml-worker" "$ctx"
