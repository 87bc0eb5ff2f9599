"""The seed's deploy table, reproduced: build, push, pull, restart, for zivo and three peers, in one run.

    python3 bench/deploy.py [--parts deploy,cold,model] [--columns zivo,uv,pip,seed-after,seed-before]
                            [--runs 3]

Columns (the peers are built by bench/peers.py from the same locked versions):
  seed-before  one image with the API, torch, transformers, sentence-transformers and the model;
  seed-before-cuda  the same with PyPI's default torch 2.13.0 (CUDA build) and the nvidia-* wheels it
               requires, every other pin the same (not in the default --columns: add it by name);
  seed-after   the API by pip on a slim base, the worker FROM a pip-built ML base (the seed's stack, with
               sentence-transformers, scipy and scikit-learn);
  pip          seed after's Dockerfiles with zivo's stack (no sentence-transformers): like for like;
  uv           uv's documented Docker pattern, both images;
  zivo         deployed by the rollout command itself (deploy/rollout.py: one Pants pass that builds and
               pushes what the registry lacks, then pull, restart, healthy), timed as a user runs it.

Parts (each merges its figures into bench/results/deploy.json, so parts can run in separate sessions):
  deploy  per column, on a fresh registry (127.0.0.1:5088, started here) and a clean deploy host (the second
          Docker engine, DOCKER_HOST below): first deploy (push, pull, start, healthy), then --runs code-only
          deploys of an API edit and of a worker edit, each timed edit -> rebuilt -> pushed -> pulled ->
          healthy on the host, with bytes pushed (growth of the registry's storage), bytes pulled (compressed
          layers the host lacked) and storage on the host (growth of its data root). The peers push with
          `docker build` + `docker push`; every column pulls and restarts with the rollout's own code;
  cold    per column, every image built from nothing (peers: `docker build --no-cache`; zivo: no Docker
          images of its own and a HOME without Pants caches; both start from the same two base images);
  model   the ML base with a BioBERT-shaped model baked in against the MiniLM base: image sizes, worker
          RSS and unique names/s (bench/peer/worker_probe.py in each worker image).

The services run with PostgreSQL and Redis on this machine's loopback (database zivo_deploy, Redis DB 8;
--database-url / --redis-url). Takes about an hour for everything: run parts separately when short of time.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peers
from images import one_line_change as edited
from registry import private_registry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))
import rollout  # noqa: E402 (deploy/ is not a package on sys.path when run as a script)
from publish import Registry  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "deploy.json"
HOST = os.environ.get("ZIVO_DEPLOY_HOST", "unix:///run/zivo-host/docker.sock")
HOST_DATA_ROOT = Path(os.environ.get("ZIVO_DEPLOY_HOST_ROOT", "/var/lib/zivo-host-docker"))
REGISTRY_PORT = 5088
COLUMNS = ("seed-before", "seed-before-cuda", "seed-after", "pip", "uv", "zivo")
DEFAULT_COLUMNS = ("seed-before", "seed-after", "pip", "uv", "zivo")
# One image for the API and the worker: an edit anywhere rebuilds and redeploys the same image.
ONE_IMAGE = ("seed-before", "seed-before-cuda")
API_EDIT = ROOT / "src/python/zivo/api/__init__.py"
WORKER_EDIT = ROOT / "src/python/zivo/ml/__init__.py"
ZIVO_TARGETS = ("docker/api:api", "docker/ml-worker:ml-worker")


def run(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> str:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, env={**os.environ, **(env or {})})
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return result.stdout


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return round(time.perf_counter() - started, 2)


@contextlib.contextmanager
def registry() -> Iterator[tuple[str, Path]]:
    """A private, empty registry for one column: (address, its storage)."""
    with (
        tempfile.TemporaryDirectory(prefix="zivo-bench-registry-") as tmp,
        private_registry(f"127.0.0.1:{REGISTRY_PORT}", Path(tmp)) as address,
    ):
        yield address, Path(tmp) / "data"


def tree_bytes(path: Path) -> int:
    """Bytes on disk under path, each inode once (du)."""
    if not path.exists():
        return 0
    # -x: not the merged views of running containers, overlay mounts inside the data root
    return int(run("du", "-sbx", "--", str(path)).split()[0])


@dataclass
class Column:
    name: str
    images: dict[str, str]  # rollout repository (zivo/api, zivo/ml-worker) -> local image
    build: Callable[[], object]

    def push(self, address: str, tag: str) -> dict[str, str]:
        """Pushes each image; returns the references the host pulls (repository -> tag)."""
        tags = {}
        for repository, local in self.images.items():
            remote = f"{self.name}/{repository.split('/')[1]}"
            run("docker", "tag", local, f"{address}/{remote}:{tag}")
            run("docker", "push", "--quiet", f"{address}/{remote}:{tag}")
            tags[repository] = f"{remote}:{tag}"
        return tags


def columns() -> dict[str, Column]:
    def peer_build(name: str) -> Callable[[], object]:
        def build() -> dict[str, float]:
            peers.sync_sources()
            return peers.build(name)

        return build

    return {
        "seed-before": Column(
            "seed-before",
            {"zivo/api": "zivo-peer-seed-before/app", "zivo/ml-worker": "zivo-peer-seed-before/app"},
            peer_build("seed-before"),
        ),
        "seed-before-cuda": Column(
            "seed-before-cuda",
            {
                "zivo/api": "zivo-peer-seed-before-cuda/app",
                "zivo/ml-worker": "zivo-peer-seed-before-cuda/app",
            },
            peer_build("seed-before-cuda"),
        ),
        "seed-after": Column(
            "seed-after",
            {"zivo/api": "zivo-peer-seed-after/api", "zivo/ml-worker": "zivo-peer-seed-after/ml-worker"},
            peer_build("seed-after"),
        ),
        "pip": Column(
            "pip",
            {"zivo/api": "zivo-peer-pip/api", "zivo/ml-worker": "zivo-peer-pip/ml-worker"},
            peer_build("pip"),
        ),
        "uv": Column(
            "uv",
            {"zivo/api": "zivo-peer-uv/api", "zivo/ml-worker": "zivo-peer-uv/ml-worker"},
            peer_build("uv"),
        ),
        "zivo": Column(
            "zivo",
            {"zivo/api": "docker/api:api", "zivo/ml-worker": "docker/ml-worker:ml-worker"},  # Pants targets
            # ml-base is built anyway (the worker is FROM it); named so that dist/ records its image.
            lambda: run("./pants", "package", *ZIVO_TARGETS, "docker/ml-base:ml-base"),
        ),
    }


def clean_host(host: rollout.Docker, prefix: str, address: str) -> None:
    """Removes the bench's containers and every image pulled from the bench registry."""
    for service in rollout.SERVICES:
        for name in (f"{prefix}-{service.name}", f"{prefix}-{service.name}.previous"):
            host("rm", "--force", name, check=False)
    images = [line for line in host("images", "--format", "{{.Repository}}:{{.Tag}}").splitlines()]
    mine = [image for image in images if image.startswith(f"{address}/")]
    if mine:
        host("rmi", "--force", *mine, check=False)
    host("image", "prune", "--force", check=False)


