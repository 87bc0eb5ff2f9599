"""Lists the distributions inside a packed PEX: run as a script in a Pants process (stdlib only).

A packed PEX keeps each wheel as a zip under `.deps/`: as downloaded (the images' PEXes, built with
`--no-pre-install-wheels`: pants-plugins/zivo_pants/pex_cli.py) or installed. The sizes in its central
directory are the bytes it installs (an installer adds INSTALLER and console scripts and rewrites RECORD:
a few kB), and its `*.dist-info/METADATA` holds version, licence and requirements. What a wheel keeps
under `NAME.data/purelib/` or `platlib/` installs into site-packages like its top level.
Usage: python pex_scan.py PEX_DIR... ; prints one JSON list on stdout.
"""

from __future__ import annotations

import email.parser
import json
import os
import sys
import zipfile
from typing import Any

_CODE = (".py", ".so", ".pyd")


def _in_site_packages(names: list[str]) -> list[str]:
    """Each name as installed under site-packages; what installs elsewhere (scripts, data) left out."""
    installed = []
    for name in names:
        parts = name.split("/", 2)
        if not parts[0].endswith(".data"):
            installed.append(name)
        elif len(parts) == 3 and parts[1] in ("purelib", "platlib"):
            installed.append(parts[2])
    return installed


def _top_level(names: list[str]) -> list[str]:
    tops = set()
    for name in names:
        head = name.split("/", 1)[0]
        if head.endswith(".dist-info") or head in ("", "__pycache__", ".prefix"):
            continue
        if "/" in name:
            tops.add(head)
        elif head.endswith(".py"):
            tops.add(head[:-3])
        elif head.endswith(".so"):
            tops.add(head.split(".", 1)[0])
    return sorted(tops)


def scan_wheel(path: str) -> dict[str, Any]:
    with zipfile.ZipFile(path) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        names = [i.filename for i in infos]
        metadata_name = next(
            (n for n in names if n.count("/") == 1 and n.endswith(".dist-info/METADATA")), None
        )
        raw = zf.read(metadata_name).decode("utf-8", "replace") if metadata_name else ""
    site = _in_site_packages(names)
    meta = email.parser.HeaderParser().parsestr(raw)
    return {
        "wheel": os.path.basename(path),
        "name": meta.get("Name", os.path.basename(path).split("-", 1)[0]),
        "version": meta.get("Version", ""),
        "bytes": sum(i.file_size for i in infos),
        "files": len(infos),
        "license": (meta.get("License") or "").strip(),
        "license_expression": (meta.get("License-Expression") or "").strip(),
        "classifiers": [c for c in meta.get_all("Classifier", []) if c.startswith("License ::")],
        "requires_dist": meta.get_all("Requires-Dist", []),
        "top_level": _top_level(site),
        # Where its modules live, to tell which distribution a loaded module's file belongs to.
        "module_dirs": sorted({n.rsplit("/", 1)[0] if "/" in n else n for n in site if n.endswith(_CODE)}),
    }


def scan_pex(pex_dir: str) -> list[dict[str, Any]]:
    deps = os.path.join(pex_dir, ".deps")
    if not os.path.isdir(deps):
        return []
    return [scan_wheel(os.path.join(deps, n)) for n in sorted(os.listdir(deps)) if n.endswith(".whl")]


def main(argv: list[str]) -> int:
    result = {pex: scan_pex(pex) for pex in argv}
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
