from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from zivo_pants.deps_report import pex_scan, report, why
from zivo_pants.deps_report.testing import api_like_input, api_like_pex, write_wheel
from zivo_pants.dockerfile import DELETED, EXCLUDED

ENTRY, APP = "src/python/zivo/api/server.py", "src/python/zivo/api/app.py"


def _indexed(inp: report.ReportInput) -> why.Indexed:
    # Through JSON, as the goal hands them over from the engine.
    return json.loads(json.dumps(report.build(inp))), json.loads(json.dumps(why.index(inp)))


@pytest.fixture()
def api(tmp_path: Path) -> report.ReportInput:
    """The API-like image, with app.py importing anyio too (so anyio has two reasons: that import and
    starlette's requirement) and typing-extensions packed though nothing requires it."""
    pex = api_like_pex(tmp_path)
    write_wheel(
        pex / ".deps", "typing_extensions", "4.12.2", {"typing_extensions.py": 3000}, "License: PSF\n"
    )
    inp = api_like_input(pex, startup_files=["anyio/__init__.py", "zivo/api/server.py"])
    return dataclasses.replace(
        inp,
        edges={**inp.edges, APP: ["3rdparty/python:api#anyio", "3rdparty/python:api#fastapi"]},
        requirement_dists={**inp.requirement_dists, "3rdparty/python:api#anyio": ["anyio"]},
        requirement_extras={**inp.requirement_extras, "3rdparty/python:api#anyio": []},
    )


@pytest.fixture()
def worker(tmp_path: Path) -> report.ReportInput:
    """A second image that holds only pytest, from its own PEX, and no first-party code."""
    pex = tmp_path / "worker.pex"
    write_wheel(pex / ".deps", "pytest", "8.3.0", {"pytest/__init__.py": 100}, "License: MIT\n")
    wheels = tuple(pex_scan.scan_pex(str(pex)))
    return report.ReportInput(
        target="docker/worker:worker",
        kind="docker_image",
        repository="zivo/worker",
        entry_point=None,
        layers=[report.LayerInput("zivo/worker third-party", "third-party", "zivo/worker", "w", wheels)],
        first_party=[],
        edges={},
        labels={},
        requirement_dists={},
        requirement_extras={},
        roots=[["docker/worker:worker-deps"]],
    )


def _one(question: str, *inputs: report.ReportInput) -> dict[str, Any]:
    [answer] = why.answers(question, [_indexed(i) for i in inputs])
    return answer


def test_a_distribution_has_every_direct_reason_each_with_its_shortest_chain(api: report.ReportInput) -> None:
    answer = _one("anyio", api)
    [image] = answer["images"]
    assert image["present"]
    assert (image["version"], image["spdx"], image["layer"]) == ("4.6.0", "MIT", "zivo/api third-party")
    assert image["startup_import"] is True
    assert image["reasons"] == [
        {"kind": "imported-by", "by": APP, "why": [ENTRY, APP, "anyio"]},
        {"kind": "required-by", "by": "starlette", "why": [ENTRY, APP, "fastapi", "starlette", "anyio"]},
    ]
    # The report's own chain is still the shortest of them.
    assert image["why"] == [ENTRY, APP, "anyio"]


def test_names_in_any_spelling_mean_the_same_distribution(api: report.ReportInput) -> None:
    for spelling in ("typing_extensions", "Typing-Extensions", "typing.extensions"):
        answer = _one(spelling, api)
        assert (answer["kind"], answer["name"]) == ("distribution", "typing-extensions")
    # Packed from the lockfile, reached by nothing: present, with no reason.
    [image] = _one("typing_extensions", api)["images"]
    assert image["present"]
    assert image["reasons"] == []
    assert "nothing imports or requires it" in why.text(_one("typing_extensions", api))


def test_an_import_name_finds_its_distribution(api: report.ReportInput) -> None:
    answer = _one("py", api)  # pytest's wheel installs py.py too
    assert (answer["name"], answer["note"]) == ("pytest", "`import py` comes from pytest")


