"""The `deps-report` goal: gathers each image's PEXes, dependency graph, built layers and start-up imports
through the Pants engine, and hands them to `report.build`."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name
from pants.backend.docker.subsystems.docker_options import DockerOptions
from pants.backend.docker.target_types import (
    DockerImageRepositoryField,
    DockerImageSourceField,
    DockerImageTagsField,
)
from pants.backend.docker.util_rules.docker_binary import DockerBinary
from pants.backend.python.goals.package_pex_binary import PexBinaryFieldSet
from pants.backend.python.target_types import (
    PexEntryPointField,
    PexIncludeRequirementsField,
    PexIncludeSourcesField,
    PythonRequirementsField,
    PythonSourceField,
)
from pants.backend.python.util_rules.interpreter_constraints import InterpreterConstraints
from pants.backend.python.util_rules.pex_environment import PythonExecutable
from pants.base.build_root import BuildRoot
from pants.base.specs import RawSpecs, Specs
from pants.core.goals.package import BuiltPackage, OutputPathField, PackageFieldSet
from pants.core.util_rules.distdir import DistDir
from pants.core.util_rules.stripped_source_files import StrippedSourceFileNames
from pants.engine.addresses import Address, Addresses
from pants.engine.console import Console
from pants.engine.env_vars import EnvironmentVars, EnvironmentVarsRequest
from pants.engine.fs import (
    CreateDigest,
    Digest,
    DigestContents,
    DigestEntries,
    FileContent,
    FileEntry,
    MergeDigests,
    PathGlobs,
    Workspace,
)
from pants.engine.goal import Goal, GoalSubsystem, Outputting
from pants.engine.process import FallibleProcessResult, Process, ProcessCacheScope, ProcessResult
from pants.engine.rules import Get, MultiGet, collect_rules, goal_rule, rule
from pants.engine.target import (
    AllTargets,
    Dependencies,
    DependenciesRequest,
    HydratedSources,
    HydrateSourcesRequest,
    SourcesField,
    SourcesPathsRequest,
    Target,
    Targets,
    TransitiveTargets,
    TransitiveTargetsRequest,
)
from pants.option.option_types import BoolOption, EnumOption, StrListOption, StrOption
from pants.util.logging import LogLevel

from zivo_pants import dockerfile
from zivo_pants.deps_report import pex_scan, render, report, why
from zivo_pants.deps_report.budget import BUDGET_FILE, Budget, check, diff


class ReportFormat(Enum):
    table = "table"
    json = "json"
    html = "html"


class DepsReportSubsystem(Outputting, GoalSubsystem):
    name = "deps-report"
    help = (
        "What each image (docker_image) or PEX (pex_binary) holds and why: layers and their bytes, every "
        "third-party distribution with version, installed bytes, licence, start-up import and the chain "
        "that brings it, the first-party modules, and the budget in the deployable's deps-budget.toml."
    )

    format = EnumOption(
        default=ReportFormat.table,
        help="table: for the terminal; json: one object per target (keys in README.md); html: one page "
        "per image under dist/deps-report/ with a treemap of the image by layer and distribution.",
    )
    check = BoolOption(
        default=False,
        help=f"Exit non-zero when a target breaks the budget in its directory's {BUDGET_FILE}.",
    )
    baseline = StrOption(
        default=None,
        help="An earlier `--format=json` report: print what was added, removed and resized per image.",
    )
    why = StrListOption(
        default=[],
        help="Instead of the reports, say for each image whether NAME is in it and every direct reason "
        "it is there (the files that import it, the distributions that require it), each with its chain, "
        "with version, bytes, licence, layer and start-up import. NAME is a distribution in any spelling "
        "(`Zstandard`, `typing_extensions`), an import name (`yaml`), a first-party file or module "
        "(`src/python/zivo/api/app.py`, `zivo.api.app`) or a requirement's address. Repeat the option or "
        "separate names with commas. Without images among the arguments, every image is asked. Naming a "
        "requirement or source target as an argument asks the same. Exits 1 when a name is in no image.",
    )


class DepsReportGoal(Goal):
    subsystem_cls = DepsReportSubsystem
    environment_behavior = Goal.EnvironmentBehavior.LOCAL_ONLY


def _is_image(tgt: Target) -> bool:
    return tgt.has_field(DockerImageSourceField)


def _is_pex(tgt: Target) -> bool:
    return tgt.has_field(PexEntryPointField) and tgt.has_field(PexIncludeRequirementsField)


@dataclass(frozen=True)
class ImageRequest:
    address: Address


@dataclass(frozen=True)
class PexRequest:
    address: Address


@dataclass(frozen=True)
class ReportResult:
    """`data` holds the report's JSON text (hashable, so the engine can memoize it)."""

    data: str
    budget_path: str | None
    budget_text: str | None
    index: str  # JSON: why.index, the reasons behind each distribution and file, for --why

    @property
    def indexed(self) -> why.Indexed:
        return self.report, json.loads(self.index)

    @property
    def report(self) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(self.data)
        return loaded


