"""install-pex's own wheel installs give the tree `pex venv` gives: same paths, modes, bytes and links.

Every image's build stage runs docker/python-base/install-pex; it installs a packed PEX's wheels (held as
downloaded: Pex's `--no-pre-install-wheels`, which zivo's pex CLI adds) straight into the venv instead of
going through `pex venv` (README "Cold builds"). Both ways run here on the API's dependency PEX, in the
python-build image, and their trees are compared file by file.
"""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest
from images.docker_images import built_image, require_docker

PEX = Path("docker.api/api-deps.pex")

# Lists a tree: {path: [mode, sha256] | ["dir", mode] | ["link", target]}.
MANIFEST = """
import hashlib, json, os, stat, sys
entries = {}
for folder, dirs, files in os.walk("/venv"):
    for name in dirs + files:
        path = os.path.join(folder, name)
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            entry = ["link", os.readlink(path)]
        elif stat.S_ISDIR(info.st_mode):
            entry = ["dir", oct(stat.S_IMODE(info.st_mode))]
        else:
            with open(path, "rb") as file:
                entry = [oct(stat.S_IMODE(info.st_mode)), hashlib.sha256(file.read()).hexdigest()]
        entries[os.path.relpath(path, "/venv")] = entry
json.dump(entries, open(sys.argv[1], "w"))
"""

# Both ways into the same path, one after the other (a venv names itself in its activate scripts,
# console scripts and pyvenv.cfg); the two manifests on stdout.
SCRIPT = """
set -eu
mkdir /w && tar -x -C /w
INSTALL_PEX_WITH=pex-venv install-pex /w/api-deps.pex /venv deps
python3.11 /w/manifest.py /w/pex-venv.json
rm -rf /venv
install-pex /w/api-deps.pex /venv deps 2>/w/install-pex.log
if grep -q "using pex venv" /w/install-pex.log; then cat /w/install-pex.log >&2; exit 1; fi
python3.11 /w/manifest.py /w/install-pex.json
/venv/bin/python -c "import fastapi, pydantic_core, sqlalchemy"
cat /w/pex-venv.json; echo; cat /w/install-pex.json
"""


# --exclude both ways: not unpacked (fast path), or removed by its RECORD after `pex venv`. uvicorn has a
# console script (recorded as ../../../bin/uvicorn); a name the PEX lacks must fail.
EXCLUDE_SCRIPT = """
set -eu
mkdir /w && tar -x -C /w
INSTALL_PEX_WITH=pex-venv install-pex /w/api-deps.pex /venv deps --exclude=uvicorn --exclude=H11
python3.11 /w/manifest.py /w/pex-venv.json
rm -rf /venv
install-pex /w/api-deps.pex /venv deps --exclude=uvicorn --exclude=H11 2>/w/install-pex.log
if grep -q "using pex venv" /w/install-pex.log; then cat /w/install-pex.log >&2; exit 1; fi
python3.11 /w/manifest.py /w/install-pex.json
if install-pex /w/api-deps.pex /tmp/other deps --exclude=no-such-dist 2>/w/err.log; then exit 1; fi
grep -q "no-such-dist" /w/err.log
cat /w/pex-venv.json; echo; cat /w/install-pex.json
"""


def _run(script: str) -> dict[str, dict[str, list[str]]]:
    docker = require_docker()
    image = built_image("docker.python-base/python-build.docker-info.json")
    packed = io.BytesIO()
    with tarfile.open(fileobj=packed, mode="w") as tar:
        tar.add(PEX, arcname="api-deps.pex")
        manifest = MANIFEST.encode()
        info = tarfile.TarInfo("manifest.py")
        info.size = len(manifest)
        tar.addfile(info, io.BytesIO(manifest))
    done = subprocess.run(
        [docker, "run", "--rm", "-i", "--network=none", image, "sh", "-c", script],
        input=packed.getvalue(),
        capture_output=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    pex_venv, ours = done.stdout.decode().splitlines()
    return {"pex-venv": json.loads(pex_venv), "install-pex": json.loads(ours)}


@pytest.fixture(scope="module")
def trees() -> dict[str, dict[str, list[str]]]:
    return _run(SCRIPT)


@pytest.fixture(scope="module")
def trees_without_uvicorn() -> dict[str, dict[str, list[str]]]:
    return _run(EXCLUDE_SCRIPT)


def test_same_tree_as_pex_venv(trees: dict[str, dict[str, list[str]]]) -> None:
    ours, pex_venv = trees["install-pex"], trees["pex-venv"]
    assert sorted(set(ours) ^ set(pex_venv)) == []
    assert {path: (entry, pex_venv[path]) for path, entry in ours.items() if pex_venv[path] != entry} == {}


def test_the_pex_holds_wheels_as_downloaded() -> None:
    # So the comparison covers what the images install: wheels, not Pex's installed-wheel zips.
    assert json.loads((PEX / "PEX-INFO").read_text())["deps_are_wheel_files"] is True
    assert all(zipfile.is_zipfile(wheel) for wheel in (PEX / ".deps").glob("*.whl"))


def test_tree_has_what_the_image_runs(trees: dict[str, dict[str, list[str]]]) -> None:
    ours = trees["install-pex"]
    # The venv's interpreter, a console script, and one RECORD per distribution.
    assert ours["bin/python3.11"] == ["link", "/usr/bin/python3.11"]
    assert ours["bin/uvicorn"][0] == "0o755"
    # A script the wheel keeps under jsonpointer-*.data/scripts/, not an entry point.
    assert ours["bin/jsonpointer"][0] == "0o755"
    assert len([path for path in ours if path.endswith(".dist-info/RECORD")]) >= 20


def test_excluded_distributions_are_left_out_the_same_way_both_ways(
    trees: dict[str, dict[str, list[str]]], trees_without_uvicorn: dict[str, dict[str, list[str]]]
) -> None:
    ours, pex_venv = trees_without_uvicorn["install-pex"], trees_without_uvicorn["pex-venv"]
    assert sorted(set(ours) ^ set(pex_venv)) == []
    assert {path: entry for path, entry in ours.items() if pex_venv[path] != entry} == {}
    gone = set(trees["install-pex"]) - set(ours)
    site = "lib/python3.11/site-packages/"
    assert "bin/uvicorn" in gone
    assert {path.split("/")[3] for path in gone if path.startswith(site)} >= {"uvicorn", "h11"}
    assert not [path for path in ours if path.startswith((site + "uvicorn", site + "h11"))]
