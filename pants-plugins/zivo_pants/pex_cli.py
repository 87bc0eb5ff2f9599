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

Second, every build through this CLI fetches a locked artifact's URL itself (`fetch_directly`). Pex 2.1.163
downloads each one with a `pip download` process of its own (pex.resolve.downloads.ArtifactDownloader,
since pex#1811, so that pip's configuration applies): a pip start-up, ~1 s of CPU, per wheel, eight at a
time on two cores, which made ~5 s per artifact, the 10 kB ones included, and the download of the ML
framework PEX's 45 artifacts ~40 s of a cold build (README "Cold builds"). Pex's own URLFetcher, which Pex
used before and still uses for `-r URL`, does the same fetch in the process, with the same `--cert`,
proxy, retries, timeout, netrc and `--index` credentials. Pex checks every artifact against the lock's
sha256 after either download. Where pip's configuration is in use (`--use-pip-config`, client
certificates) pip still downloads, as it does file:// URLs (copied by Pex itself).
"""

from __future__ import annotations

import os
import sys
from typing import Any, Callable

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


Download = Callable[[Any, Any, str, Any], Any]


def fetching_directly(pip_download: Download) -> Download:
    """`ArtifactDownloader.download` that fetches http(s) artifacts in this process, else `pip_download`.

    Returns the file's name, or a `pex.result.Error` saying what failed, as Pex's own does; `digest` sees
    the bytes as they are written.
    """

    def download(self: Any, artifact: Any, dest_dir: str, digest: Any) -> Any:
        from pex.fetcher import URLFetcher
        from pex.requirements import ArchiveScheme
        from pex.result import Error

        config = self.package_index_configuration
        if artifact.url.scheme not in (ArchiveScheme.HTTP, ArchiveScheme.HTTPS) or config.use_pip_config:
            return pip_download(self, artifact, dest_dir, digest)
        fetcher = URLFetcher(
            network_configuration=config.network_configuration,
            password_entries=config.password_entries,
        )
        dest_file = os.path.join(dest_dir, artifact.filename)
        try:
            with fetcher.get_body_stream(artifact.url.download_url) as body, open(dest_file, "wb") as out:
                for chunk in iter(lambda: body.read(1 << 20), b""):
                    digest.update(chunk)
                    out.write(chunk)
        except OSError as error:  # urllib's errors (HTTPError, URLError) are OSErrors
            return Error(f"Failed to download {artifact.url.download_url}: {error}")
        return artifact.filename

    return download


def fetch_directly() -> None:
    """Pex fetches locked artifacts itself instead of one `pip download` per artifact (module docstring)."""
    from pex.resolve.downloads import ArtifactDownloader

    ArtifactDownloader.download = fetching_directly(ArtifactDownloader.download)


def main() -> None:
    from pex.bin.pex import main as pex_main

    fetch_directly()
    pex_main(with_raw_wheels(sys.argv[1:]))


if __name__ == "__main__":
    main()