@dataclass(frozen=True)
class PexContents:
    address: Address
    output_path: str
    entry_point: str | None
    third_party: bool
    first_party: bool
    wheels: str  # JSON list from pex_scan


@dataclass(frozen=True)
class Graph:
    edges: str  # JSON
    labels: str
    requirement_dists: str
    requirement_extras: str
    sources: str  # JSON list of [address, path, stripped, bytes]


@dataclass(frozen=True)
class GraphRequest:
    pexes: tuple[Address, ...]
    with_sources: tuple[Address, ...]  # the PEXes whose first-party files ship


@dataclass(frozen=True)
class ImageStateRequest:
    reference: str


@dataclass(frozen=True)
class DockerImageState:
    """What the engine says about a built image, or `reference` alone when not built."""

    reference: str
    inspect: str | None  # `docker image inspect` JSON
    history: str | None  # `docker history` JSON lines


@dataclass(frozen=True)
class StartupRequest:
    image_id: str
    module: str


@dataclass(frozen=True)
class Startup:
    files: tuple[str, ...] | None
    how: str
    error: str | None


# The scanner runs as a script in a sandbox: its source, read from the imported module's file.
_SCAN = Path(pex_scan.__file__).read_bytes()

# Run inside the image: import the entry module, list where the loaded modules live.
_STARTUP = """
import importlib, json, sys
importlib.import_module(sys.argv[1])
out = []
for m in list(sys.modules.values()):
    f = getattr(m, "__file__", None) or ""
    if "site-packages/" in f:
        out.append(f.split("site-packages/", 1)[1])
print(json.dumps(sorted(set(out))))
"""


@rule(desc="Read a PEX's distributions", level=LogLevel.DEBUG)
async def pex_contents(request: PexRequest) -> PexContents:
    tgts = await Get(Targets, Addresses([request.address]))
    tgt = tgts[0]
    entry = tgt[PexEntryPointField].value
    third_party = bool(tgt[PexIncludeRequirementsField].value)
    first_party = bool(tgt[PexIncludeSourcesField].value)
    output_path = tgt[OutputPathField].value_or_default(file_ending="pex")
    wheels = "[]"
    if third_party:
        built = await Get(BuiltPackage, PackageFieldSet, PexBinaryFieldSet.create(tgt))
        relpath = next(a.relpath for a in built.artifacts if a.relpath)
        python, script = await MultiGet(
            # Any Python runs the stdlib-only scan; below 3.12, where Pex 2.1.163 refuses pip 23.1.2
            # ([python].pip_version) and so picks no interpreter at all (as for [black] in pants.toml).
            Get(PythonExecutable, InterpreterConstraints(["CPython>=3.8,<3.12"])),
            Get(Digest, CreateDigest([FileContent("__pex_scan.py", _SCAN)])),
        )
        digest = await Get(Digest, MergeDigests([built.digest, script]))
        result = await Get(
            ProcessResult,
            Process(
                argv=(python.path, "__pex_scan.py", relpath),
                input_digest=digest,
                description=f"List the distributions in {relpath}",
                level=LogLevel.DEBUG,
            ),
        )
        wheels = json.dumps(json.loads(result.stdout)[relpath])
    return PexContents(
        address=request.address,
        output_path=output_path,
        entry_point=entry.spec if entry else None,
        third_party=third_party,
        first_party=first_party,
        wheels=wheels,
    )


