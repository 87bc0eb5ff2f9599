"""Roll out what `./pants package` built to a Docker host: publish, pull, restart what changed, wait healthy.

    python3 deploy/rollout.py --env-file deploy/.env [--registry 127.0.0.1:5000] [--host ssh://me@host]

1. Publish the API, ML base and worker images (deploy/publish.py, one Pants pass): each image's content
   tag (a hash of its inputs: README, "Images") is looked up in the registry, and only the images it
   lacks are built and pushed with `./pants publish`.
2. On the host (`--host`, else DOCKER_HOST, else the local engine) pull each service's image by that tag,
   all at once, counting the compressed bytes of the layers the host did not have yet.
3. Replace only the containers whose image or configuration changed (services `api`, `worker`, `beat`,
   named `zivo-<service>`); the one replaced is kept stopped as `zivo-<service>.previous`. Before the
   API's container is replaced, the new image migrates the database, unless its migration scripts are
   the ones the running API was started with (their content hash, read from the image).
4. Wait until each new container is healthy (its health check run by the rollout every quarter second).
   If one is not, every service this run replaced goes back to its previous container (the previous
   tag), the rollout says so and exits 1.
5. Print what moved: per service the tag before and after, the bytes pulled, and where the seconds went;
   only the images of the running and the previous containers stay on the host.

Nothing but Python's standard library and the `docker` CLI is needed on the machine that runs it; the
host needs only Docker and access to the registry. The containers run with `--network host` by default
(PostgreSQL and Redis on the host's loopback); `--network NAME` joins another network instead.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from publish import Registry
from publish import publish as publish_images

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
    # Paths in the image whose content is all `before_start` depends on (the migration scripts): when
    # they are what the running container was started with, in the same configuration, it is skipped.
    before_start_inputs: tuple[str, ...] = ()
    before_start_name: str = "before start"  # in the report's timings

    def run_arguments(self) -> list[str]:
        args = [f"--env={key}={value}" for key, value in self.environment]
        if self.health_command is None:
            args.append("--no-healthcheck")
        else:
            # The rollout runs the check itself while it waits (wait_healthy); Docker's own probe, for
            # `docker ps` and monitoring afterwards, need not run more often than the images' own.
            args += [
                f"--health-cmd={self.health_command}",
                "--health-interval=10s",
                "--health-timeout=10s",
                "--health-retries=3",
                f"--health-start-period={self.start_seconds}s",
            ]
        return args


API_HEALTH = (
    'python3.11 -c "import os, urllib.request; '
    "urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=2)\""
)
# The worker's and beat's liveness files are fresh (the consumer and the scheduler touch them): the
# image's own check, which imports only the standard library, so probing often stays cheap. The base has
# no coreutils to do it in the shell.
WORKER_HEALTH = "python -m zivo.ml.liveness --check --role worker"
BEAT_HEALTH = "python -m zivo.ml.liveness --check --role beat"
SITE_PACKAGES = "/app/lib/python3.11/site-packages"
SERVICES = (
    Service(
        "api",
        "zivo/api",
        health_command=API_HEALTH,
        start_seconds=180,
        # The API refuses to start on an outdated schema; migrations only add (README, "Reliability").
        before_start=("python", "-m", "zivo.core.db.migrate"),
        before_start_inputs=(f"{SITE_PACKAGES}/zivo/core/migrations",),
        before_start_name="migrate",
    ),
    Service(
        "worker",
        "zivo/ml-worker",
        command=("zivo.ml.worker", "--concurrency=1"),
        environment=(("WORKER_BEAT", "false"),),  # beat runs once, in its own service
        health_command=WORKER_HEALTH,
    ),
    Service("beat", "zivo/ml-worker", command=("zivo.ml.worker", "beat"), health_command=BEAT_HEALTH),
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


@dataclass
class Moved:
    """What a rollout did, for the report and for bench/deploy.py."""

    tags: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # service -> (before, after)
    pulled_bytes: dict[str, int | None] = field(default_factory=dict)  # repository -> bytes (None: unknown)
    pull_seconds: dict[str, float] = field(default_factory=dict)
    replaced: list[str] = field(default_factory=list)
    rolled_back: list[str] = field(default_factory=list)
    failure: str | None = None
    # Where the time went, in order: "publish", "pull", "api: migrate", "api: start -> healthy", ...
    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def timed(self, phase: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[phase] = round(time.perf_counter() - started, 2)

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
        if self.seconds:
            lines.append(
                "seconds: " + ", ".join(f"{phase} {took:.1f}" for phase, took in self.seconds.items())
            )
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
    """Publishes what the registry lacks of the targets (deploy/publish.py); repository -> content tag.

    Built on `build_host` (a Docker engine address), by default the local engine even when DOCKER_HOST
    names the deployment's host: images are built where the checkout is, not on the host."""
    env = {key: value for key, value in os.environ.items() if key != "DOCKER_HOST"}
    if build_host:
        env["DOCKER_HOST"] = build_host
    rows = publish_images(Registry(registry), list(targets), env=env)
    for row in rows:
        print(json.dumps(row), file=sys.stderr)
    return {str(row["image"]): str(row["tag"]) for row in rows}


