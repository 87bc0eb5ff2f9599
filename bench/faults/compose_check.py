"""The documented deployment, brought up as the README says, one report end to end, one worker killed.

    python3 bench/faults/compose_check.py [--compose docker-compose] [--keep]

Standard library only (it runs before any virtualenv exists). Uses the images `./pants package` built:
zivo/api, zivo/ml-worker and the Debian stand-ins zivo/postgres and zivo/redis (POSTGRES_IMAGE and
REDIS_IMAGE, as deploy/env.example describes). Steps, each timed:
1. `docker-compose -p <project> -f deploy/compose.yaml --env-file <env> up -d` and wait for /readyz 200;
2. register, POST one report, wait until every result is categorized by the worker;
3. beat's own health check reports `healthy`; no message waits on a queue nothing consumes;
4. SIGKILL the worker container's main process (not `docker kill`, which counts as a manual stop), wait
   for the restart policy to bring it back, and get a second report categorized;
5. `down -v`, always.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "deploy" / "compose.yaml"
REPORT = {
    "collected_at": "2026-11-30T06:00:00Z",
    "results": [
        {"name": "Hemoglobin", "value": 12.1, "unit": "g/dL", "reference_range": "13.5-17.5"},
        {"name": "TSH", "value": 2.1, "unit": "mIU/L", "reference_range": "0.4-4.0"},
    ],
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def http(
    port: int,
    method: str,
    path: str,
    body: Any = None,
    headers: dict[str, str] | None = None,
    form: str | None = None,
) -> tuple[int, Any]:
    data = None
    all_headers = dict(headers or {})
    if form is not None:
        data = form.encode()
        all_headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = json.dumps(body).encode()
        all_headers["Content-Type"] = "application/json"
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", data=data, method=method, headers=all_headers
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, None
    except OSError:
        return 0, None


def wait(check: Any, what: str, timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if check():
            took = time.monotonic() - started
            print(f"  {what}: {took:.1f} s", flush=True)
            return took
        time.sleep(1)
    raise RuntimeError(f"{what}: not within {timeout:.0f} s")


class Deployment:
    def __init__(self, compose: list[str], project: str, env_file: Path) -> None:
        self.base = [*compose, "-p", project, "-f", str(COMPOSE_FILE), "--env-file", str(env_file)]

    def run(self, *args: str, capture: bool = False) -> str:
        argv = [*self.base, *args]
        print("$ " + shlex.join(argv[len(self.base) - 6 :]), flush=True)
        done = subprocess.run(argv, check=True, text=True, stdout=subprocess.PIPE if capture else None)
        return done.stdout or ""

    def container(self, service: str) -> str:
        return self.run("ps", "-q", service, capture=True).split()[0]


def inspect(container: str, template: str) -> str:
    return subprocess.run(
        ["docker", "inspect", "-f", template, container], check=True, text=True, stdout=subprocess.PIPE
    ).stdout.strip()


def categorized(port: int, headers: dict[str, str], report_id: str) -> bool:
    status, report = http(port, "GET", f"/v1/lab-reports/{report_id}", headers=headers)
    return status == 200 and all(r["status"] != "pending" for r in report["results"])


def upload(port: int, headers: dict[str, str]) -> str:
    status, report = http(port, "POST", "/v1/lab-reports", REPORT, headers)
    if status != 201:
        raise RuntimeError(f"upload answered {status}")
    return str(report["id"])


def check(deployment: Deployment, port: int) -> None:
    deployment.run("up", "-d")
    wait(lambda: http(port, "GET", "/readyz")[0] == 200, "API ready (/readyz 200)", 240)
    email = f"compose-{secrets.token_hex(6)}@example.com"
    assert http(port, "POST", "/v1/auth/register", {"email": email, "password": "correct-horse-42"})[0] == 202
    _, token = http(port, "POST", "/v1/auth/token", form=f"username={email}&password=correct-horse-42")
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    first = upload(port, headers)
    wait(lambda: categorized(port, headers, first), "first report categorized end to end", 300)

    beat = deployment.container("beat")
    wait(lambda: inspect(beat, "{{.State.Health.Status}}") == "healthy", "beat healthy", 120)
    worker = deployment.container("worker")
    wait(lambda: inspect(worker, "{{.State.Health.Status}}") == "healthy", "worker healthy", 180)
    keys = deployment.run("exec", "-T", "redis", "redis-cli", "--scan", capture=True).split()
    orphans = [key for key in keys if key in {"celery"}]
    if orphans:
        raise RuntimeError(f"messages on a queue no worker consumes: {orphans}")

    restarts = int(inspect(worker, "{{.RestartCount}}"))
    pid = int(inspect(worker, "{{.State.Pid}}"))
    os.kill(pid, signal.SIGKILL)
    print(f"  SIGKILL worker container {worker[:12]} (pid {pid})", flush=True)
    wait(
        lambda: int(inspect(worker, "{{.RestartCount}}")) > restarts
        and inspect(worker, "{{.State.Running}}") == "true",
        "worker container restarted by its restart policy",
        120,
    )
    second = upload(port, headers)
    wait(lambda: categorized(port, headers, second), "report categorized by the restarted worker", 300)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--compose", default="docker-compose", help="the Compose command (`docker compose` for v2)"
    )
    parser.add_argument("--project", default=f"zivo-check-{os.getpid()}")
    parser.add_argument("--postgres-image", default="zivo/postgres:latest")
    parser.add_argument("--redis-image", default="zivo/redis:latest")
    parser.add_argument("--keep", action="store_true", help="leave the stack running")
    args = parser.parse_args(argv)
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="zivo-compose-") as tmp:
        env_file = Path(tmp) / ".env"
        env_file.write_text(
            f"POSTGRES_PASSWORD={secrets.token_hex(16)}\nSECRET_KEY={secrets.token_hex(32)}\n"
            f"OPENAI_API_KEY=unused\nAPI_PORT={port}\nPOSTGRES_IMAGE={args.postgres_image}\n"
            f"REDIS_IMAGE={args.redis_image}\nWORKER_CONCURRENCY=1\nMODELS_DIR={tmp}\n"
        )
        deployment = Deployment(shlex.split(args.compose), args.project, env_file)
        started = time.monotonic()
        try:
            check(deployment, port)
        except Exception as exc:
            print(f"FAILED: {exc}", file=sys.stderr)
            subprocess.run([*deployment.base, "ps"], check=False)
            subprocess.run([*deployment.base, "logs", "--tail=40"], check=False)
            return 1
        finally:
            if not args.keep:
                subprocess.run([*deployment.base, "down", "-v", "--remove-orphans"], check=False)
        print(f"compose check passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
