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
framework PEX's 46 artifacts ~40 s of a cold build (README "Cold builds"). Each of those, and Pex's own
URLFetcher (urllib), also opens a new connection per artifact, and on a network where new connections
opened at once stall (one here stalls some of them exactly 5 s) that is a stall on the build's critical
path. So the CLI fetches with urllib3 instead (a requirement of the CLI: ./pants builds it with the
pins of 3rdparty/python/pex-cli-requirements.txt), whose pools keep connections open and reuse them for
every artifact of a host, across Pex's download threads (four per `--jobs`, at most ten). It keeps what
URLFetcher honours: the `--cert` CA bundle (Pex's own SSL context), `--proxy` or the http(s)_proxy /
no_proxy environment (https through a CONNECT tunnel), `--retries` (URLFetcher's statuses, plus connection
errors), `--timeout`, redirects, and basic-auth credentials from `--index` URLs and ~/.netrc, sent with
the request to the URL the lock names, as Pex's pip path did (urllib3 drops them on a redirect to another
host). A 401 (no or wrong credentials, or a Digest realm) leaves that artifact to URLFetcher, which
answers challenges. Pex checks every artifact against the lock's sha256 after either download: the bytes
are hashed as they are written. Where pip's configuration is in use
(`--use-pip-config`, client certificates) pip still downloads, as it does file:// URLs (copied by Pex
itself).

Third, where a build searches for an interpreter (`--interpreter-constraint` with Pants' `--python-path`,
[python-bootstrap] search_path: every pyenv version and PATH), the CLI hands Pex only the binaries that
`--python-path` holds whose file names give a version (`python3.11`) that can satisfy a constraint
(`narrowed_python_path`). Pex runs each candidate it finds to identify it (a process each, and, even
with its cache warm, a hash of each binary and a pyenv shim lookup per process), so each Pex process
spent 2-3 s, and the first one of a cold build ~7 s, identifying Python 2.7 to 3.13 to keep the one or
two 3.11 interpreters (README "Cold builds"). What Pex picks is unchanged: every interpreter that can
satisfy a constraint is still a candidate under its versioned name (`python3.11` beside `python3` and
`python`, in pyenv's versions and Debian's /usr/bin alike), and Pex still identifies and checks it. The
command line, so each process's cache key, is unchanged too. Only CPython constraints are narrowed; when
nothing versioned is found, Pex gets `--python-path` as it was.
"""

from __future__ import annotations

import functools
import os
import re
import sys
import threading
import urllib.request
from typing import Any, Callable
from urllib.error import HTTPError
from urllib.parse import unquote, urlsplit

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


# A binary whose name gives its version, as CPython installs name them (pyenv, python.org, Debian...).
VERSIONED_PYTHON = re.compile(r"^python(\d+)\.(\d+)$")


def _options(argv: list[str], name: str) -> list[str]:
    """Every value of `name VALUE` or `name=VALUE` in argv, before any `--`."""
    values = []
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == name and index + 1 < len(argv):
            values.append(argv[index + 1])
        elif arg.startswith(name + "="):
            values.append(arg.split("=", 1)[1])
    return values


def _could_satisfy(major: int, minor: int, specifiers: list[Any]) -> bool:
    """Whether some CPython major.minor.patch satisfies one of the constraints' specifier sets."""
    return any(
        specifier.contains(f"{major}.{minor}.{patch}", prereleases=True)
        for specifier in specifiers
        for patch in range(100)
    )


