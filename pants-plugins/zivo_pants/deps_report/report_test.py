from __future__ import annotations

import dataclasses
from pathlib import Path

from zivo_pants.deps_report import pex_scan, report
from zivo_pants.deps_report.testing import api_like_input, api_like_pex, write_wheel
from zivo_pants.dockerfile import DELETED, EXCLUDED


def test_scan_reads_installed_bytes_and_metadata(tmp_path: Path) -> None:
    wheels = {w["name"]: w for w in pex_scan.scan_pex(str(api_like_pex(tmp_path)))}
    fastapi = wheels["fastapi"]
    # The installed files plus the dist-info's METADATA (its own length) and the empty RECORD.
    metadata_len = len(
        "Metadata-Version: 2.1\nName: fastapi\nVersion: 0.115.0\nLicense-Expression: MIT\n"
        "Requires-Dist: starlette<1,>=0.40\nRequires-Dist: pytest; extra == 'test'\n"
    )
    assert fastapi["bytes"] == 3000 + 7000 + metadata_len
    assert fastapi["version"] == "0.115.0"
    assert fastapi["top_level"] == ["fastapi"]
    assert wheels["pytest"]["top_level"] == ["py", "pytest"]
    assert "anyio/_backends" in wheels["anyio"]["module_dirs"]


def test_scan_reads_what_a_wheel_installs_from_its_data_directory(tmp_path: Path) -> None:
    # A wheel as downloaded may keep modules under NAME.data/platlib (or purelib) and scripts beside them:
    # the modules install into site-packages, the script into bin.
    files = {
        "jsonpointer-3.0.0.data/scripts/jsonpointer": 40,
        "jsonpointer-3.0.0.data/platlib/jsonpointer.py": 900,
        "jsonpointer-3.0.0.data/purelib/jp/__init__.py": 10,
    }
    write_wheel(tmp_path / "p.pex" / ".deps", "jsonpointer", "3.0.0", files)
    [wheel] = pex_scan.scan_pex(str(tmp_path / "p.pex"))
    assert wheel["top_level"] == ["jp", "jsonpointer"]
    assert wheel["module_dirs"] == ["jp", "jsonpointer.py"]
    assert wheel["bytes"] >= 950


def test_chains_follow_imports_then_requirements(tmp_path: Path) -> None:
    data = report.build(api_like_input(api_like_pex(tmp_path)))
    dists = {d["name"]: d for d in data["distributions"]}
    entry, app = "src/python/zivo/api/server.py", "src/python/zivo/api/app.py"
    assert dists["fastapi"]["why"] == [entry, app, "fastapi"]
    assert dists["starlette"]["why"] == [entry, app, "fastapi", "starlette"]
    assert dists["anyio"]["why"] == [entry, app, "fastapi", "starlette", "anyio"]
    assert dists["fastapi"]["direct"]
    assert not dists["starlette"]["direct"]
    assert dists["starlette"]["required_by"] == ["fastapi"]
    # fastapi's `extra == 'test'` was never requested: pytest is packed but nothing pulls it in.
    assert dists["pytest"]["required_by"] == []
    assert dists["pytest"]["why"] == ["pytest"]


def test_licences_become_spdx_where_derivable(tmp_path: Path) -> None:
    dists = {d["name"]: d for d in report.build(api_like_input(api_like_pex(tmp_path)))["distributions"]}
    assert dists["fastapi"]["spdx"] == "MIT"  # License-Expression
    assert dists["anyio"]["spdx"] == "MIT"  # License field
    assert dists["starlette"]["spdx"] == "BSD-3-Clause"  # classifier only
    assert (dists["lonely"]["license"], dists["lonely"]["spdx"]) == ("Weird Licence v9", None)


def test_startup_imports_map_loaded_files_to_distributions(tmp_path: Path) -> None:
    files = ["starlette/__init__.py", "anyio/_backends/_asyncio.py", "zivo/api/server.py"]
    data = report.build(api_like_input(api_like_pex(tmp_path), startup_files=files))
    started = {d["name"] for d in data["distributions"] if d["startup_import"]}
    assert started == {"starlette", "anyio"}
    assert [f["path"] for f in data["first_party"] if f["startup_import"]] == [
        "src/python/zivo/api/server.py"
    ]
    assert data["totals"]["startup_distributions"] == 2


