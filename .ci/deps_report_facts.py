"""What `./pants deps-report` must say about this repository (run by .ci/deps-report.sh).

    python3 .ci/deps_report_facts.py dist/deps-report/report.json dist/deps-report

torch is absent from the API's report and present in the worker's, with the chain from the worker's
code; what docker/ml-base/Dockerfile leaves out at install (sentence-transformers, hf-xet) is listed as
left out, not as in the image; the JSON has the documented keys; each HTML page parses and holds one
treemap cell per distribution.
"""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

REPORT_KEYS = {
    "schema", "target", "kind", "repository", "entry_point", "image", "startup", "layers",
    "distributions", "requirements", "first_party", "left_out", "totals", "notes", "budget",
}  # fmt: skip
DIST_KEYS = {
    "name", "version", "bytes", "files", "license", "spdx", "layer", "direct", "startup_import", "why",
    "required_by",
}  # fmt: skip


class Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.dists: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "g" and "dist" in (a.get("class") or "").split():
            self.dists.append(a.get("data-dist") or "")


def main(report_path: str, html_dir: str) -> int:
    reports = {r["repository"]: r for r in json.loads(Path(report_path).read_text())}
    failures = []

    def expect(ok: bool, what: str) -> None:
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures.append(what)

    expect({"zivo/api", "zivo/ml-worker", "zivo/ml-base", "zivo/python-base"} <= reports.keys(), "every image")
    for r in reports.values():
        expect(set(r) == REPORT_KEYS, f"{r['repository']}: the documented keys")
        expect(all(set(d) == DIST_KEYS for d in r["distributions"]), f"{r['repository']}: distribution keys")
    api, worker = reports["zivo/api"], reports["zivo/ml-worker"]
    api_names = {d["name"] for d in api["distributions"]}
    api_reqs = {n for q in api["requirements"] for n in q["distributions"]}
    expect("torch" not in api_names | api_reqs, "torch is absent from zivo/api")
    expect("fastapi" in api_names, "fastapi is in zivo/api")
    torch = next((d for d in worker["distributions"] if d["name"] == "torch"), None)
    expect(torch is not None, "torch is in zivo/ml-worker")
    if torch is not None:
        why = torch["why"]
        print("     torch:", " → ".join(why))
        expect(
            bool(why) and why[0].startswith("src/python/zivo/ml/") and why[-1] == "torch",
            "torch's chain starts in zivo/ml and ends at torch",
        )
        expect(torch["layer"] == "zivo/ml-base third-party", "torch comes from the ML base's layer")
    for image in ("zivo/ml-base", "zivo/ml-worker"):
        r = reports[image]
        held = {d["name"] for d in r["distributions"]}
        gone = {d["name"]: d for d in r["left_out"]}
        for name in ("sentence-transformers", "hf-xet"):
            expect(
                name not in held and gone.get(name, {}).get("by") == "docker/ml-base/Dockerfile",
                f"{image}: {name} is left out at install by docker/ml-base/Dockerfile, not in the image",
            )
        expect(r["totals"]["distributions"] == len(held), f"{image}: the count is of what it holds")
    for r in reports.values():
        # Named as the goal names it: the repository, or the target of a pex_binary reported on its own.
        page = Path(html_dir) / (re.sub(r"[^A-Za-z0-9_.-]+", "_", r.get("repository") or r["target"]) + ".html")
        cells = Cells()
        cells.feed(page.read_text())
        expect(
            sorted(cells.dists) == sorted(d["name"] for d in r["distributions"]),
            f"{page}: one treemap cell per distribution ({len(cells.dists)})",
        )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