def narrowed_python_path(argv: list[str]) -> list[str]:
    """argv with `--python-path` holding only the interpreters that can satisfy its interpreter
    constraints by their file names (module docstring); argv itself where nothing is to narrow."""
    from pex.interpreter_constraints import InterpreterConstraint

    paths, constraints = _options(argv, "--python-path"), _options(argv, "--interpreter-constraint")
    if len(paths) != 1 or not constraints or _options(argv, "--python"):
        return argv
    try:
        parsed = [InterpreterConstraint.parse(constraint) for constraint in constraints]
    except ValueError:
        return argv  # Pex says why
    if any(constraint.name not in (None, "CPython") for constraint in parsed):
        return argv
    specifiers = [constraint.specifier for constraint in parsed]
    kept = []
    for entry in paths[0].split(os.pathsep):
        if os.path.isdir(entry):
            candidates = [os.path.join(entry, name) for name in sorted(os.listdir(entry))]
        else:
            candidates = [entry]
        for candidate in candidates:
            version = VERSIONED_PYTHON.match(os.path.basename(candidate))
            if (
                version
                and candidate not in kept
                and os.path.isfile(candidate)
                and os.access(candidate, os.X_OK)
                and _could_satisfy(int(version[1]), int(version[2]), specifiers)
            ):
                kept.append(candidate)
    if not kept:
        return argv
    narrowed = []
    skip = False
    for index, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg == "--":
            narrowed.extend(argv[index:])
            break
        elif arg == "--python-path":
            narrowed += [arg, os.pathsep.join(kept)]
            skip = True
        elif arg.startswith("--python-path="):
            narrowed.append(f"--python-path={os.pathsep.join(kept)}")
        else:
            narrowed.append(arg)
    return narrowed


Download = Callable[[Any, Any, str, Any], Any]

# URLFetcher's: the statuses it retries (RFC 2616's temporary ones), its back-off, doubled per retry
# (urllib3 retries the first time at once), and urllib's most redirects.
RETRY_STATUSES = frozenset((408, 500, 503, 504))
RETRY_DELAY = 0.1
MAX_REDIRECTS = 10
# Pex's download threads at most (four per --jobs, at most ten): connections each pool keeps for a host.
KEPT_PER_HOST = 10


class _AuthChallengeError(Exception):
    """An answer this fetcher does not handle (an auth challenge): Pex's URLFetcher fetches that artifact."""


# urllib3 is imported where it is used: most of the CLI's runs download nothing (~0.1 s each).
_POOLS: dict[tuple[Any, str | None], Any] = {}  # urllib3 PoolManagers
_POOLS_LOCK = threading.Lock()


def _proxy_for(url: str, network: Any) -> str | None:
    """The proxy for `url`, as urllib's ProxyHandler picks it: --proxy, else the environment's; no_proxy."""
    parts = urlsplit(url)
    proxy = network.proxy or urllib.request.getproxies().get(parts.scheme)
    if not proxy or urllib.request.proxy_bypass(parts.netloc.rpartition("@")[2]):
        return None
    return proxy if "://" in proxy else "http://" + proxy


def _basic(username: str | None, password: str | None) -> str:
    return f"{unquote(username or '')}:{unquote(password or '')}"


def _pool(url: str, network: Any) -> Any:
    """The urllib3 pools for `url` under `network` (Pex's NetworkConfiguration), made once and shared by
    threads."""
    import urllib3
    from pex.fetcher import get_ssl_context

    proxy = _proxy_for(url, network)
    with _POOLS_LOCK:
        pool = _POOLS.get((network, proxy))
        if pool is None:
            options: dict[str, Any] = dict(
                maxsize=KEPT_PER_HOST,
                ssl_context=get_ssl_context(network_configuration=network),
                timeout=urllib3.Timeout(connect=network.timeout, read=network.timeout),
                retries=urllib3.Retry(
                    total=network.retries,
                    redirect=MAX_REDIRECTS,
                    status_forcelist=RETRY_STATUSES,
                    backoff_factor=RETRY_DELAY,
                    raise_on_status=False,
                    raise_on_redirect=False,
                ),
            )
            if proxy is None:
                pool = urllib3.PoolManager(**options)
            else:
                parts = urlsplit(proxy)
                auth = _basic(parts.username, parts.password) if parts.username is not None else None
                headers = urllib3.make_headers(proxy_basic_auth=auth) if auth else None
                pool = urllib3.ProxyManager(proxy, proxy_headers=headers, **options)
            _POOLS[(network, proxy)] = pool
    return pool


def close_pools() -> None:
    """Closes every kept connection (tests, between servers)."""
    with _POOLS_LOCK:
        for pool in _POOLS.values():
            pool.clear()
        _POOLS.clear()