def pull(docker: Docker, registry: str, tags: Mapping[str, str], moved: Moved) -> dict[str, str]:
    """Pulls each repository:tag onto the host, all at once; returns repository -> image reference.

    Counts the compressed bytes of the layers the host lacked, each layer once (the API and the worker
    share the Python base), attributed to the first repository that has it."""
    try:
        present = docker.layer_ids()
        client = Registry(registry)
        for repository, tag in tags.items():
            missing = 0
            for layer in client.layers(repository, tag):
                if layer.diff_id not in present:
                    present.add(layer.diff_id)
                    missing += layer.size
            moved.pulled_bytes[repository] = missing
    except (RuntimeError, KeyError, ValueError, OSError):
        # The registry is reachable by the host but not from here: pull anyway, bytes unknown.
        moved.pulled_bytes.update({repository: None for repository in tags})

    def one(repository: str) -> str:
        reference = f"{registry}/{repository}:{tags[repository]}"
        started = time.perf_counter()
        docker("pull", "--quiet", reference)
        moved.pull_seconds[repository] = round(time.perf_counter() - started, 2)
        return reference

    with ThreadPoolExecutor(max_workers=max(1, len(tags))) as pool:
        return dict(zip(tags, pool.map(one, tags), strict=True))


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
    docker: Docker, name: str, service: Service, settle_seconds: float, poll: float = 0.25
) -> None:
    """Until the container's health command succeeds (run here, every `poll` s, not at Docker's own
    interval), or, without one, until it has kept running for `settle_seconds`."""
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
        if service.health_command is None:
            if time.monotonic() - started >= settle_seconds:
                return
        else:
            probe = subprocess.run(
                [*docker.command(), "exec", name, "/bin/sh", "-c", service.health_command],
                capture_output=True, timeout=30,
            )  # fmt: skip
            if probe.returncode == 0:
                return
        time.sleep(poll)
    raise RolloutError(f"{name} not healthy after {service.start_seconds + 10} s")


def inputs_hash(docker: Docker, reference: str, paths: Sequence[str]) -> str | None:
    """Content hash of `paths` in the image (file names and contents; not bytecode, not metadata), read
    without running it. None when a path is not in the image."""
    created = docker("create", reference)
    try:
        digest = hashlib.sha256()
        for path in paths:
            copied = subprocess.run([*docker.command(), "cp", f"{created}:{path}", "-"], capture_output=True)
            if copied.returncode != 0:
                return None
            with tarfile.open(fileobj=io.BytesIO(copied.stdout)) as archive:
                for member in sorted(archive.getmembers(), key=lambda member: member.name):
                    if "__pycache__" in member.name.split("/"):
                        continue
                    digest.update(member.name.encode() + b"\0")
                    content = archive.extractfile(member) if member.isfile() else None
                    if content is not None:
                        digest.update(hashlib.sha256(content.read()).digest())
        return digest.hexdigest()[:16]
    finally:
        docker("rm", "--force", created, check=False)


