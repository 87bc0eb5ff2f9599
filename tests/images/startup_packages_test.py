"""docker/api/startup-packages.txt lists the third-party packages the API imports to start, the ones the
image ships bytecode for: this test records them from a real start, configured as in production
(PostgreSQL, Redis), and fails when the list is stale."""

from __future__ import annotations

import importlib.util
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from zivo.core.db.engine import recreate_database
from zivo.core.db.migrate import upgrade_to_head

DATABASE_URL = os.environ.get("ZIVO_TEST_DATABASE_URL")
REDIS_URL = os.environ.get("ZIVO_TEST_REDIS_URL")
LIST = Path("docker/api/startup-packages.txt")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def imported_at_startup(tmp_path: Path) -> set[str]:
    """Top-level modules `python -m zivo.api.server` imports until it serves with the lab-test catalogue
    loaded (-X importtime)."""
    if not (DATABASE_URL and REDIS_URL):
        pytest.skip("records a production start: ZIVO_TEST_DATABASE_URL / ZIVO_TEST_REDIS_URL not set")
    database = f"{make_url(DATABASE_URL).database}_startup"
    port = free_port()
    env = {
        **os.environ,
        "DATA_DIR": str(tmp_path),
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
        "SECRET_KEY": "startup-packages-test-" + "x" * 32,
    }
    env.pop("OPENAI_API_KEY", None)
    env["DATABASE_URL"] = recreate_database(DATABASE_URL, database)
    upgrade_to_head(env["DATABASE_URL"])  # a deployment migrates first (its own command); the API only checks
    env["REDIS_URL"] = REDIS_URL
    log = tmp_path / "importtime.log"  # a file: a pipe would fill up and stall the server
    with log.open("w") as stderr:
        server = subprocess.Popen(
            [sys.executable, "-X", "importtime", "-m", "zivo.api.server"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            # Up and the lab-test catalogue loaded (/metrics, which imports nothing new: /readyz would load
            # the broker's client): its thread starts at start-up, so what it imports every start imports,
            # and waiting for it keeps the recording the same every run.
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as metrics:
                    if b"\nzivo_lab_test_catalogue_loaded 1.0\n" in metrics.read():
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):  # not up yet
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(
                    f"the API did not start and load its catalogue: {log.read_text()[-3000:]}"
                )
            time.sleep(0.2)
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    names = re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$", log.read_text(), flags=re.MULTILINE)
    return {name.split(".")[0] for name in names}


def site_packages_entry(module: str) -> str | None:
    """The site-packages entry a top-level module comes from (`pkg` or `mod.py`), None for the
    standard library and first-party code."""
    spec = importlib.util.find_spec(module)
    origin = spec.origin if spec else None
    if not origin or "site-packages" not in Path(origin).parts or module == "zivo":
        return None
    parts = Path(origin).parts
    entry = parts[len(parts) - 1 - parts[::-1].index("site-packages") + 1]
    return entry if not entry.endswith((".so", ".pth")) else None


def test_startup_packages_list_is_current(tmp_path: Path) -> None:
    recorded = sorted(
        {entry for module in imported_at_startup(tmp_path) if (entry := site_packages_entry(module))}
    )
    assert "fastapi" in recorded  # the recording saw the start-up
    assert "uvicorn" in recorded
    lines = LIST.read_text().splitlines()
    listed = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert listed == recorded, (
        f"{LIST} is stale: start-up now imports these third-party packages; write them to it, one a line:\n"
        + "\n".join(recorded)
    )
