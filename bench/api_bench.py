"""API start-up, idle memory and list throughput, each beside a peer measured in the same run.

    PYTHONPATH=src/python python bench/api_bench.py [--runs 5] [--python PY] [--server-cmd CMD]
    PYTHONPATH=src/python python bench/api_bench.py --docker-image zivo/api:latest

Measures, as medians over --runs (zivo and peer runs alternate, so machine noise hits both):
- ready: seconds from spawning the server (fresh SQLite data dir) until GET /healthz answers 200;
- idle RSS: VmRSS of the server process 3 s after it is ready (``docker top`` for an image);
- wrk: ``wrk -t2 -c32 -d10s --latency`` on GET /v1/lab-results (default page of 50) for a user with 2,000
  results over 100 reports in a fresh PostgreSQL database (--database-url, recreated each run), seeded
  through the API; and on GET /healthz of both servers, which isolates framework and middleware cost.
The peer is a bare FastAPI app with one route, served by the same Python and uvicorn (the same image).
Targets: ready <= 2 s, idle RSS <= 120 MB. Results: bench/results/api.json (--out).
"""

from __future__ import annotations

import argparse
import collections
import http.client
import json
import os
import platform
import random
import re
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from zivo.api.testing.fake_openai import FakeOpenAIServer, text_reply
from zivo.core.db.engine import recreate_database
from zivo.core.db.migrate import upgrade_to_head

PEER_CODE = """\
import os, uvicorn
from fastapi import FastAPI
app = FastAPI()
@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
uvicorn.run(app, host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ["PORT"]),
            log_config=None, access_log=False)
"""
DEFAULT_DATABASE_URL = "postgresql+psycopg://zivo:zivo@127.0.0.1:5432/zivo_bench"
BENCH_SECRET_KEY = "bench-only-signing-key-0123456789abcdef"
CHATS = 40
CHAT_MODEL_SECONDS = 2.0
READY_TIMEOUT = 60.0
IDLE_SECONDS = 3.0
NAMES = [
    ("Hemoglobin", "g/dL", "13.5-17.5", 14.0),
    ("TSH", "mIU/L", "0.4-4.0", 2.0),
    ("LDL Cholesterol", "mg/dL", "0-100", 110.0),
    ("HDL Cholesterol", "mg/dL", "40-60", 50.0),
    ("Triglycerides", "mg/dL", "0-150", 120.0),
    ("Glucose", "mg/dL", "70-99", 90.0),
    ("HbA1c", "%", "4.0-5.6", 5.4),
    ("S. Creatinine", "mg/dL", "0.7-1.3", 1.0),
    ("Urea", "mg/dL", "7-20", 14.0),
    ("Sodium", "mmol/L", "135-145", 140.0),
    ("Potassium", "mmol/L", "3.5-5.1", 4.2),
    ("ALT", "U/L", "7-56", 30.0),
    ("AST", "U/L", "10-40", 25.0),
    ("Vitamin D", "ng/mL", "30-100", 35.0),
    ("Vitamin B12", "pg/mL", "200-900", 400.0),
    ("Ferritin", "ng/mL", "30-400", 120.0),
    ("WBC", "10^3/uL", "4.5-11.0", 7.0),
    ("Platelets", "10^3/uL", "150-450", 250.0),
    ("CRP", "mg/L", "0-5", 2.0),
    ("Uric Acid", "mg/dL", "3.4-7.0", 5.0),
]


class Server(Protocol):
    port: int

    def rss_kb(self) -> int: ...

    def stop(self) -> None: ...


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def healthy(port: int) -> bool:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
    try:
        connection.request("GET", "/healthz")
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


