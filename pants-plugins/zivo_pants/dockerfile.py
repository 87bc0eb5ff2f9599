"""Just enough of a Dockerfile for the plugin: its stages, their bases, what each COPY/ADD takes and
which distributions its RUNs leave out of the venv they install.

One parser for both of the plugin's readers: content tags hash the build-context paths an image copies
(`context_sources`), dependency reports map an image's layers to the PEXes they come from and drop what
the image leaves out at install (`left_out`).
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field

from packaging.utils import canonicalize_name


@dataclass
class Copy:
    sources: list[str]
    dest: str
    from_stage: str | None


@dataclass
class Stage:
    base: str
    name: str | None
    copies: list[Copy] = field(default_factory=list)
    runs: list[str] = field(default_factory=list)  # each RUN's command, continuations joined


@dataclass
class Dockerfile:
    args: dict[str, str]
    stages: list[Stage]

    @property
    def final(self) -> Stage:
        return self.stages[-1]

    def stage(self, name: str) -> Stage | None:
        return next((s for s in self.stages if s.name == name), None)


def _expand(value: str, args: dict[str, str]) -> str:
    return re.sub(r"\$\{?(\w+)\}?", lambda m: args.get(m.group(1), m.group(0)), value)


def parse(text: str) -> Dockerfile:
    lines: list[str] = []
    pending = ""
    for raw in text.splitlines():
        stripped = raw.strip()
        if stripped.startswith("#") and not pending:
            continue
        if stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        line = (pending + stripped).strip()
        pending = ""
        if line:
            lines.append(line)
    args: dict[str, str] = {}
    stages: list[Stage] = []
    for line in lines:
        cmd, _, rest = line.partition(" ")
        cmd = cmd.upper()
        if cmd == "ARG" and not stages:
            name, _, default = rest.strip().partition("=")
            args[name] = default.strip().strip('"')
        elif cmd == "FROM":
            words = rest.split()
            base = _expand(words[-3] if len(words) >= 3 and words[-2].upper() == "AS" else words[-1], args)
            name = words[-1] if len(words) >= 3 and words[-2].upper() == "AS" else None
            base = base if name is None else _expand(words[-3], args)
            stages.append(Stage(base=base, name=name))
        elif cmd in ("COPY", "ADD") and stages:
            copy = _copy(rest)
            if copy is not None:
                stages[-1].copies.append(copy)
        elif cmd == "RUN" and stages:
            stages[-1].runs.append(rest.strip())
    return Dockerfile(args=args, stages=stages)


def _copy(rest: str) -> Copy | None:
    """A COPY/ADD's flags, then its paths in shell form (`a b dest`) or JSON form (`["a", "dest"]`)."""
    flags: list[str] = []
    rest = rest.strip()
    while rest.startswith("--"):
        flag, _, rest = rest.partition(" ")
        flags.append(flag)
        rest = rest.strip()
    try:
        paths = json.loads(rest) if rest.startswith("[") else shlex.split(rest)
    except ValueError:
        return None
    if len(paths) < 2 or not all(isinstance(path, str) for path in paths):
        return None
    from_stage = next((f.split("=", 1)[1] for f in flags if f.startswith("--from=")), None)
    return Copy(sources=paths[:-1], dest=paths[-1], from_stage=from_stage)


def context_sources(text: str) -> list[str]:
    """Build-context paths a Dockerfile copies: the sources of COPY/ADD without --from, URLs left out."""
    return [
        source.rstrip("/")
        for stage in parse(text).stages
        for copy in stage.copies
        if copy.from_stage is None
        for source in copy.sources
        if "://" not in source
    ]


# How a RUN leaves a distribution out of the venv it installs from a PEX.
EXCLUDED = "install-pex --exclude"  # install-pex (docker/python-base) never installs it
DELETED = "rm -rf"  # installed, then its files and its `NAME-*.dist-info` deleted
_DIST_INFO = re.compile(r"([A-Za-z0-9][A-Za-z0-9._]*)-\*\.dist-info")
_SEPARATORS = {"&&", "||", ";", "|"}


def left_out(text: str) -> dict[str, str]:
    """Canonical distribution name -> how a RUN leaves it out: `install-pex … --exclude=NAME` (or
    `--exclude NAME`), or an `rm` of `NAME-*.dist-info` (the installed distribution's record: deleting it
    is what uninstalling means; an `rm` of other files, torch/bin say, removes no distribution)."""
    out: dict[str, str] = {}
    for run in (r for stage in parse(text).stages for r in stage.runs):
        try:
            words = shlex.split(run, comments=False)
        except ValueError:
            words = run.split()
        commands: list[list[str]] = [[]]
        for word in words:
            if word in _SEPARATORS:
                commands.append([])
            else:
                commands[-1].append(word)
        for argv in commands:
            if argv and argv[0].rsplit("/", 1)[-1] == "install-pex":
                for i, arg in enumerate(argv):
                    if arg.startswith("--exclude="):
                        out[canonicalize_name(arg.split("=", 1)[1])] = EXCLUDED
                    elif arg == "--exclude" and i + 1 < len(argv):
                        out[canonicalize_name(argv[i + 1])] = EXCLUDED
            elif argv and argv[0] == "rm":
                for arg in argv[1:]:
                    if m := _DIST_INFO.fullmatch(arg.rstrip("/").rsplit("/", 1)[-1]):
                        out.setdefault(canonicalize_name(m.group(1)), DELETED)
    return dict(sorted(out.items()))
