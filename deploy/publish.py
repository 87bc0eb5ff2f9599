"""Publish zivo's images to a registry, building and pushing only what the registry lacks.

    python3 docker/publish.py --registry HOST[:PORT] [--dry-run] [TARGETS ...]     (default: docker::)

(docker/publish.py runs this module; deploy/rollout.py publishes through it.)

1. `./pants content-tags TARGETS` gives each image's content tag, building no image (README, "Images").
2. The registry is asked for each pushable image's content tag. When it has it, the image is neither
   built nor pushed: its `latest` is pointed at that manifest (a request of a few hundred bytes), and
   images built FROM it start FROM the registry's copy: Pants is given the FROM build argument
   (e.g. `ML_BASE_IMAGE=HOST/zivo/ml-base:TAG`), so it does not build the base, and Docker pulls it.
   Build arguments are global to a Pants run, so images that need different values for the same argument
   (the worker FROM zivo/ml-base, its model variant FROM zivo/ml-base-model) go in separate runs. A FROM
   argument the target sets itself (`extra_build_args`, `pinned` in content-tags) cannot be given: that
   base is built here, reproducibly, so its layers are the registry's and are not pushed again.
3. The rest is published with `./pants publish`. First the engine pulls the registry's `latest` of each
   of them, when there is one, so it knows which layers the registry already holds: layers are
   byte-reproducible, so an unchanged layer built here has the digest of the one there and is not
   uploaded again (Docker uploads a layer whenever it cannot tell, even if the registry has it).

Layers are pushed as `docker push` compresses them, gzip: Docker 20.10's engine cannot decompress zstd
layers at all (zstd came with Docker 23), so zstd would lock out the oldest hosts zivo supports (README,
"First-deploy bytes").

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
from collections.abc import Mapping, Sequence
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
    pinned: tuple[str, ...] = ()  # FROM arguments the target sets: --docker-build-args cannot change them

    def given(self) -> set[str]:
        """FROM arguments a Pants run's --docker-build-args would change for this image."""
        return set(self.from_targets) - set(self.pinned)


@dataclass(frozen=True)
class Layer:
    digest: str  # of the compressed blob, as the registry stores it
    diff_id: str  # of the uncompressed tar, as an engine lists it (docker image inspect: RootFS.Layers)
    size: int  # compressed bytes
    media_type: str


class Registry:
    """A registry's HTTP API v2: manifests, tags and layer sizes, for publishing and for byte counts."""

    def __init__(self, address: str, *, plain_http: bool = False) -> None:
        host = address.split(":")[0]
        loopback = host in ("localhost", "::1") or host.startswith("127.")
        self.address = address
        self.base = f"{'http' if plain_http or loopback else 'https'}://{address}/v2"
        auth = os.environ.get("REGISTRY_AUTH")
        self.headers = {"Accept": MANIFEST_TYPES}
        if auth:
            self.headers["Authorization"] = "Basic " + base64.b64encode(auth.encode()).decode()

    def _request(
        self, method: str, url: str, body: bytes | None = None, **headers: str
    ) -> tuple[int, bytes, str]:
        request = urllib.request.Request(url, data=body, method=method, headers={**self.headers, **headers})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as error:
            if error.code == 404:
                return 404, b"", ""
            raise RuntimeError(
                f"registry {self.address}: {method} {url} -> {error.code} {error.reason}"
            ) from error
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

    def layers(self, repository: str, tag: str) -> list[Layer]:
        """The layers of repository:tag, bottom first: what a push uploads and a pull downloads of each
        layer the other side lacks (the compressed size), and the diff_id an engine knows it by."""
        status, body, _ = self._request("GET", f"{self.base}/{repository}/manifests/{tag}")
        if status == 404:
            raise RuntimeError(f"registry {self.address}: no {repository}:{tag}")
        manifest = json.loads(body)
        if "layers" not in manifest:
            raise RuntimeError(f"registry {self.address}: {repository}:{tag} is a list, not one image")
        digest = manifest["config"]["digest"]
        _, config, _ = self._request("GET", f"{self.base}/{repository}/blobs/{digest}")
        diff_ids = json.loads(config)["rootfs"]["diff_ids"]
        return [
            Layer(layer["digest"], diff_id, int(layer["size"]), layer["mediaType"])
            for layer, diff_id in zip(manifest["layers"], diff_ids, strict=True)
        ]


def pants(*args: str, env: Mapping[str, str] | None = None) -> str:
    return subprocess.run(
        ["./pants", *args], cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True, env=env
    ).stdout