def peer_services(column: str) -> tuple[rollout.Service, ...]:
    """The rollout's services as a column's images hold them: the peers keep the project in /app/src."""
    if column == "zivo":
        return rollout.SERVICES
    inputs = ("/app/src/zivo/core/migrations",)
    return tuple(
        dataclasses.replace(service, before_start_inputs=inputs) if service.before_start_inputs else service
        for service in rollout.SERVICES
    )


class Deployer:
    """One column's deployments to the host, measured."""

    def __init__(self, column: Column, address: str, storage: Path, env_file: Path) -> None:
        self.column, self.address, self.storage, self.env_file = column, address, storage, env_file
        self.host = rollout.Docker(HOST)
        self.options = rollout.RunOptions(env_file=env_file, prefix=f"bench-{column.name}")
        self.deploys = 0

    def rollout_command(self) -> rollout.Moved:
        """zivo: `python3 deploy/rollout.py` with these arguments, in this process."""
        argv = ["--registry", self.address, "--host", HOST, "--env-file", str(self.env_file),
                "--prefix", self.options.prefix]  # fmt: skip
        return rollout.run(argv, log=lambda line: print(f"  {line}", file=sys.stderr))

    def deploy(self) -> dict[str, Any]:
        """Push, pull, restart what changed, wait healthy; what each step took and moved."""
        self.deploys += 1
        before = tree_bytes(self.storage)
        if self.column.name == "zivo":
            moved = self.rollout_command()
            if moved.failure:
                raise RuntimeError(f"zivo: rollout failed: {moved.failure}")
            repositories = {service.name: service.repository for service in rollout.SERVICES}
            references = {
                repositories[name]: f"{repositories[name]}:{tag}" for name, (_, tag) in moved.tags.items()
            }
            push_seconds = moved.seconds["publish"]  # build and push: one Pants pass
            pull_seconds = moved.seconds["pull"]
            restart_seconds = sum(
                took for phase, took in moved.seconds.items() if phase not in ("publish", "pull")
            )
            outcome = moved
        else:
            started = time.perf_counter()
            references = self.column.push(self.address, f"d{self.deploys}")  # zivo/api -> NAME:TAG
            push_seconds = time.perf_counter() - started
            moved = rollout.Moved()
            started = time.perf_counter()
            names = dict(reference.rsplit(":", 1) for reference in references.values())  # seed before: one
            on_host = rollout.pull(self.host, self.address, names, moved)
            pulled = {
                repository: on_host[reference.rsplit(":", 1)[0]]
                for repository, reference in references.items()
            }
            pull_seconds = time.perf_counter() - started
            services = peer_services(self.column.name)
            started = time.perf_counter()
            outcome = rollout.roll_out(
                self.host, pulled, self.options, services, log=lambda line: None, moved=moved
            )
            restart_seconds = time.perf_counter() - started
            if outcome.failure:
                raise RuntimeError(f"{self.column.name}: deploy failed: {outcome.failure}")
        pushed = tree_bytes(self.storage) - before
        registry = Registry(self.address)
        layers = {
            repository: {layer.digest: layer.size for layer in registry.layers(*reference.rsplit(":", 1))}
            for repository, reference in references.items()
        }
        return {
            "push_seconds": round(push_seconds, 2),
            "pushed_bytes": pushed,
            "pull_seconds": round(pull_seconds, 2),
            "pulled_bytes": sum(size or 0 for size in outcome.pulled_bytes.values()),
            "restart_to_healthy_seconds": round(restart_seconds, 2),
            "restarted": outcome.replaced,
            "phases": outcome.seconds,
            # What the deployed images are made of (digest -> compressed bytes): what a push or pull of
            # everything moves, each layer once however many images share it.
            "layers": layers,
            "unique_layer_bytes": sum({d: n for sizes in layers.values() for d, n in sizes.items()}.values()),
        }


