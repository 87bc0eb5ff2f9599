"""`deps-report --why=NAME`: is NAME in each image, and every direct reason it is there.

`index` runs beside `report.build` for each image: it keeps, for every distribution and first-party file,
the distinct things that bring it in (the files that import it, the distributions that require it, the
PEX that lists it), each with the shortest chain through that reason. `answers` matches a question (a
distribution in any spelling, an import name, a first-party file or module, a requirement's address)
against the reports of the images asked about; `text` prints the answers.
"""

from __future__ import annotations

import difflib
from typing import Any

from packaging.utils import canonicalize_name

from zivo_pants.deps_report import report
from zivo_pants.deps_report.budget import chain_text, mb

# Reasons printed per image; the JSON lists them all.
SHOWN = 12

Indexed = tuple[dict[str, Any], dict[str, Any]]  # (the report of an image, its index)


def _preds(graph: report.Graph) -> dict[str, list[str]]:
    preds: dict[str, list[str]] = {}
    for src, dsts in graph.edges.items():
        for dst in dsts:
            preds.setdefault(dst, []).append(src)
    return preds


def index(inp: report.ReportInput) -> dict[str, Any]:
    """Per distribution and first-party file of one image: its import names or path and its reasons.
    A distribution the image installs has its reasons among those it installs; one a PEX holds but the
    image leaves out, the reasons its PEX holds it."""
    wheels, layer_of = report.wheels_by_name(inp)
    packed, _ = report.wheels_by_name(inp, packed=True)
    graphs = {False: report.Graph(inp, wheels)}
    if packed.keys() - wheels.keys():
        graphs[True] = report.Graph(inp, packed)
    preds = {k: _preds(g) for k, g in graphs.items()}

    def reasons(node: str, last: str, into: dict[tuple[str, str], list[str]], out: bool = False) -> None:
        graph = graphs[out]
        for p in preds[out].get(node, []):
            kind, _, name = p.partition(":")
            if kind == "d":
                key = ("required-by", name)
            elif name in inp.requirement_dists:  # a requirement target: the reasons are who imports it
                reasons(p, last, into, out)
                continue
            elif name in inp.labels:
                key = ("imported-by", inp.labels[name])
            else:  # a PEX (its entry point or explicit dependencies) or another non-source target
                key = ("listed-by", name)
            chain = [*graph.chain(p), last]
            if key not in into or len(chain) < len(into[key]):
                into[key] = chain

    def listed(into: dict[tuple[str, str], list[str]]) -> list[dict[str, Any]]:
        rows = [{"kind": k, "by": b, "why": w} for (k, b), w in into.items()]
        return sorted(rows, key=lambda r: (len(r["why"]), r["kind"], r["by"]))

    dists = {}
    for name, wheel in sorted(packed.items()):
        found: dict[tuple[str, str], list[str]] = {}
        reasons("d:" + name, name, found, name not in wheels)
        dists[name] = {
            "modules": list(wheel.get("top_level", [])),
            "reasons": listed(found),
            **_installed(inp, name, layer_of),
        }
    graph = graphs[False]
    files: dict[str, dict[str, Any]] = {}
    by_path: dict[str, dict[tuple[str, str], list[str]]] = {}
    for f in inp.first_party:  # two targets may own one file (a named python_source): reasons merge
        files[f.path] = {"stripped": f.stripped}
        reasons("t:" + f.address, f.path, by_path.setdefault(f.path, {}))
    for path, found in by_path.items():
        files[path]["reasons"] = listed(found)
    reached = {spec: dists for spec, dists in inp.requirement_dists.items() if "t:" + spec in graph.parent}
    return {"distributions": dists, "first_party": files, "requirements": reached}


def _installed(inp: report.ReportInput, name: str, layer_of: dict[str, str]) -> dict[str, Any]:
    """The layer that installs `name` in the image, or the Dockerfile that leaves it out of every layer
    whose PEX holds it, and how (a base image's exclusion may be undone by the image's own PEX, as the
    ML worker does for pydantic)."""
    if name in layer_of:
        return {"image_layer": layer_of[name], "excluded_by": None, "how": None}
    holder = next(la for la in inp.layers if any(canonicalize_name(w["name"]) == name for w in la.wheels))
    excluded = inp.excluded[holder.image]
    return {"image_layer": None, "excluded_by": excluded["file"], "how": excluded["names"][name]}