def _credentials(url: str, password_entries: Any) -> dict[str, str]:
    """Basic credentials for `url`: its own, else the first entry Pex itself would put in it (pip's path)."""
    import urllib3

    parts = urlsplit(url)
    if parts.username is not None:
        return urllib3.make_headers(basic_auth=_basic(parts.username, parts.password))
    for entry in password_entries:
        if entry.maybe_inject_in_url(url):
            return urllib3.make_headers(basic_auth=f"{entry.username}:{entry.password}")
    return {}


def _write(body: Any, dest_file: str, digest: Any) -> None:
    """Copies `body` to `dest_file`, hashing the bytes as they are written (one pass, not a re-read)."""
    with open(dest_file, "wb") as out:
        for chunk in iter(lambda: body.read(1 << 20), b""):
            digest.update(chunk)
            out.write(chunk)


@functools.lru_cache(maxsize=1)
def _netrc_entries() -> tuple[Any, ...]:
    """~/.netrc's credentials, as URLFetcher reads them: once per process, not once per artifact."""
    from pex.auth import PasswordDatabase

    return tuple(PasswordDatabase.from_netrc().entries)


def _fetch(url: str, dest_file: str, digest: Any, network: Any, password_entries: Any) -> None:
    """Writes `url`'s body to `dest_file` on kept connections, retried and redirected as URLFetcher does."""
    from pex.fetcher import URLFetcher

    headers = {"User-Agent": URLFetcher.USER_AGENT, **_credentials(url, password_entries)}
    parts = urlsplit(url)
    plain = parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()  # credentials in headers only
    # The bytes as served, as urllib gives them: a Content-Encoding is not undone (Pex checks the hash).
    response = _pool(url, network).request(
        "GET", plain, headers=headers, preload_content=False, decode_content=False
    )
    try:
        if response.status == 401:
            raise _AuthChallengeError()
        if response.status != 200:
            raise HTTPError(url, response.status, response.reason or "", response.headers, None)
        _write(response, dest_file, digest)
    except BaseException:
        response.close()  # its connection unread to the end: not back in the pool
        raise
    response.release_conn()


def _fetch_with_urlfetcher(url: str, dest_file: str, digest: Any, config: Any) -> None:
    from pex.fetcher import URLFetcher

    fetcher = URLFetcher(
        network_configuration=config.network_configuration,
        password_entries=config.password_entries,
    )
    with fetcher.get_body_stream(url) as body:
        _write(body, dest_file, digest)


def fetching_directly(pip_download: Download) -> Download:
    """`ArtifactDownloader.download` that fetches http(s) artifacts in this process, else `pip_download`.

    Returns the file's name, or a `pex.result.Error` saying what failed, as Pex's own does; `digest` sees
    the bytes as they are written.
    """

    def download(self: Any, artifact: Any, dest_dir: str, digest: Any) -> Any:
        import urllib3
        from pex.requirements import ArchiveScheme
        from pex.result import Error

        config = self.package_index_configuration
        if artifact.url.scheme not in (ArchiveScheme.HTTP, ArchiveScheme.HTTPS) or config.use_pip_config:
            return pip_download(self, artifact, dest_dir, digest)
        url = artifact.url.download_url
        dest_file = os.path.join(dest_dir, artifact.filename)
        # URLFetcher's credentials: ~/.netrc's, then the --index URLs'.
        entries = (*_netrc_entries(), *config.password_entries)
        try:
            try:
                _fetch(url, dest_file, digest, config.network_configuration, entries)
            except _AuthChallengeError:
                _fetch_with_urlfetcher(url, dest_file, digest, config)
        except (OSError, urllib3.exceptions.HTTPError) as error:  # urllib's HTTPError is an OSError
            return Error(f"Failed to download {url}: {error}")
        return artifact.filename

    return download


def fetch_directly() -> None:
    """Pex fetches locked artifacts itself instead of one `pip download` per artifact (module docstring)."""
    from pex.resolve.downloads import ArtifactDownloader

    ArtifactDownloader.download = fetching_directly(ArtifactDownloader.download)


def main() -> None:
    from pex.bin.pex import main as pex_main

    fetch_directly()
    pex_main(narrowed_python_path(with_raw_wheels(sys.argv[1:])))


if __name__ == "__main__":
    main()
