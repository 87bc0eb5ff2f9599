"""Image figures: sizes, code-only rebuild time and new-layer bytes, bytes pushed for a code-only change.

    python3 bench/images.py [--runs 3] [--registry 127.0.0.1:5000] [--cold [--cold-runs 1]] [--fresh]
    python3 bench/images.py --only cold          # only the cold build against its peers

Run from the repository root with Docker running (and, for the push figures, a registry on the address
given; `.ci/services.sh` starts one). It edits one line under zivo/api and one under zivo/ml, rebuilds
with Pants warm, compares the layer lists, and restores the files (also on failure). `--cold` (root)
times, in one run and on a throwaway Docker engine (.ci/clean-engine.sh): zivo's `./pants package ::`
from a fresh checkout with empty Pants stores and no build cache; its peers from bench/peers.py, plain
`pip install` Dockerfiles of the same stack and uv's Docker pattern, cold on the same engine; and, with
ZIVO_REMOTE_CACHE set, `./pants package ::` from another fresh checkout with empty stores against that
cache once it holds the commit (on a new engine, then on the warm one). A cold build takes minutes, so
`--cold-runs` defaults to 1; the figures are medians over the runs. On a shared machine, hold the bench
lock (flock) around it. `--fresh` (root) plays a fresh machine (a copy of the sources, a HOME with no
Pants caches, a throwaway Docker engine) against a registry of its own: bytes pushed by
docker/publish.py for an unchanged commit the registry has and for a code-only change, then the share
of layer digests and content tags equal between the images built here and there. Prints a table;
writes bench/results/images.json.
"""

from __future__ import annotations

import argparse
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


def step_seconds(log: str, description: str) -> float:
    """Seconds between Pants' `Starting:` and `Completed:` lines of one step (0 if it did not run)."""
    stamps = {}
    for line in log.splitlines():
        for kind in ("Starting", "Completed"):
            if f"{kind}: {description}" in line:
                hours, minutes, seconds = line[:11].split(":")
                stamps[kind] = int(hours) * 3600 + int(minutes) * 60 + float(seconds)
    return stamps["Completed"] - stamps["Starting"] if len(stamps) == 2 else 0.0


def pants_package(checkout: Path, stores: Path, engine: str, cache: str, *extra: str) -> dict[str, object]:
    """`./pants package` in a checkout with the given local store and named caches (empty: cold) and
    build cache ('' for none); seconds, the part spent debootstrapping, and the load average around it."""
    env = {
        **os.environ,
        "DOCKER_HOST": engine,
        "ZIVO_REMOTE_CACHE": cache,
        "ZIVO_NO_AUTO_SETUP": "1",
        "PANTS_LOCAL_STORE_DIR": str(stores / "lmdb_store"),
        "PANTS_NAMED_CACHES_DIR": str(stores / "named_caches"),
    }
    argv = ["./pants", "--no-pantsd", "--stats-log", *extra, "package", *COLD_SPECS]
    load, started = os.getloadavg()[0], time.perf_counter()
    done = subprocess.run(argv, cwd=checkout, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"./pants package failed in {checkout}:\n{done.stderr[-3000:]}")
    counters = {
        name: int(value)
        for name, value in re.findall(r"^\s+(remote_cache_requests\w*): (\d+)$", done.stderr, flags=re.M)
    }
    return {
        "seconds": round(seconds, 1),
        "debootstrap_seconds": round(step_seconds(done.stderr, "Running the `shell_command`"), 1),
        "cached_remotely": counters.get("remote_cache_requests_cached", 0),
        "cacheable": counters.get("remote_cache_requests", 0),
        "load_average": [round(load, 2), round(os.getloadavg()[0], 2)],
    }


def peer_builds(engine: str, column: str) -> dict[str, object]:
    """bench/peers.py's column built on the engine, cold (it has only zivo's base images)."""
    os.environ["DOCKER_HOST"] = engine
    try:
        load, started = os.getloadavg()[0], time.perf_counter()
        images = peers.build(column)
        seconds = time.perf_counter() - started
    finally:
        os.environ.pop("DOCKER_HOST")
    return {
        "seconds": round(seconds, 1),
        "images": {name: round(image_seconds, 1) for name, image_seconds in images.items()},
        "load_average": [round(load, 2), round(os.getloadavg()[0], 2)],
    }


def cold_build(runs: int) -> dict[str, object]:
    """Per run, on a throwaway Docker engine (no images, no build cache) and a fresh checkout:
    zivo's cold `./pants package ::` (empty local store and named caches, no build cache), then the peers
    of bench/peers.py on the same engine, cold too (their base: zivo's python-base and python-build, not
    counted): plain `pip install` Dockerfiles of the same stack and uv's Docker pattern. With
    ZIVO_REMOTE_CACHE set: that cache is filled from the cold checkout, then a second fresh checkout with
    empty stores runs `./pants package ::` against it on the same engine (a second checkout where
    Docker's cache is warm) and, with empty stores again, on a new throwaway engine (a new machine)."""
    cache = os.environ.get("ZIVO_REMOTE_CACHE", "")
    rows: list[dict[str, object]] = []
    peers.prepare()  # downloads, uv locks: kept between runs, not timed
    for attempt in range(runs):
        row: dict[str, object] = {}
        with tempfile.TemporaryDirectory(prefix="zivo-cold-", dir="/var/tmp") as tmp:
            work = Path(tmp)
            copy_sources(work / "cold")
            with throwaway_engine("bench-cold") as engine:
                row["zivo_cold"] = pants_package(work / "cold", work / "cold-stores", engine, "")
                print(f"[{attempt}] zivo cold: {row['zivo_cold']}", file=sys.stderr)
                peers.sync_sources()
                for column in ("seed-after", "uv"):
                    row[f"peer_{column}"] = peer_builds(engine, column)
                    print(f"[{attempt}] {column}: {row[f'peer_{column}']}", file=sys.stderr)
                if cache:
                    # Fill the cache: a warm local store writes nothing, so run the processes again.
                    pants_package(work / "cold", work / "cold-stores", engine, cache, "--no-local-cache")
                    copy_sources(work / "fresh")
                    row["zivo_warm_cache_warm_engine"] = pants_package(
                        work / "fresh", work / "fresh-stores", engine, cache
                    )
            if cache:  # (one throwaway engine at a time: they share a bridge address)
                shutil.rmtree(work / "fresh-stores")
                with throwaway_engine("bench-fresh") as fresh_engine:
                    row["zivo_warm_cache_new_engine"] = pants_package(
                        work / "fresh", work / "fresh-stores", fresh_engine, cache
                    )
        rows.append(row)

    def median(key: str) -> float:
        values = [float(r[key]["seconds"]) for r in rows if key in r]  # type: ignore[index]
        return round(statistics.median(values), 1) if values else 0.0

    cold, pip, uv = median("zivo_cold"), median("peer_seed-after"), median("peer_uv")
    summary: dict[str, object] = {
        "runs": runs,
        "zivo_cold_seconds": cold,
        "peer_pip_seconds": pip,
        "peer_uv_seconds": uv,
        "zivo_cold_over_pip": round(cold / pip, 2) if pip else None,
        "zivo_cold_over_uv": round(cold / uv, 2) if uv else None,
    }
    for key in ("zivo_warm_cache_new_engine", "zivo_warm_cache_warm_engine"):
        if any(key in r for r in rows):
            summary[f"{key}_seconds"] = median(key)
            summary[f"{key}_over_cold"] = round(median(key) / cold, 2)
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
        results["cold"] = cold_build(args.cold_runs)

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
