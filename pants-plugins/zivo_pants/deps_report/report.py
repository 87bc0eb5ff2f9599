"""The report of one image or PEX, built from what the Pants rules gathered (no Pants imports here).

Its JSON form is the `--format=json` output, documented in README.md ("Why is X in my image?"):
bump SCHEMA when a key changes meaning.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

from packaging.utils import canonicalize_name

# Not packaging.requirements: under Pants its pyparsing prints deprecation warnings on every run.
from pkg_resources import Requirement

from zivo_pants.deps_report.licences import licence

SCHEMA = 2  # 2: distributions left out at install are under left_out, not distributions

# The images run CPython 3.11 on x86_64 Linux: requirement markers are evaluated for that.
_TARGET_ENV = {
    "implementation_name": "cpython",
    "implementation_version": "3.11.2",
    "os_name": "posix",
    "platform_machine": "x86_64",
    "platform_release": "",
    "platform_system": "Linux",
    "platform_version": "",
    "python_full_version": "3.11.2",
    "platform_python_implementation": "CPython",
    "python_version": "3.11",
    "sys_platform": "linux",
}


@dataclass(frozen=True)
class LayerInput:
    """One layer of the image as the report shows it: a base image, or the distributions or the
    first-party code one image adds."""

    name: str
    kind: str  # "os" | "third-party" | "first-party" | "other"
    image: str  # the repository the layer belongs to (its own image or a base)
    source: str  # the Pants address that provides it
    wheels: tuple[dict[str, Any], ...] = ()  # pex_scan.scan_wheel results
    built_bytes: int | None = None  # from `docker history`, when the image is built


@dataclass(frozen=True)
class SourceFile:
    address: str  # src/python/zivo/api/app.py (a python_source's address spec)
    path: str  # src/python/zivo/api/app.py
    stripped: str  # zivo/api/app.py: as it sits in site-packages
    bytes: int


@dataclass
class ReportInput:
    target: str
    kind: str  # "docker_image" | "pex_binary"
    repository: str | None
    entry_point: str | None
    layers: list[LayerInput]
    first_party: list[SourceFile]
    # The Pants dependency graph of the image's PEXes, by address spec.
    edges: dict[str, list[str]]
    labels: dict[str, str]  # address spec -> file path, for python sources
    requirement_dists: dict[str, list[str]]  # requirement address spec -> canonical distribution names
    requirement_extras: dict[str, list[str]]
    roots: list[list[str]]  # tiers: the image's own PEXes first, then its bases'
    image: dict[str, Any] | None = None  # {"reference", "id", "bytes", "created"} when built
    startup: dict[str, Any] | None = None  # {"how", "files": [...]} when measured
    notes: list[str] = field(default_factory=list)
    # Per image repository: the distributions its Dockerfile leaves out of the venv it installs from its
    # PEXes, {"file": Dockerfile path, "names": {canonical name: how (dockerfile.left_out)}}.
    excluded: dict[str, dict[str, Any]] = field(default_factory=dict)


def _requires(wheel: dict[str, Any], extras: set[str], present: set[str]) -> list[str]:
    out = []
    for spec in wheel.get("requires_dist", []):
        try:
            req = Requirement.parse(spec)
        except ValueError:
            continue
        name = canonicalize_name(req.name)
        if name not in present:
            continue
        if req.marker is not None:
            ok = any(req.marker.evaluate({**_TARGET_ENV, "extra": e}) for e in sorted(extras | {""}))
            if not ok:
                continue
        out.append(name)
    return sorted(set(out))


def _extras_requested(inp: ReportInput, wheels: dict[str, dict[str, Any]]) -> dict[str, set[str]]:
    extras: dict[str, set[str]] = {}
    for spec, dists in inp.requirement_dists.items():
        for d in dists:
            extras.setdefault(d, set()).update(inp.requirement_extras.get(spec, []))
    for wheel in wheels.values():
        for spec in wheel.get("requires_dist", []):
            try:
                req = Requirement.parse(spec)
            except ValueError:
                continue
            extras.setdefault(canonicalize_name(req.name), set()).update(req.extras)
    return extras


def _bfs(roots: list[str], edges: dict[str, list[str]], parent: dict[str, str | None]) -> None:
    queue = deque(r for r in roots if r not in parent)
    for r in queue:
        parent[r] = None
    while queue:
        node = queue.popleft()
        for nxt in edges.get(node, []):
            if nxt not in parent:
                parent[nxt] = node
                queue.append(nxt)


def _path(node: str, parent: dict[str, str | None]) -> list[str]:
    out = [node]
    while (p := parent.get(out[-1])) is not None:
        out.append(p)
    return out[::-1]


class Graph:
    """Targets ("t:<address>") and distributions ("d:<name>"), with the shortest chain to each node."""

    def __init__(self, inp: ReportInput, wheels: dict[str, dict[str, Any]]) -> None:
        present = set(wheels)
        edges: dict[str, list[str]] = {}
        for src, dsts in inp.edges.items():
            edges["t:" + src] = ["t:" + d for d in sorted(dsts)]
        for spec, dists in inp.requirement_dists.items():
            edges.setdefault("t:" + spec, []).extend("d:" + d for d in sorted(dists))
        extras = _extras_requested(inp, wheels)
        self.requires = {n: _requires(w, extras.get(n, set()), present) for n, w in wheels.items()}
        for name, reqs in self.requires.items():
            edges["d:" + name] = ["d:" + r for r in reqs]
        self.edges = edges
        self.required_by: dict[str, list[str]] = {}
        for name, reqs in self.requires.items():
            for r in reqs:
                self.required_by.setdefault(r, []).append(name)
        self.direct = {d for dists in inp.requirement_dists.values() for d in dists}
        self.parent: dict[str, str | None] = {}
        for tier in inp.roots:
            _bfs(["t:" + r for r in tier], edges, self.parent)
        # Distributions that no PEX root reaches (a lockfile-only pin): chained from themselves.
        _bfs(["d:" + n for n in sorted(present)], edges, self.parent)
        self.labels = inp.labels

    def chain(self, node: str) -> list[str]:
        """The why-chain as people read it: files, then distributions; PEX roots and requirement
        targets are left out (a requirement target shows as the distribution it names)."""
        if node not in self.parent:
            return []
        out: list[str] = []
        for n in _path(node, self.parent):
            kind, _, name = n.partition(":")
            if kind == "d":
                out.append(name)
            elif name in self.labels:
                out.append(self.labels[name])
        return out


def _startup_dists(
    files: list[str], wheels: dict[str, dict[str, Any]], own: set[str]
) -> tuple[set[str], set[str]]:
    owner: dict[str, str] = {}
    for name, wheel in sorted(wheels.items()):
        for d in wheel.get("module_dirs", []):
            owner.setdefault(d, name)
    dists, first_party = set(), set()
    for f in files:
        key = f.rsplit("/", 1)[0] if "/" in f else f
        if key in owner:
            dists.add(owner[key])
        elif f in own:
            first_party.add(f)
    return dists, first_party


def _installs(inp: ReportInput, layer: LayerInput, name: str) -> bool:
    """Whether `layer` installs `name` from its PEX, or its image's Dockerfile leaves it out."""
    return name not in inp.excluded.get(layer.image, {}).get("names", {})