@rule(desc="Walk the dependency graph of PEXes", level=LogLevel.DEBUG)
async def dependency_graph(request: GraphRequest) -> Graph:
    closures = await MultiGet(Get(TransitiveTargets, TransitiveTargetsRequest([a])) for a in request.pexes)
    all_targets: dict[Address, Target] = {}
    shipped: set[Address] = set()
    for root, closure in zip(request.pexes, closures):
        for t in (*closure.roots, *closure.dependencies):
            all_targets[t.address] = t
            if root in request.with_sources and t.has_field(SourcesField):
                shipped.add(t.address)
    walked = [
        t
        for t in all_targets.values()
        if t.has_field(Dependencies) and not t.has_field(PythonRequirementsField)
    ]
    deps = await MultiGet(Get(Targets, DependenciesRequest(t[Dependencies])) for t in walked)
    edges = {t.address.spec: sorted(d.address.spec for d in ds) for t, ds in zip(walked, deps)}
    labels: dict[str, str] = {}
    requirement_dists: dict[str, list[str]] = {}
    requirement_extras: dict[str, list[str]] = {}
    for t in all_targets.values():
        if t.has_field(PythonSourceField):
            labels[t.address.spec] = t[PythonSourceField].file_path
        if t.has_field(PythonRequirementsField):
            reqs = t[PythonRequirementsField].value
            requirement_dists[t.address.spec] = sorted({canonicalize_name(r.project_name) for r in reqs})
            requirement_extras[t.address.spec] = sorted(
                {e for r in reqs for e in r.as_pkg_resources_requirement().extras}
            )
    shipped_targets = [
        all_targets[a]
        for a in sorted(shipped)
        if all_targets[a].has_field(PythonSourceField) or type(all_targets[a]).alias == "resource"
    ]
    hydrated = await MultiGet(
        Get(HydratedSources, HydrateSourcesRequest(t[SourcesField])) for t in shipped_targets
    )
    stripped = await MultiGet(
        Get(StrippedSourceFileNames, SourcesPathsRequest(t[SourcesField])) for t in shipped_targets
    )
    entries = await MultiGet(Get(DigestEntries, Digest, h.snapshot.digest) for h in hydrated)
    sources = []
    for t, s, es in zip(shipped_targets, stripped, entries):
        sizes = {e.path: e.file_digest.serialized_bytes_length for e in es if isinstance(e, FileEntry)}
        for path, bare in zip(sorted(sizes), sorted(s)):
            sources.append([t.address.spec, path, bare, sizes[path]])
    return Graph(
        edges=json.dumps(edges),
        labels=json.dumps(labels),
        requirement_dists=json.dumps(requirement_dists),
        requirement_extras=json.dumps(requirement_extras),
        sources=json.dumps(sources),
    )


async def _docker_env(docker: DockerBinary) -> dict[str, str]:
    env = await Get(EnvironmentVars, EnvironmentVarsRequest(("DOCKER_HOST", "HOME", "DOCKER_CONFIG")))
    return {**docker.extra_env, **env}


@rule(desc="Inspect a built image", level=LogLevel.DEBUG)
async def docker_image_state(request: ImageStateRequest, docker: DockerBinary) -> DockerImageState:
    reference = request.reference
    env = await _docker_env(docker)
    inspect, history = await MultiGet(
        Get(
            FallibleProcessResult,
            Process(
                argv=(docker.path, "image", "inspect", reference),
                env=env,
                description=f"docker image inspect {reference}",
                cache_scope=ProcessCacheScope.PER_SESSION,
                level=LogLevel.DEBUG,
            ),
        ),
        Get(
            FallibleProcessResult,
            Process(
                argv=(
                    docker.path,
                    "history",
                    "--no-trunc",
                    "--human=false",
                    "--format",
                    "{{json .}}",
                    reference,
                ),
                env=env,
                description=f"docker history {reference}",
                cache_scope=ProcessCacheScope.PER_SESSION,
                level=LogLevel.DEBUG,
            ),
        ),
    )
    if inspect.exit_code != 0 or history.exit_code != 0:
        return DockerImageState(reference, None, None)
    return DockerImageState(reference, inspect.stdout.decode(), history.stdout.decode())