def start(
    docker: Docker,
    name: str,
    service: Service,
    reference: str,
    args: Sequence[str],
    before_start_key: str | None = None,
) -> None:
    labels = [
        f"--label=zivo.service={service.name}",
        f"--label=zivo.tag={reference.rsplit(':', 1)[1]}",
        f"--label=zivo.config={configuration_hash(service, args)}",
    ]
    if before_start_key:  # what `before_start` ran with, for the next rollout to compare
        labels.append(f"--label=zivo.before-start={before_start_key}")
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
    always_before_start: bool = False,
    log: Callable[[str], None] = print,
    moved: Moved | None = None,
) -> Moved:
    """Brings each service to its image reference (already on the host); rolls all back on a failure."""
    moved = Moved() if moved is None else moved
    for service in services:
        reference = references[service.repository]
        name = f"{options.prefix}-{service.name}"
        wanted_id = str((docker.inspect("image", reference) or {}).get("Id", ""))
        current = container_state(docker, name)
        running = current is not None and bool(
            ((docker.inspect("container", name) or {}).get("State") or {}).get("Running")
        )
        before = None if current is None else str(current[1].get("zivo.tag") or "?")
        moved.tags[service.name] = (before, reference.rsplit(":", 1)[1])
        args = [*options.arguments(), *service.run_arguments()]
        config = configuration_hash(service, args)
        if (
            running
            and current is not None
            and current[0] == wanted_id
            and current[1].get("zivo.config") == config
        ):
            continue
        key = None
        if service.before_start and service.before_start_inputs:
            with moved.timed(f"{service.name}: hash {service.before_start_name} inputs"):
                found = inputs_hash(docker, reference, service.before_start_inputs)
            if found is not None:
                what = json.dumps([found, service.before_start, options.arguments()])
                key = hashlib.sha256(what.encode()).hexdigest()[:16]
        unchanged = (
            key is not None and running and current is not None and current[1].get("zivo.before-start") == key
        )
        if service.before_start and unchanged and not always_before_start:
            log(f"{service.name}: {' '.join(service.before_start)} skipped (its inputs are unchanged)")
        elif service.before_start:
            log(f"{service.name}: {' '.join(service.before_start)}")
            entrypoint, *arguments = service.before_start
            with moved.timed(f"{service.name}: {service.before_start_name}"):
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
            with moved.timed(f"{service.name}: stop"):
                docker("stop", "--time=20", name)
            docker("rename", name, previous)
        moved.replaced.append(service.name)
        log(f"{service.name}: starting {short(moved.tags[service.name][1])}")
        try:
            with moved.timed(f"{service.name}: start -> healthy"):
                start(docker, name, service, reference, args, key)
                wait_healthy(docker, name, service, settle_seconds)
        except RolloutError as error:
            logs = docker("logs", "--tail=30", name, check=False)
            moved.failure = f"{error}\n--- last lines of {name} ---\n{logs}"
            roll_back(docker, moved, options, services, settle_seconds, log)
            return moved
    with moved.timed("prune"):
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


def parser() -> argparse.ArgumentParser:
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
    parser.add_argument(
        "--prefix",
        default="zivo",
        help="container names: PREFIX-api, PREFIX-worker, PREFIX-beat (default zivo)",
    )
    parser.add_argument(
        "--always-migrate",
        action="store_true",
        help="migrate even when the new API image's migration scripts are those the running API has",
    )
    parser.add_argument("--no-publish", action="store_true", help="deploy what is already in the registry")
    parser.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="REPOSITORY=TAG",
        help="with --no-publish: the tag per repository (e.g. zivo/api=abc123; default latest)",
    )
    return parser


def run(argv: Sequence[str] | None = None, *, log: Callable[[str], None] = print) -> Moved:
    """The whole rollout, as `python3 deploy/rollout.py ARGS` runs it; what it moved and how long it took."""
    arguments = parser()
    args = arguments.parse_args(argv)
    if args.env_file is not None and not args.env_file.is_file():
        arguments.error(f"--env-file {args.env_file}: no such file")
    pull_registry = args.pull_registry or args.registry
    moved = Moved()
    if args.no_publish:
        given = dict(item.split("=", 1) for item in args.tag)
        tags = {repository: given.get(repository, "latest") for repository in TARGETS.values()}
    else:
        with moved.timed("publish"):
            tags = publish(args.registry, build_host=args.build_host)
    docker = Docker(args.host)
    wanted = {s.repository: tags[s.repository] for s in SERVICES}
    with moved.timed("pull"):
        references = pull(docker, pull_registry, dict(sorted(wanted.items())), moved)
    options = RunOptions(env_file=args.env_file, network=args.network, prefix=args.prefix)
    return roll_out(
        docker, references, options, always_before_start=args.always_migrate, log=log, moved=moved
    )


def main(argv: Sequence[str] | None = None) -> int:
    moved = run(argv)
    print(moved.report())
    return 1 if moved.failure else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RolloutError, RuntimeError, subprocess.CalledProcessError) as error:
        print(f"rollout: {error}", file=sys.stderr)
        sys.exit(2)
