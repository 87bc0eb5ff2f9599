from __future__ import annotations

import base64
import hashlib
import http.server
import os
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from multiprocessing.pool import ThreadPool
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest
from pex.auth import PasswordEntry
from pex.hashing import Sha256
from pex.network_configuration import NetworkConfiguration
from pex.pip.tool import PackageIndexConfiguration
from pex.resolve.downloads import ArtifactDownloader
from pex.resolve.locked_resolve import FileArtifact
from pex.resolve.resolved_requirement import ArtifactURL, Fingerprint
from pex.result import Error

from zivo_pants import pex_cli
from zivo_pants.pex_cli import (
    NO_PRE_INSTALL,
    close_pools,
    fetch_directly,
    fetching_directly,
    narrowed_python_path,
    with_raw_wheels,
)

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


# The CLI hands Pex only the interpreters whose names can satisfy the constraints (narrowed_python_path).


def _pythons(root: Path, *paths: str) -> None:
    for path in paths:
        binary = root / path
        binary.parent.mkdir(parents=True, exist_ok=True)
        binary.write_text("#!/bin/sh\n")
        binary.chmod(0o755)


def _search(argv: list[str]) -> list[str]:
    return argv[argv.index("--python-path") + 1].split(":")


def test_the_python_path_keeps_the_versions_the_constraints_allow(tmp_path: Path) -> None:
    _pythons(
        tmp_path,
        *("2.7/bin/python", "2.7/bin/python2.7", "3.9/bin/python3", "3.9/bin/python3.9"),
        *("3.11/bin/python", "3.11/bin/python3", "3.11/bin/python3.11", "3.11/bin/python3.11-config"),
        *("3.13/bin/python3.13", "usr/bin/python3", "usr/bin/python3.11", "usr/bin/pip3.11"),
    )
    (tmp_path / "usr/bin/python3.12").write_text("not executable")
    search = ":".join(
        str(tmp_path / d) for d in ("2.7/bin", "3.9/bin", "3.11/bin", "3.13/bin", "missing", "usr/bin")
    )
    argv = ["--tmpdir", ".tmp", "--python-path", search, "--interpreter-constraint", "CPython==3.11.*"]
    narrowed = narrowed_python_path([*argv, "--", "-c", "print(1)"])
    assert _search(narrowed) == [str(tmp_path / "3.11/bin/python3.11"), str(tmp_path / "usr/bin/python3.11")]
    assert narrowed[:2] == argv[:2]
    assert narrowed[-5:] == [*argv[-2:], "--", "-c", "print(1)"]
    # Constraints are alternatives; a range keeps every minor version it allows, in the search's order.
    ranges = [
        *argv[:-2],
        "--interpreter-constraint",
        "CPython>=3.9,<3.12",
        "--interpreter-constraint",
        "==3.13.*",
    ]
    assert [
        Path(path).relative_to(tmp_path).as_posix() for path in _search(narrowed_python_path(ranges))
    ] == [
        "3.9/bin/python3.9",
        "3.11/bin/python3.11",
        "3.13/bin/python3.13",
        "usr/bin/python3.11",
    ]
    # An exact version keeps its minor version's names; a file in the search path counts as itself.
    exact = [
        "--python-path",
        f"{tmp_path}/3.11/bin/python3.11",
        "--interpreter-constraint",
        "CPython==3.11.7",
    ]
    assert narrowed_python_path(exact) == exact
    spelled = [f"--python-path={search}", "--interpreter-constraint", "CPython==3.9.*"]
    assert narrowed_python_path(spelled)[0] == f"--python-path={tmp_path}/3.9/bin/python3.9"


def test_the_python_path_stays_where_there_is_nothing_to_narrow(tmp_path: Path) -> None:
    _pythons(tmp_path, "bin/python3", "bin/python3.11")
    search = ["--python-path", str(tmp_path / "bin")]
    for argv in (
        [*search],  # no constraint: Pex takes the first interpreter it finds
        [*search, "--interpreter-constraint", "PyPy==3.11.*"],  # names this does not read
        [*search, "--interpreter-constraint", "CPython==3.11.*", "--python", "python3"],  # an explicit choice
        [*search, "--interpreter-constraint", "CPython==3.12.*"],  # no versioned name matches: Pex reports it
        [*search, "--interpreter-constraint", "not a constraint"],  # Pex reports it
        [
            "--interpreter-constraint",
            "CPython==3.11.*",
            "--",
            "--python-path",
            str(tmp_path),
        ],  # the PEX's own
    ):
        assert narrowed_python_path(argv) == argv