@rule(desc="Measure what an image imports at start-up", level=LogLevel.DEBUG)
async def startup_imports(request: StartupRequest, docker: DockerBinary) -> Startup:
    env = await _docker_env(docker)
    argv = ("run", "--rm", "--network=none", "--entrypoint", "python", request.image_id, "-c")
    how = f"docker run --entrypoint python IMAGE -c 'import {request.module}; sys.modules'"
    # Keyed by the image ID in argv: cached until the image changes.
    result = await Get(
        FallibleProcessResult,
        Process(
            argv=(docker.path, *argv, _STARTUP, request.module),
            env=env,
            description=f"Import {request.module} in {request.image_id[:19]}",
            level=LogLevel.DEBUG,
        ),
    )
    if result.exit_code != 0:
        err = result.stderr.decode(errors="replace").strip().splitlines()
        return Startup(None, how, err[-1] if err else f"exit {result.exit_code}")
    return Startup(tuple(json.loads(result.stdout)), how, None)


def _repository(tgt: Target, docker_options: DockerOptions) -> str:
    value = tgt[DockerImageRepositoryField].value
    if value:
        return value
    directory = tgt.address.spec_path.rsplit("/", 1)[-1]
    parent = os.path.basename(os.path.dirname(tgt.address.spec_path))
    return docker_options.default_repository.format(
        name=tgt.address.target_name, directory=directory, parent_directory=parent
    )


def _reference(tgt: Target, repository: str) -> str:
    tags = [t for t in (tgt[DockerImageTagsField].value or ()) if "{" not in t]
    return f"{repository}:{tags[0] if tags else 'latest'}"


_COPY = re.compile(r"#\(nop\)\s+(COPY|ADD)\s")


def _own_layers(history: list[dict[str, Any]], base_layers: int) -> list[tuple[bool, int]]:
    """(a COPY/ADD?, bytes) of each step an image adds to its base, oldest first. The legacy builder
    records no usable destination ("COPY dir:… in /"), so COPYs are matched to the Dockerfile by order."""
    own = history[: len(history) - base_layers]
    return [(bool(_COPY.search(e.get("CreatedBy", ""))), int(e.get("Size") or 0)) for e in reversed(own)]


async def _finish(
    address: Address,
    kind: str,
    repository: str | None,
    entry_point: str | None,
    layers: list[report.LayerInput],
    graph: Graph,
    roots: list[list[Any]],
    image: dict[str, Any] | None,
    startup: dict[str, Any] | None,
    notes: list[str],
    excluded: dict[str, dict[str, Any]] | None = None,
) -> ReportResult:
    inp = report.ReportInput(
        target=address.spec,
        kind=kind,
        repository=repository,
        entry_point=entry_point,
        layers=layers,
        first_party=[report.SourceFile(a, p, s, b) for a, p, s, b in json.loads(graph.sources)],
        edges=json.loads(graph.edges),
        labels=json.loads(graph.labels),
        requirement_dists=json.loads(graph.requirement_dists),
        requirement_extras=json.loads(graph.requirement_extras),
        roots=[[r.spec if isinstance(r, Address) else r for r in tier] for tier in roots],
        image=image,
        startup=startup,
        notes=notes,
        excluded=excluded or {},
    )
    data = report.build(inp)
    budget_path = os.path.join(address.spec_path, BUDGET_FILE)
    found = await Get(DigestContents, PathGlobs([budget_path]))
    budget_text = found[0].content.decode() if found else None
    budget = Budget.parse(budget_path, budget_text) if budget_text is not None else None
    # A budget guards the image it names; other images in the folder (variants such as the ML base with
    # a production model baked in) are reported without it.
    if budget is not None and (repository is None or repository == budget.name):
        data["budget"] = {"file": budget_path, "name": budget.name, "violations": check(data, budget)}
    else:
        data["budget"] = None
    return ReportResult(
        json.dumps(data), budget_path if found else None, budget_text, json.dumps(why.index(inp))
    )


