"""The report as a terminal table and as a self-contained HTML page (inline SVG treemap, no CDN)."""

from __future__ import annotations

import html
import json
from typing import Any

from zivo_pants.deps_report.budget import chain_text, mb
from zivo_pants.deps_report.treemap import Rect, squarify


def _opt_mb(n: int | None) -> str:
    return mb(n) if n is not None else "—"


def _startup(flag: bool | None) -> str:
    return {True: "yes", False: "no", None: "?"}[flag]


def _title(report: dict[str, Any]) -> str:
    return report.get("repository") or report["target"]


def table(report: dict[str, Any]) -> str:
    out: list[str] = []
    t = report["totals"]
    out.append(f"━━ {_title(report)}  ({report['target']}, entry point {report['entry_point'] or '—'})")
    image = report["image"]
    if image:
        out.append(
            f"image {image['reference']}  {image['id'][:19]}  {mb(image['bytes'])}  built {image['created']}"
        )
    elif report["kind"] == "docker_image":
        out.append(
            "image: not built (`./pants package " + report["target"] + "`): sizes below are from the PEXes"
        )
    out.append("")
    out.append(f"  {'layer':<34} {'kind':<12} {'from PEXes':>11} {'in image':>11}  distributions")
    for layer in report["layers"]:
        out.append(
            f"  {layer['name']:<34} {layer['kind']:<12} {_opt_mb(layer['installed_bytes']):>11} "
            f"{_opt_mb(layer['built_bytes']):>11}  {len(layer['distributions']) or ''}"
        )
    out.append("")
    if not report["distributions"] and not report["first_party"]:
        out.append(f"  totals: {reconcile(report)}")
        return "\n".join(out) + "\n"
    started = t["startup_distributions"]
    how = f"; {started} imported at start-up" if started is not None else "; start-up imports not measured"
    out.append(f"  {t['distributions']} distributions, {mb(t['distribution_bytes'])}{how}")
    rows = sorted(report["distributions"], key=lambda d: (-d["bytes"], d["name"]))
    w = max((len(d["name"]) for d in rows), default=4)
    v = max((len(d["version"]) for d in rows), default=7)
    lics = {d["name"]: (d["spdx"] or f"({d['license']})")[:36] for d in rows}
    lw = max((len(x) for x in lics.values()), default=7)
    out.append(f"  {'name':<{w}} {'version':<{v}} {'installed':>10} {'licence':<{lw}} start  why")
    for d in rows:
        out.append(
            f"  {d['name']:<{w}} {d['version']:<{v}} {mb(d['bytes']):>10} {lics[d['name']]:<{lw}} "
            f"{_startup(d['startup_import']):<5}  {chain_text(d['why'])}"
        )
    out.extend("  " + line for line in left_out_lines(report))
    out.append("")
    fp_started = sum(1 for f in report["first_party"] if f["startup_import"])
    out.append(
        f"  first-party: {t['first_party_files']} files, {mb(t['first_party_bytes'])}"
        + (f" ({fp_started} imported at start-up)" if report["startup"] else "")
    )
    pkgs: dict[str, int] = {}
    for f in report["first_party"]:
        pkg = f["path"].rsplit("/", 1)[0]
        pkgs[pkg] = pkgs.get(pkg, 0) + 1
    for pkg, n in sorted(pkgs.items()):
        out.append(f"    {pkg}/  {n} files")
    out.append("")
    out.append(f"  totals: {reconcile(report)}")
    for note in report["notes"]:
        out.append(f"  note: {note}")
    return "\n".join(out) + "\n"


def left_out_lines(report: dict[str, Any]) -> list[str]:
    """Per Dockerfile, the distributions its image's PEXes hold but it leaves out at install: a heading
    with their number and bytes, then one line per way it leaves them out, largest first."""
    by_file: dict[str, list[dict[str, Any]]] = {}
    for d in report.get("left_out", []):
        by_file.setdefault(d["by"], []).append(d)
    lines = []
    for path, gone in by_file.items():
        total = sum(d["bytes"] for d in gone)
        lines.append(
            f"left out at install by {path}: {len(gone)} distributions, {mb(total)} "
            "(the PEX holds them, the image does not; not counted above)"
        )
        for how in sorted({d["how"] for d in gone}):
            names = sorted((d for d in gone if d["how"] == how), key=lambda d: (-d["bytes"], d["name"]))
            lines.append(f"  {how}: " + ", ".join(f"{d['name']} {mb(d['bytes'])}" for d in names))
    return lines