def _dist_names(images: list[Indexed]) -> set[str]:
    """The distributions the images hold, and those their code reaches but a PEX does not pack."""
    held = {n for _, ix in images for n in ix["distributions"]}
    return held | {d for _, ix in images for ds in ix["requirements"].values() for d in ds}


def _resolve(question: str, images: list[Indexed]) -> tuple[str | None, list[str], str | None]:
    """(kind, the names it means, a note on how it was read) or (None, [], None) when nothing matches."""
    q = question.strip()
    dist_names = _dist_names(images)
    if canonicalize_name(q) in dist_names:
        return "distribution", [canonicalize_name(q)], None
    path = q.strip("/")
    as_module = {path.replace(".", "/") + ".py", path.replace(".", "/") + "/__init__.py"}
    files = sorted(
        {
            p
            for _, ix in images
            for p, f in ix["first_party"].items()
            if path in (p, f["stripped"])
            or ("/" not in path and f["stripped"] in as_module)
            or (path.endswith(".py") and p.endswith("/" + path))
        }
    )
    if files:
        return "first-party", files, None
    top = q.split(".", 1)[0]
    owners = sorted({n for _, ix in images for n, d in ix["distributions"].items() if top in d["modules"]})
    if owners:
        return "distribution", owners, f"`import {q}` comes from {', '.join(owners)}"
    named = sorted({d for _, ix in images for d in ix["requirements"].get(q, [])})
    if named:
        return "distribution", named, f"{q} requires {', '.join(named)}"
    return None, [], None


def _suggest(question: str, images: list[Indexed]) -> list[str]:
    names = _dist_names(images)
    names |= {m for _, ix in images for d in ix["distributions"].values() for m in d["modules"]}
    paths = {p for _, ix in images for p in ix["first_party"]}
    paths |= {f["stripped"] for _, ix in images for f in ix["first_party"].values()}
    close = difflib.get_close_matches(canonicalize_name(question), sorted(names), n=5, cutoff=0.6)
    close += difflib.get_close_matches(question.strip("/"), sorted(paths), n=5, cutoff=0.6)
    return list(dict.fromkeys(close))[:5]


def _label(rep: dict[str, Any]) -> str:
    return rep["repository"] or rep["target"]


def _in_image(kind: str, name: str, rep: dict[str, Any], ix: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"target": rep["target"], "repository": rep["repository"]}
    if kind == "distribution":
        dist = next((d for d in [*rep["distributions"], *rep["left_out"]] if d["name"] == name), None)
        if dist is None:
            # Reached by the dependency graph but not packed (a PEX of sources only, or excluded).
            reached = [q["why"] for q in rep["requirements"] if name in q["distributions"]]
            return {**out, "present": False, "reached": reached}
        keys = ("version", "bytes", "license", "spdx", "direct", "startup_import", "why")
        installed = ix["distributions"][name]
        return {
            **out,
            "present": installed["image_layer"] is not None,
            **{k: dist.get(k) for k in keys},  # a distribution left out has no start-up import
            "layer": installed["image_layer"],
            "excluded_by": installed["excluded_by"],
            "how": installed["how"],
            "reasons": installed["reasons"],
        }
    f = next((f for f in rep["first_party"] if f["path"] == name), None)
    if f is None:
        return {**out, "present": False, "reached": []}
    layer = next((la["name"] for la in rep["layers"] if la["kind"] == "first-party"), None)
    return {
        **out,
        "present": True,
        "bytes": f["bytes"],
        "layer": layer,
        "startup_import": f["startup_import"],
        "why": f["why"],
        "reasons": ix["first_party"][name]["reasons"],
    }