@rule(desc="Report one docker image", level=LogLevel.DEBUG)
async def image_report(request: ImageRequest, docker_options: DockerOptions) -> ReportResult:
    # The chain of images: this one, then its FROM base, and so on (a base outside Pants ends it).
    chain: list[tuple[Target, str, dockerfile.Dockerfile, list[Target]]] = []
    excluded: dict[str, dict[str, Any]] = {}
    address: Address | None = request.address
    while address is not None:
        tgt = (await Get(Targets, Addresses([address])))[0]
        hydrated = await Get(HydratedSources, HydrateSourcesRequest(tgt[DockerImageSourceField]))
        contents = await Get(DigestContents, Digest, hydrated.snapshot.digest)
        text = contents[0].content.decode() if contents else ""
        parsed = dockerfile.parse(text)
        deps = await Get(Targets, DependenciesRequest(tgt[Dependencies]))
        repo = _repository(tgt, docker_options)
        chain.append((tgt, repo, parsed, list(deps)))
        if names := dockerfile.left_out(text):
            excluded[repo] = {"file": contents[0].path, "names": names}
        base = parsed.final.base if parsed.stages else ""
        address = next((d.address for d in deps if _is_image(d) and d.address.spec == base), None)

    states = await MultiGet(
        Get(DockerImageState, ImageStateRequest(_reference(t, repo))) for t, repo, _, _ in chain
    )
    histories = [
        [json.loads(line) for line in s.history.splitlines() if line.strip()] if s.history else None
        for s in states
    ]
    layers: list[report.LayerInput] = []
    own_pexes: list[Address] = []
    base_pexes: list[Address] = []
    with_sources: list[Address] = []
    entry_point: str | None = None
    notes: list[str] = []
    pex_infos: dict[Address, PexContents] = {}
    for depth, (tgt, repo, parsed, deps) in reversed(list(enumerate(chain))):
        pexes = [d for d in deps if _is_pex(d)]
        infos = await MultiGet(Get(PexContents, PexRequest(p.address)) for p in pexes)
        pex_infos.update({i.address: i for i in infos})
        (own_pexes if depth == 0 else base_pexes).extend(i.address for i in infos)
        if depth == 0:
            with_sources.extend(i.address for i in infos if i.first_party)
        if depth == 0:
            entry_point = next((i.entry_point for i in infos if i.entry_point), None)
        history, state = histories[depth], states[depth]
        if not pexes and depth == len(chain) - 1:
            size = json.loads(state.inspect)[0]["Size"] if state.inspect else None
            layers.append(report.LayerInput(repo, "os", repo, tgt.address.spec, (), size))
            continue
        # Built bytes per kind, from the history entries this image adds, matched to the Dockerfile's
        # final-stage COPY destinations and the PEXes those copy from.
        built: dict[str, int] = {}
        if history is not None and depth + 1 < len(histories) and histories[depth + 1] is not None:
            copies = iter(parsed.final.copies)
            for is_copy, size in _own_layers(history, len(histories[depth + 1] or [])):
                copy = next(copies, None) if is_copy else None
                kind = _kind_for(copy, parsed, infos) if copy else "other"
                if size:
                    built[kind] = built.get(kind, 0) + size
        tp_wheels = tuple(w for i in infos if i.third_party for w in json.loads(i.wheels))
        source = ", ".join(i.address.spec for i in infos if i.third_party)
        if tp_wheels:
            layers.append(
                report.LayerInput(
                    f"{repo} third-party",
                    "third-party",
                    repo,
                    source,
                    tp_wheels,
                    built.pop("third-party", None) if history is not None else None,
                )
            )
        if depth == 0 and with_sources:
            layers.append(
                report.LayerInput(
                    f"{repo} first-party",
                    "first-party",
                    repo,
                    ", ".join(i.address.spec for i in infos if i.first_party),
                    (),
                    built.pop("first-party", None) if history is not None else None,
                )
            )
        if built.get("other"):
            layers.append(
                report.LayerInput(f"{repo} other", "other", repo, tgt.address.spec, (), built["other"])
            )

    graph = await Get(Graph, GraphRequest(tuple(own_pexes + base_pexes), tuple(with_sources)))
    if not json.loads(graph.sources):  # e.g. a PEX of requirements only: no first-party layer
        layers = [layer for layer in layers if layer.kind != "first-party"]
    state = states[0]
    image: dict[str, Any] | None = None
    startup: dict[str, Any] | None = None
    if state.inspect:
        info = json.loads(state.inspect)[0]
        image = {
            "reference": state.reference,
            "id": info["Id"],
            "bytes": info["Size"],
            "created": info.get("Created", "")[:19],
        }
        if not entry_point:
            notes.append("no entry point: start-up imports are measured for the images that run one")
        else:
            module = entry_point.split(":", 1)[0]
            measured = await Get(Startup, StartupRequest(info["Id"], module))
            if measured.files is not None:
                startup = {"how": measured.how, "files": list(measured.files)}
            else:
                notes.append(f"start-up imports not measured: importing {module} failed: {measured.error}")
    else:
        notes.append(f"{state.reference} is not built: run `./pants package {request.address.spec}`")
    return await _finish(
        request.address,
        "docker_image",
        chain[0][1],
        entry_point,
        layers,
        graph,
        [own_pexes, base_pexes],
        image,
        startup,
        notes,
        excluded,
    )