def reconcile(report: dict[str, Any]) -> str:
    t = report["totals"]
    left = sum(d["bytes"] for d in report.get("left_out", []))
    line = f"installed {mb(t['installed_bytes'])} (distributions + first-party, as the PEXes hold them"
    line += f"; not the {mb(left)} left out at install)" if left else ")"
    if t["image_bytes"] is None:
        return line + "; image not built"
    if not t["installed_bytes"]:
        return f"image {mb(t['image_bytes'])}: the base OS and Python, no PEX"
    line += (
        f" + base OS {mb(t['base_os_bytes'])} = {mb(t['installed_bytes'] + t['base_os_bytes'])}; "
        f"image {mb(t['image_bytes'])}; difference {'+' if t['difference_bytes'] >= 0 else '-'}"
        f"{mb(abs(t['difference_bytes']))}: install-pex strips tests, headers and debug symbols (−) "
        "and compiles bytecode for what start-up imports (+)"
    )
    return line


# Layer kinds' colours (cells of the same layer share a hue; start-up imports are darker).
_COLOURS = {
    "os": ("#c9c3b6", "#c9c3b6"),
    "third-party": ("#9cc3e4", "#4a8cc7"),
    "first-party": ("#a8d5a2", "#5fae55"),
    "other": ("#ddd", "#bbb"),
}
_BASE_COLOURS = ("#e9c79b", "#d49543")  # third-party layers that come from a base image