def answers(question: str, images: list[Indexed], origin: str | None = None) -> list[dict[str, Any]]:
    """One answer per name the question means (a file suffix may match several files); each says, for
    every image, whether the name is in it and why. `origin` is the target a question came from."""
    kind, names, note = _resolve(question, images)
    base = {"question": question, "origin": origin, "note": note}
    if kind is None:
        absent = [{"target": r["target"], "repository": r["repository"], "present": False} for r, _ in images]
        suggestions = [] if origin else _suggest(question, images)
        return [{**base, "kind": None, "name": None, "images": absent, "suggestions": suggestions}]
    out = []
    for name in names:
        per_image = [_in_image(kind, name, r, ix) for r, ix in images]
        out.append({**base, "kind": kind, "name": name, "images": per_image, "suggestions": []})
    return out


_KIND = {"distribution": "distribution", "first-party": "first-party file"}
_REASON = {"imported-by": "imported by", "required-by": "required by", "listed-by": "a dependency of"}


def _images(n: int) -> str:
    return f"{n} image" if n == 1 else f"{n} images"


def _startup(flag: bool | None) -> str:
    return {True: "yes", False: "no", None: "not measured"}[flag]


def _reason_lines(reasons: list[dict[str, Any]]) -> list[str]:
    lines = [f"    {_REASON[r['kind']]} {r['by']}: {chain_text(r['why'])}" for r in reasons[:SHOWN]]
    if len(reasons) > SHOWN:
        lines.append(f"    … {len(reasons) - SHOWN} more reasons (--format=json lists them all)")
    return lines


def _image_lines(kind: str, name: str, i: dict[str, Any]) -> list[str]:
    """What one image says about `name`; nothing for an image that plainly lacks it (listed at the end)."""
    where = _label(i) + (f" ({i['target']})" if i["repository"] else "")
    if i.get("excluded_by"):
        return [
            f"  {where}: not in it: its PEX holds {name} {i['version']} ({mb(i['bytes'])}), but "
            f"`{i['how']}` in {i['excluded_by']} leaves it out; the PEX holds it because",
            *_reason_lines(i["reasons"]),
        ]
    if not i["present"]:
        reached = [f"    {chain_text(chain)}" for chain in i.get("reached", [])]
        return [f"  {where}: not packed in it, though its code reaches it", *reached] if reached else []
    if kind == "distribution":
        what = f"{name} {i['version']}, {mb(i['bytes'])}, {i['spdx'] or '(' + i['license'] + ')'}"
    else:
        what = f"{i['bytes']:,} bytes"
    lines = [f"  {where}: {what}, layer {i['layer']}, start-up import: {_startup(i['startup_import'])}"]
    if not i["reasons"]:
        lines.append("    nothing imports or requires it: packed from the lockfile, no chain reaches it")
    return lines + _reason_lines(i["reasons"])


def text(answer: dict[str, Any]) -> str:
    images = answer["images"]
    held = [i for i in images if i["present"]]
    # A requirement named as an argument shows as its address; a file as its path.
    asked = answer["origin"] if answer["origin"] and answer["kind"] == "distribution" else answer["question"]
    if answer["kind"] is None and answer["origin"]:
        return f"why {asked}: in none of the {_images(len(images))} reported\n"
    if answer["kind"] is None:
        lines = [f"why {asked}: matches no distribution, import name or first-party file in the "
                 f"{_images(len(images))} reported"]  # fmt: skip
        if answer["suggestions"]:
            lines.append("  did you mean: " + ", ".join(answer["suggestions"]))
        return "\n".join(lines) + "\n"
    head = f"why {asked}" if asked == answer["name"] else f"why {asked} ({answer['name']})"
    lines = [f"{head}, a {_KIND[answer['kind']]}: in {len(held)} of {_images(len(images))}"]
    if answer["note"]:
        lines.append(f"  ({answer['note']})")
    for i in images:
        lines.extend(_image_lines(answer["kind"], answer["name"], i))
    absent = [_label(i) for i in images if not (i["present"] or i.get("reached") or i.get("excluded_by"))]
    if absent:
        lines.append("  not in " + ", ".join(absent))
    return "\n".join(lines) + "\n"