def _kind_for(copy: dockerfile.Copy, parsed: dockerfile.Dockerfile, infos: Iterable[PexContents]) -> str:
    """What a final-stage COPY brings: the PEXes it copies from, directly or through a build stage."""
    sources = list(copy.sources)
    if copy.from_stage and (stage := parsed.stage(copy.from_stage)):
        sources = [s for c in stage.copies for s in c.sources]
    used = [i for i in infos if any(s == i.output_path or s.startswith(i.output_path + "/") for s in sources)]
    if not used:
        return "other"
    # A PEX with requirements makes a third-party layer even when it may hold sources too.
    return "first-party" if all(not i.third_party for i in used) else "third-party"


@rule(desc="Report one PEX", level=LogLevel.DEBUG)
async def pex_report(request: PexRequest) -> ReportResult:
    info = await Get(PexContents, PexRequest, request)
    graph = await Get(Graph, GraphRequest((request.address,), (request.address,) if info.first_party else ()))
    spec = request.address.spec
    layers = []
    if info.third_party:
        layers.append(
            report.LayerInput("third-party", "third-party", spec, spec, tuple(json.loads(info.wheels)))
        )
    if info.first_party:
        layers.append(report.LayerInput("first-party", "first-party", spec, spec))
    notes = ["a PEX on its own: no image, so no start-up imports measured"]
    return await _finish(
        request.address, "pex_binary", None, info.entry_point, layers, graph, [[spec]], None, None, notes
    )


async def _questions(subsystem: DepsReportSubsystem, specs: Specs) -> list[tuple[str, str | None]]:
    """(question, the target it came from): each --why name, and each requirement or source target
    named literally among the arguments (not matched by a glob such as `::`)."""
    asked: dict[str, str | None] = {}
    for value in subsystem.why:
        for name in value.split(","):
            if name.strip():
                asked.setdefault(name.strip(), None)
    if specs.includes.address_literals or specs.includes.file_literals:
        addresses = await Get(
            Addresses,
            RawSpecs,
            RawSpecs(
                address_literals=specs.includes.address_literals,
                file_literals=specs.includes.file_literals,
                description_of_origin="the `deps-report` goal's arguments",
            ),
        )
        for t in await Get(Targets, Addresses, addresses):
            # Pants' own helpers come with a generator (a requirements file's `_generator_sources_helper`).
            if _is_image(t) or _is_pex(t) or t.alias.startswith("_"):
                continue
            if t.has_field(PythonRequirementsField):
                for req in t[PythonRequirementsField].value:
                    asked.setdefault(canonicalize_name(req.project_name), t.address.spec)
            elif t.has_field(PythonSourceField):
                asked.setdefault(t[PythonSourceField].file_path, t.address.spec)
            else:
                raise ValueError(
                    f"{t.address.spec} is a `{t.alias}` target: name an image (docker_image, pex_binary), "
                    "a python_requirement or a Python source file, or ask with --why=NAME"
                )
    return list(asked.items())