def pants_image_id(target: str) -> str:
    """The image ID `./pants package TARGET` last built here (dist/), not a tag another build may move."""
    directory, name = target.split(":")
    info = json.loads((ROOT / "dist" / directory.replace("/", ".") / f"{name}.docker-info.json").read_text())
    return str(info["image_id"])


def ensure_database(database_url: str) -> None:
    """Create the services' database on this machine's PostgreSQL if it is missing (a fresh machine has none).

    Only for a loopback server, which the bench runs as root beside (`su postgres`); a database elsewhere
    is the caller's to create.
    """
    url = urllib.parse.urlsplit(database_url)
    name, owner = url.path.lstrip("/"), url.username or "postgres"
    if url.hostname not in ("127.0.0.1", "localhost") or not name.replace("_", "").isalnum():
        return
    exists = subprocess.run(
        ["su", "postgres", "-c", f"psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='{name}'\""],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if exists != "1":
        subprocess.run(["su", "postgres", "-c", f"createdb -O {owner} {name}"], check=True)
        print(f"created database {name} (owner {owner})", file=sys.stderr)


def pin_bases() -> None:
    """The peers build on the very base images this checkout's Pants built (bench/peers.py reads these)."""
    run("./pants", "package", "docker/python-base:python-base", "docker/python-base:python-build")
    os.environ["PYTHON_BASE"] = pants_image_id("docker/python-base:python-base")
    os.environ["PYTHON_BUILD"] = pants_image_id("docker/python-base:python-build")


def image_size(image: str) -> int:
    return int(run("docker", "image", "inspect", "--format", "{{.Size}}", image).strip())


def deploy_part(column: Column, runs: int, env_file: Path, *, edits: bool = True) -> dict[str, Any]:
    print(f"[{column.name}] building (warm)", file=sys.stderr)
    column.build()
    if column.name == "zivo":
        images = {**column.images, "ml-base": "docker/ml-base:ml-base"}
        sizes = {repository: image_size(pants_image_id(target)) for repository, target in images.items()}
    else:
        sizes = {repository: image_size(image) for repository, image in column.images.items()}
        if column.name in ("seed-after", "pip"):
            sizes["ml-base"] = image_size(f"zivo-peer-{column.name}/ml-base")
    figures: dict[str, Any] = {"image_bytes": sizes, "load_average_at_start": os.getloadavg()}
    with registry() as (address, storage):
        deployer = Deployer(column, address, storage, env_file)
        clean_host(deployer.host, deployer.options.prefix, address)
        host_before = tree_bytes(HOST_DATA_ROOT)
        print(f"[{column.name}] first deploy", file=sys.stderr)
        figures["first"] = deployer.deploy()
        figures["first"]["host_storage_bytes"] = tree_bytes(HOST_DATA_ROOT) - host_before
        kinds = [("api_edit", API_EDIT), ("worker_edit", WORKER_EDIT)]
        if column.name in ONE_IMAGE:
            # One image: an edit anywhere rebuilds and redeploys the same thing, so one kind of edit.
            kinds = kinds[:1]
        for label, path in kinds if edits else []:
            rows = []
            for attempt in range(runs):
                print(f"[{column.name}] {label} {attempt + 1}/{runs}", file=sys.stderr)
                with edited(path, f"{label}-{time.time()}"):
                    started = time.perf_counter()
                    # zivo: the rollout builds and pushes in one Pants pass (its push row holds both).
                    rebuild = None if column.name == "zivo" else timed(column.build)
                    row = deployer.deploy()
                    row["rebuild_seconds"] = rebuild
                    row["total_seconds"] = round(time.perf_counter() - started, 2)
                rows.append(row)
            figures[label] = rows
        figures["host_storage_bytes_after"] = tree_bytes(HOST_DATA_ROOT) - host_before
        clean_host(deployer.host, deployer.options.prefix, address)
    column.build()  # back to the committed sources
    figures["load_average_at_end"] = os.getloadavg()
    return figures


def cold_part(column: Column) -> dict[str, Any]:
    """Seconds to build the column's images from nothing but the two base images."""
    if column.name != "zivo":
        peers.sync_sources()
        return {
            "cold_build_seconds": timed(lambda: peers.build(column.name, no_cache=True)),
            "load_average_at_end": os.getloadavg(),
        }
    # zivo: a throwaway Docker engine (no images, no build cache: .ci/clean-engine.sh, as the
    # reproducibility check uses) and a HOME without Pants caches, no remote cache. The main engine, where
    # others' images live, is not touched.
    engine = run("bash", ".ci/clean-engine.sh", "start", "bench-cold").strip()
    try:
        with tempfile.TemporaryDirectory(prefix="zivo-cold-home-", dir="/var/tmp") as home:
            cache = Path(home) / ".cache"
            shutil.copytree(Path.home() / ".cache" / "zivo-pants", cache / "zivo-pants", symlinks=True)
            env = {k: v for k, v in os.environ.items() if k != "ZIVO_REMOTE_CACHE"}
            env.update(
                HOME=home,
                XDG_CACHE_HOME=str(cache),
                ZIVO_NO_AUTO_SETUP="1",
                PYENV_ROOT=os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv")),
                DOCKER_HOST=engine.removeprefix("export DOCKER_HOST="),
            )

            def pants(*args: str) -> None:
                subprocess.run(["./pants", "--no-pantsd", *args], cwd=ROOT, env=env, check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip

            # The bases, as the peers have them; then, timed, everything else.
            bases = timed(lambda: pants("package", "docker/python-base::"))
            seconds = timed(lambda: pants("package", *ZIVO_TARGETS))
    finally:
        run("bash", ".ci/clean-engine.sh", "stop", "bench-cold")
    return {
        "cold_build_seconds": seconds,
        "bases_seconds_not_counted": bases,
        "load_average_at_end": os.getloadavg(),
    }


def model_part(runs: int, earlier: dict[str, Any] | None = None) -> dict[str, Any]:
    """The ML base with a BioBERT-shaped model against the MiniLM base, in the same run."""
    run("./pants", "package", "docker/ml-worker:ml-worker", "docker/ml-base:ml-base")
    minilm_worker = pants_image_id("docker/ml-worker:ml-worker")
    model_dir = ROOT / ".zivo" / "biobert-shape"
    if not (model_dir / "config.json").exists():
        model_dir.mkdir(parents=True, exist_ok=True)
        script = (ROOT / "bench" / "peer" / "biobert_shape.py").read_text()
        subprocess.run(
            ["docker", "run", "--rm", "-i", "--user", "0", "--entrypoint", "python3.11", "-v",
             f"{model_dir}:/out", minilm_worker, "-", "/out"],
            input=script, text=True, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    exports = run("bash", "docker/ml-base/model-image.sh", str(model_dir)).split("export ", 1)[1].split()
    model_env = dict(item.split("=", 1) for item in exports)
    build_seconds = timed(
        # Both named: Pants writes dist/*.docker-info.json only for the targets it was asked for.
        lambda: run(
            "./pants",
            "package",
            "docker/ml-base:ml-base-model",
            "docker/ml-worker:ml-worker-model",
            env=model_env,
        )
    )
    targets = {
        "zivo/ml-base": "docker/ml-base:ml-base",
        "zivo/ml-base-model": "docker/ml-base:ml-base-model",
        "zivo/ml-worker": "docker/ml-worker:ml-worker",
        "zivo/ml-worker-model": "docker/ml-worker:ml-worker-model",
    }
    ids = {image: pants_image_id(target) for image, target in targets.items()}
    tags = json.loads(
        run("docker", "image", "inspect", "--format", "{{json .RepoTags}}", ids["zivo/ml-base-model"])
    )
    figures: dict[str, Any] = {
        "model_hash": model_env["MODEL_HASH"],
        "model_bytes": tree_bytes(model_dir),
        "variant_build_seconds": build_seconds,
        "image_bytes": {image: image_size(image_id) for image, image_id in ids.items()},
        "ml_base_model_tags": [tag for tag in tags if tag.startswith("zivo/ml-base-model:model-")],
        # The worker's own layers on top of either base are the same: it is built FROM them unchanged.
        "worker_layers_above_base": {
            image: len(layers(ids[image])) - len(layers(ids[base]))
            for image, base in (
                ("zivo/ml-worker", "zivo/ml-base"),
                ("zivo/ml-worker-model", "zivo/ml-base-model"),
            )
        },
    }
    probe = (ROOT / "bench" / "peer" / "worker_probe.py").read_text()
    for image in ("zivo/ml-worker", "zivo/ml-worker-model"):
        if earlier and image in earlier:  # --keep-probes: the RSS and names/s of an earlier run
            figures[image] = earlier[image]
            figures["probes_kept_from_an_earlier_run"] = True
            continue
        out = subprocess.run(
            ["docker", "run", "--rm", "-i", "--entrypoint", "python3.11", ids[image], "-", str(runs)],
            input=probe, text=True, capture_output=True, check=True,
        )  # fmt: skip
        figures[image] = {**json.loads(out.stdout.strip().splitlines()[-1]), "image_id": ids[image]}
    return figures


def layers(image: str) -> list[str]:
    return list(json.loads(run("docker", "image", "inspect", "--format", "{{json .RootFS.Layers}}", image)))


def median(rows: Sequence[dict[str, Any]], key: str) -> float:
    return float(statistics.median(row[key] for row in rows))


def mb(size: float) -> str:
    if size < 1e6:
        return f"{size / 1e3:,.0f} kB"
    return f"{size / 1e6:,.1f} MB" if size < 1e9 else f"{size / 1e9:,.2f} GB"


def table(results: dict[str, Any]) -> str:
    cells: dict[str, list[str]] = {}
    order: list[str] = []

    def put(row: str, column: str, value: str) -> None:
        if row not in cells:
            cells[row] = ["–"] * len(COLUMNS)
            order.append(row)
        cells[row][COLUMNS.index(column)] = value

    for column in COLUMNS:
        figures = results.get("deploy", {}).get(column)
        if figures:
            sizes = figures["image_bytes"]
            api, worker = sizes["zivo/api"], sizes["zivo/ml-worker"]
            put(
                "image sizes: API / worker", column, f"{mb(api)} / {mb(worker)}" if api != worker else mb(api)
            )
            first = figures["first"]
            put(
                "first push: time, bytes",
                column,
                f"{first['push_seconds']:.0f} s, {mb(first['pushed_bytes'])}",
            )
            if "unique_layer_bytes" in first:
                put("compressed layers of the images, each once", column, mb(first["unique_layer_bytes"]))
            put("first pull on the host: time, bytes", column,
                f"{first['pull_seconds']:.0f} s, {mb(first['pulled_bytes'])}")  # fmt: skip
            for label, name in (
                (("api_edit", "API"), ("worker_edit", "worker")) if "api_edit" in figures else ()
            ):
                rows = figures.get(label) or figures["api_edit"]
                n = len(rows)
                rebuilt = (
                    "in the push (n={n})"
                    if rows[0].get("rebuild_seconds") is None
                    else f"{median(rows, 'rebuild_seconds'):.1f} s (n={n})"
                )
                put(f"code-only rebuild, {name} edit", column, rebuilt.format(n=n))
                put(f"code-only push, {name} edit: time, bytes", column,
                    f"{median(rows, 'push_seconds'):.1f} s, {mb(median(rows, 'pushed_bytes'))}")  # fmt: skip
                put(f"code-only pull, {name} edit: time, bytes", column,
                    f"{median(rows, 'pull_seconds'):.1f} s, {mb(median(rows, 'pulled_bytes'))}")  # fmt: skip
                put(f"total deploy, {name} edit (edit -> healthy)", column,
                    f"{median(rows, 'total_seconds'):.1f} s")  # fmt: skip
                put(f"bandwidth per deploy, {name} edit (push + pull)", column,
                    mb(median(rows, "pushed_bytes") + median(rows, "pulled_bytes")))  # fmt: skip
            put(
                "bandwidth, first deploy (push + pull)",
                column,
                mb(first["pushed_bytes"] + first["pulled_bytes"]),
            )
            zivo_first = results.get("deploy", {}).get("zivo", {}).get("first")
            if zivo_first:
                ours = zivo_first["pushed_bytes"] + zivo_first["pulled_bytes"]
                put("zivo's first deploy / this column's", column,
                    f"{ours / (first['pushed_bytes'] + first['pulled_bytes']):.3f}x")  # fmt: skip
            if "load_average_at_end" in figures:
                start, end = figures["load_average_at_start"][0], figures["load_average_at_end"][0]
                put("load average (1 min) at start / end of the deploys", column, f"{start:.1f} / {end:.1f}")
            put("storage on the host: first deploy / after all deploys", column,
                f"{mb(first['host_storage_bytes'])} / {mb(figures['host_storage_bytes_after'])}")  # fmt: skip
        cold = results.get("cold", {}).get(column)
        if cold:
            put("cold build (bases present)", column, f"{cold['cold_build_seconds']:.0f} s")
    width = max([len(row) for row in order] + [10])
    lines = [f"{'':<{width}}  " + "  ".join(f"{c:>22}" for c in COLUMNS)]
    lines += [f"{row:<{width}}  " + "  ".join(f"{v:>22}" for v in cells[row]) for row in order]
    zivo = results.get("deploy", {}).get("zivo", {})
    for label in ("api_edit", "worker_edit"):
        rows = [row for row in zivo.get(label, []) if "phases" in row]
        if rows:
            names = list(dict.fromkeys(phase for row in rows for phase in row["phases"]))
            phases = {
                phase: statistics.median(row["phases"].get(phase, 0.0) for row in rows) for phase in names
            }
            # A phase most deploys skip (the API's restart when only the worker changed) has median 0.
            spent = ", ".join(f"{phase} {took:.1f}" for phase, took in phases.items() if took > 0)
            lines.append(f"zivo, {label.replace('_', ' ')}: where the seconds go (medians, s): {spent}")
    if zivo.get("api_edit") and zivo["api_edit"][0].get("rebuild_seconds") is None:
        lines.append(
            "zivo's push rows are `./pants publish` building and pushing in one pass (no rebuild apart)"
        )
    model = results.get("model")
    if model:
        sizes = model["image_bytes"]
        lines.append("")
        minilm, biobert = mb(sizes["zivo/ml-base"]), mb(sizes["zivo/ml-base-model"])
        lines.append(f"ML base, MiniLM / BioBERT-shaped: {minilm} / {biobert}")
        for image in ("zivo/ml-worker", "zivo/ml-worker-model"):
            probe = model[image]
            lines.append(
                f"{image}: RSS {mb(probe['rss_bytes_after_load_and_runs'])}, "
                f"{probe['unique_names_per_second_median']:,.0f} unique names/s, model {probe['model']}"
            )
    return "\n".join(lines)


def env_file(path: Path, database_url: str, redis_url: str, port: int) -> Path:
    path.write_text(
        f"DATABASE_URL={database_url}\nREDIS_URL={redis_url}\nSECRET_KEY={secrets.token_hex(32)}\n"
        f"PORT={port}\nHOST=127.0.0.1\nDATA_DIR=/tmp/zivo-data\nOPENAI_API_KEY=unset\n"
    )
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--parts", default="deploy,cold,model")
    parser.add_argument("--columns", default=",".join(DEFAULT_COLUMNS), help=f"of {','.join(COLUMNS)}")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--runs-seed-before", type=int, help="fewer runs for the slowest columns (seed before)"
    )
    parser.add_argument("--first-only", default="", help="columns to deploy once, without code-only edits")
    parser.add_argument("--cold-columns", help="the columns the cold part builds (default: --columns)")
    parser.add_argument("--database-url", default="postgresql+psycopg://zivo:zivo@127.0.0.1:5432/zivo_deploy")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/8")
    parser.add_argument("--port", type=int, default=18088, help="the API's port on the host")
    parser.add_argument("--print", action="store_true", help="only print the table of the saved results")
    parser.add_argument(
        "--keep-probes", action="store_true", help="model: keep saved RSS and names/s of identical images"
    )
    args = parser.parse_args(argv)
    results: dict[str, Any] = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    if not args.print:
        parts = args.parts.split(",")
        chosen = args.columns.split(",")  # in the order given
        unknown = set(chosen) - set(COLUMNS)
        if unknown:
            parser.error(f"unknown columns: {', '.join(sorted(unknown))}")
        if "deploy" in parts:
            ensure_database(args.database_url)
        peers.prepare()
        pin_bases()
        all_columns = columns()
        with tempfile.TemporaryDirectory(prefix="zivo-bench-deploy-") as tmp:
            env = env_file(Path(tmp) / "env", args.database_url, args.redis_url, args.port)
            for column in chosen:
                if "cold" in parts and column in (args.cold_columns or args.columns).split(","):
                    print(f"[{column}] cold build", file=sys.stderr)
                    results.setdefault("cold", {})[column] = cold_part(all_columns[column])
                    save(results)
                if "deploy" in parts:
                    runs = (
                        args.runs_seed_before if column in ONE_IMAGE and args.runs_seed_before else args.runs
                    )
                    edits = column not in args.first_only.split(",")
                    figures = deploy_part(all_columns[column], runs, env, edits=edits)
                    if not edits:  # keep code-only figures of an earlier run
                        kept = results.get("deploy", {}).get(column, {})
                        figures.update({k: v for k, v in kept.items() if k.endswith("_edit")})
                    results.setdefault("deploy", {})[column] = figures
                    save(results)
        if "model" in parts:
            results["model"] = model_part(args.runs, results.get("model") if args.keep_probes else None)
            save(results)
    print(table(results))
    return 0


def save(results: dict[str, Any]) -> None:
    """Merges into the saved figures per part and column, so runs of different parts can overlap."""
    saved: dict[str, Any] = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    for part, figures in results.items():
        if isinstance(figures, dict) and isinstance(saved.get(part), dict) and part in ("deploy", "cold"):
            saved[part].update(figures)
        else:
            saved[part] = figures
    saved["machine"] = {"cpus": os.cpu_count(), "load_average_at_save": os.getloadavg()[0]}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(saved, indent=2) + "\n")
    results.update(saved)


if __name__ == "__main__":
    sys.exit(main())