def wheels_by_name(
    inp: ReportInput, *, packed: bool = False
) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """Each distribution's wheel and the layer it is imported from, by canonical name: those the image
    installs, or (`packed`) every one its PEXes hold, whether installed or left out."""
    wheels: dict[str, dict[str, Any]] = {}
    layer_of: dict[str, str] = {}
    for layer in inp.layers:
        for w in layer.wheels:
            name = canonicalize_name(w["name"])
            # A base layer's copy wins (the one the image imports), unless the base leaves it out.
            if name not in wheels and (packed or _installs(inp, layer, name)):
                wheels[name] = w
                layer_of[name] = layer.name
    return wheels, layer_of


def _row(name: str, wheel: dict[str, Any], layer: str, graph: Graph) -> dict[str, Any]:
    text, spdx = licence(
        wheel.get("license_expression", ""), wheel.get("license", ""), wheel.get("classifiers", [])
    )
    return {
        "name": name,
        "version": wheel["version"],
        "bytes": wheel["bytes"],
        "files": wheel["files"],
        "license": text,
        "spdx": spdx,
        "layer": layer,
        "direct": name in graph.direct,
        "why": graph.chain("d:" + name),
        "required_by": sorted(graph.required_by.get(name, [])),
    }


def left_out(inp: ReportInput) -> list[dict[str, Any]]:
    """The distributions a PEX holds but the image does not install, each with the Dockerfile that
    leaves it out and how (`dockerfile.left_out`); `layer` and `why` are those of the PEX."""
    packed, packed_layer = wheels_by_name(inp, packed=True)
    gone = sorted(packed.keys() - wheels_by_name(inp)[0].keys())
    if not gone:
        return []
    graph = Graph(inp, packed)
    image_of = {layer.name: layer.image for layer in inp.layers}
    out = []
    for name in gone:
        excluded = inp.excluded[image_of[packed_layer[name]]]
        row = _row(name, packed[name], packed_layer[name], graph)
        out.append({**row, "by": excluded["file"], "how": excluded["names"][name]})
    return out