@goal_rule
async def deps_report(
    console: Console,
    subsystem: DepsReportSubsystem,
    specs: Specs,
    workspace: Workspace,
    dist_dir: DistDir,
) -> DepsReportGoal:
    fmt = subsystem.format
    # From the specs here: a `targets: Targets` parameter beside `specs: Specs` leaves Pants 2.17's rule
    # graph unsolvable (64 errors, none naming this rule).
    targets = await Get(Targets, Specs, specs)
    try:
        questions = await _questions(subsystem, specs)
    except ValueError as e:
        console.print_stderr(f"deps-report: {e}")
        return DepsReportGoal(exit_code=1)
    if questions and fmt == ReportFormat.html:
        console.print_stderr("deps-report: a question (--why, or a non-image argument) is answered as a "
                             "table or --format=json, not as HTML")  # fmt: skip
        return DepsReportGoal(exit_code=1)
    images = [t for t in targets if _is_image(t)]
    pexes = [t for t in targets if _is_pex(t)]
    if questions and not images and not pexes:  # asked of every image, as `::` reports them
        everything = await Get(AllTargets)
        images = [t for t in everything if _is_image(t)]
        pexes = [t for t in everything if _is_pex(t)]
    in_images: set[Address] = set()
    if images and pexes:
        closure = await Get(TransitiveTargets, TransitiveTargetsRequest([t.address for t in images]))
        in_images = {t.address for t in closure.dependencies}
    # `::` reports every image, bases included; a PEX on its own only when no chosen image packs it.
    chosen_images = images
    chosen_pexes = [t for t in pexes if t.address not in in_images]
    if not chosen_images and not chosen_pexes:
        console.print_stderr(
            "deps-report: no docker_image or pex_binary target among the arguments; to ask which images "
            "hold a file or a requirement, name it (`./pants deps-report src/python/zivo/api/app.py`) "
            "or pass --why=NAME"
        )
        return DepsReportGoal(exit_code=1 if targets else 0)
    results = await MultiGet(
        *(Get(ReportResult, ImageRequest(t.address)) for t in chosen_images),
        *(Get(ReportResult, PexRequest(t.address)) for t in chosen_pexes),
    )
    reports = [r.report for r in results]
    exit_code = 0
    if questions:
        indexed = [r.indexed for r in results]
        answered = [a for q, origin in questions for a in why.answers(q, indexed, origin)]
        with subsystem.output(console) as write_stdout:
            if fmt == ReportFormat.json:
                write_stdout(json.dumps(answered, indent=2) + "\n")
            else:
                write_stdout("\n".join(why.text(a) for a in answered))
        # As grep: 1 when a name is in none of the images.
        exit_code = 0 if all(any(i["present"] for i in a["images"]) for a in answered) else 1
    elif fmt == ReportFormat.json:
        with subsystem.output(console) as write_stdout:
            write_stdout(json.dumps(reports, indent=2) + "\n")
    elif fmt == ReportFormat.html:
        files = []
        for r in reports:
            name = re.sub(r"[^A-Za-z0-9_.-]+", "_", r.get("repository") or r["target"]) + ".html"
            files.append(FileContent(f"deps-report/{name}", render.page(r).encode()))
        digest = await Get(Digest, CreateDigest(files))
        workspace.write_digest(digest, path_prefix=str(dist_dir.relpath))
        with subsystem.output(console) as write_stdout:
            for f in files:
                write_stdout(f"wrote {dist_dir.relpath / f.path}\n")
    else:
        with subsystem.output(console) as write_stdout:
            for r in reports:
                write_stdout(render.table(r) + "\n")
    if subsystem.baseline:
        path = os.path.join(BuildRoot().path, subsystem.baseline)
        try:
            old = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            console.print_stderr(f"deps-report: cannot read the baseline {subsystem.baseline}: {e}")
            return DepsReportGoal(exit_code=1)
        lines = diff(old, reports)
        text = "\n".join(["changes against " + subsystem.baseline + ":", *lines]) + "\n"
        if fmt == ReportFormat.table:
            console.print_stdout(text)
        else:
            console.print_stderr(text)
    if subsystem.check:
        for r in reports:
            label = r.get("repository") or r["target"]
            budget = r["budget"]
            if budget is None:
                console.print_stderr(
                    f"budget: {label}: none guards it (no {BUDGET_FILE} beside {r['target']} names it)"
                )
                continue
            if budget["violations"]:
                exit_code = 1
                for v in budget["violations"]:
                    console.print_stderr(f"BUDGET BROKEN ({budget['file']}): {v}")
            else:
                console.print_stderr(
                    f"budget ok: {label} ({budget['file']}): {r['totals']['distributions']} distributions, "
                    f"{render.mb(r['totals']['installed_bytes'])} installed"
                )
    return DepsReportGoal(exit_code=exit_code)


def rules() -> list[Any]:
    return [*collect_rules()]
