#!/usr/bin/env bash
# Issue 15's proof: build the images here, then again as another machine would (a fresh copy of the
# sources at another path, a HOME with empty Pants caches, a Docker engine with no images and no build
# cache), and require the same content tag and the same layer digests for every image; names the layer
# that differs. Run from the repository root, as root (it starts a throwaway engine: .ci/clean-engine.sh).
# ZIVO_REPRO_KEEP=1 keeps the second engine and its images for bench/images.py.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d /var/tmp/zivo-repro.XXXXXX)"
cleanup() {
  [[ -n "${ZIVO_REPRO_KEEP:-}" ]] || bash .ci/clean-engine.sh stop repro >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
# zivo's own images. Not the compose stand-ins (docker/postgres, docker/redis): they apt-get Debian's
# current packages at build time, so they change when Debian does, and the clean engine has no DNS.
# Not the model variants: their input is a model directory given at build time.
images=(docker/python-base:python-base docker/python-base:python-build docker/api:api docker/ml-base:ml-base
  docker/ml-worker:ml-worker)

echo "-- this machine"
./pants package "${images[@]}"
./pants content-tags "${images[@]}" | python3 .ci/image_layers.py record >"$work/here.json"

echo "-- another machine: fresh sources, HOME and Docker engine"
mkdir -p "$work/clone" "$work/home/.cache"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$work/clone"
# Only Pants itself, which ./pants would bootstrap the same way, is copied: none of its caches.
cp -a "${XDG_CACHE_HOME:-$HOME/.cache}/zivo-pants" "$work/home/.cache/"
eval "$(bash .ci/clean-engine.sh start repro)"
started=$SECONDS
(
  cd "$work/clone"
  export HOME="$work/home" XDG_CACHE_HOME="$work/home/.cache" ZIVO_NO_AUTO_SETUP=1
  unset ZIVO_REMOTE_CACHE  # empty caches means no build cache either: every PEX and tarball built again
  unset PANTS_LOCAL_STORE_DIR PANTS_NAMED_CACHES_DIR  # the new HOME's own (empty) stores, not the run's
  ./pants --no-pantsd package "${images[@]}"
  ./pants --no-pantsd content-tags "${images[@]}" | python3 .ci/image_layers.py record >"$work/there.json"
)
echo "(the second build took $((SECONDS - started)) s)"
python3 .ci/image_layers.py compare "$work/here.json" "$work/there.json"