_LEFT_OUT_NOTE = (
    "left out at install: what a Dockerfile's `install-pex --exclude=NAME` and `rm -rf NAME-*.dist-info` "
    "drop; other files it deletes (e.g. torch/bin, static libraries) are not itemised: they are part of "
    "the totals' difference"
)


def build(inp: ReportInput) -> dict[str, Any]:
    """The report as a JSON-able dict with the documented keys."""
    wheels, layer_of = wheels_by_name(inp)
    graph = Graph(inp, wheels)
    startup = inp.startup
    started, started_files = (
        _startup_dists(startup["files"], wheels, {f.stripped for f in inp.first_party})
        if startup is not None
        else (set(), set())
    )
    dists = [
        {
            **_row(name, wheels[name], layer_of[name], graph),
            "startup_import": (name in started) if startup is not None else None,
        }
        for name in sorted(wheels)
    ]
    requirements = []
    for spec in sorted(inp.requirement_dists):
        node = "t:" + spec
        if node in graph.parent:
            chain = graph.chain(node) + inp.requirement_dists[spec][:1]
            requirements.append({"address": spec, "distributions": inp.requirement_dists[spec], "why": chain})
    first_party = [
        {
            "path": f.path,
            "bytes": f.bytes,
            "startup_import": (f.stripped in started_files) if startup is not None else None,
            "why": graph.chain("t:" + f.address),
        }
        for f in sorted(inp.first_party, key=lambda f: f.path)
    ]
    layers = []
    for layer in inp.layers:
        names = sorted(canonicalize_name(w["name"]) for w in layer.wheels)
        installed = sum(
            w["bytes"] for w in layer.wheels if _installs(inp, layer, canonicalize_name(w["name"]))
        )
        if layer.kind == "first-party":
            installed = sum(f.bytes for f in inp.first_party)
        layers.append(
            {
                "name": layer.name,
                "kind": layer.kind,
                "image": layer.image,
                "source": layer.source,
                "installed_bytes": installed if layer.kind in ("third-party", "first-party") else None,
                "built_bytes": layer.built_bytes,
                "distributions": [n for n in names if layer_of.get(n) == layer.name],
            }
        )
    gone = left_out(inp)
    dist_bytes = sum(d["bytes"] for d in dists)
    fp_bytes = sum(f["bytes"] for f in first_party)
    image_bytes = inp.image["bytes"] if inp.image else None
    os_bytes = sum(layer.built_bytes or 0 for layer in inp.layers if layer.kind == "os")
    totals: dict[str, Any] = {
        "distributions": len(dists),
        "distribution_bytes": dist_bytes,
        "first_party_files": len(first_party),
        "first_party_bytes": fp_bytes,
        "installed_bytes": dist_bytes + fp_bytes,
        "startup_distributions": len(started) if startup is not None else None,
        "image_bytes": image_bytes,
        "base_os_bytes": os_bytes if inp.image else None,
        "difference_bytes": (image_bytes - os_bytes - dist_bytes - fp_bytes) if image_bytes else None,
    }
    return {
        "schema": SCHEMA,
        "target": inp.target,
        "kind": inp.kind,
        "repository": inp.repository,
        "entry_point": inp.entry_point,
        "image": inp.image,
        "startup": {"how": startup["how"], "modules": len(startup["files"])} if startup else None,
        "layers": layers,
        "distributions": dists,
        "requirements": requirements,
        "first_party": first_party,
        "left_out": gone,
        "totals": totals,
        "notes": list(inp.notes) + ([_LEFT_OUT_NOTE] if gone else []),
    }
