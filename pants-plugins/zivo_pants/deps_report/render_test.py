from __future__ import annotations

import dataclasses
from html.parser import HTMLParser
from pathlib import Path

from zivo_pants.deps_report import render, report
from zivo_pants.deps_report.testing import api_like_input, api_like_pex
from zivo_pants.dockerfile import DELETED, EXCLUDED


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.dists: list[str] = []
        self.scripts: list[dict[str, str | None]] = []
        self.links: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "g" and "dist" in (a.get("class") or "").split():
            self.dists.append(a["data-dist"] or "")
        if tag == "script":
            self.scripts.append(a)
        if tag == "link":
            self.links.append(a)


def test_html_page_has_one_cell_per_distribution_and_nothing_remote(tmp_path: Path) -> None:
    data = report.build(api_like_input(api_like_pex(tmp_path)))
    page = render.page(data)
    parser = _Cells()
    parser.feed(page)
    assert sorted(parser.dists) == sorted(d["name"] for d in data["distributions"])
    assert all("src" not in s for s in parser.scripts)  # inline only: no JavaScript from elsewhere
    assert parser.links == []
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page
    # The hover text of a cell carries its chain.
    assert "src/python/zivo/api/app.py imports fastapi → starlette" in page


def test_table_shows_each_distribution_with_its_chain(tmp_path: Path) -> None:
    data = report.build(api_like_input(api_like_pex(tmp_path)))
    text = render.table(data)
    starlette = next(line for line in text.splitlines() if line.strip().startswith("starlette"))
    assert "BSD-3-Clause" in starlette
    assert starlette.endswith("src/python/zivo/api/app.py imports fastapi → starlette")
    assert "image: not built" in text


def test_what_the_dockerfile_leaves_out_has_a_line_of_its_own(tmp_path: Path) -> None:
    inp = api_like_input(api_like_pex(tmp_path))
    names = {"starlette": EXCLUDED, "pytest": DELETED, "lonely": EXCLUDED}
    data = report.build(
        dataclasses.replace(inp, excluded={"zivo/api": {"file": "docker/api/Dockerfile", "names": names}})
    )
    lines = render.table(data).splitlines()
    rows = [line.split()[0] for line in lines if line.startswith("  ") and len(line.split()) > 3]
    assert not {"starlette", "pytest", "lonely"} & set(rows)
    left = sum(d["bytes"] for d in data["left_out"])
    i = next(i for i, line in enumerate(lines) if "left out at install" in line)
    assert lines[i] == (
        f"  left out at install by docker/api/Dockerfile: 3 distributions, {render.mb(left)} "
        "(the PEX holds them, the image does not; not counted above)"
    )
    assert lines[i + 1].startswith("    install-pex --exclude: starlette 0.0 MB, lonely 0.0 MB")
    assert lines[i + 2].startswith("    rm -rf: pytest 0.0 MB")
    assert f"not the {render.mb(left)} left out at install" in render.reconcile(data)
    page = render.page(data)
    assert "left out at install by docker/api/Dockerfile: 3 distributions" in page
    parser = _Cells()
    parser.feed(page)
    assert sorted(parser.dists) == sorted(d["name"] for d in data["distributions"])