def test_a_first_party_file_by_path_stripped_path_or_module(api: report.ReportInput) -> None:
    for question in (APP, "zivo/api/app.py", "zivo.api.app", "api/app.py"):
        answer = _one(question, api)
        assert (answer["kind"], answer["name"]) == ("first-party", APP), question
    [image] = _one("zivo.api.app", api)["images"]
    assert (image["bytes"], image["layer"], image["startup_import"]) == (900, "zivo/api first-party", False)
    assert image["reasons"] == [{"kind": "imported-by", "by": ENTRY, "why": [ENTRY, APP]}]
    [image] = _one("zivo.api.server", api)["images"]
    assert image["startup_import"] is True
    assert image["reasons"] == [{"kind": "listed-by", "by": "docker/api:api-srcs", "why": [ENTRY]}]


def test_each_image_says_whether_it_holds_the_name(
    api: report.ReportInput, worker: report.ReportInput
) -> None:
    answer = _one("Starlette", api, worker)
    assert [i["present"] for i in answer["images"]] == [True, False]
    text = why.text(answer)
    assert text.splitlines() == [
        "why Starlette (starlette), a distribution: in 1 of 2 images",
        "  zivo/api (docker/api:api): starlette 0.41.0, 0.0 MB, BSD-3-Clause, layer zivo/api third-party, "
        "start-up import: no",
        f"    required by fastapi: {ENTRY} → {APP} imports fastapi → starlette",
        "  not in zivo/worker",
    ]
    both = _one("pytest", api, worker)
    assert [i["present"] for i in both["images"]] == [True, True]


def test_a_name_nothing_holds_gets_close_names(api: report.ReportInput, worker: report.ReportInput) -> None:
    answer = _one("fastpi", api, worker)
    assert answer["kind"] is None
    assert not any(i["present"] for i in answer["images"])
    assert answer["suggestions"][0] == "fastapi"
    assert why.text(answer).splitlines() == [
        "why fastpi: matches no distribution, import name or first-party file in the 2 images reported",
        "  did you mean: fastapi",
    ]


def test_many_reasons_are_capped_in_the_table_not_in_the_json(api: report.ReportInput) -> None:
    importers = [f"src/python/zivo/api/m{i:02}.py" for i in range(why.SHOWN + 3)]
    many = dataclasses.replace(
        api,
        edges={
            **api.edges,
            APP: [*api.edges[APP], *importers],
            **{m: ["3rdparty/python:api#anyio"] for m in importers},
        },
        labels={**api.labels, **{m: m for m in importers}},
    )
    answer = _one("anyio", many)
    assert len(answer["images"][0]["reasons"]) == why.SHOWN + 5  # app.py, starlette and the 15 modules
    assert "… 5 more reasons (--format=json lists them all)" in why.text(answer)


def test_a_distribution_install_pex_leaves_out_is_not_in_the_image(api: report.ReportInput) -> None:
    # As docker/ml-base/Dockerfile does for sentence-transformers: the PEX holds it, the image does not.
    out = dataclasses.replace(
        api, excluded={"zivo/api": {"file": "docker/api/Dockerfile", "names": {"starlette": EXCLUDED}}}
    )
    [image] = _one("starlette", out)["images"]
    assert not image["present"]
    assert (image["layer"], image["excluded_by"]) == (None, "docker/api/Dockerfile")
    assert image["reasons"] == [
        {"kind": "required-by", "by": "fastapi", "why": [ENTRY, APP, "fastapi", "starlette"]}
    ]
    assert "`install-pex --exclude` in docker/api/Dockerfile leaves it out" in why.text(
        _one("starlette", out)
    )
    # anyio stays, for app.py's import; starlette, absent, no longer counts as a reason.
    [image] = _one("anyio", out)["images"]
    assert image["present"]
    assert [r["by"] for r in image["reasons"]] == [APP]


def test_a_distribution_a_dockerfile_deletes_is_not_in_the_image(api: report.ReportInput) -> None:
    # As hf_xet in docker/ml-base/Dockerfile: installed, then `rm -rf hf_xet hf_xet-*.dist-info`.
    out = dataclasses.replace(
        api, excluded={"zivo/api": {"file": "docker/api/Dockerfile", "names": {"pytest": DELETED}}}
    )
    answer = _one("pytest", out)
    [image] = answer["images"]
    assert (image["present"], image["how"], image["version"]) == (False, DELETED, "8.3.0")
    assert "`rm -rf` in docker/api/Dockerfile leaves it out" in why.text(answer)
