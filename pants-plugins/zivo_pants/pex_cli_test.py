from __future__ import annotations

from zivo_pants.pex_cli import NO_PRE_INSTALL, with_raw_wheels

# As Pants 2.17 runs Pex (pex_cli.py, pex.py): global arguments, then the build's own, `--layout` last.
HEAD = ["--tmpdir", ".tmp", "--jobs", "2", "--pip-version", "23.1.2", "--python-path", "/usr/bin"]
LOCK = ["--sources-directory=source_files", "--lock", "lock.json", "torch==2.5.1", "numpy==2.1.3"]
# `./pants package docker/ml-base:ml-framework`: a pex_binary names interpreter constraints.
PEX_BINARY = [
    *HEAD,
    *["--output-file", "docker.ml-base/ml-framework.pex", "--no-emit-warnings", "--include-tools"],
    *["--interpreter-constraint", "CPython==3.11.*", *LOCK, "--layout", "packed"],
]
# Pants' own PEXes (pytest's requirements, a tool): packed too, for the one interpreter Pants found.
INTERNAL = [
    *HEAD,
    *["--output-file", "requirements.pex", "--no-emit-warnings", "--python", "/usr/bin/python3.11"],
    *LOCK,
    "--layout",
    "packed",
]


def test_a_packed_pex_binary_holds_raw_wheels() -> None:
    assert with_raw_wheels(PEX_BINARY) == [NO_PRE_INSTALL, *PEX_BINARY]
    spelled = [arg for arg in PEX_BINARY if arg != "packed"]
    spelled[spelled.index("--layout")] = "--layout=packed"
    assert with_raw_wheels(spelled)[0] == NO_PRE_INSTALL


def test_pants_own_pexes_and_other_layouts_stay_as_pex_makes_them() -> None:
    assert with_raw_wheels(INTERNAL) == INTERNAL
    spelled = [*INTERNAL[:-2], "--python=/usr/bin/python3.11", "--layout", "packed"]
    assert with_raw_wheels(spelled)[0] != NO_PRE_INSTALL
    zipapp = [*PEX_BINARY[:-1], "zipapp"]
    assert with_raw_wheels(zipapp) == zipapp
    # The last --layout counts, as for argparse; passthrough arguments after `--` are the PEX's, not Pex's.
    assert with_raw_wheels([*PEX_BINARY, "--layout", "loose"])[0] != NO_PRE_INSTALL
    passthrough = [*PEX_BINARY[:-2], "--", "--layout", "packed"]
    assert with_raw_wheels(passthrough) == passthrough


def test_an_explicit_choice_is_left_alone() -> None:
    for explicit in ("--pre-install-wheels", NO_PRE_INSTALL):
        argv = [*PEX_BINARY, explicit]
        assert with_raw_wheels(argv) == argv
