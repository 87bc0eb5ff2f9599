#!/usr/bin/env bash
# Builds zivo/model:<content hash>, an image holding only a model directory at /model, for the ML base
# variant (docker/ml-base:ml-base-model), and prints the variable that selects it:
#   eval "$(docker/ml-base/model-image.sh MODEL)" && ./pants package docker/ml-worker:ml-worker-model
# MODEL is a model directory (sentence-transformers or transformers layout: config.json at its top) or a
# wheel holding one. The hash covers every file's path and bytes, so the tag changes only with the model.
set -euo pipefail
src="${1:?usage: model-image.sh MODEL_DIR_OR_WHEEL}"
work=""
trap '[[ -z "$work" ]] || rm -rf "$work"' EXIT
if [[ -f "$src" && "$src" == *.whl ]]; then
  work="$(mktemp -d)"
  python3 -m zipfile -e "$src" "$work"
  config="$(find "$work" -name config.json -printf '%d %p\n' | sort -n | head -1 | cut -d' ' -f2-)"
  [[ -n "$config" ]] || { echo "model-image.sh: no config.json in $src" >&2; exit 1; }
  src="$(dirname "$config")"
elif [[ ! -f "$src/config.json" ]]; then
  echo "model-image.sh: $src is neither a wheel nor a model directory (no config.json)" >&2
  exit 1
fi
hash="$(cd "$src" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)"
if ! docker image inspect "zivo/model:$hash" >/dev/null 2>&1; then
  # A copy readable by the worker's unprivileged user (COPY keeps modes; the legacy builder has no --chmod).
  stage="$(mktemp -d)"
  cp -r "$src/." "$stage/"
  chmod -R a+rX,go-w "$stage"
  printf 'FROM scratch\nCOPY . /model\n' | DOCKER_BUILDKIT=0 docker build --quiet -t "zivo/model:$hash" -f - "$stage" >/dev/null \
    || { rm -rf "$stage"; exit 1; }
  rm -rf "$stage"
fi
echo "export MODEL_HASH=$hash"
