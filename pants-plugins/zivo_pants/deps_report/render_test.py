from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from zivo_pants.deps_report import render, report
from zivo_pants.deps_report.testing import api_like_input, api_like_pex


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
