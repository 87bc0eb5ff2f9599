"""Publish zivo's images to a registry, building and pushing only what the registry lacks.

    python3 docker/publish.py --registry HOST[:PORT] [--dry-run] [TARGETS ...]     (default: docker::)

1. `./pants content-tags TARGETS` gives each image's content tag, building no image (README, "Images").
2. The registry is asked for each pushable image's content tag. When it has it, the image is neither
   built nor pushed: its `latest` is pointed at that manifest (a request of a few hundred bytes), and
   images built FROM it start FROM the registry's copy: Pants is given the FROM build argument
   (e.g. `ML_BASE_IMAGE=HOST/zivo/ml-base:TAG`), so it does not build the base, and Docker pulls it.
3. The rest is published with `./pants publish`. First the engine pulls the registry's `latest` of each
   of them, when there is one, so it knows which layers the registry already holds: layers are
   byte-reproducible, so an unchanged layer built here has the digest of the one there and is not
   uploaded again (Docker uploads a layer whenever it cannot tell, even if the registry has it).

The registry is reached over HTTP on loopback addresses and HTTPS elsewhere (`--plain-http` forces
HTTP); `REGISTRY_AUTH=user:password` adds basic authentication to these look-ups (Docker itself uses its
own login for the pushes). Prints one JSON line per image: what was done and its tag.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MANIFEST_TYPES = ", ".join(
    (
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.oci.image.index.v1+json",
    )
)


@dataclass(frozen=True)
class Image:
    address: str
    repository: str
    tag: str
    skip_push: bool
    from_targets: dict[str, str] = field(default_factory=dict)  # FROM build argument -> image address


class Registry:
    def __init__(self, address: str, *, plain_http: bool = False) -> None:
        host = address.split(":")[0]
        loopback = host in ("localhost", "::1") or host.startswith("127.")
        self.address = address
        self.base = f"{'http' if plain_http or loopback else 'https'}://{address}/v2"
        auth = os.environ.get("REGISTRY_AUTH")
        self.headers = {"Accept": MANIFEST_TYPES}
        if auth:
            self.headers["Authorization"] = "Basic " + base64.b64encode(auth.encode()).decode()

    def _request(self, method: str, url: str, body: bytes | None = None, **headers: str) -> tuple[int, bytes, str]:
        request = urllib.request.Request(url, data=body, method=method, headers={**self.headers, **headers})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as error:
            if error.code == 404:
                return 404, b"", ""
            raise RuntimeError(f"registry {self.address}: {method} {url} -> {error.code} {error.reason}") from error
        except urllib.error.URLError as error:
            raise RuntimeError(f"registry {self.address} unreachable: {error.reason}") from error

    def has(self, repository: str, tag: str) -> bool:
        return self._request("HEAD", f"{self.base}/{repository}/manifests/{tag}")[0] == 200

    def retag(self, repository: str, tag: str, new_tag: str) -> int:
        """Point `new_tag` at the manifest of `tag`; returns the bytes sent."""
        _, manifest, media_type = self._request("GET", f"{self.base}/{repository}/manifests/{tag}")
        self._request(
            "PUT", f"{self.base}/{repository}/manifests/{new_tag}", manifest, **{"Content-Type": media_type}
        )
        return len(manifest)

    def ref(self, image: Image, tag: str | None = None) -> str:
        return f"{self.address}/{image.repository}:{tag or image.tag}"


def pants(*args: str) -> str:
    return subprocess.run(["./pants", *args], cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True).stdout


def content_tags(targets: Sequence[str]) -> list[Image]:
    images = []
    for line in pants("content-tags", *targets).splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            images.append(
                Image(record["address"], record["repository"], record["tag"], record["skip_push"], record["from"])
            )
    return images


def from_overrides(to_build: list[Image], present: dict[str, Image], registry: Registry) -> list[str]:
    """FROM build arguments that point images to build at bases the registry already has."""
    overrides: dict[str, str] = {}
    for image in to_build:
        for argument, upstream in image.from_targets.items():
            if upstream in present:
                ref = registry.ref(present[upstream])
                if overrides.setdefault(argument, ref) != ref:
                    raise SystemExit(
                        f"FROM argument {argument} names different images in different Dockerfiles; "
                        "[docker].build_args is global, so give each base its own argument name"
                    )
    return [f"{argument}={ref}" for argument, ref in sorted(overrides.items())]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--registry", required=True, help="HOST[:PORT] of the registry")
    parser.add_argument("--plain-http", action="store_true", help="HTTP even off loopback")
    parser.add_argument("--dry-run", action="store_true", help="say what would be done, do nothing")
    parser.add_argument("targets", nargs="*", default=["docker::"])
    args = parser.parse_args(argv)

    registry = Registry(args.registry, plain_http=args.plain_http)
    images = [image for image in content_tags(args.targets) if not image.skip_push]
    present = {image.address: image for image in images if registry.has(image.repository, image.tag)}
    to_build = [image for image in images if image.address not in present]
    build_args = from_overrides(to_build, present, registry)

    report = []
    for image in present.values():
        sent = 0 if args.dry_run else registry.retag(image.repository, image.tag, "latest")
        report.append({"image": image.repository, "tag": image.tag, "action": "in registry", "bytes_sent": sent})
    if to_build:
        if not args.dry_run:
            for image in to_build:  # tell the engine which layers the registry holds
                if registry.has(image.repository, "latest"):
                    subprocess.run(["docker", "pull", "-q", registry.ref(image, "latest")], check=False)
            registries = f"{{'publish': {{'address': '{args.registry}', 'default': True}}}}"
            pants(
                f"--docker-registries={registries}",
                f"--docker-build-args={json.dumps(build_args)}",
                "publish",
                *(image.address for image in to_build),
            )
        for image in to_build:
            report.append({"image": image.repository, "tag": image.tag, "action": "built and pushed"})
    for row in report:
        print(json.dumps({**row, "from_registry": build_args} if row["action"] != "in registry" else row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
