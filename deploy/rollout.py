"""Roll out what `./pants package` built to a Docker host: publish, pull, restart what changed, wait healthy.

    python3 deploy/rollout.py --env-file deploy/.env [--registry 127.0.0.1:5000] [--host ssh://me@host]

1. `./pants publish` the API, ML base and worker images to the registry (Pants builds them first; each
   image is tagged with its content tag, a hash of its inputs: README, "Images").
2. On the host (`--host`, else DOCKER_HOST, else the local engine) pull each service's image by that tag,
   counting the compressed bytes of the layers the host did not have yet.
3. Replace only the containers whose image or configuration changed (services `api`, `worker`, `beat`,
   named `zivo-<service>`); the one replaced is kept stopped as `zivo-<service>.previous`.
4. Wait until each new container is healthy. If one is not, every service this run replaced goes back to
   its previous container (the previous tag), the rollout says so and exits 1.
5. Print what moved: per service the tag before and after, and the bytes pulled; only the images of the
   running and the previous containers stay on the host.

Nothing but Python's standard library and the `docker` CLI is needed on the machine that runs it; the
host needs only Docker and access to the registry. The containers run with `--network host` by default
(PostgreSQL and Redis on the host's loopback); `--network NAME` joins another network instead.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CONTENT_TAG = re.compile(r"^[0-9a-f]{32}$")  # pants-plugins/zivo_pants/content_tags.py
# Pants target -> repository it publishes to
TARGETS = {
    "docker/api:api": "zivo/api",
    "docker/ml-base:ml-base": "zivo/ml-base",
    "docker/ml-worker:ml-worker": "zivo/ml-worker",
}


@dataclass(frozen=True)
class Service:
    """One long-running container of the deployment."""

    name: str
    repository: str  # whose tag it runs
    command: tuple[str, ...] = ()
    environment: tuple[tuple[str, str], ...] = ()
    # Run through /bin/sh in the container; None: healthy = still running after `settle_seconds`.
    health_command: str | None = None
    start_seconds: int = 120  # how long it may take to become healthy
    # Run once in the new image (entrypoint and arguments) before its container replaces the running one,
    # e.g. the database migration; if it fails, nothing of this service is replaced.
    before_start: tuple[str, ...] = ()

    def run_arguments(self) -> list[str]:
        args = [f"--env={key}={value}" for key, value in self.environment]
        if self.health_command is None:
            args.append("--no-healthcheck")
        else:
            # Probing every second (the images probe every 15-30 s) makes "healthy" visible at once.
            args += [
                f"--health-cmd={self.health_command}",
                "--health-interval=1s",
                "--health-timeout=10s",
                "--health-retries=3",
                f"--health-start-period={self.start_seconds}s",
            ]
        return args


API_HEALTH = (
    'python3.11 -c "import os, urllib.request; '
    "urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=2)\""
)
# The worker's liveness file is fresh (its consumer touches it every 10 s): the image's own check, which
# imports only the standard library, so probing often stays cheap. The base has no coreutils to do it in
# the shell.
WORKER_HEALTH = "python -m zivo.ml.liveness --check --role worker"
SERVICES = (
    Service(
        "api",
        "zivo/api",
        health_command=API_HEALTH,
        start_seconds=180,
        # The API refuses to start on an outdated schema; migrations only add (README, "Reliability").
        before_start=("python", "-m", "zivo.core.db.migrate"),
    ),
    Service(
        "worker",
        "zivo/ml-worker",
        command=("zivo.ml.worker", "--concurrency=1"),
        environment=(("WORKER_BEAT", "false"),),  # beat runs once, in its own service
        health_command=WORKER_HEALTH,
    ),
    Service("beat", "zivo/ml-worker", command=("zivo.ml.worker", "beat")),
)


class RolloutError(RuntimeError):
    pass


@dataclass
class Docker:
    """The `docker` CLI aimed at one engine (None: DOCKER_HOST or the local one)."""

    host: str | None = None

    def command(self) -> list[str]:
        """The `docker` command line aimed at this engine."""
        return ["docker", "--host", self.host] if self.host else ["docker"]

    def __call__(self, *args: str, check: bool = True) -> str:
        result = subprocess.run([*self.command(), *args], capture_output=True, text=True)
        if check and result.returncode != 0:
            raise RolloutError(f"docker {' '.join(args[:3])} failed: {result.stderr.strip()[-2000:]}")
        return result.stdout.strip()

    def inspect(self, kind: str, name: str) -> dict[str, Any] | None:
        out = self("inspect", "--type", kind, name, check=False)
        found = json.loads(out) if out.startswith("[") else []
        return found[0] if found else None

    def layer_ids(self) -> set[str]:
        """diff_ids of every layer of every image on the engine."""
        ids = self("images", "--quiet", "--no-trunc").split()
        if not ids:
            return set()
        images = json.loads(self("image", "inspect", *sorted(set(ids))))
        return {layer for image in images for layer in image["RootFS"].get("Layers", [])}


class Registry:
    """Reads manifests and image configs from a Docker registry (HTTP API v2), for byte counts."""

    ACCEPT = (
        "application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json"
    )

    def __init__(self, address: str) -> None:
        scheme = "http" if address.split(":")[0] in ("127.0.0.1", "localhost") else "https"
        self.base = f"{scheme}://{address}/v2"

    def _get(self, path: str, accept: str | None = None) -> bytes:
        request = urllib.request.Request(f"{self.base}/{path}", headers={"Accept": accept} if accept else {})
        with urllib.request.urlopen(request, timeout=30) as response:
            body: bytes = response.read()
            return body

    def layers(self, repository: str, tag: str) -> list[tuple[str, int]]:
        """(diff_id, compressed size) of each layer of repository:tag, bottom first."""
        manifest = json.loads(self._get(f"{repository}/manifests/{tag}", self.ACCEPT))
        config = json.loads(self._get(f"{repository}/blobs/{manifest['config']['digest']}"))
        sizes = [int(layer["size"]) for layer in manifest["layers"]]
        return list(zip(config["rootfs"]["diff_ids"], sizes, strict=True))


@dataclass
class Moved:
    """What a rollout did, for the report and for bench/deploy.py."""

    tags: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # service -> (before, after)
    pulled_bytes: dict[str, int | None] = field(default_factory=dict)  # repository -> bytes (None: unknown)
    pull_seconds: dict[str, float] = field(default_factory=dict)
    replaced: list[str] = field(default_factory=list)
    rolled_back: list[str] = field(default_factory=list)
    failure: str | None = None

    def report(self) -> str:
        lines = []
        for service, (before, after) in self.tags.items():
            if service in self.rolled_back:
                state = f"ROLLED BACK to {short(before)} ({short(after)} failed its health check)"
            elif service in self.replaced:
                state = f"{short(before)} -> {short(after)}"
            else:
                state = f"unchanged at {short(after)}"
            lines.append(f"{service:<8} {state}")
        for repository, size in self.pulled_bytes.items():
            shown = "unknown" if size is None else human(size)
            lines.append(f"pulled {repository}: {shown} in {self.pull_seconds.get(repository, 0):.1f} s")
        if self.failure:
            lines.append(f"FAILED: {self.failure}")
        return "\n".join(lines)


def short(tag: str | None) -> str:
    return "(none)" if tag is None else tag[:12]


def human(size: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")


def publish(
    registry: str, targets: Iterable[str] = TARGETS, *, build_host: str | None = None
) -> dict[str, str]:
    """`./pants package publish` the targets to the registry; repository -> content tag pushed.

    Built on `build_host` (a Docker engine address), by default the local engine even when DOCKER_HOST
    names the deployment's host: images are built where the checkout is, not on the host."""
    targets = list(targets)
    registries = repr(
        {"rollout": {"address": registry, "default": True}}
    )  # a Python literal, as Pants reads it
    pants = [str(ROOT / "pants"), f"--docker-registries={registries}", "package", "publish", *targets]
    env = {key: value for key, value in os.environ.items() if key != "DOCKER_HOST"}
    if build_host:
        env["DOCKER_HOST"] = build_host
    subprocess.run(pants, cwd=ROOT, check=True, env=env)
    tags = {}
    for target in targets:
        # Pants writes what it built to dist/: docker/api:api -> dist/docker.api/api.docker-info.json
        directory, name = target.split(":")
        info_file = ROOT / "dist" / directory.replace("/", ".") / f"{name}.docker-info.json"
        info = json.loads(info_file.read_text())
        found = [
            tag["tag"]
            for entry in info["registries"]
            if entry["address"] == registry
            for tag in entry["tags"]
            if CONTENT_TAG.match(tag["tag"])
        ]
        if not found:
            raise RolloutError(f"{info_file} names no content tag pushed to {registry}")
        tags[TARGETS[target]] = found[0]
    return tags


