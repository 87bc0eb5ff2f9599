"""Image figures: sizes, code-only rebuild time and new-layer bytes, bytes pushed for a code-only change.

    python3 bench/images.py [--runs 3] [--registry 127.0.0.1:5000] [--cold [--cold-runs 1]] [--fresh]
    python3 bench/images.py --only cold          # only the cold build against its peers

Run from the repository root with Docker running (and, for the push figures, a registry on the address
given; `.ci/services.sh` starts one). It edits one line under zivo/api and one under zivo/ml, rebuilds
with Pants warm, compares the layer lists, and restores the files (also on failure). `--cold` (root)
times, in one run and on throwaway Docker engines (.ci/clean-engine.sh): zivo's `./pants package ::`
from a fresh checkout with empty Pants stores and no build cache, its Python base built too; zivo's base
alone and `./pants package ::` with the base built; its peers from bench/peers.py, plain `pip install`
Dockerfiles of the same stack and uv's Docker pattern, cold, FROM that base; so that the ratio counts
the base on both sides or on neither (`cold_build` says how). Pants installing itself is timed apart.
With ZIVO_REMOTE_CACHE set, also `./pants package ::` from another fresh checkout with empty stores
against that cache once it holds the commit (on the warm engine, then on a new one). A cold build takes
minutes, so `--cold-runs` defaults to 1; the figures are medians over the runs. On a shared machine,
hold the bench lock (flock) around it. `--fresh` (root) plays a fresh machine (a copy of the sources,
a HOME with no Pants caches, a throwaway Docker engine) against a registry of its own: bytes pushed by
docker/publish.py for an unchanged commit the registry has and for a code-only change, then the share
of layer digests and content tags equal between the images built here and there. Prints a table;
writes bench/results/images.json.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import peers
from registry import private_registry

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ("zivo/python-base", "zivo/api", "zivo/ml-base", "zivo/ml-worker")
RESULTS = ROOT / "bench" / "results" / "images.json"


def run(*args: str, check: bool = True, env: dict[str, str] | None = None) -> str:
    merged = {**os.environ, **(env or {})}
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, env=merged)
    if check and result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return result.stdout


def inspect(image: str, template: str) -> str:
    return run("docker", "image", "inspect", "--format", template, image).strip()


def layers(image: str) -> list[str]:
    return list(json.loads(inspect(image, "{{json .RootFS.Layers}}")))


def layer_sizes(image: str) -> list[int]:
    """Sizes of the layers that hold files, bottom first (docker history lists them top first)."""
    rows = run("docker", "history", "--no-trunc", "--format", "{{.Size}}\t{{.CreatedBy}}", image)
    sizes = []
    for row in rows.strip().splitlines():
        size, created_by = row.split("\t", 1)
        if "#(nop)" in created_by and not any(op in created_by for op in ("COPY", "ADD")):
            continue
        sizes.append(parse_size(size))
    return sizes[::-1]


def parse_size(text: str) -> int:
    units = {"B": 1, "kB": 1e3, "KB": 1e3, "MB": 1e6, "GB": 1e9}
    for unit in sorted(units, key=len, reverse=True):
        if text.endswith(unit):
            return int(float(text[: -len(unit)]) * units[unit])
    return int(text)


def package(*targets: str) -> float:
    started = time.perf_counter()
    run("./pants", "package", *targets)
    return time.perf_counter() - started


@contextmanager
def one_line_change(path: Path, marker: str) -> Iterator[None]:
    original = path.read_text()
    try:
        path.write_text(original + f"# bench: {marker}\n")
        yield
    finally:
        path.write_text(original)


def code_change(image: str, target: str, source: Path, runs: int, extra: dict[str, str]) -> dict[str, object]:
    """Rebuild `target` after a one-line change: seconds (median), layers that differ, their bytes."""
    package(target)  # warm: the unchanged image is built and cached
    before = layers(image)
    base_ids = {name: inspect(name, "{{.Id}}") for name in extra}
    seconds, new_layers, new_bytes = [], [], []
    for attempt in range(runs):
        with one_line_change(source, f"{time.time()}-{attempt}"):
            seconds.append(package(target))
            after = layers(image)
            changed = [i for i, layer in enumerate(after) if i >= len(before) or layer != before[i]]
            sizes = layer_sizes(image)
            new_layers.append(len(changed) + max(0, len(before) - len(after)))
            new_bytes.append(sum(sizes[i] for i in changed if i < len(sizes)))
    package(target)  # back to the committed code
    unchanged = {name: inspect(name, "{{.Id}}") == image_id for name, image_id in base_ids.items()}
    return {
        "rebuild_seconds_median": round(statistics.median(seconds), 2),
        "rebuild_seconds": [round(s, 2) for s in seconds],
        "new_layers": new_layers,
        "new_layer_bytes_median": int(statistics.median(new_bytes)),
        "bases_unchanged": unchanged,
    }


def registry_bytes(registry: str) -> int:
    """Bytes of blobs in the registry's storage (via the registry container-less process on this host)."""
    storage = Path("/var/lib/zivo-registry")
    return sum(f.stat().st_size for f in storage.rglob("*") if f.is_file()) if storage.exists() else 0


