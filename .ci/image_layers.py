"""Record and compare the layers of zivo's images (the reproducibility check, .ci/reproducible.sh).

    ./pants content-tags docker:: | python3 .ci/image_layers.py record > here.json   # DOCKER_HOST: which engine
    python3 .ci/image_layers.py compare here.json there.json                        # exit 1 on any difference

`record` reads content-tags' JSON lines and writes, per image, its content tag, its layer digests
(diff IDs, bottom first) and the Dockerfile step that made each layer. `compare` prints one line per
image and, for a difference, the layer and the step that made it. Build-stage-only images (skip_push)
are compared by tag only: their layers are never shipped.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any


def docker(*args: str) -> str:
    return subprocess.run(["docker", *args], check=True, capture_output=True, text=True).stdout


def steps(ref: str) -> list[str]:
    """The Dockerfile step behind each layer, bottom first (metadata-only steps make no layer)."""
    rows = docker("history", "--no-trunc", "--format", "{{.CreatedBy}}", ref).splitlines()[::-1]
    made = [row for row in rows if "#(nop)" not in row or any(op in row for op in (" COPY ", " ADD "))]
    return [" ".join(row.replace("/bin/sh -c #(nop) ", "").split())[:160] for row in made]


def record() -> dict[str, Any]:
    images: dict[str, Any] = {}
    for line in sys.stdin:
        if not line.startswith("{"):
            continue
        image = json.loads(line)
        ref = f"{image['repository']}:{image['tag']}"
        layers = json.loads(docker("image", "inspect", "--format", "{{json .RootFS.Layers}}", ref))
        images[image["repository"]] = {
            "tag": image["tag"],
            "shipped": not image["skip_push"] or image["repository"] == "zivo/python-base",
            "layers": layers,
            "steps": steps(ref),
        }
    return images


def compare(here: dict[str, Any], there: dict[str, Any]) -> int:
    failures = 0
    layers_equal = layers_total = 0
    for name in sorted(set(here) | set(there)):
        a, b = here.get(name), there.get(name)
        if a is None or b is None:
            print(f"DIFFERS {name}: built on one side only")
            failures += 1
            continue
        if a["tag"] != b["tag"]:
            print(f"DIFFERS {name}: content tag {a['tag']} here, {b['tag']} there")
            failures += 1
        if not a["shipped"]:
            print(f"same    {name}:{a['tag']} (a build stage, never shipped: tag only)")
            continue
        differing = [
            i for i in range(max(len(a["layers"]), len(b["layers"])))
            if i >= len(a["layers"]) or i >= len(b["layers"]) or a["layers"][i] != b["layers"][i]
        ]
        layers_total += len(a["layers"])
        layers_equal += len(a["layers"]) - len(differing)
        for i in differing:
            step = a["steps"][i] if i < len(a["steps"]) else "?"
            print(f"DIFFERS {name}: layer {i + 1} of {len(a['layers'])} ({step})")
            failures += 1
        if not differing and a["tag"] == b["tag"]:
            print(f"same    {name}:{a['tag']}, all {len(a['layers'])} layers")
    print(f"layer digests equal: {layers_equal}/{layers_total}; differences: {failures}")
    return 1 if failures else 0


def main() -> int:
    if sys.argv[1:2] == ["record"]:
        json.dump(record(), sys.stdout, indent=2)
        return 0
    if sys.argv[1:2] == ["compare"] and len(sys.argv) == 4:
        with open(sys.argv[2]) as a, open(sys.argv[3]) as b:
            return compare(json.load(a), json.load(b))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
