"""A private registry for a bench run: empty when it starts, pushed to by this run alone.

What a push adds to its storage is what the push moved (compressed layers and manifests), so benches
measure pushed bytes as the growth of `storage`. Needs `docker-registry` (Debian's package, which
.ci/setup.sh installs for the shared registry on 127.0.0.1:5000).
"""

from __future__ import annotations

import contextlib
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def private_registry(address: str, storage: Path) -> Iterator[str]:
    """Serves a registry on `address` (HOST:PORT) with its blobs under `storage`; yields the address."""
    storage.mkdir(parents=True, exist_ok=True)
    config = storage / "config.yml"
    data = storage / "data"
    config.write_text(
        f"version: 0.1\nlog: {{level: error}}\nstorage: {{filesystem: {{rootdirectory: {data}}}}}\n"
        f"http: {{addr: {address}}}\n"
    )
    server = subprocess.Popen(
        ["docker-registry", "serve", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"docker-registry exited ({server.returncode}); is {address} in use?")
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"http://{address}/v2/", timeout=1).close()
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"docker-registry did not answer on {address}")
            time.sleep(0.1)
        yield address
    finally:
        server.terminate()
        server.wait(timeout=30)
