"""Builders for the plugin's tests: real wheel zips in a packed-PEX layout, and a report input."""

from __future__ import annotations

import zipfile
from pathlib import Path

from zivo_pants.deps_report import pex_scan, report


def write_wheel(deps: Path, name: str, version: str, files: dict[str, int], metadata: str = "") -> None:
    """A `.deps/<wheel>` zip as a packed PEX holds it: the installed files plus `*.dist-info/METADATA`."""
    deps.mkdir(parents=True, exist_ok=True)
    info = f"{name.replace('-', '_')}-{version}.dist-info"
    with zipfile.ZipFile(deps / f"{name.replace('-', '_')}-{version}-py3-none-any.whl", "w") as zf:
        for path, size in files.items():
            zf.writestr(path, "#" * size)
        zf.writestr(
            f"{info}/METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n{metadata}"
        )
        zf.writestr(f"{info}/RECORD", "")


def api_like_pex(root: Path) -> Path:
    """A PEX with fastapi → starlette → anyio, and a test-only extra that must not count."""
    pex = root / "api-deps.pex"
    write_wheel(
        pex / ".deps",
        "fastapi",
        "0.115.0",
        {"fastapi/__init__.py": 3000, "fastapi/routing.py": 7000},
        "License-Expression: MIT\nRequires-Dist: starlette<1,>=0.40\n"
        "Requires-Dist: pytest; extra == 'test'\n",
    )
    write_wheel(
        pex / ".deps",
        "starlette",
        "0.41.0",
        {"starlette/__init__.py": 20000},
        "Classifier: License :: OSI Approved :: BSD License\nRequires-Dist: anyio<5,>=3.4\n",
    )
    write_wheel(
        pex / ".deps",
        "anyio",
        "4.6.0",
        {"anyio/__init__.py": 500, "anyio/_backends/_asyncio.py": 9000},
        "License: MIT\nRequires-Dist: trio>=0.26; extra == 'trio'\n",
    )
    write_wheel(pex / ".deps", "pytest", "8.3.0", {"pytest/__init__.py": 100, "py.py": 50}, "License: MIT\n")
    write_wheel(pex / ".deps", "lonely", "1.0", {"lonely.py": 10}, "License: Weird Licence v9\n")
    return pex


def api_like_input(pex: Path, startup_files: list[str] | None = None) -> report.ReportInput:
    wheels = tuple(pex_scan.scan_pex(str(pex)))
    return report.ReportInput(
        target="docker/api:api",
        kind="docker_image",
        repository="zivo/api",
        entry_point="zivo.api.server:main",
        layers=[
            report.LayerInput("zivo/python-base", "os", "zivo/python-base", "docker/python-base:python-base"),
            report.LayerInput(
                "zivo/api third-party", "third-party", "zivo/api", "docker/api:api-deps", wheels
            ),
            report.LayerInput("zivo/api first-party", "first-party", "zivo/api", "docker/api:api-srcs"),
        ],
        first_party=[
            report.SourceFile(
                "src/python/zivo/api/server.py", "src/python/zivo/api/server.py", "zivo/api/server.py", 400
            ),
            report.SourceFile(
                "src/python/zivo/api/app.py", "src/python/zivo/api/app.py", "zivo/api/app.py", 900
            ),
        ],
        edges={
            "docker/api:api-srcs": ["src/python/zivo/api/server.py"],
            "src/python/zivo/api/server.py": ["src/python/zivo/api/app.py"],
            "src/python/zivo/api/app.py": ["3rdparty/python:api#fastapi"],
        },
        labels={
            "src/python/zivo/api/server.py": "src/python/zivo/api/server.py",
            "src/python/zivo/api/app.py": "src/python/zivo/api/app.py",
        },
        requirement_dists={"3rdparty/python:api#fastapi": ["fastapi"]},
        requirement_extras={"3rdparty/python:api#fastapi": []},
        roots=[["docker/api:api-srcs"]],
        startup={"how": "test", "files": startup_files} if startup_files is not None else None,
    )
