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
path. So the CLI fetches with the standard library's `http.client` instead and keeps one connection per
host open in each of Pex's download threads (four per `--jobs`, at most ten), reused for every artifact
that thread fetches. It keeps what URLFetcher honours: the `--cert` CA bundle (Pex's own SSL context),
`--proxy` or the http(s)_proxy / no_proxy environment (https through a CONNECT tunnel), `--retries`
(URLFetcher's statuses and back-off, plus connection errors), `--timeout`, redirects, and basic-auth
credentials from `--index` URLs and ~/.netrc, sent with the request to the URL the lock names, as Pex's
pip path did (not to another host a redirect leads to). A 401 (no or wrong credentials, or a Digest realm)
leaves that artifact to URLFetcher, which answers challenges. Pex checks every artifact against the lock's
sha256 after either download: the file is hashed once written, as Pex's own download does. Where pip's
configuration is in use (`--use-pip-config`, client certificates) pip still downloads, as it does file://
URLs (copied by Pex itself).
"""

from __future__ import annotations

import base64
import http.client
import os
import shutil
import sys
import threading
import time
import urllib.request
from typing import Any, Callable
from urllib.error import HTTPError
from urllib.parse import SplitResult, unquote, urljoin, urlsplit, urlunsplit

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

# URLFetcher's: the statuses it retries (RFC 2616's temporary ones) and its first back-off, doubled per retry.
RETRY_STATUSES = frozenset((408, 500, 503, 504))
RETRY_DELAY = 0.1
REDIRECT_STATUSES = frozenset((301, 302, 303, 307, 308))
MAX_REDIRECTS = 10  # urllib's


class _AuthChallengeError(Exception):
    """An answer this fetcher does not handle (an auth challenge): Pex's URLFetcher fetches that artifact."""


class _KeptConnections(threading.local):
    """This thread's open connections, one per route: (scheme, host, port, proxy, network configuration)."""

    def __init__(self) -> None:
        self.by_route: dict[tuple[Any, ...], http.client.HTTPConnection] = {}

    def get(self, url: SplitResult, proxy: SplitResult | None, network: Any) -> tuple[Any, Any]:
        from pex.fetcher import get_ssl_context

        port = url.port or (443 if url.scheme == "https" else 80)
        route = (url.scheme, url.hostname, port, proxy, network)
        connection = self.by_route.get(route)
        if connection is None:
            host, host_port = (proxy.hostname, proxy.port or 80) if proxy else (url.hostname, port)
            if url.scheme == "https":
                context = get_ssl_context(network_configuration=network)
                connection = http.client.HTTPSConnection(
                    host, host_port, timeout=network.timeout, context=context
                )
                if proxy:
                    connection.set_tunnel(url.hostname, port, headers=_proxy_headers(proxy))
            else:
                connection = http.client.HTTPConnection(host, host_port, timeout=network.timeout)
            self.by_route[route] = connection
        return route, connection

    def drop(self, route: tuple[Any, ...]) -> None:
        connection = self.by_route.pop(route, None)
        if connection is not None:
            connection.close()

    def clear(self) -> None:
        for route in list(self.by_route):
            self.drop(route)


_KEPT = _KeptConnections()


def _basic(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode("ascii")


def _proxy_for(url: SplitResult, network: Any) -> SplitResult | None:
    """The proxy for `url`, as urllib's ProxyHandler picks it: --proxy, else the environment's; no_proxy."""
    proxy = network.proxy or urllib.request.getproxies().get(url.scheme)
    if not proxy or urllib.request.proxy_bypass(url.netloc.rpartition("@")[2]):
        return None
    return urlsplit(proxy if "://" in proxy else "http://" + proxy)


def _proxy_headers(proxy: SplitResult) -> dict[str, str]:
    if proxy.username is None:
        return {}
    return {"Proxy-Authorization": _basic(unquote(proxy.username), unquote(proxy.password or ""))}


def _credentials(url: str, password_entries: Any) -> str | None:
    """Basic credentials for `url`: its own, else the first entry Pex itself would put in it (pip's path)."""
    parts = urlsplit(url)
    if parts.username is not None:
        return _basic(unquote(parts.username), unquote(parts.password or ""))
    for entry in password_entries:
        if entry.maybe_inject_in_url(url):
            return _basic(entry.username, entry.password)
    return None


def _send(url: SplitResult, target: str, headers: dict[str, str], network: Any) -> tuple[Any, Any]:
    """The route and response of a GET on this thread's connection for it (one closed while idle: anew)."""
    proxy = _proxy_for(url, network)
    if proxy and url.scheme == "http":  # a plain-HTTP proxy takes the whole URL
        target = urlunsplit((url.scheme, url.netloc.rpartition("@")[2], target, "", ""))
        headers = {**headers, **_proxy_headers(proxy)}
    while True:
        route, connection = _KEPT.get(url, proxy, network)
        kept = connection.sock is not None
        try:
            connection.request("GET", target, headers=headers)
            return route, connection.getresponse()
        except (OSError, http.client.HTTPException):
            _KEPT.drop(route)
            if not kept:  # a new connection failed: the caller's retries decide
                raise


def _open(url: str, network: Any, password_entries: Any) -> http.client.HTTPResponse:
    """The 200 response for `url`, redirects followed, on this thread's kept connections."""
    from pex.fetcher import URLFetcher

    origin = urlsplit(url)[:2]
    credentials = _credentials(url, password_entries)
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        headers = {"User-Agent": URLFetcher.USER_AGENT}
        if credentials and parts[:2] == origin:
            headers["Authorization"] = credentials
        target = urlunsplit(("", "", parts.path or "/", parts.query, ""))
        route, response = _send(parts, target, headers, network)
        location = response.getheader("Location")
        if response.status in REDIRECT_STATUSES and location:
            response.read()
            url = urljoin(url, location)
            continue
        if response.status == 200:
            return response
        response.close()
        _KEPT.drop(route)
        if response.status == 401:
            raise _AuthChallengeError()
        raise HTTPError(url, response.status, response.reason, response.headers, None)
    raise HTTPError(url, response.status, "redirected more than 10 times", response.headers, None)


def _fetch(url: str, dest_file: str, network: Any, password_entries: Any) -> None:
    """Writes `url`'s body to `dest_file`, retrying as URLFetcher does (`--retries`)."""
    delay = RETRY_DELAY
    for attempt in range(network.retries + 1):
        if attempt:
            time.sleep(delay)
            delay *= 2
        try:
            with _open(url, network, password_entries) as response, open(dest_file, "wb") as out:
                shutil.copyfileobj(response, out, 1 << 20)
            return
        except HTTPError as error:
            if error.code not in RETRY_STATUSES or attempt == network.retries:
                raise
        except (OSError, http.client.HTTPException):
            _KEPT.clear()  # the connection that failed is in no state to be reused
            if attempt == network.retries:
                raise


def _fetch_with_urlfetcher(url: str, dest_file: str, config: Any) -> None:
    from pex.fetcher import URLFetcher

    fetcher = URLFetcher(
        network_configuration=config.network_configuration,
        password_entries=config.password_entries,
    )
    with fetcher.get_body_stream(url) as body, open(dest_file, "wb") as out:
        shutil.copyfileobj(body, out, 1 << 20)


def fetching_directly(pip_download: Download) -> Download:
    """`ArtifactDownloader.download` that fetches http(s) artifacts in this process, else `pip_download`.

    Returns the file's name, or a `pex.result.Error` saying what failed, as Pex's own does; `digest` sees
    the file's bytes once it is written, as with Pex's own download.
    """

    def download(self: Any, artifact: Any, dest_dir: str, digest: Any) -> Any:
        from pex.auth import PasswordDatabase
        from pex.hashing import file_hash
        from pex.requirements import ArchiveScheme
        from pex.result import Error

        config = self.package_index_configuration
        if artifact.url.scheme not in (ArchiveScheme.HTTP, ArchiveScheme.HTTPS) or config.use_pip_config:
            return pip_download(self, artifact, dest_dir, digest)
        url = artifact.url.download_url
        dest_file = os.path.join(dest_dir, artifact.filename)
        # URLFetcher's credentials: ~/.netrc's, then the --index URLs'.
        entries = PasswordDatabase.from_netrc().append(config.password_entries).entries
        try:
            try:
                _fetch(url, dest_file, config.network_configuration, entries)
            except _AuthChallengeError:
                _fetch_with_urlfetcher(url, dest_file, config)
        except (OSError, http.client.HTTPException) as error:  # HTTPError and URLError are OSErrors
            return Error(f"Failed to download {url}: {error}")
        file_hash(dest_file, digest)
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