@dataclass
class LocalServer:
    argv: list[str]
    env: dict[str, str]
    cwd: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> float:
        started = time.perf_counter()
        with (self.cwd / "server.log").open("wb") as log:  # the child keeps its own descriptor
            self.process = subprocess.Popen(
                self.argv, env={**self.env, "PORT": str(self.port)}, cwd=self.cwd, stdout=log, stderr=log
            )
        try:
            return wait_ready(
                self.port, started, lambda: self.process is not None and self.process.poll() is None
            )
        except RuntimeError:
            sys.stderr.write((self.cwd / "server.log").read_text(errors="replace")[-4000:])
            raise

    def rss_kb(self) -> int:
        assert self.process is not None
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@dataclass
class DockerServer:
    image: str
    env: dict[str, str]
    command: list[str]
    entrypoint: str | None = None
    extra_args: list[str] = field(default_factory=list)
    port: int = field(default_factory=free_port)
    container: str | None = None

    def start(self) -> float:
        # Host networking: the container reaches PostgreSQL on 127.0.0.1 and wrk skips docker-proxy.
        argv = ["docker", "run", "-d", "--rm", "--network", "host", "-e", f"PORT={self.port}"]
        for key, value in self.env.items():
            argv += ["-e", f"{key}={value}"]
        if self.entrypoint:
            argv += ["--entrypoint", self.entrypoint]
        argv += self.extra_args
        started = time.perf_counter()
        self.container = subprocess.run(
            [*argv, self.image, *self.command], check=True, capture_output=True, text=True
        ).stdout.strip()
        try:
            return wait_ready(self.port, started, lambda: True)
        except RuntimeError:
            subprocess.run(["docker", "logs", "--tail", "50", self.container], check=False)
            raise

    def rss_kb(self) -> int:
        assert self.container is not None
        out = subprocess.run(
            ["docker", "top", self.container, "-eo", "pid,rss"], check=True, capture_output=True, text=True
        ).stdout
        return sum(int(line.split()[1]) for line in out.splitlines()[1:] if line.strip())

    def cgroup_memory(self) -> str:
        assert self.container is not None
        return subprocess.run(
            ["docker", "stats", "--no-stream", "--format", "{{.MemUsage}}", self.container],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()

    def stop(self) -> None:
        if self.container is not None:
            subprocess.run(["docker", "rm", "-f", self.container], capture_output=True, check=False)


def wait_ready(port: int, started: float, alive: Any) -> float:
    while time.perf_counter() - started < READY_TIMEOUT:
        if healthy(port):
            return time.perf_counter() - started
        if not alive():
            raise RuntimeError("server exited before it was ready")
        time.sleep(0.01)
    raise RuntimeError(f"server not ready within {READY_TIMEOUT:g}s")


@dataclass
class Target:
    """How to start zivo and its peer: a local interpreter or a Docker image."""

    python: str
    server_cmd: list[str]
    docker_image: str | None
    docker_args: list[str]
    base_env: dict[str, str]

    def zivo(self, workdir: Path, extra_env: dict[str, str]) -> LocalServer | DockerServer:
        # A throwaway signing key: the API refuses to start without one (no development mode here).
        env = {"LOG_LEVEL": "WARNING", "SECRET_KEY": BENCH_SECRET_KEY, **extra_env}
        if self.docker_image:
            return DockerServer(self.docker_image, env, command=[], extra_args=self.docker_args)
        return LocalServer(self.server_cmd, {**self.base_env, "DATA_DIR": str(workdir), **env}, workdir)

    def peer(self, workdir: Path) -> LocalServer | DockerServer:
        if self.docker_image:
            return DockerServer(
                self.docker_image,
                {},
                command=["-c", PEER_CODE],
                entrypoint="python",
                extra_args=self.docker_args,
            )
        return LocalServer([self.python, "-c", PEER_CODE], dict(self.base_env), workdir)


def start_and_idle(make: Any) -> tuple[float, float, str | None]:
    with tempfile.TemporaryDirectory(prefix="zivo-bench-") as tmp:
        server = make(Path(tmp))
        try:
            ready = server.start()
            time.sleep(IDLE_SECONDS)
            cgroup = server.cgroup_memory() if isinstance(server, DockerServer) else None
            return ready, server.rss_kb() / 1024, cgroup
        finally:
            server.stop()


def request(port: int, method: str, path: str, body: bytes | None, headers: dict[str, str]) -> Any:
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, method=method, headers=headers)
    with urllib.request.urlopen(req, timeout=30) as response:
        return json.loads(response.read())


