#!/usr/bin/env bash
# Proves `./pants publish` pushes the images (zivo/ml-base too; the Python bases are skip_push) to a
# registry: the local one .ci/services.sh runs on 127.0.0.1:5000. Run from the repository root.
set -euo pipefail
registry="${ZIVO_TEST_REGISTRY:-127.0.0.1:5000}"
./pants --docker-registries="{'ci': {'address': '$registry', 'default': True}}" publish docker::
for image in zivo/api zivo/ml-base zivo/ml-worker; do
  tags="$(curl -fsS "http://$registry/v2/$image/tags/list")"
  grep -q '"latest"' <<<"$tags" || { echo "$image:latest is not in the registry: $tags"; exit 1; }
  echo "pushed: $registry/$image ($tags)"
done
