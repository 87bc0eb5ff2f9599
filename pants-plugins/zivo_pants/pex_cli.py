"""The entry point of the pex CLI that `./pants` builds for Pants (`[pex-cli]` in pants.toml).

The images' PEXes are packed (docker/BUILD). By default Pex installs every wheel into its cache and then
zips each installed tree again for the packed layout, which the images' build stages unzip at once
(docker/python-base/install-pex): cold, that is ~18 s of installs and ~30 s of deflate on the ML
framework PEX alone (README "Cold builds"). With `--no-pre-install-wheels` (Pex >= 2.1.154) a packed PEX
holds the downloaded wheels as they are in `.deps/`, and install-pex installs them. Its bytes are then the
wheels' bytes, whatever Pex's cache held before. Pants 2.17's `pex_binary` has no field for the option and
`[pex-cli]` passes no extra arguments, so the CLI adds it here, then runs Pex's own `main`.

Only to what Pants packages for a `pex_binary` target: Pants builds its own PEXes (tools, tests'
requirements) packed too, always for one interpreter it found (`--python`); a `pex_binary` names
interpreter constraints or platforms instead. Those PEXes stay as Pex makes them. Subcommands
(`PEX_SCRIPT=pex3`, for lockfiles) do not come through here.
"""

from __future__ import annotations

import sys

NO_PRE_INSTALL = "--no-pre-install-wheels"


def _option(argv: list[str], name: str) -> str | None:
    """The value of `name VALUE` or `name=VALUE` in argv (the last one wins, as argparse does)."""
    value = None
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == name and index + 1 < len(argv):
            value = argv[index + 1]
        elif arg.startswith(name + "="):
            value = arg.split("=", 1)[1]
    return value


def with_raw_wheels(argv: list[str]) -> list[str]:
    """argv with `--no-pre-install-wheels` first when it builds a packed PEX for a pex_binary target."""
    before_passthrough = argv[: argv.index("--")] if "--" in argv else argv
    if _option(argv, "--layout") != "packed" or _option(argv, "--python") is not None:
        return argv
    if any(arg in ("--pre-install-wheels", NO_PRE_INSTALL) for arg in before_passthrough):
        return argv  # said explicitly: leave it
    return [NO_PRE_INSTALL, *argv]


def main() -> None:
    from pex.bin.pex import main as pex_main  # pants: no-infer-dep (the CLI's own Pex, not a resolve's)

    pex_main(with_raw_wheels(sys.argv[1:]))


if __name__ == "__main__":
    main()