def test_pex_picks_the_same_interpreters_from_the_narrowed_path(tmp_path: Path, monkeypatch: Any) -> None:
    """On this machine's PATH, Pex finds the same compatible interpreters either way."""
    from pex.interpreter_constraints import InterpreterConstraints
    from pex.pex_bootstrapper import iter_compatible_interpreters

    monkeypatch.setenv("PEX_ROOT", str(tmp_path))
    search = os.environ.get("PATH", os.defpath)
    for constraint in ("CPython==3.11.*", "CPython>=3.9,<3.12"):
        argv = ["--python-path", search, "--interpreter-constraint", constraint]
        narrowed = _search(narrowed_python_path(argv))
        if narrowed == search.split(":"):
            continue  # no versioned interpreter here: nothing was narrowed

        def found(path: list[str], constraint: str = constraint) -> set[str]:
            constraints = InterpreterConstraints.parse(constraint)
            return {
                os.path.realpath(interpreter.binary)
                for interpreter in iter_compatible_interpreters(
                    path=path, interpreter_constraints=constraints
                )
            }

        assert found(narrowed) == found(search.split(":"))


# The CLI fetches locked artifacts itself (fetching_directly); tested with the Pex it is built from.


class _Index(http.server.BaseHTTPRequestHandler):
    """Serves `files` over HTTP/1.1 (kept-alive connections), counting connections and recording requests.

    A path under /private/ only with the basic-auth credentials user:secret; /moved/NAME and /elsewhere/NAME
    redirect to /packages/NAME (the latter on `localhost`, another origin); the first `unavailable` GETs of
    /flaky/NAME answer 503; with `drop_after_response` the server closes each connection after one
    response without saying so, as a server does with an idle kept-alive connection. `closed` is released
    once per connection the server has closed (_Server), so a test can wait for the close to be sent.
    """

    protocol_version = "HTTP/1.1"
    files: ClassVar[dict[str, bytes]] = {}
    connections: ClassVar[int] = 0
    requests: ClassVar[list[tuple[str, str | None]]] = []  # (request target, Authorization)
    unavailable: ClassVar[int] = 0
    drop_after_response: ClassVar[bool] = False
    closed: ClassVar[threading.Semaphore] = threading.Semaphore(0)

    def setup(self) -> None:
        super().setup()
        type(self).connections += 1

    def _answer(self, status: int, body: bytes = b"", **headers: str) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        if self.drop_after_response:
            self.close_connection = True

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        _Index.requests.append((self.path, self.headers.get("Authorization")))
        name = self.path.rsplit("/", 1)[-1]
        if "/private/" in self.path:
            expected = "Basic " + base64.b64encode(b"user:secret").decode()
            if self.headers.get("Authorization") != expected:
                return self._answer(401, WWW_Authenticate='Basic realm="index"')
        if "/moved/" in self.path:
            return self._answer(302, Location=f"/packages/{name}")
        if "/elsewhere/" in self.path:
            port = self.server.server_address[1]
            return self._answer(307, Location=f"http://localhost:{port}/packages/{name}")
        if "/flaky/" in self.path and _Index.unavailable > 0:
            _Index.unavailable -= 1
            return self._answer(503, b"try again")
        body = self.files.get(name)
        if body is None:
            return self._answer(404, b"not found")
        self._answer(200, body)

    def log_message(self, *args: object) -> None:
        pass


WHEEL = "tiny-1.0-py3-none-any.whl"


class _Server(http.server.ThreadingHTTPServer):
    def shutdown_request(self, request: Any) -> None:
        super().shutdown_request(request)  # the socket is shut down and closed
        _Index.closed.release()


def _serve(tls: ssl.SSLContext | None = None) -> tuple[http.server.ThreadingHTTPServer, str]:
    _Index.files = {WHEEL: b"not really a wheel\n" * 50_000}
    _Index.connections, _Index.requests, _Index.unavailable = 0, [], 0
    _Index.drop_after_response, _Index.closed = False, threading.Semaphore(0)
    server = _Server(("127.0.0.1", 0), _Index)
    server.daemon_threads = True
    if tls:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server, f"{'https' if tls else 'http'}://127.0.0.1:{server.server_address[1]}"


@pytest.fixture()
def index() -> Iterator[str]:
    server, url = _serve()
    try:
        yield url
    finally:
        close_pools()  # the connections kept to this index
        server.shutdown()
        server.server_close()


def _artifact(url: str) -> FileArtifact:
    return FileArtifact(
        url=ArtifactURL.parse(url),
        fingerprint=Fingerprint(algorithm="sha256", hash="0" * 64),
        verified=False,
        filename=url.rsplit("/", 1)[-1],
    )


def _downloader(**config: Any) -> SimpleNamespace:
    # Only its package index configuration is read; a real ArtifactDownloader would build pip first.
    return SimpleNamespace(package_index_configuration=PackageIndexConfiguration.create(**config))


def _get(url: str, dest: Path, **config: Any) -> Any:
    return fetching_directly(_Pip())(_downloader(**config), _artifact(url), str(dest), Sha256())