def pushed_bytes_for_code_change(registry: str) -> dict[str, int]:
    registries = f"{{'bench': {{'address': '{registry}', 'default': True}}}}"
    publish = (
        "./pants",
        f"--docker-registries={registries}",
        "publish",
        "docker/api:api",
        "docker/ml-worker:ml-worker",
    )
    run(*publish)
    first = registry_bytes(registry)
    with (
        one_line_change(ROOT / "src/python/zivo/api/__init__.py", str(time.time())),
        one_line_change(ROOT / "src/python/zivo/ml/__init__.py", str(time.time())),
    ):
        run(*publish)
        second = registry_bytes(registry)
    return {"initial_push_bytes": first, "code_change_push_bytes": second - first}


# `./pants package ::` as the cold build times it: everything but the compose stand-ins (docker/postgres,
# docker/redis), which apt-get Debian's packages inside `docker build` and so need a network the
# throwaway engine does not give its builds; the peers build neither.
COLD_SPECS = ("::", "-docker/postgres:postgres", "-docker/redis:redis")
# zivo's Python base (the root filesystems and the two images on them): what the peers start FROM, the
# stand-in for the `python:3.11-slim` a user pulls. Timed apart, so the comparison can count the base on
# both sides (peers + this) or on neither (zivo with the base already built, as the peers have it).
BASE_SPECS = ("docker/python-base:python-base", "docker/python-base:python-build")
ROOTFS_STEP = "Running the `shell_command` at `docker/python-base:rootfs`"