def test_unmeasured_startup_is_unknown_not_false(tmp_path: Path) -> None:
    data = report.build(api_like_input(api_like_pex(tmp_path)))
    assert {d["startup_import"] for d in data["distributions"]} == {None}
    assert data["totals"]["startup_distributions"] is None


def test_totals_add_up_and_json_keys_are_the_documented_ones(tmp_path: Path) -> None:
    data = report.build(api_like_input(api_like_pex(tmp_path)))
    assert set(data) == {
        "schema", "target", "kind", "repository", "entry_point", "image", "startup", "layers",
        "distributions", "requirements", "first_party", "left_out", "totals", "notes",
    }  # fmt: skip
    assert set(data["distributions"][0]) == {
        "name", "version", "bytes", "files", "license", "spdx", "layer", "direct", "startup_import",
        "why", "required_by",
    }  # fmt: skip
    t = data["totals"]
    assert t["distribution_bytes"] == sum(d["bytes"] for d in data["distributions"])
    assert t["first_party_bytes"] == 1300
    assert t["installed_bytes"] == t["distribution_bytes"] + 1300
    third = next(layer for layer in data["layers"] if layer["kind"] == "third-party")
    assert third["installed_bytes"] == t["distribution_bytes"]
    assert sorted(third["distributions"]) == sorted(d["name"] for d in data["distributions"])


def _left_out_of(inp: report.ReportInput, names: dict[str, str]) -> report.ReportInput:
    return dataclasses.replace(inp, excluded={"zivo/api": {"file": "docker/api/Dockerfile", "names": names}})


def test_what_the_dockerfile_leaves_out_is_not_counted_in_the_image(tmp_path: Path) -> None:
    whole = report.build(api_like_input(api_like_pex(tmp_path)))
    data = report.build(
        _left_out_of(api_like_input(api_like_pex(tmp_path)), {"starlette": EXCLUDED, "pytest": DELETED})
    )
    names = {d["name"] for d in data["distributions"]}
    assert names == {d["name"] for d in whole["distributions"]} - {"starlette", "pytest"}
    gone = {d["name"]: d for d in data["left_out"]}
    assert {n: (d["by"], d["how"]) for n, d in gone.items()} == {
        "pytest": ("docker/api/Dockerfile", DELETED),
        "starlette": ("docker/api/Dockerfile", EXCLUDED),
    }
    # Why the PEX holds it: the chain through the PEX's own distributions.
    entry, app = "src/python/zivo/api/server.py", "src/python/zivo/api/app.py"
    assert gone["starlette"]["why"] == [entry, app, "fastapi", "starlette"]
    # anyio stays, but nothing in the image requires it now: starlette is gone.
    anyio = next(d for d in data["distributions"] if d["name"] == "anyio")
    assert (anyio["required_by"], anyio["why"]) == ([], ["anyio"])
    left = sum(d["bytes"] for d in data["left_out"])
    t, was = data["totals"], whole["totals"]
    assert t["distributions"] == was["distributions"] - 2
    assert t["distribution_bytes"] == was["distribution_bytes"] - left
    assert t["installed_bytes"] == was["installed_bytes"] - left
    third = next(layer for layer in data["layers"] if layer["kind"] == "third-party")
    assert third["installed_bytes"] == t["distribution_bytes"]
    assert data["schema"] == 2
    assert any("not itemised" in note for note in data["notes"])


def test_a_base_images_exclusion_is_undone_by_the_images_own_pex(tmp_path: Path) -> None:
    # As pydantic: the ML base leaves it out, the worker's own layer installs its copy.
    inp = api_like_input(api_like_pex(tmp_path))
    own = tmp_path / "own.pex"
    write_wheel(own / ".deps", "starlette", "0.42.0", {"starlette/__init__.py": 100})
    base = dataclasses.replace(inp.layers[1], name="zivo/base third-party", image="zivo/base")
    mine = report.LayerInput(
        "zivo/api third-party",
        "third-party",
        "zivo/api",
        "docker/api:own",
        tuple(pex_scan.scan_pex(str(own))),
    )
    inp = dataclasses.replace(
        inp,
        layers=[inp.layers[0], base, mine, inp.layers[2]],
        excluded={"zivo/base": {"file": "docker/base/Dockerfile", "names": {"starlette": EXCLUDED}}},
    )
    data = report.build(inp)
    starlette = next(d for d in data["distributions"] if d["name"] == "starlette")
    assert (starlette["version"], starlette["layer"]) == ("0.42.0", "zivo/api third-party")
    assert data["left_out"] == []
