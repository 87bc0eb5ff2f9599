from __future__ import annotations

import base64
import hashlib
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest
from pex.auth import PasswordEntry
from pex.hashing import Sha256
from pex.pip.tool import PackageIndexConfiguration
from pex.resolve.downloads import ArtifactDownloader
from pex.resolve.locked_resolve import FileArtifact
from pex.resolve.resolved_requirement import ArtifactURL, Fingerprint
from pex.result import Error

from zivo_pants.pex_cli import NO_PRE_INSTALL, fetch_directly, fetching_directly, with_raw_wheels

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


# The CLI fetches locked artifacts itself (fetching_directly); tested with the Pex it is built from.


class _Index(http.server.BaseHTTPRequestHandler):
    """Serves `files`; a path under /private/ only with the basic-auth credentials user:secret."""

    files: ClassVar[dict[str, bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path.startswith("/private/"):
            expected = "Basic " + base64.b64encode(b"user:secret").decode()
            if self.headers.get("Authorization") != expected:
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="index"')
                self.end_headers()
                return
        body = self.files.get(self.path.rsplit("/", 1)[-1])
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def index() -> Iterator[str]:
    _Index.files = {"tiny-1.0-py3-none-any.whl": b"not really a wheel\n" * 50_000}
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Index)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


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


class _Pip:
    """Stands in for Pex's `pip download` path and records what reached it."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, downloader: Any, artifact: FileArtifact, dest_dir: str, digest: Any) -> str:
        self.urls.append(artifact.url.download_url)
        return artifact.filename


def test_an_https_artifact_is_fetched_in_process_and_hashed_as_written(index: str, tmp_path: Path) -> None:
    pip = _Pip()
    digest = Sha256()
    url = f"{index}/packages/tiny-1.0-py3-none-any.whl"
    filename = fetching_directly(pip)(_downloader(), _artifact(url), str(tmp_path), digest)
    body = _Index.files["tiny-1.0-py3-none-any.whl"]
    assert filename == "tiny-1.0-py3-none-any.whl"
    assert (tmp_path / filename).read_bytes() == body
    assert digest.hexdigest() == hashlib.sha256(body).hexdigest()
    assert pip.urls == []


def test_index_credentials_reach_the_fetch(index: str, tmp_path: Path) -> None:
    url = f"{index}/private/tiny-1.0-py3-none-any.whl"
    without = fetching_directly(_Pip())(_downloader(), _artifact(url), str(tmp_path), Sha256())
    assert isinstance(without, Error)
    assert "401" in str(without)
    entry = PasswordEntry.maybe_extract_from_url(url.replace("http://", "http://user:secret@"))
    downloaded = fetching_directly(_Pip())(
        _downloader(password_entries=[entry]), _artifact(url), str(tmp_path), Sha256()
    )
    assert (tmp_path / downloaded).read_bytes() == _Index.files["tiny-1.0-py3-none-any.whl"]


def test_a_missing_artifact_is_an_error_naming_its_url(index: str, tmp_path: Path) -> None:
    url = f"{index}/packages/gone-1.0-py3-none-any.whl"
    result = fetching_directly(_Pip())(_downloader(), _artifact(url), str(tmp_path), Sha256())
    assert isinstance(result, Error)
    assert url in str(result)
    assert "404" in str(result)


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