def pull(docker: Docker, registry: str, repository: str, tag: str, moved: Moved) -> str:
    """Pulls repository:tag onto the host; returns the image reference. Counts the bytes it had to fetch."""
    reference = f"{registry}/{repository}:{tag}"
    try:
        missing: int | None = None
        present = docker.layer_ids()
        missing = sum(
            size for diff_id, size in Registry(registry).layers(repository, tag) if diff_id not in present
        )
    except (urllib.error.URLError, KeyError, ValueError, OSError):
        missing = None  # the registry is reachable by the host but not from here: pull anyway
    started = time.perf_counter()
    docker("pull", "--quiet", reference)
    moved.pull_seconds[repository] = round(time.perf_counter() - started, 2)
    moved.pulled_bytes[repository] = missing
    return reference


def configuration_hash(service: Service, run_arguments: Sequence[str]) -> str:
    """What the container runs with besides its image (a new tag of identical content restarts nothing)."""
    text = json.dumps([service.command, list(run_arguments)], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def container_state(docker: Docker, name: str) -> tuple[str, dict[str, Any]] | None:
    """(image id, labels) of a container, or None."""
    found = docker.inspect("container", name)
    if found is None:
        return None
    config = found["Config"]
    assert isinstance(config, dict)
    return str(found["Image"]), dict(config.get("Labels") or {})


def wait_healthy(
    docker: Docker, name: str, service: Service, settle_seconds: float, poll: float = 0.5
) -> None:
    deadline = time.monotonic() + service.start_seconds + 10
    started = time.monotonic()
    while time.monotonic() < deadline:
        found = docker.inspect("container", name)
        if found is None:
            raise RolloutError(f"{name} disappeared")
        state = found["State"]
        assert isinstance(state, dict)
        if not state.get("Running") or int(found.get("RestartCount", 0) or 0) > 0:
            raise RolloutError(f"{name} exited (code {state.get('ExitCode')})")
        health = state.get("Health")
        if service.health_command is None:
            if time.monotonic() - started >= settle_seconds:
                return
        elif isinstance(health, dict):
            if health.get("Status") == "healthy":
                return
            if health.get("Status") == "unhealthy":
                raise RolloutError(f"{name} is unhealthy")
        time.sleep(poll)
    raise RolloutError(f"{name} not healthy after {service.start_seconds + 10} s")


def start(docker: Docker, name: str, service: Service, reference: str, args: Sequence[str]) -> None:
    labels = [
        f"--label=zivo.service={service.name}",
        f"--label=zivo.tag={reference.rsplit(':', 1)[1]}",
        f"--label=zivo.config={configuration_hash(service, args)}",
    ]
    docker("run", "--detach", f"--name={name}", "--restart=unless-stopped", *labels, *args, reference,
           *service.command)  # fmt: skip


@dataclass(frozen=True)
class RunOptions:
    """What every container of the deployment gets: its environment and its network."""

    env_file: Path | None = None
    network: str = "host"
    prefix: str = "zivo"  # container names: <prefix>-<service>

    def arguments(self) -> list[str]:
        args = [f"--network={self.network}"]
        if self.env_file is not None:
            args.append(f"--env-file={self.env_file}")
            # The file's content is part of the configuration: an edit to it restarts every service.
            args.append(f"--label=zivo.env={hashlib.sha256(self.env_file.read_bytes()).hexdigest()[:16]}")
        return args


def roll_out(
    docker: Docker,
    references: Mapping[str, str],
    options: RunOptions,
    services: Sequence[Service] = SERVICES,
    *,
    settle_seconds: float = 5.0,
    log: Callable[[str], None] = print,
) -> Moved:
    """Brings each service to its image reference (already on the host); rolls all back on a failure."""
    moved = Moved()
    for service in services:
        reference = references[service.repository]
        name = f"{options.prefix}-{service.name}"
        wanted_id = str((docker.inspect("image", reference) or {}).get("Id", ""))
        current = container_state(docker, name)
        before = None if current is None else str(current[1].get("zivo.tag") or "?")
        moved.tags[service.name] = (before, reference.rsplit(":", 1)[1])
        args = [*options.arguments(), *service.run_arguments()]
        config = configuration_hash(service, args)
        if current is not None and current[0] == wanted_id and current[1].get("zivo.config") == config:
            running = docker.inspect("container", name) or {}
            state = running.get("State")
            if isinstance(state, dict) and state.get("Running"):
                continue
        if service.before_start:
            log(f"{service.name}: {' '.join(service.before_start)}")
            entrypoint, *arguments = service.before_start
            ran = subprocess.run(
                [*docker.command(), "run", "--rm", *options.arguments(), f"--entrypoint={entrypoint}",
                 reference, *arguments],
                capture_output=True, text=True,
            )  # fmt: skip
            if ran.returncode != 0:
                output = (ran.stdout + ran.stderr).strip().splitlines()[-30:]
                moved.failure = (
                    f"{service.name}: {' '.join(service.before_start)} failed ({ran.returncode})\n"
                    + ("\n".join(output))
                )
                moved.tags[service.name] = (before, before or "(none)")  # left as it was
                roll_back(docker, moved, options, services, settle_seconds, log)
                return moved
        previous = f"{name}.previous"
        docker("rm", "--force", previous, check=False)
        if current is not None:
            docker("stop", "--time=20", name)
            docker("rename", name, previous)
        moved.replaced.append(service.name)
        log(f"{service.name}: starting {short(moved.tags[service.name][1])}")
        try:
            start(docker, name, service, reference, args)
            wait_healthy(docker, name, service, settle_seconds)
        except RolloutError as error:
            logs = docker("logs", "--tail=30", name, check=False)
            moved.failure = f"{error}\n--- last lines of {name} ---\n{logs}"
            roll_back(docker, moved, options, services, settle_seconds, log)
            return moved
    prune(docker, options, services, references.values())
    return moved


def roll_back(
    docker: Docker,
    moved: Moved,
    options: RunOptions,
    services: Sequence[Service],
    settle_seconds: float,
    log: Callable[[str], None],
) -> None:
    """Every service this rollout replaced goes back to its previous container, newest first."""
    for service in reversed([s for s in services if s.name in moved.replaced]):
        name = f"{options.prefix}-{service.name}"
        docker("rm", "--force", name, check=False)
        if docker.inspect("container", f"{name}.previous") is None:
            log(f"{service.name}: no previous container to roll back to; left stopped")
            continue
        docker("rename", f"{name}.previous", name)
        docker("start", name)
        try:
            wait_healthy(docker, name, service, settle_seconds)
        except RolloutError as error:
            log(f"{service.name}: the previous container is not healthy either: {error}")
        moved.rolled_back.append(service.name)
        log(f"{service.name}: rolled back to {short(moved.tags[service.name][0])}")


def prune(
    docker: Docker, options: RunOptions, services: Sequence[Service], references: Iterable[str]
) -> None:
    """Keeps the images of the running and previous containers; removes other tags of their repositories."""
    keep = set()
    for service in services:
        for name in (f"{options.prefix}-{service.name}", f"{options.prefix}-{service.name}.previous"):
            found = docker.inspect("container", name)
            if found is not None:
                keep.add(str(found["Image"]))
    repositories = {reference.rsplit(":", 1)[0] for reference in references}
    rows = docker("images", "--no-trunc", "--format", "{{.Repository}}:{{.Tag}} {{.ID}}").splitlines()
    for row in rows:
        reference, image_id = row.rsplit(" ", 1)
        if reference.rsplit(":", 1)[0] in repositories and image_id not in keep:
            docker("rmi", reference, check=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--registry", default="127.0.0.1:5000", help="address the build machine pushes to")
    parser.add_argument("--pull-registry", help="address the host pulls from (default: --registry)")
    parser.add_argument(
        "--host", help="Docker host of the deployment, e.g. ssh://deploy@app1 (default: DOCKER_HOST)"
    )
    parser.add_argument(
        "--build-host", help="Docker engine that builds and pushes the images (default: the local one)"
    )
    parser.add_argument("--env-file", type=Path, help="the services' environment (see deploy/env.example)")
    parser.add_argument("--network", default="host", help="Docker network of the containers")
    parser.add_argument("--no-publish", action="store_true", help="deploy what is already in the registry")
    parser.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="REPOSITORY=TAG",
        help="with --no-publish: the tag per repository (e.g. zivo/api=abc123; default latest)",
    )
    args = parser.parse_args(argv)
    if args.env_file is not None and not args.env_file.is_file():
        parser.error(f"--env-file {args.env_file}: no such file")
    pull_registry = args.pull_registry or args.registry
    if args.no_publish:
        given = dict(item.split("=", 1) for item in args.tag)
        tags = {repository: given.get(repository, "latest") for repository in TARGETS.values()}
    else:
        tags = publish(args.registry, build_host=args.build_host)
    docker = Docker(args.host)
    moved = Moved()
    references = {}
    for repository in sorted({s.repository for s in SERVICES}):
        references[repository] = pull(docker, pull_registry, repository, tags[repository], moved)
    options = RunOptions(env_file=args.env_file, network=args.network)
    result = roll_out(docker, references, options)
    result.pulled_bytes, result.pull_seconds = moved.pulled_bytes, moved.pull_seconds
    print(result.report())
    return 1 if result.failure else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RolloutError, subprocess.CalledProcessError) as error:
        print(f"rollout: {error}", file=sys.stderr)
        sys.exit(2)