def content_tags(targets: Sequence[str], env: Mapping[str, str] | None = None) -> list[Image]:
    images = []
    for line in pants("content-tags", *targets, env=env).splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            images.append(
                Image(
                    record["address"],
                    record["repository"],
                    record["tag"],
                    record["skip_push"],
                    record["from"],
                    tuple(record.get("pinned", ())),
                )
            )
    return images


def from_registry(image: Image, present: dict[str, Image], registry: Registry) -> dict[str, str]:
    """The FROM arguments that point `image` at bases the registry already has."""
    return {
        argument: registry.ref(present[upstream])
        for argument, upstream in image.from_targets.items()
        if upstream in present and argument not in image.pinned
    }


@dataclass
class Run:
    """One `./pants publish`: its build arguments hold for every image in it."""

    build_args: dict[str, str]
    images: list[Image]

    def takes(self, image: Image, wanted: dict[str, dict[str, str]]) -> bool:
        """Whether `image` can join: every member, it included, gets exactly the FROM arguments it wants."""
        merged = {**self.build_args, **wanted[image.address]}
        return all(
            merged.get(argument) == wanted[member.address].get(argument)
            for member in (*self.images, image)
            for argument in member.given()
        )


def plan(to_build: list[Image], present: dict[str, Image], registry: Registry) -> list[Run]:
    """Groups the images to build into as few Pants runs as their FROM arguments allow."""
    wanted = {image.address: from_registry(image, present, registry) for image in to_build}
    runs: list[Run] = []
    for image in to_build:
        run = next((run for run in runs if run.takes(image, wanted)), None)
        if run is None:
            runs.append(Run(dict(wanted[image.address]), [image]))
        else:
            run.build_args.update(wanted[image.address])
            run.images.append(image)
    return runs


def built_here(image: Image, present: dict[str, Image]) -> list[str]:
    """Bases in the registry that Pants builds anyway, as the target names them itself."""
    return sorted(
        up for argument, up in image.from_targets.items() if argument in image.pinned and up in present
    )


def publish(
    registry: Registry,
    targets: Sequence[str],
    *,
    dry_run: bool = False,
    env: Mapping[str, str] | None = None,
) -> list[dict[str, object]]:
    """Builds and pushes what the registry lacks; one row per pushable image: what was done, its tag.

    `env`: the environment of Pants and Docker (DOCKER_HOST names the engine that builds)."""
    images = [image for image in content_tags(targets, env) if not image.skip_push]
    present = {image.address: image for image in images if registry.has(image.repository, image.tag)}
    to_build = [image for image in images if image.address not in present]
    runs = plan(to_build, present, registry)

    rows: list[dict[str, object]] = []
    for image in present.values():
        sent = 0 if dry_run else registry.retag(image.repository, image.tag, "latest")
        rows.append(
            {"image": image.repository, "tag": image.tag, "action": "in registry", "bytes_sent": sent}
        )
    if to_build and not dry_run:
        for image in to_build:  # tell the engine which layers the registry holds
            if registry.has(image.repository, "latest"):
                subprocess.run(
                    ["docker", "pull", "-q", registry.ref(image, "latest")],
                    check=False, stdout=subprocess.DEVNULL, env=env,
                )  # fmt: skip
    registries = f"{{'publish': {{'address': '{registry.address}', 'default': True}}}}"
    for run in runs:
        build_args = [f"{argument}={ref}" for argument, ref in sorted(run.build_args.items())]
        if not dry_run:
            pants(
                f"--docker-registries={registries}",
                f"--docker-build-args={json.dumps(build_args)}",
                "publish",
                *(image.address for image in run.images),
                env=env,
            )
        for image in run.images:
            row: dict[str, object] = {
                "image": image.repository,
                "tag": image.tag,
                "action": "built and pushed",
            }
            row["from_registry"] = sorted(
                f"{a}={ref}" for a, ref in from_registry(image, present, registry).items()
            )
            if built_here(image, present):
                row["bases_built_here"] = built_here(image, present)
            rows.append(row)
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--registry", required=True, help="HOST[:PORT] of the registry")
    parser.add_argument("--plain-http", action="store_true", help="HTTP even off loopback")
    parser.add_argument("--dry-run", action="store_true", help="say what would be done, do nothing")
    parser.add_argument("targets", nargs="*", default=["docker::"])
    args = parser.parse_args(argv)
    registry = Registry(args.registry, plain_http=args.plain_http)
    for row in publish(registry, args.targets, dry_run=args.dry_run):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