def seed(port: int, *, reports: int, per_report: int) -> str:
    email, password = "bench@example.com", "bench-password-42"
    json_headers = {"Content-Type": "application/json"}
    request(
        port,
        "POST",
        "/v1/auth/register",
        json.dumps({"email": email, "password": password}).encode(),
        json_headers,
    )
    form = urllib.parse.urlencode({"username": email, "password": password}).encode()
    token = request(
        port, "POST", "/v1/auth/token", form, {"Content-Type": "application/x-www-form-urlencoded"}
    )["access_token"]
    auth = {**json_headers, "Authorization": f"Bearer {token}"}
    rng = random.Random(7)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    for index in range(reports):
        results = [
            {
                "name": name,
                "value": round(typical * rng.uniform(0.6, 1.4), 2),
                "unit": unit,
                "reference_range": ref,
            }
            for name, unit, ref, typical in (NAMES * (per_report // len(NAMES) + 1))[:per_report]
        ]
        body = {"collected_at": (start + timedelta(days=14 * index)).isoformat(), "results": results}
        request(port, "POST", "/v1/lab-reports", json.dumps(body).encode(), auth)
    return str(token)


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def wrk(url: str, headers: Sequence[str], *, threads: int, connections: int, seconds: int) -> dict[str, Any]:
    argv = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for header in headers:
        argv += ["-H", header]
    out = subprocess.run([*argv, url], check=True, capture_output=True, text=True).stdout

    def latency(percent: str) -> float:
        match = re.search(rf"^\s*{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.MULTILINE)
        assert match, out
        return float(match.group(1)) * _UNITS[match.group(2)]

    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    assert rps, out
    return {
        "rps": float(rps.group(1)),
        "p50_ms": latency("50"),
        "p99_ms": latency("99"),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
    }


def throughput(target: Target, database_url: str, args: argparse.Namespace) -> dict[str, Any]:
    server_url, _, name = database_url.rpartition("/")
    database_url = recreate_database(server_url + "/postgres", name)
    upgrade_to_head(database_url)  # the deployment's migrate step: the API only checks the schema
    load = {"threads": 2, "connections": 32, "seconds": args.wrk_seconds}
    with tempfile.TemporaryDirectory(prefix="zivo-bench-") as tmp, FakeOpenAIServer() as model:
        llm_env = {"OPENAI_API_KEY": "bench", "OPENAI_BASE_URL": model.base_url}
        server = target.zivo(Path(tmp), {"DATABASE_URL": database_url, **llm_env})
        peer = target.peer(Path(tmp))
        try:
            server.start()
            token = seed(server.port, reports=args.reports, per_report=args.per_report)
            base = f"http://127.0.0.1:{server.port}"
            results: dict[str, Any] = {
                "zivo_lab_results": wrk(f"{base}/v1/lab-results", [f"Authorization: Bearer {token}"], **load),
                "zivo_healthz": wrk(f"{base}/healthz", [], **load),
            }
            results["read_path_profile_ms"] = read_path_profile(database_url, token)
            results["chat_load"] = chat_load(server.port, token, model)
            server.stop()  # one server at a time on the CPUs
            peer.start()
            results["peer_healthz"] = wrk(f"http://127.0.0.1:{peer.port}/healthz", [], **load)
            return results
        finally:
            server.stop()
            peer.stop()


def read_path_profile(database_url: str, token: str, *, rounds: int = 200) -> dict[str, float]:
    """Where the time of one GET /v1/lab-results goes, phase by phase, in this process (medians, ms).

    The same calls the route makes, timed separately: auth (token + user row), query (count + page),
    build (rows into the response model), serialize (JSON bytes). What is left of a request's time
    beyond their sum is the framework, the thread hop and the network.
    """
    from zivo.api.security import decode_access_token
    from zivo.api.services.lab_results import list_results, page_json
    from zivo.api.settings import ApiSettings
    from zivo.core.db.engine import make_engine, make_sessionmaker
    from zivo.core.db.models import User
    from zivo.core.schemas.lab_results import LabResultPublic, LabResultsPublic

    settings = ApiSettings.for_tests(
        Path(tempfile.gettempdir()), database_url=database_url, secret_key=BENCH_SECRET_KEY
    )
    engine = make_engine(settings)
    sessions = make_sessionmaker(engine)
    phases: dict[str, list[float]] = {"auth": [], "query": [], "build": [], "serialize": []}
    try:
        for _ in range(rounds):
            with sessions() as session:
                started = time.perf_counter()
                user_id = decode_access_token(token, settings)
                assert user_id is not None
                assert session.get(User, user_id) is not None
                authed = time.perf_counter()
                rows, total = list_results(session, user_id)
                queried = time.perf_counter()
                page = LabResultsPublic(
                    items=[LabResultPublic.model_validate(row) for row in rows], total=total
                )
                built = time.perf_counter()
                page.model_dump_json()
                done = time.perf_counter()
            phases["auth"].append(authed - started)
            phases["query"].append(queried - authed)
            phases["build"].append(built - queried)
            phases["serialize"].append(done - built)
            assert page_json(rows, total)  # the route's own path, kept in step with the phases above
    finally:
        engine.dispose()
    return {name: round(statistics.median(values) * 1000, 3) for name, values in phases.items()}


def chat_load(port: int, token: str, model: FakeOpenAIServer) -> dict[str, Any]:
    """40 concurrent chats against a model that takes 2 s, while wrk reads GET /v1/lab-reports."""
    auth = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
    model.script(text_reply("warm"))  # the first chat builds the graph: not part of the load
    request(port, "POST", "/v1/chat", json.dumps({"message": "hi"}).encode(), auth)
    model.script(*[text_reply("ok", delay_seconds=CHAT_MODEL_SECONDS) for _ in range(CHATS)])
    statuses: list[int] = []

    def one_chat(index: int) -> None:
        req = urllib.request.Request(
            f"http://127.0.0.1:{port}/v1/chat",
            data=json.dumps({"message": f"question {index}"}).encode(),
            method="POST",
            headers=auth,
        )
        try:
            with urllib.request.urlopen(req, timeout=60) as response:
                statuses.append(response.status)
        except urllib.error.HTTPError as exc:
            statuses.append(exc.code)

    chats = [threading.Thread(target=one_chat, args=(i,)) for i in range(CHATS)]
    for thread in chats:
        thread.start()
    reads = wrk(
        f"http://127.0.0.1:{port}/v1/lab-reports",
        [f"Authorization: Bearer {token}"],
        threads=1,
        connections=4,
        seconds=int(CHAT_MODEL_SECONDS + 1),
    )
    for thread in chats:
        thread.join()
    return {
        "chats": CHATS,
        "model_seconds": CHAT_MODEL_SECONDS,
        "chat_5xx": sum(1 for status in statuses if status >= 500),
        "chat_statuses": dict(sorted(collections.Counter(statuses).items())),
        "reader_lab_reports": reads,
    }


def median_of(samples: list[float]) -> dict[str, Any]:
    return {"median": round(statistics.median(samples), 3), "samples": [round(s, 3) for s in samples]}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--python", default=sys.executable, help="interpreter for the server and the peer")
    parser.add_argument("--server-cmd", default="{python} -m zivo.api.server", help="local server command")
    parser.add_argument("--docker-image", help="measure this image instead of a local interpreter")
    parser.add_argument(
        "--docker-arg",
        action="append",
        default=[],
        help="extra `docker run` argument, repeatable (e.g. -v to try a source tree)",
    )
    parser.add_argument("--label", help="key in the JSON file (default: the target)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("ZIVO_BENCH_DATABASE_URL", DEFAULT_DATABASE_URL),
        help="PostgreSQL database to (re)create and seed for wrk",
    )
    parser.add_argument("--reports", type=int, default=100)
    parser.add_argument("--per-report", type=int, default=20)
    parser.add_argument("--wrk-seconds", type=int, default=10)
    parser.add_argument("--skip-wrk", action="store_true")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results" / "api.json")
    args = parser.parse_args(argv)

    base_env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "PORT", "HOST"}}
    if "PYTHONPATH" in base_env:  # servers run in their data dir, so PYTHONPATH=src/python must be absolute
        base_env["PYTHONPATH"] = os.pathsep.join(
            str(Path(entry).resolve()) for entry in base_env["PYTHONPATH"].split(os.pathsep) if entry
        )
    target = Target(
        python=args.python,
        server_cmd=shlex.split(args.server_cmd.format(python=args.python)),
        docker_image=args.docker_image,
        docker_args=args.docker_arg,
        base_env=base_env,
    )
    label = args.label or (f"docker:{args.docker_image}" if args.docker_image else f"local:{args.python}")
    samples: dict[str, dict[str, list[float]]] = {
        name: {"ready_s": [], "rss_mb": []} for name in ("zivo", "peer")
    }
    cgroup: dict[str, list[str]] = {"zivo": [], "peer": []}
    for _ in range(args.runs):
        for name in ("zivo", "peer"):
            make = (lambda d: target.zivo(d, {})) if name == "zivo" else target.peer
            ready, rss, memory = start_and_idle(make)
            samples[name]["ready_s"].append(ready)
            samples[name]["rss_mb"].append(rss)
            if memory:
                cgroup[name].append(memory)
    result: dict[str, Any] = {
        "target": label,
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join(shlex.quote(a) for a in [sys.executable, *sys.argv]),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "bench_python": sys.version.split()[0],
        },
        "runs": args.runs,
        "startup": {name: {k: median_of(v) for k, v in values.items()} for name, values in samples.items()},
    }
    if args.docker_image:
        result["docker_stats_mem"] = cgroup
    if not args.skip_wrk:
        result["wrk"] = throughput(target, args.database_url, args)
        result["wrk"]["data"] = {"reports": args.reports, "results": args.reports * args.per_report}

    print_table(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    existing = json.loads(args.out.read_text()) if args.out.exists() else {}
    existing[label] = result  # one file, one entry per target: the dev venv and the image side by side
    args.out.write_text(json.dumps(existing, indent=2) + "\n")
    print(f"\nwrote {args.out} [{label}]")
    return 0


def print_table(result: dict[str, Any]) -> None:
    print(f"\n{result['target']}  (medians of {result['runs']} runs)")
    print(f"{'':24}{'zivo':>10}{'peer':>10}{'ratio':>8}")
    for key, unit in (("ready_s", "s"), ("rss_mb", "MB")):
        zivo = result["startup"]["zivo"][key]["median"]
        peer = result["startup"]["peer"][key]["median"]
        print(f"{key + ' (' + unit + ')':24}{zivo:>10.2f}{peer:>10.2f}{zivo / peer:>8.2f}")
    if "wrk" in result:
        print(f"\n{'wrk -t2 -c32':24}{'rps':>10}{'p50 ms':>10}{'p99 ms':>10}{'non-2xx':>9}")
        for name in ("zivo_lab_results", "zivo_healthz", "peer_healthz"):
            row = result["wrk"][name]
            print(
                f"{name:24}{row['rps']:>10.0f}{row['p50_ms']:>10.2f}{row['p99_ms']:>10.2f}{row['non_2xx']:>9}"
            )
        ratio = result["wrk"]["zivo_lab_results"]["rps"] / result["wrk"]["peer_healthz"]["rps"]
        print(f"lab-results / peer healthz rps: {ratio:.2f} (target >= 0.40)")
        profile = result["wrk"]["read_path_profile_ms"]
        print("read path, ms per request: " + ", ".join(f"{k} {v:.2f}" for k, v in profile.items()))
        load = result["wrk"]["chat_load"]
        reader = load["reader_lab_reports"]
        print(
            f"{load['chats']} chats on a {load['model_seconds']:g} s model: {load['chat_5xx']} x 5xx "
            f"{load['chat_statuses']}; concurrent GET /v1/lab-reports p99 {reader['p99_ms']:.1f} ms "
            f"({reader['non_2xx']} non-2xx)"
        )


if __name__ == "__main__":
    sys.exit(main())
