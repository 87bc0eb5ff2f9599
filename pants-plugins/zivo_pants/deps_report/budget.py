"""Budgets beside each deployable (`deps-budget.toml`) and the comparison with a baseline report."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from typing import Any

import toml

BUDGET_FILE = "deps-budget.toml"
MB = 1_000_000


@dataclass(frozen=True)
class Budget:
    path: str  # docker/api/deps-budget.toml
    name: str  # zivo/api
    forbidden: tuple[str, ...]  # canonical distribution names or fnmatch patterns (nvidia-*)
    max_installed_mb: float | None
    max_image_mb: float | None

    @classmethod
    def parse(cls, path: str, text: str) -> Budget:
        try:
            data = toml.loads(text)
        except toml.TomlDecodeError as e:
            raise ValueError(f"{path}: not valid TOML: {e}") from e
        unknown = set(data) - {"name", "forbidden", "max_installed_mb", "max_image_mb"}
        if unknown:
            raise ValueError(f"{path}: unknown keys {sorted(unknown)}")
        if "name" not in data or not isinstance(data["name"], str):
            raise ValueError(f'{path}: `name` (the image it guards, e.g. "zivo/api") is required')
        forbidden = data.get("forbidden", [])
        if not isinstance(forbidden, list) or not all(isinstance(f, str) for f in forbidden):
            raise ValueError(f"{path}: `forbidden` must be a list of distribution names or patterns")
        limits = {}
        for key in ("max_installed_mb", "max_image_mb"):
            value = data.get(key)
            if value is not None and (not isinstance(value, (int, float)) or value <= 0):
                raise ValueError(f"{path}: `{key}` must be a positive number of MB")
            limits[key] = float(value) if value is not None else None
        return cls(path, data["name"], tuple(f.lower() for f in forbidden), **limits)

    def forbids(self, dist: str) -> str | None:
        return next((p for p in self.forbidden if fnmatch.fnmatchcase(dist, p)), None)


def chain_text(why: list[str]) -> str:
    """`a.py → b.py imports fastapi → starlette`: files, then what the last file imports."""
    files = [w for w in why if w.endswith(".py")]
    dists = [w for w in why if not w.endswith(".py")]
    if files and dists:
        return " → ".join(files) + " imports " + " → ".join(dists)
    return " → ".join(why)


def mb(n: float) -> str:
    return f"{n / MB:,.1f} MB"


def check(report: dict[str, Any], budget: Budget) -> list[str]:
    """Every way `report` breaks `budget`, one message each, naming the budget and the chain."""
    problems: list[str] = []
    where = f"forbidden in {budget.name} ({budget.path})"
    seen = set()
    for dist in report["distributions"]:
        if pattern := budget.forbids(dist["name"]):
            seen.add(dist["name"])
            rule = "" if pattern == dist["name"] else f" by `{pattern}`"
            problems.append(f"{chain_text(dist['why']) or dist['name']}: {where}{rule}")
    # Reached in the dependency graph but not packaged here (a sources-only PEX, or excluded with !!).
    for req in report["requirements"]:
        for name in req["distributions"]:
            if name not in seen and (pattern := budget.forbids(name)):
                seen.add(name)
                problems.append(f"{chain_text(req['why'])}: {where}")
    totals = report["totals"]
    if budget.max_installed_mb is not None and totals["installed_bytes"] > budget.max_installed_mb * MB:
        largest = sorted(report["distributions"], key=lambda d: -d["bytes"])[:3]
        problems.append(
            f"{budget.name} installs {mb(totals['installed_bytes'])} > max_installed_mb = "
            f"{budget.max_installed_mb:g} ({budget.path}); largest: "
            + "; ".join(f"{d['name']} {mb(d['bytes'])} ({chain_text(d['why'])})" for d in largest)
        )
    image = report.get("image")
    if budget.max_image_mb is not None and image and image["bytes"] > budget.max_image_mb * MB:
        problems.append(
            f"{image['reference']} is {mb(image['bytes'])} > max_image_mb = {budget.max_image_mb:g} "
            f"({budget.path})"
        )
    return problems


def diff(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[str]:
    """What changed per image between two JSON reports: distributions added, removed and resized."""
    before = {r["target"]: r for r in old}
    lines: list[str] = []
    for report in new:
        label = report.get("repository") or report["target"]
        prev = before.get(report["target"])
        if prev is None:
            lines.append(f"{label}: new in this report ({mb(report['totals']['installed_bytes'])})")
            continue
        was = {d["name"]: d for d in prev["distributions"]}
        now = {d["name"]: d for d in report["distributions"]}
        delta = report["totals"]["installed_bytes"] - prev["totals"]["installed_bytes"]
        changes: list[str] = []
        for name in sorted(now.keys() - was.keys(), key=lambda n: -now[n]["bytes"]):
            d = now[name]
            changes.append(
                f"  + {name} {d['version']} ({mb(d['bytes'])}), pulled in by {chain_text(d['why'])}"
            )
        for name in sorted(was.keys() - now.keys(), key=lambda n: -was[n]["bytes"]):
            changes.append(f"  - {name} {was[name]['version']} ({mb(was[name]['bytes'])})")
        for name in sorted(now.keys() & was.keys()):
            a, b = was[name], now[name]
            if a["bytes"] != b["bytes"] or a["version"] != b["version"]:
                sign = "+" if b["bytes"] >= a["bytes"] else "-"
                changes.append(
                    f"  ~ {name} {a['version']} → {b['version']}: {sign}{mb(abs(b['bytes'] - a['bytes']))}"
                )
        fp = report["totals"]["first_party_bytes"] - prev["totals"]["first_party_bytes"]
        if fp:
            changes.append(f"  ~ first-party code: {'+' if fp > 0 else '-'}{abs(fp):,} bytes")
        sign = "+" if delta >= 0 else "-"
        head = f"{sign}{mb(abs(delta))} in {label}"
        if not changes:
            lines.append(f"{label}: unchanged")
            continue
        added = [n for n in sorted(now.keys() - was.keys(), key=lambda n: -now[n]["bytes"])]
        if added:
            first = now[added[0]]
            files = [w for w in first["why"] if w.endswith(".py")]
            head += f": {', '.join(added)}, pulled in by {files[-1] if files else chain_text(first['why'])}"
        lines.append(head)
        lines.extend(changes)
    for target in sorted(before.keys() - {r["target"] for r in new}):
        lines.append(f"{before[target].get('repository') or target}: not in this report")
    return lines