class _Pip:
    """Stands in for Pex's `pip download` path and records what reached it."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, downloader: Any, artifact: FileArtifact, dest_dir: str, digest: Any) -> str:
        self.urls.append(artifact.url.download_url)
        return artifact.filename


def test_an_http_artifact_is_fetched_in_process_and_hashed(index: str, tmp_path: Path) -> None:
    pip = _Pip()
    digest = Sha256()
    url = f"{index}/packages/{WHEEL}"
    filename = fetching_directly(pip)(_downloader(), _artifact(url), str(tmp_path), digest)
    body = _Index.files[WHEEL]
    assert filename == WHEEL
    assert (tmp_path / filename).read_bytes() == body
    assert digest.hexdigest() == hashlib.sha256(body).hexdigest()
    assert pip.urls == []
    assert _Index.requests == [("/packages/tiny-1.0-py3-none-any.whl", None)]


def test_downloads_in_one_thread_share_one_connection(index: str, tmp_path: Path) -> None:
    for name in ("a", "b", "c", "d", "e", "f", "g", "h"):
        _Index.files[f"{name}-1.0-py3-none-any.whl"] = name.encode() * 1000
    for name in ("a", "b", "c", "d", "e", "f", "g", "h"):
        wheel = f"{name}-1.0-py3-none-any.whl"
        assert _get(f"{index}/packages/{wheel}", tmp_path) == wheel
        assert (tmp_path / wheel).read_bytes() == name.encode() * 1000
    assert len(_Index.requests) == 8
    assert _Index.connections == 1


def test_download_threads_share_the_kept_connections(index: str, tmp_path: Path) -> None:
    names = [f"w{number}-1.0-py3-none-any.whl" for number in range(24)]
    for name in names:
        _Index.files[name] = name.encode() * 500
    # As Pex downloads (pex.resolve.lock_resolver): a thread pool mapped over the artifacts.
    with ThreadPool(processes=3) as pool:
        results = pool.map(lambda name: _get(f"{index}/packages/{name}", tmp_path), names, chunksize=2)
    assert results == names
    assert all((tmp_path / name).read_bytes() == name.encode() * 500 for name in names)
    assert 1 <= _Index.connections <= 3


def test_a_kept_connection_the_server_closed_is_replaced_without_a_retry(index: str, tmp_path: Path) -> None:
    _Index.drop_after_response = True
    no_retries = NetworkConfiguration(retries=0)
    for _ in range(3):
        assert _get(f"{index}/packages/{WHEEL}", tmp_path, network_configuration=no_retries) == WHEEL
        # As with an idle connection, the close has reached the client before it sends again: without this
        # wait a busy machine could run the next request before the server's thread closed the socket, a
        # race (a request on a connection the server closes meanwhile) that only Pex's retries cover.
        assert _Index.closed.acquire(timeout=30)
    assert _Index.connections == 3


def test_temporary_failures_are_retried_up_to_retries(index: str, tmp_path: Path) -> None:
    url = f"{index}/flaky/{WHEEL}"
    _Index.unavailable = 2
    assert _get(url, tmp_path, network_configuration=NetworkConfiguration(retries=2)) == WHEEL
    _Index.unavailable = 2
    failed = _get(url, tmp_path, network_configuration=NetworkConfiguration(retries=1))
    assert isinstance(failed, Error)
    assert url in str(failed)
    assert "503" in str(failed)


def test_index_credentials_reach_the_fetch(index: str, tmp_path: Path) -> None:
    url = f"{index}/private/{WHEEL}"
    without = _get(url, tmp_path)
    assert isinstance(without, Error)
    assert "401" in str(without)
    entry = PasswordEntry.maybe_extract_from_url(url.replace("http://", "http://user:secret@"))
    _Index.requests.clear()
    assert _get(url, tmp_path, password_entries=[entry]) == WHEEL
    assert (tmp_path / WHEEL).read_bytes() == _Index.files[WHEEL]
    # Sent with the request, as Pex's pip path sent them in the URL: no round trip for a challenge.
    assert len(_Index.requests) == 1


def test_redirects_are_followed_and_credentials_stay_with_their_origin(index: str, tmp_path: Path) -> None:
    entry = PasswordEntry(username="user", password="secret")  # like ~/.netrc's `default`: any host
    assert _get(f"{index}/moved/{WHEEL}", tmp_path, password_entries=[entry]) == WHEEL
    assert _get(f"{index}/elsewhere/{WHEEL}", tmp_path, password_entries=[entry]) == WHEEL
    assert (tmp_path / WHEEL).read_bytes() == _Index.files[WHEEL]
    basic = "Basic " + base64.b64encode(b"user:secret").decode()
    assert _Index.requests == [
        (f"/moved/{WHEEL}", basic),
        (f"/packages/{WHEEL}", basic),
        (f"/elsewhere/{WHEEL}", basic),
        (f"/packages/{WHEEL}", None),  # on localhost: another origin
    ]


def test_an_auth_challenge_is_left_to_pex_url_fetcher(
    monkeypatch: pytest.MonkeyPatch, index: str, tmp_path: Path
) -> None:
    answered = []

    def url_fetcher(url: str, dest_file: str, digest: Any, config: Any) -> None:
        answered.append(url)
        Path(dest_file).write_bytes(b"from URLFetcher")

    monkeypatch.setattr(pex_cli, "_fetch_with_urlfetcher", url_fetcher)
    url = f"{index}/private/{WHEEL}"
    assert _get(url, tmp_path) == WHEEL
    assert answered == [url]
    assert (tmp_path / WHEEL).read_bytes() == b"from URLFetcher"


def test_a_missing_artifact_is_an_error_naming_its_url(index: str, tmp_path: Path) -> None:
    url = f"{index}/packages/gone-1.0-py3-none-any.whl"
    result = _get(url, tmp_path)
    assert isinstance(result, Error)
    assert url in str(result)
    assert "404" in str(result)


@pytest.mark.parametrize("from_environment", [False, True])
def test_a_proxy_gets_the_whole_url(
    monkeypatch: pytest.MonkeyPatch, index: str, tmp_path: Path, from_environment: bool
) -> None:
    proxy = index.replace("http://", "http://someone:pass@")
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    if from_environment:
        monkeypatch.setenv("http_proxy", proxy)
        network = NetworkConfiguration()
    else:
        monkeypatch.delenv("http_proxy", raising=False)
        monkeypatch.delenv("HTTP_PROXY", raising=False)
        network = NetworkConfiguration(proxy=proxy.replace("http://", ""))  # Pex's form: no scheme
    url = f"http://index.invalid/packages/{WHEEL}"
    assert _get(url, tmp_path, network_configuration=network) == WHEEL
    assert _get(url, tmp_path, network_configuration=network) == WHEEL
    assert [target for target, _ in _Index.requests] == [url, url]
    assert _Index.connections == 1


@pytest.fixture()
def tls_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """An HTTPS index with a self-signed certificate for 127.0.0.1, and that certificate's path."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl makes the test certificate")
    where = tmp_path_factory.mktemp("tls")
    cert, key = where / "cert.pem", where / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"),
            *("-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server, url = _serve(tls=context)
    try:
        yield url, str(cert)
    finally:
        close_pools()
        server.shutdown()
        server.server_close()


def test_https_checks_the_cert_given_and_keeps_its_connection(
    tls_index: tuple[str, str], tmp_path: Path
) -> None:
    url, cert = tls_index
    untrusted = _get(
        f"{url}/packages/{WHEEL}", tmp_path, network_configuration=NetworkConfiguration(retries=0)
    )
    assert isinstance(untrusted, Error)
    assert "CERTIFICATE_VERIFY_FAILED" in str(untrusted)
    connections_before = _Index.connections
    trusted = NetworkConfiguration(cert=cert)
    for _ in range(3):
        assert _get(f"{url}/packages/{WHEEL}", tmp_path, network_configuration=trusted) == WHEEL
    assert (tmp_path / WHEEL).read_bytes() == _Index.files[WHEEL]
    assert _Index.connections == connections_before + 1


def test_file_urls_and_pip_configuration_stay_with_pip(index: str, tmp_path: Path) -> None:
    pip = _Pip()
    local = f"file://{tmp_path}/tiny-1.0-py3-none-any.whl"
    remote = f"{index}/packages/tiny-1.0-py3-none-any.whl"
    fetching_directly(pip)(_downloader(), _artifact(local), str(tmp_path), Sha256())
    fetching_directly(pip)(_downloader(use_pip_config=True), _artifact(remote), str(tmp_path), Sha256())
    assert pip.urls == [local, remote]
    assert not (tmp_path / "tiny-1.0-py3-none-any.whl").exists()


def test_the_cli_patches_pex_own_downloader(
    monkeypatch: pytest.MonkeyPatch, index: str, tmp_path: Path
) -> None:
    pip = _Pip()
    monkeypatch.setattr(ArtifactDownloader, "download", pip)
    fetch_directly()
    remote = f"{index}/packages/tiny-1.0-py3-none-any.whl"
    local = f"file://{tmp_path}/elsewhere/tiny-1.0-py3-none-any.whl"
    assert ArtifactDownloader.download(_downloader(), _artifact(remote), str(tmp_path), Sha256()) == (
        "tiny-1.0-py3-none-any.whl"
    )
    ArtifactDownloader.download(_downloader(), _artifact(local), str(tmp_path), Sha256())
    assert pip.urls == [local]
