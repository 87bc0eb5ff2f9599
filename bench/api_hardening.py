"""Hardening numbers, each beside a peer measured in the same run.

    PYTHONPATH=src/python python bench/api_hardening.py [--logins 200] [--out bench/results/hardening.json]

1. Unauthenticated upload: a request declaring a 1 GiB body (and one streaming it chunked, no length)
   to ``POST /v1/lab-reports/upload`` without a token. Counted: body bytes the client managed to write
   before the server answered (an upper bound on what the server received: kernel buffers hold the rest).
   Peer: a bare FastAPI route with the same bearer dependency and ``UploadFile`` (what zivo did before the
   body guard), sent a 64 MiB body: it reads everything before its 401.
   Target: zivo refuses after <= 1 MB.
2. 200 concurrent sign-ins (the same account, right password): peak VmRSS of the server process versus
   its RSS before. zivo as configured (``PASSWORD_HASH_CONCURRENCY`` default 2) versus the same server
   with the bound lifted to 200 (the old, unbounded behaviour; uvicorn's 40 worker threads are then the
   only limit). Both with sign-in throttling lifted, which would otherwise stop the burst at 30.
   Target: zivo <= 400 MB.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import select
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

GIB = 1024**3
CHUNK = 64 * 1024
# A well-formed multipart start, so a server that parses keeps reading the file part to the end.
PREAMBLE = b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n'
PEER_CODE = """\
import os, uvicorn
from typing import Annotated
from fastapi import Depends, FastAPI, HTTPException, UploadFile
from fastapi.security import OAuth2PasswordBearer
app = FastAPI()
bearer = OAuth2PasswordBearer(tokenUrl="/token", auto_error=False)
def user(token: Annotated[str | None, Depends(bearer)]) -> str:
    raise HTTPException(401, "not authenticated")
@app.post("/v1/lab-reports/upload")
async def upload(file: UploadFile, who: Annotated[str, Depends(user)]) -> None:
    pass
@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
uvicorn.run(app, host="127.0.0.1", port=int(os.environ["PORT"]), log_config=None, access_log=False)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Server:
    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.port = free_port()
        self.process = subprocess.Popen(
            args,
            env={**os.environ, **env, "PORT": str(self.port), "LOG_LEVEL": "WARNING"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=1):
                    return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"server {args} did not start") from None
                time.sleep(0.1)

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmRSS")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def zivo_server(data_dir: str, **env: str) -> Server:
    return Server(
        [sys.executable, "-m", "zivo.api.server"],
        {"DATA_DIR": data_dir, "SECRET_KEY": "bench-secret-key-long-enough-for-hs256-0123", **env},
    )


def upload_bytes_before_answer(port: int, body_bytes: int, *, chunked: bool) -> tuple[int, str]:
    """Bytes of body written before the server's status line arrived (or it closed), and that line."""
    sock = socket.create_connection(("127.0.0.1", port))
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, CHUNK)
    length = "Transfer-Encoding: chunked" if chunked else f"Content-Length: {body_bytes}"
    head = (
        "POST /v1/lab-reports/upload HTTP/1.1\r\nHost: bench\r\n"
        f"Content-Type: multipart/form-data; boundary=xyz\r\n{length}\r\n\r\n"
    )
    sock.sendall(head.encode())
    sock.setblocking(False)
    chunk = b"x" * CHUNK

    def framed(data: bytes) -> bytes:
        return f"{len(data):x}\r\n".encode() + data + b"\r\n" if chunked else data

    first = (PREAMBLE + chunk)[:CHUNK]
    sent = 0
    answer = b""
    deadline = time.monotonic() + 120
    while sent < body_bytes and time.monotonic() < deadline:
        readable, writable, _ = select.select([sock], [sock], [], 1.0)
        if readable:
            answer = sock.recv(4096)
            break
        if writable:
            try:
                frame = framed(first if sent == 0 else chunk)
                # A partial send counts what was written; the framing bytes are not body.
                sent += max(0, sock.send(frame) - (len(frame) - CHUNK))
            except OSError:
                break
    if not answer:
        sock.setblocking(True)
        sock.settimeout(30)
        with contextlib.suppress(OSError):
            answer = sock.recv(4096)
    sock.close()
    return sent, answer.split(b"\r\n", 1)[0].decode(errors="replace")


def measure_uploads() -> dict[str, Any]:
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as data_dir:
        server = zivo_server(data_dir)
        try:
            for chunked in (False, True):
                sent, status = upload_bytes_before_answer(server.port, GIB, chunked=chunked)
                out["zivo_chunked" if chunked else "zivo_declared"] = {
                    "body_bytes_sent": sent,
                    "status": status,
                }
        finally:
            server.stop()
    peer = Server([sys.executable, "-c", PEER_CODE], {})
    try:
        sent, status = upload_bytes_before_answer(peer.port, 64 * 1024**2, chunked=False)
        out["peer_declared_64MiB"] = {"body_bytes_sent": sent, "status": status}
    finally:
        peer.stop()
    return out


def concurrent_logins(server: Server, count: int) -> dict[str, Any]:
    base = f"http://127.0.0.1:{server.port}"
    email, password = "bench@example.com", "bench-password-42"
    request = urllib.request.Request(
        f"{base}/v1/auth/register",
        json.dumps({"email": email, "password": password}).encode(),
        {"Content-Type": "application/json"},
    )
    urllib.request.urlopen(request, timeout=30).close()
    form = urllib.parse.urlencode({"username": email, "password": password}).encode()
    before = server.rss_mb()
    peak = before
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, server.rss_mb())
            time.sleep(0.02)

    def login(_: int) -> str:
        try:
            with urllib.request.urlopen(f"{base}/v1/auth/token", form, timeout=300) as response:
                return str(response.status)
        except urllib.error.HTTPError as exc:
            return str(exc.code)
        except OSError as exc:
            return type(exc).__name__

    sampler = threading.Thread(target=sample)
    sampler.start()
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=count) as pool:
        statuses = list(pool.map(login, range(count)))
    elapsed = time.monotonic() - started
    done.set()
    sampler.join()
    return {
        "rss_before_mb": round(before, 1),
        "rss_peak_mb": round(peak, 1),
        "seconds": round(elapsed, 2),
        "statuses": dict(Counter(statuses)),
    }


def measure_logins(count: int) -> dict[str, Any]:
    unthrottled = {
        "LOGIN_ATTEMPTS_PER_CLIENT": "100000/minute",
        "LOGIN_FAILURES_PER_ACCOUNT": "100000/minute",
    }
    out = {}
    for label, env in (("zivo", {}), ("peer_unbounded", {"PASSWORD_HASH_CONCURRENCY": "200"})):
        with tempfile.TemporaryDirectory() as data_dir:
            server = zivo_server(data_dir, **unthrottled, **env)
            try:
                out[label] = concurrent_logins(server, count)
            finally:
                server.stop()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--logins", type=int, default=200)
    parser.add_argument("--out", type=Path, default=Path("bench/results/hardening.json"))
    args = parser.parse_args()
    results = {"uploads": measure_uploads(), "logins": measure_logins(args.logins)}
    print(json.dumps(results, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
