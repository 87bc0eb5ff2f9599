#!/usr/bin/env bash
# Proves publishing works and pushes only what the registry lacks: docker/publish.py to the local
# registry (.ci/services.sh runs one on 127.0.0.1:5000), then again: the second time every image must be
# found by its content tag, so nothing is built or pushed. Run from the repository root.
set -euo pipefail
registry="${ZIVO_TEST_REGISTRY:-127.0.0.1:5000}"
python3 docker/publish.py --registry "$registry"
for image in zivo/api zivo/ml-base zivo/ml-worker; do
  tags="$(curl -fsS "http://$registry/v2/$image/tags/list")"
  grep -q '"latest"' <<<"$tags" || { echo "$image:latest is not in the registry: $tags"; exit 1; }
  echo "pushed: $registry/$image ($tags)"
done
again="$(python3 docker/publish.py --registry "$registry")"
echo "$again"
if grep -v '"action": "in registry"' <<<"$again" | grep -q .; then
  echo "publishing the same commit again built or pushed something"
  exit 1
fi