def copy_sources(dest: Path) -> None:
    """A fresh checkout: the tracked and new files of this tree, at another path."""
    dest.mkdir(parents=True)
    files = run("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    tar = ["tar", "--null", "-T", "-", "-cf", "-"]
    packed = subprocess.run(tar, cwd=ROOT, input=files.encode(), capture_output=True, check=True).stdout
    subprocess.run(["tar", "-xf", "-", "-C", str(dest)], input=packed, check=True)


@contextmanager
def throwaway_engine(name: str) -> Iterator[str]:
    """A Docker engine with no images and no build cache (.ci/clean-engine.sh); yields its DOCKER_HOST."""
    started = run("bash", ".ci/clean-engine.sh", "start", name).strip()
    try:
        yield started.removeprefix("export DOCKER_HOST=")
    finally:
        run("bash", ".ci/clean-engine.sh", "stop", name, check=False)


def log_seconds(line: str) -> float:
    hours, minutes, seconds = line[:11].split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def step_seconds(log: str, description: str) -> float:
    """Seconds between Pants' `Starting:` and `Completed:` lines of one step (0 if it did not run)."""
    stamps = {}
    for line in log.splitlines():
        for kind in ("Starting", "Completed"):
            if f"{kind}: {description}" in line:
                stamps[kind] = log_seconds(line)
    return stamps["Completed"] - stamps["Starting"] if len(stamps) == 2 else 0.0


def timeline(log: str, started: float) -> list[dict[str, object]]:
    """Every step Pants logged (`Starting:` ... `Completed:`), as seconds from the start of the run
    (`started`, wall clock) and its length: where the time went."""
    midnight = started - started % 86400  # the log's stamps are UTC times of day
    opened: dict[str, float] = {}
    steps: list[dict[str, object]] = []
    for line in log.splitlines():
        match = re.match(r"^\d\d:\d\d:\d\d\.\d\d \[INFO\] (Starting|Completed): (.*)$", line)
        if not match:
            continue
        kind, description = match.groups()
        stamp = midnight + log_seconds(line)
        if kind == "Starting":
            opened[description] = stamp
        elif description in opened:
            begin = opened.pop(description)
            steps.append(
                {
                    "step": description[:100],
                    "at": round(begin - started, 1),
                    "seconds": round(stamp - begin, 1),
                }
            )
    return sorted(steps, key=lambda step: float(step["at"]))  # type: ignore[arg-type]


def pants_package(
    checkout: Path, stores: Path, engine: str, cache: str, *extra: str, specs: Sequence[str] = COLD_SPECS
) -> dict[str, object]:
    """`./pants package` in a checkout with the given local store and named caches (empty: cold) and
    build cache ('' for none); seconds, Pants' start-up (to its first step), the part spent building the
    root filesystems, every step's timing, and the load average around it."""
    env = {
        **os.environ,
        "DOCKER_HOST": engine,
        "ZIVO_REMOTE_CACHE": cache,
        "ZIVO_NO_AUTO_SETUP": "1",
        "PANTS_LOCAL_STORE_DIR": str(stores / "lmdb_store"),
        "PANTS_NAMED_CACHES_DIR": str(stores / "named_caches"),
    }
    argv = ["./pants", "--no-pantsd", "--stats-log", *extra, "package", *specs]
    load, wall, started = os.getloadavg()[0], time.time(), time.perf_counter()
    done = subprocess.run(argv, cwd=checkout, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"./pants package failed in {checkout}:\n{done.stderr[-3000:]}")
    counters = {
        name: int(value)
        for name, value in re.findall(r"^\s+(remote_cache_requests\w*): (\d+)$", done.stderr, flags=re.M)
    }
    steps = timeline(done.stderr, wall)
    return {
        "seconds": round(seconds, 1),
        "startup_seconds": steps[0]["at"] if steps else None,
        "rootfs_seconds": round(step_seconds(done.stderr, ROOTFS_STEP), 1),
        "cached_remotely": counters.get("remote_cache_requests_cached", 0),
        "cacheable": counters.get("remote_cache_requests", 0),
        "load_average": [round(load, 2), round(os.getloadavg()[0], 2)],
        "steps": steps,
    }


def pants_bootstrap(home: Path) -> dict[str, object]:
    """What the pip peer never pays: `./pants` installing Pants itself (its venv from PyPI and the pex
    CLI) into an empty ZIVO_PANTS_HOME, from PyPI as the peers' pip does (no machine pip config)."""
    env = {
        **os.environ,
        "ZIVO_PANTS_HOME": str(home),
        "ZIVO_NO_AUTO_SETUP": "1",
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_CERT": "/etc/ssl/certs/ca-certificates.crt",
    }
    load, started = os.getloadavg()[0], time.perf_counter()
    done = subprocess.run(
        ["./pants", "--no-pantsd", "--version"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"bootstrapping Pants failed:\n{done.stderr[-3000:]}")
    return {
        "seconds": round(time.perf_counter() - started, 1),
        "load_average": [round(load, 2), round(os.getloadavg()[0], 2)],
    }


def peer_builds(engine: str, column: str) -> dict[str, object]:
    """bench/peers.py's column built on the engine, cold (it has only zivo's base images)."""
    os.environ["DOCKER_HOST"] = engine
    try:
        load, started = os.getloadavg()[0], time.perf_counter()
        # No build cache: pip and seed-after share Dockerfiles, and neither may reuse the other's layers.
        images = peers.build(column, no_cache=True)
        seconds = time.perf_counter() - started
    finally:
        os.environ.pop("DOCKER_HOST")
    return {
        "seconds": round(seconds, 1),
        "images": {name: round(image_seconds, 1) for name, image_seconds in images.items()},
        "load_average": [round(load, 2), round(os.getloadavg()[0], 2)],
    }


def engine_layers(engine: str) -> dict[str, list[str]]:
    """The layer digests of zivo's images on one engine."""
    os.environ["DOCKER_HOST"] = engine
    try:
        return {image: layers(image) for image in IMAGES}
    finally:
        os.environ.pop("DOCKER_HOST")


def base_build_seconds(row: dict[str, object]) -> float:
    """The base run's root filesystems plus the longer of its two image builds (they run side by side)."""
    base = row.get("zivo_base", {})
    steps = base.get("steps", []) if isinstance(base, dict) else []
    rootfs = sum(float(s["seconds"]) for s in steps if s["step"] == ROOTFS_STEP)
    images = [float(s["seconds"]) for s in steps if "docker image zivo/python-b" in str(s["step"])]
    return rootfs + max(images, default=0.0)


def record(row: dict[str, object], attempt: int, key: str, value: dict[str, object]) -> None:
    row[key] = value
    brief = {k: v for k, v in value.items() if k != "steps"}
    print(f"[{attempt}] {key}: {brief}", file=sys.stderr)


COLD_PEERS = ("pip", "seed-after", "uv")


def cold_build(runs: int, bootstrap: bool = True, columns: Sequence[str] = COLD_PEERS) -> dict[str, object]:
    """Per run, from fresh checkouts with empty local stores and named caches, no build cache, on
    throwaway Docker engines (no images, no build cache; one engine at a time):
    1. zivo's cold `./pants package ::`, its Python base built too (engine A);
    2. on engine B: zivo's Python base alone (the root filesystems and the python-base/python-build
       images), then `./pants package ::` with that base built (the same stores and engine), then the
       peers of bench/peers.py, which start FROM that base as a user's Dockerfile starts FROM a pulled
       `python:3.11-slim`: plain `pip install` Dockerfiles of the same stack and uv's Docker pattern.
    So the ratio to the peers is reported with the base on both sides (1. against peer + base) and on
    neither (2.'s package against the peer). Pants installing itself, which the peers do not need, is
    timed apart (once, into an empty ZIVO_PANTS_HOME) and never added in. With ZIVO_REMOTE_CACHE set,
    the cache is filled from checkout 1, then a second fresh checkout with empty stores runs `./pants
    package ::` against it on engine A (warm Docker) and, with empty stores again, on a new engine."""
    cache = os.environ.get("ZIVO_REMOTE_CACHE", "")
    rows: list[dict[str, object]] = []
    peers.prepare()  # downloads, uv locks: kept between runs, not timed
    for attempt in range(runs):
        row: dict[str, object] = {}
        report = functools.partial(record, row, attempt)

        with tempfile.TemporaryDirectory(prefix="zivo-cold-", dir="/var/tmp") as tmp:
            work = Path(tmp)
            if bootstrap and attempt == 0:
                report("pants_bootstrap", pants_bootstrap(work / "pants-home"))
            copy_sources(work / "cold")
            with throwaway_engine("bench-cold") as engine:
                report("zivo_cold", pants_package(work / "cold", work / "cold-stores", engine, ""))
                cold_layers = engine_layers(engine)
                if cache:
                    # Fill the cache: a warm local store writes nothing, so run the processes again.
                    pants_package(work / "cold", work / "cold-stores", engine, cache, "--no-local-cache")
                    copy_sources(work / "fresh")
                    report(
                        "zivo_warm_cache_warm_engine",
                        pants_package(work / "fresh", work / "fresh-stores", engine, cache),
                    )
            if cache:
                shutil.rmtree(work / "fresh-stores")
                with throwaway_engine("bench-fresh") as fresh_engine:
                    report(
                        "zivo_warm_cache_new_engine",
                        pants_package(work / "fresh", work / "fresh-stores", fresh_engine, cache),
                    )
            copy_sources(work / "based")
            with throwaway_engine("bench-based") as engine:
                stores = work / "based-stores"
                report("zivo_base", pants_package(work / "based", stores, engine, "", specs=BASE_SPECS))
                report("zivo_cold_base_present", pants_package(work / "based", stores, engine, ""))
                # Two clean builds from two checkouts on two engines: the same layers?
                row["same_layers_both_builds"] = cold_layers == engine_layers(engine)
                peers.sync_sources()
                # pip: zivo's stack, like for like; seed-after: the seed's (sentence-transformers, scipy,
                # scikit-learn), for comparison with earlier runs.
                for column in columns:
                    try:
                        report(f"peer_{column}", peer_builds(engine, column))
                    except subprocess.CalledProcessError as failed:
                        # One peer failing (a full disk, PyPI) must not lose the run's other figures.
                        row[f"peer_{column}_error"] = f"{failed.cmd[-3:]} exited {failed.returncode}"
                        print(f"[{attempt}] peer_{column} failed: {failed}", file=sys.stderr)
        rows.append(row)

    def median(key: str) -> float:
        values = [float(r[key]["seconds"]) for r in rows if key in r]  # type: ignore[index]
        return round(statistics.median(values), 1) if values else 0.0

    def ratio(ours: float, theirs: float, peer: float = 1.0) -> float | None:
        """ours / theirs; None when the peer (`peer`, part of `theirs`) was not built or failed."""
        return round(ours / theirs, 2) if theirs and peer else None

    cold, present, base = median("zivo_cold"), median("zivo_cold_base_present"), median("zivo_base")
    pip, uv, seed_after = median("peer_pip"), median("peer_uv"), median("peer_seed-after")
    # What building the base costs a peer: the root filesystems and the two images on them (the
    # steps of zivo's base run, without the Pants start-up a Dockerfile build would not have).
    base_steps = round(statistics.median(base_build_seconds(r) for r in rows), 1) if rows else 0.0
    summary: dict[str, object] = {
        "runs": runs,
        "same_layers_both_builds": all(r.get("same_layers_both_builds") for r in rows),
        "zivo_cold_seconds": cold,
        "zivo_base_seconds": base,
        "zivo_base_steps_seconds": base_steps,
        "zivo_cold_base_present_seconds": present,
        "peer_pip_seconds": pip,
        "peer_uv_seconds": uv,
        "peer_seed_after_seconds": seed_after,
        "base_both_zivo_over_seed_after": ratio(cold, seed_after + base_steps, seed_after),
        # The base on both sides: zivo builds it within its cold build; the peers start after it.
        "base_both_zivo_over_pip": ratio(cold, pip + base_steps, pip),
        "base_both_zivo_over_uv": ratio(cold, uv + base_steps, uv),
        # The base on neither side: both start FROM the built base.
        "base_neither_zivo_over_pip": ratio(present, pip),
        "base_neither_zivo_over_uv": ratio(present, uv),
        # Not added anywhere: Pants installing itself, which the pip and uv peers do not need.
        "pants_bootstrap_seconds": rows[0].get("pants_bootstrap", {}).get("seconds"),  # type: ignore[attr-defined]
    }
    for key in ("zivo_warm_cache_new_engine", "zivo_warm_cache_warm_engine"):
        if any(key in r for r in rows):
            summary[f"{key}_seconds"] = median(key)
            summary[f"{key}_over_cold"] = ratio(median(key), cold)
    return {"summary": summary, "runs": rows}


FRESH_REGISTRY = "127.0.0.1:5017"


def storage_bytes(storage: Path) -> int:
    return sum(f.stat().st_size for f in storage.rglob("*") if f.is_file())


def fresh_machine() -> dict[str, object]:
    """Publish from a fresh machine to a registry that has the commit; then a code-only change; then
    compare the fresh machine's build with this one's."""
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="zivo-fresh-", dir="/var/tmp") as tmp:
        work = Path(tmp)
        clone, home, storage = work / "clone", work / "home", work / "registry"
        clone.mkdir()
        files = run("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
        subprocess.run(
            ["tar", "--null", "-T", "-", "-cf", str(work / "src.tar")],
            cwd=ROOT,
            input=files,
            text=True,
            check=True,
        )
        subprocess.run(["tar", "-xf", str(work / "src.tar"), "-C", str(clone)], check=True)
        shutil.copytree(Path.home() / ".cache" / "zivo-pants", home / ".cache" / "zivo-pants", symlinks=True)
        engine = (
            run("bash", ".ci/clean-engine.sh", "start", "bench").strip().removeprefix("export DOCKER_HOST=")
        )
        fresh_env = {
            **os.environ,
            "HOME": str(home),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "DOCKER_HOST": engine,
            "ZIVO_NO_AUTO_SETUP": "1",
        }

        def there(*args: str) -> str:
            done = subprocess.run(args, cwd=clone, env=fresh_env, capture_output=True, text=True)
            if done.returncode != 0:
                raise RuntimeError(f"{' '.join(args)} failed on the fresh machine:\n{done.stderr[-3000:]}")
            return done.stdout

        def publish_there(registry: str) -> dict[str, object]:
            """Publish from the fresh machine: bytes the registry gained, seconds, what was done."""
            before, started = storage_bytes(storage), time.perf_counter()
            report = there("python3", "docker/publish.py", "--registry", registry)
            return {
                "pushed_bytes": storage_bytes(storage) - before,
                "seconds": round(time.perf_counter() - started, 1),
                "actions": [json.loads(line) for line in report.splitlines() if line.startswith("{")],
            }

        try:
            with private_registry(FRESH_REGISTRY, storage) as registry:
                run("python3", "docker/publish.py", "--registry", registry)
                results["first_push_bytes"] = storage_bytes(storage)
                results["unchanged_commit"] = publish_there(registry)
                inits = [clone / "src/python" / name / "__init__.py" for name in ("zivo/api", "zivo/ml")]
                originals = [init.read_text() for init in inits]
                for init, text in zip(inits, originals, strict=True):
                    init.write_text(text + f"# bench: {time.time()}\n")
                results["code_change"] = publish_there(registry)
                for init, text in zip(inits, originals, strict=True):
                    init.write_text(text)
            # Two clean builds of one commit: here, and on the fresh machine (whose engine has only
            # pulled what publishing needed): the same tags and layers?
            run("./pants", "package", "docker::")
            here = subprocess.run(
                ["python3", ".ci/image_layers.py", "record"],
                cwd=ROOT,
                input=run("./pants", "content-tags", "docker::"),
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            there("./pants", "--no-pantsd", "package", "docker::")
            tags_there = there("./pants", "--no-pantsd", "content-tags", "docker::")
            done = subprocess.run(
                ["python3", ".ci/image_layers.py", "record"],
                cwd=clone,
                env=fresh_env,
                input=tags_there,
                capture_output=True,
                text=True,
                check=True,
            )
            (work / "here.json").write_text(here)
            (work / "there.json").write_text(done.stdout)
            compared = run(
                "python3",
                ".ci/image_layers.py",
                "compare",
                str(work / "here.json"),
                str(work / "there.json"),
                check=False,
            )
            results["two_builds"] = compared.strip().splitlines()
        finally:
            run("bash", ".ci/clean-engine.sh", "stop", "bench", check=False)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--registry", default="127.0.0.1:5000", help="'' to skip the push figures")
    parser.add_argument("--cold", action="store_true", help="also time a cold build against its peers")
    parser.add_argument("--cold-runs", type=int, default=1, help="cold builds to take the median of")
    parser.add_argument(
        "--no-bootstrap", action="store_true", help="cold: do not time Pants installing itself"
    )
    parser.add_argument(
        "--peers",
        default=",".join(COLD_PEERS),
        help=f"cold: the peer columns to build, comma-separated (default {','.join(COLD_PEERS)})",
    )
    parser.add_argument("--fresh", action="store_true", help="also publish and rebuild as a fresh machine")
    parser.add_argument("--only", choices=("fresh", "cold"), help="only this part: no sizes or rebuilds")
    args = parser.parse_args(argv)

    results: dict[str, object] = {}
    if not args.only:
        package("::")
        results["sizes_bytes"] = {name: int(inspect(name, "{{.Size}}")) for name in IMAGES}
        results["api_code_change"] = code_change(
            "zivo/api", "docker/api:api", ROOT / "src/python/zivo/api/__init__.py", args.runs, {}
        )
        results["worker_code_change"] = code_change(
            "zivo/ml-worker",
            "docker/ml-worker:ml-worker",
            ROOT / "src/python/zivo/ml/__init__.py",
            args.runs,
            {"zivo/ml-base": ""},
        )
        if args.registry:
            results["push"] = pushed_bytes_for_code_change(args.registry)
    if args.fresh or args.only == "fresh":
        results["fresh"] = fresh_machine()
    if args.cold or args.only == "cold":
        columns = [column for column in args.peers.split(",") if column]
        unknown = sorted(set(columns) - set(COLD_PEERS))
        if unknown:
            parser.error(
                f"--peers: unknown column(s) {', '.join(unknown)}; choose from {', '.join(COLD_PEERS)}"
            )
        results["cold"] = cold_build(args.cold_runs, bootstrap=not args.no_bootstrap, columns=columns)

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    for name, size in dict(results.get("sizes_bytes", {})).items():  # type: ignore[call-overload]
        print(f"{name:<20} {size / 1e6:8.1f} MB")
    for key in ("api_code_change", "worker_code_change", "push", "fresh", "cold"):
        if key in results:
            print(f"{key}: {json.dumps(results[key], indent=1)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
