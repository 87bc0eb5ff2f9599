from __future__ import annotations

import copy
from pathlib import Path

import pytest

from zivo_pants.deps_report import report
from zivo_pants.deps_report.budget import Budget, check, diff
from zivo_pants.deps_report.testing import api_like_input, api_like_pex, write_wheel


def _budget(text: str) -> Budget:
    return Budget.parse("docker/api/deps-budget.toml", text)


def test_forbidden_distribution_names_the_budget_and_the_chain(tmp_path: Path) -> None:
    data = report.build(api_like_input(api_like_pex(tmp_path)))
    problems = check(data, _budget('name = "zivo/api"\nforbidden = ["anyio"]\n'))
    assert problems == [
        "src/python/zivo/api/server.py → src/python/zivo/api/app.py imports fastapi → starlette → anyio: "
        "forbidden in zivo/api (docker/api/deps-budget.toml)"
    ]


def test_patterns_match_families(tmp_path: Path) -> None:
    pex = api_like_pex(tmp_path)
    write_wheel(pex / ".deps", "nvidia-cublas-cu12", "12.1", {"nvidia/cublas/lib.so": 10})
    data = report.build(api_like_input(pex))
    [problem] = check(data, _budget('name = "zivo/api"\nforbidden = ["nvidia-*"]\n'))
    assert problem.startswith("nvidia-cublas-cu12: forbidden in zivo/api")
    assert problem.endswith("by `nvidia-*`")


def test_size_budget_lists_the_largest_distributions(tmp_path: Path) -> None:
    data = report.build(api_like_input(api_like_pex(tmp_path)))
    installed = data["totals"]["installed_bytes"]
    assert check(data, _budget(f'name = "zivo/api"\nmax_installed_mb = {installed / 1e6 + 0.001}\n')) == []
    [problem] = check(data, _budget(f'name = "zivo/api"\nmax_installed_mb = {installed / 1e6 - 0.001}\n'))
    assert problem.startswith("zivo/api installs 0.0 MB > max_installed_mb")
    assert "largest: starlette" in problem


def test_bad_budget_files_say_what_is_wrong() -> None:
    with pytest.raises(ValueError, match="`name`"):
        _budget("forbidden = []\n")
    with pytest.raises(ValueError, match="unknown keys"):
        _budget('name = "x"\nforbiden = ["torch"]\n')
    with pytest.raises(ValueError, match="positive"):
        _budget('name = "x"\nmax_image_mb = -1\n')


def test_baseline_diff_shows_added_removed_and_resized(tmp_path: Path) -> None:
    before = report.build(api_like_input(api_like_pex(tmp_path / "a")))
    pex = api_like_pex(tmp_path / "b")
    write_wheel(pex / ".deps", "pandas", "2.2.0", {"pandas/__init__.py": 38_000_000})
    (pex / ".deps" / "lonely-1.0-py3-none-any.whl").unlink()
    inp = api_like_input(pex)
    inp.edges["src/python/zivo/api/app.py"].append("3rdparty/python:api#pandas")
    inp.requirement_dists["3rdparty/python:api#pandas"] = ["pandas"]
    after = report.build(inp)
    lines = diff([before], [after])
    assert lines[0] == "+38.0 MB in zivo/api: pandas, pulled in by src/python/zivo/api/app.py"
    assert lines[1].startswith("  + pandas 2.2.0 (38.0 MB), pulled in by src/python/zivo/api/server.py")
    assert lines[2].startswith("  - lonely 1.0")
    resized = copy.deepcopy(after)
    starlette = next(d for d in resized["distributions"] if d["name"] == "starlette")
    starlette["version"], starlette["bytes"] = "0.42.0", starlette["bytes"] + 2_500_000
    resized["totals"]["installed_bytes"] += 2_500_000
    assert diff([after], [resized]) == ["+2.5 MB in zivo/api", "  ~ starlette 0.41.0 → 0.42.0: +2.5 MB"]
    assert diff([after], [after]) == ["zivo/api: unchanged"]