def _cells(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The treemap's leaves, grouped by layer: one per distribution, the base OS, the first-party code."""
    by_name = {d["name"]: d for d in report["distributions"]}
    groups = []
    for layer in report["layers"]:
        own = layer["image"] == report.get("repository") or report["kind"] == "pex_binary"
        leaves: list[dict[str, Any]] = []
        if layer["kind"] == "os" and layer["built_bytes"]:
            leaves.append({"label": layer["name"], "bytes": layer["built_bytes"], "kind": "os"})
        elif layer["kind"] == "first-party" and layer["installed_bytes"]:
            n = report["totals"]["first_party_files"]
            leaves.append(
                {"label": f"first-party ({n} files)", "bytes": layer["installed_bytes"], "kind": "fp"}
            )
        for name in layer["distributions"]:
            leaves.append(
                {"label": name, "bytes": by_name[name]["bytes"], "kind": "dist", "dist": by_name[name]}
            )
        if leaves:
            groups.append({"layer": layer, "own": own, "leaves": leaves})
    return groups


def page(report: dict[str, Any]) -> str:
    width, height = 1200.0, 640.0
    groups = _cells(report)
    groups.sort(key=lambda g: -sum(leaf["bytes"] for leaf in g["leaves"]))
    group_rects = squarify(
        [sum(leaf["bytes"] for leaf in g["leaves"]) for g in groups], Rect(0, 0, width, height)
    )
    svg: list[str] = []
    details: dict[str, Any] = {}
    for g, gr in zip(groups, group_rects):
        layer = g["layer"]
        light, dark = _COLOURS.get(layer["kind"], _COLOURS["other"])
        if layer["kind"] == "third-party" and not g["own"]:
            light, dark = _BASE_COLOURS
        pad = 3.0
        inner = Rect(gr.x + pad, gr.y + 18, max(gr.w - 2 * pad, 0), max(gr.h - 18 - pad, 0))
        svg.append(
            f'<g class="layer"><rect x="{gr.x:.1f}" y="{gr.y:.1f}" width="{gr.w:.1f}" height="{gr.h:.1f}" '
            f'fill="#fafafa" stroke="#555" stroke-width="1.5"/>'
            f'<text x="{gr.x + 5:.1f}" y="{gr.y + 13:.1f}" class="lt">{html.escape(layer["name"])} · '
            f"{mb(sum(leaf['bytes'] for leaf in g['leaves']))}</text></g>"
        )
        leaves = sorted(g["leaves"], key=lambda leaf: -leaf["bytes"])
        for leaf, r in zip(leaves, squarify([leaf["bytes"] for leaf in leaves], inner)):
            d = leaf.get("dist")
            key = f"{layer['name']}/{leaf['label']}"
            fill = dark if d and d["startup_import"] else light
            if d:
                details[key] = {
                    "name": d["name"],
                    "version": d["version"],
                    "size": mb(d["bytes"]),
                    "licence": d["license"] + (f" ({d['spdx']})" if d["spdx"] else ""),
                    "startup": _startup(d["startup_import"]),
                    "layer": layer["name"],
                    "why": d["why"],
                    "required_by": d["required_by"],
                }
                tip = f"{d['name']} {d['version']} · {mb(d['bytes'])}\n{chain_text(d['why'])}"
                attrs = (
                    f'class="cell dist" data-key="{html.escape(key)}" data-dist="{html.escape(d["name"])}"'
                )
            else:
                details[key] = {"name": leaf["label"], "size": mb(leaf["bytes"]), "layer": layer["name"]}
                tip = f"{leaf['label']} · {mb(leaf['bytes'])}"
                attrs = f'class="cell" data-key="{html.escape(key)}"'
            label = ""
            if r.w > 46 and r.h > 14:
                fits = max(int(r.w / 6.6), 1)
                label = (
                    f'<text x="{r.x + 3:.1f}" y="{r.y + 12:.1f}">{html.escape(leaf["label"][:fits])}</text>'
                )
                if r.h > 28:
                    label += (
                        f'<text x="{r.x + 3:.1f}" y="{r.y + 25:.1f}" class="sz">'
                        f"{html.escape(mb(leaf['bytes']))}</text>"
                    )
            svg.append(
                f"<g {attrs}><title>{html.escape(tip)}</title>"
                f'<rect x="{r.x:.1f}" y="{r.y:.1f}" width="{max(r.w, 0):.1f}" height="{max(r.h, 0):.1f}" '
                f'fill="{fill}" stroke="#fff" stroke-width="1"/>{label}</g>'
            )
    rows = "".join(
        f'<tr data-key="{html.escape(d["layer"] + "/" + d["name"])}"><td>{html.escape(d["name"])}</td>'
        f"<td>{html.escape(d['version'])}</td><td class=n>{mb(d['bytes'])}</td>"
        f"<td>{html.escape(d['spdx'] or d['license'])}</td><td>{_startup(d['startup_import'])}</td>"
        f"<td>{html.escape(d['layer'])}</td><td>{html.escape(chain_text(d['why']))}</td></tr>"
        for d in sorted(report["distributions"], key=lambda d: -d["bytes"])
    )
    layer_rows = "".join(
        f"<tr><td>{html.escape(layer['name'])}</td><td>{layer['kind']}</td>"
        f"<td class=n>{_opt_mb(layer['installed_bytes'])}</td>"
        f"<td class=n>{_opt_mb(layer['built_bytes'])}</td>"
        f"<td class=n>{len(layer['distributions']) or ''}</td></tr>"
        for layer in report["layers"]
    )
    image = report["image"]
    subtitle = (
        f"{html.escape(image['reference'])} · {mb(image['bytes'])} · built {html.escape(image['created'])}"
        if image
        else "image not built: sizes are from the PEXes"
    )
    t = report["totals"]
    summary = f"{t['distributions']} distributions, {mb(t['installed_bytes'])} installed"
    if t["startup_distributions"] is not None:
        summary += f", {t['startup_distributions']} imported at start-up"
    budget = report.get("budget")
    if budget:
        broken = len(budget["violations"])
        summary += f" · budget {budget['file']}: " + (f"{broken} broken" if broken else "kept")
    data = json.dumps(details).replace("</", "<\\/")
    return _PAGE.format(
        title=html.escape(_title(report)),
        target=html.escape(report["target"]),
        subtitle=subtitle,
        entry=html.escape(report["entry_point"] or "—"),
        W=int(width),
        H=int(height),
        svg="\n".join(svg),
        rows=rows,
        layer_rows=layer_rows,
        totals=html.escape(reconcile(report)),
        left_out="".join(f"<p>{html.escape(line)}</p>" for line in left_out_lines(report)),
        ndist=report["totals"]["distributions"],
        summary=html.escape(summary),
        data=data,
    )


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}: what is in the image</title>
<style>
body{{font:14px/1.4 system-ui,sans-serif;margin:20px 28px;color:#222}}
h1{{font-size:22px;margin:0}} .sub{{color:#666;margin:2px 0 4px}} .sum{{font-weight:600;margin:0 0 10px}}
.wrap{{display:flex;gap:18px;align-items:flex-start}}
svg text{{font:11px system-ui,sans-serif;fill:#111;pointer-events:none}} svg text.sz{{fill:#333;font-size:10px}}
svg text.lt{{font-weight:600;font-size:12px}}
.cell{{cursor:pointer}} .cell:hover rect{{stroke:#000;stroke-width:2}} .cell.sel rect{{stroke:#d00;stroke-width:3}}
#why{{width:330px;min-height:200px;border:1px solid #ccc;border-radius:6px;padding:10px 14px;background:#fcfcfc}}
#why h2{{font-size:16px;margin:0 0 6px}} #why ol{{padding-left:20px;margin:4px 0}} #why li{{font-family:monospace;font-size:12px}}
.legend span{{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:-2px}}
table{{border-collapse:collapse;margin-top:10px}} td,th{{padding:2px 8px;border-bottom:1px solid #eee;text-align:left;font-size:13px}}
td.n{{text-align:right;white-space:nowrap}} tr.sel{{background:#fee}}
</style></head><body>
<h1>{title}</h1>
<div class="sub">{target} · entry point {entry} · {subtitle}</div>
<div class="sum">{summary}</div>
<div class="legend">Cell area = installed bytes.<span style="background:#4a8cc7"></span>third-party, imported at
start-up<span style="background:#9cc3e4"></span>third-party, loaded later or never<span style="background:#d49543">
</span>from a base image (imported at start-up: darker)<span style="background:#5fae55"></span>first-party
<span style="background:#c9c3b6"></span>base OS and Python. Hover a cell for its chain; click for details.</div>
<div class="wrap">
<svg id="map" xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" role="img"
 aria-label="treemap of {title} by layer and distribution ({ndist} distributions)">
{svg}
</svg>
<div id="why"><h2>Why is it here?</h2><p>Click a cell: the chain from the entry point through our modules to
the requirement that brings it, and what requires it.</p></div>
</div>
<h2>Layers</h2>
<table><tr><th>layer</th><th>kind</th><th>from PEXes</th><th>in image</th><th>distributions</th></tr>{layer_rows}</table>
<p>{totals}</p>
{left_out}
<h2>Distributions</h2>
<table id="dists"><tr><th>name</th><th>version</th><th>installed</th><th>licence</th><th>start-up</th><th>layer</th>
<th>why</th></tr>{rows}</table>
<script>
const D = {data};
const box = document.getElementById("why");
function esc(s) {{ return String(s).replace(/[&<>"]/g, c => ({{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}})[c]); }}
function show(key) {{
  const d = D[key]; if (!d) return;
  document.querySelectorAll(".sel").forEach(e => e.classList.remove("sel"));
  document.querySelectorAll('[data-key="' + CSS.escape(key) + '"]').forEach(e => e.classList.add("sel"));
  let h = "<h2>" + esc(d.name) + " " + esc(d.version || "") + "</h2><p>" + esc(d.size) + " in " + esc(d.layer);
  if (d.licence) h += "<br>licence: " + esc(d.licence) + "<br>imported at start-up: " + esc(d.startup);
  h += "</p>";
  if (d.why) h += "<b>why</b><ol>" + d.why.map(w => "<li>" + esc(w) + "</li>").join("") + "</ol>";
  if (d.required_by && d.required_by.length) h += "<b>required by</b>: " + d.required_by.map(esc).join(", ");
  box.innerHTML = h;
}}
document.querySelectorAll("[data-key]").forEach(e => e.addEventListener("click", () => show(e.dataset.key)));
</script>
</body></html>
"""
