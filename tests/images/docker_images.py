"""Helpers for tests that run zivo's images: find the image Pants built, run containers, read sizes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import tomllib
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

DOCKER = shutil.which("docker", path=os.environ.get("PATH", "") + ":/usr/bin:/usr/local/bin")


def require_docker() -> str:
    if DOCKER is None or subprocess.run([DOCKER, "info"], capture_output=True).returncode != 0:
        pytest.skip("needs a running Docker engine (.ci/services.sh starts one)")
    return DOCKER


def built_image(info_file: str) -> str:
    """The image ID Pants built, from the docker-info.json that `runtime_package_dependencies` provides."""
    path = Path(info_file)
    if not path.exists():
        pytest.fail(f"{info_file} is missing: is the image in runtime_package_dependencies?")
    return str(json.loads(path.read_text())["image_id"])


def docker(*args: str, check: bool = True, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [require_docker(), *args], capture_output=True, text=True, check=check, timeout=timeout
    )


def image_size_bytes(image: str) -> int:
    return int(docker("image", "inspect", "--format", "{{.Size}}", image).stdout.strip())


@contextmanager
def running(image: str, *args: str, port: int | None = None) -> Iterator[tuple[str, str | None]]:
    """Run a detached container; yield (container id, "127.0.0.1:PORT" of `port` or None)."""
    publish = ["-p", f"127.0.0.1::{port}"] if port else []
    container = docker("run", "-d", *publish, *args, image).stdout.strip()
    try:
        address = None
        if port:
            address = docker("port", container, str(port)).stdout.strip().splitlines()[0]
        yield container, address
    finally:
        docker("rm", "-f", container, check=False)


def wait_for_http(url: str, *, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"{url} not ready within {timeout:.0f}s")
        time.sleep(0.3)


def image_budget_bytes(folder: str) -> int:
    """`max_image_mb` of docker/<folder>/deps-budget.toml: the one place an image's size budget is written
    (and why); `./pants deps-report --check` reads it too."""
    budget = tomllib.loads(Path(f"docker/{folder}/deps-budget.toml").read_text(encoding="utf-8"))
    return int(budget["max_image_mb"] * 1000 * 1000)
