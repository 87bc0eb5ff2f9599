"""The backlog bench: a broker outage leaves 10,000 reports (100,000 results) in the outbox; how fast do
the workers drain it, against their steady rate measured in the same run?

    ./pants run bench/faults/backlog.py -- [--reports 10000] [--results 10]
        [--steady-seconds 60] [--unique-names] [--correctness-only] [--out dist/faults/backlog.json]

(`bench/faults/suite.py --backlog REPORTS` runs it after the faults, on the suite's stack.) The stack is
the fault suite's (``faults.stack.Stack``): a private Redis with an append-only file and a
throwaway PostgreSQL cluster, the real API, two real prefork workers with the packaged MiniLM, beat with
its sweep, and the audit trigger that records every write to a lab result. Two phases, one after another:

1. steady (the peer): reports go through ``POST /v1/lab-reports`` as fast as the workers finish them,
   never more than ``--window`` reports in flight, so the workers are always busy and no backlog builds.
   The steady rate is the median of results categorized per second, after ``--warm-seconds``.
2. backlog: Redis is stopped; ``--reports`` reports of ``--results`` results each are posted through the
   same API (each with an Idempotency-Key), so the outbox holds every task; Redis comes back and the bench
   samples the outbox, the broker queue and the pending results each second until nothing is pending.
   The drain rate is the median of results categorized per second, between the first and the last.

It prints the drain time, the time to first progress (from Redis back), the drain/steady ratio and who
queued the backlog (the relay sends the outbox rows the API wrote; an outbox row written later came from
the sweep, the broker-lost re-queue or the lost-message check, which an insert trigger on the outbox
counts). It exits 1 on a lost report, a result written twice or a backlog not drained; without
``--correctness-only`` also on a drain slower than the steady rate.

Report names come from the lab-test catalogue (every name a lab prints, as a real backlog repeats them,
so the workers' name cache helps both phases alike); ``--unique-names`` makes every name new, so the model
runs on every result.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import redis
from sqlalchemy import text

from faults.load import call, login
from faults.stack import Stack
from zivo.core.lab_tests.catalogue import catalogue
from zivo.core.tasks import CATEGORIZE_QUEUE

OUTBOX_AUDIT_SQL = [
    "CREATE TABLE IF NOT EXISTS outbox_audit (at timestamptz NOT NULL DEFAULT clock_timestamp())",
    """CREATE OR REPLACE FUNCTION outbox_audit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO outbox_audit DEFAULT VALUES;
      RETURN NEW;
    END $$""",
    "DROP TRIGGER IF EXISTS outbox_audit ON outbox",
    "CREATE TRIGGER outbox_audit AFTER INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION outbox_audit()",
]
UPLOAD_THREADS = 12


def group_cpu_seconds(pgid: int) -> float:
    """CPU seconds (user + system) of the live processes in a process group, from /proc (Linux)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if int(fields[2]) == pgid:  # fields after the name: state, ppid, pgrp, ..., utime (12), stime (13)
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


class CpuMeter:
    """Cores used by the API and by the workers (each started in its own process group) over a span."""

    def __init__(self, stack: Stack) -> None:
        self.groups = {
            "api": [p.process.pid for p in [stack.api] if p is not None and p.process is not None],
            "workers": [p.process.pid for p in stack.workers if p.process is not None],
        }
        self.started = time.monotonic()
        self.start = self._read()

    def _read(self) -> dict[str, float]:
        return {name: sum(group_cpu_seconds(pid) for pid in pids) for name, pids in self.groups.items()}

    def cores(self) -> dict[str, float]:
        elapsed = time.monotonic() - self.started
        now = self._read()
        return {name: round((now[name] - self.start[name]) / elapsed, 2) for name in now}


class Reports:
    """Request bodies for reports of `results` results, named as labs print them."""

    def __init__(self, results: int, *, unique: bool, seed: int = 14) -> None:
        self.results = results
        self.unique = unique
        self.rng = random.Random(seed)
        self.names = sorted({name for test in catalogue() for name in test.names})
        self._lock = threading.Lock()

    def body(self) -> dict[str, Any]:
        with self._lock:
            picked = self.rng.sample(self.names, self.results)
            if self.unique:
                # A word no lab prints, so no worker has seen the name: the model runs on every result.
                picked = [f"{name} {uuid.uuid4().hex[:6]}" for name in picked]
            values = [round(self.rng.uniform(0.5, 200.0), 2) for _ in picked]
        return {
            "collected_at": datetime.now(UTC).isoformat(),
            "lab_name": "backlog bench",
            "results": [{"name": name, "value": value} for name, value in zip(picked, values, strict=True)],
        }


@dataclass
class Uploads:
    port: int
    headers: dict[str, str]
    reports: Reports
    accepted: set[uuid.UUID] = field(default_factory=set)
    refused: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def one(self) -> None:
        headers = {**self.headers, "Idempotency-Key": uuid.uuid4().hex}
        try:
            status, answer = call(self.port, "POST", "/v1/lab-reports", self.reports.body(), headers, 30)
        except OSError as exc:
            with self._lock:
                self.refused.append(f"{type(exc).__name__}: {exc}")
            return
        with self._lock:
            if status == 201:
                self.accepted.add(uuid.UUID(answer["id"]))
            else:
                self.refused.append(f"HTTP {status}: {answer}")


@dataclass
class Phase:
    name: str
    reports: int
    results: int
    started: float  # epoch seconds, the clock the audit trigger's timestamps use
    ended: float
    per_second: list[int]  # results categorized in each whole second of the measured window
    lost: int
    written_twice: int
    refused: int
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median_rate(self) -> float:
        return float(statistics.median(self.per_second)) if self.per_second else 0.0


class Bench:
    def __init__(self, stack: Stack, reports: Reports) -> None:
        self.stack = stack
        self.reports = reports
        assert stack.engine is not None
        self.engine = stack.engine
        with self.engine.begin() as connection:
            for statement in OUTBOX_AUDIT_SQL:
                connection.execute(text(statement))

    def scalar(self, sql: str, **params: Any) -> Any:
        with self.engine.connect() as connection:
            return connection.execute(text(sql), params).scalar_one()

    def pending_results(self, user_id: uuid.UUID) -> int:
        return int(
            self.scalar(
                "SELECT count(*) FROM lab_results WHERE user_id = :user AND status = 'pending'", user=user_id
            )
        )

    def categorized_per_second(self, user_id: uuid.UUID, start: float, end: float) -> list[int]:
        """Results written per whole second in [start, end), from the audit trigger; empty seconds count."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT floor(extract(epoch FROM a.at))::bigint AS second, count(*) FROM fault_audit a"
                    " JOIN lab_results r ON r.id = a.result_id WHERE r.user_id = :user"
                    " GROUP BY second"
                ),
                {"user": user_id},
            ).all()
        counts: dict[int, int] = {int(row[0]): int(row[1]) for row in rows}
        first, last = int(start) + 1, int(end)  # whole seconds only: the edges are partial
        return [counts.get(second, 0) for second in range(first, last)]

    def write_span(self, user_id: uuid.UUID) -> tuple[float, float] | None:
        row = self.scalar(
            "SELECT json_build_array(extract(epoch FROM min(a.at)), extract(epoch FROM max(a.at)))"
            " FROM fault_audit a JOIN lab_results r ON r.id = a.result_id WHERE r.user_id = :user",
            user=user_id,
        )
        return None if row[0] is None else (float(row[0]), float(row[1]))

    def steady(self, *, seconds: float, warm: float, window: int) -> Phase:
        """The peer: uploads as fast as the workers finish them, at most `window` reports in flight."""
        headers, user_id = login(self.stack.api_port)
        uploads = Uploads(self.stack.api_port, headers, self.reports)
        results = self.reports.results
        submitted = 0
        in_flight_seen: list[int] = []
        started = time.time()
        cpu = CpuMeter(self.stack)
        with ThreadPoolExecutor(UPLOAD_THREADS) as pool:
            futures: list[Future[None]] = []
            while time.time() < started + seconds:
                answered = sum(1 for f in futures if f.done())
                in_flight = submitted - answered + self.pending_results(user_id) // results
                in_flight_seen.append(in_flight)
                for _ in range(max(0, window - in_flight)):
                    futures.append(pool.submit(uploads.one))
                    submitted += 1
                time.sleep(0.05)
        ended = time.time()
        cores = cpu.cores()
        self.wait_drained(user_id, timeout=120)
        twice, lost, _ = self.stack.audit(user_id, uploads.accepted)
        return Phase(
            name="steady",
            reports=len(uploads.accepted),
            results=len(uploads.accepted) * results,
            started=started,
            ended=ended,
            per_second=self.categorized_per_second(user_id, started + warm, ended),
            lost=lost,
            written_twice=twice,
            refused=len(uploads.refused),
            extra={
                "window": window,
                "median_in_flight": statistics.median(in_flight_seen),
                "cores_used": cores,
            },
        )

    def wait_drained(self, user_id: uuid.UUID, *, timeout: float) -> float | None:
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.pending_results(user_id) == 0:
                return time.time()
            time.sleep(0.5)
        return None

    def backlog(self, *, reports: int, timeout: float) -> Phase:
        """Redis stopped while `reports` reports are stored; then back, and the outbox drains."""
        headers, user_id = login(self.stack.api_port)
        uploads = Uploads(self.stack.api_port, headers, self.reports)
        results = self.reports.results
        outbox_before = int(self.scalar("SELECT count(*) FROM outbox_audit"))
        self.stack.redis.stop()
        build_started = time.time()
        with ThreadPoolExecutor(UPLOAD_THREADS) as pool:
            for _ in range(reports):
                pool.submit(uploads.one)
        build_seconds = time.time() - build_started
        outbox_rows = int(self.scalar("SELECT count(*) FROM outbox"))
        stored_categorized = reports * results - self.pending_results(user_id)
        print(
            f"backlog built: {len(uploads.accepted)} reports in {build_seconds:.1f} s "
            f"({len(uploads.refused)} refused), outbox {outbox_rows} rows",
            flush=True,
        )
        for reason, count in Counter(uploads.refused).most_common(5):
            print(f"  refused {count}x: {reason[:300]}", flush=True)
        outbox_written = int(self.scalar("SELECT count(*) FROM outbox_audit")) - outbox_before
        self.stack.redis.start()
        recovered = time.time()
        cpu = CpuMeter(self.stack)
        broker = redis.Redis.from_url(self.stack.redis.url, socket_timeout=5)
        samples: list[dict[str, float]] = []  # -1 queued: Redis loading
        drained: float | None = None
        while time.time() < recovered + timeout:
            pending = self.pending_results(user_id)
            samples.append(
                {
                    "t": round(time.time() - recovered, 1),
                    "outbox": int(self.scalar("SELECT count(*) FROM outbox")),
                    "queued": queue_length(broker),
                    "pending_results": pending,
                }
            )
            if len(samples) % 5 == 1:
                print(f"  {samples[-1]}", flush=True)
            if pending == 0:
                drained = time.time()
                break
            time.sleep(1.0)
        broker.close()
        cores = cpu.cores()
        twice, lost, _ = self.stack.audit(user_id, uploads.accepted)
        span = self.write_span(user_id)
        requeued = int(self.scalar("SELECT count(*) FROM outbox_audit")) - outbox_before - outbox_written
        extra: dict[str, Any] = {
            "build_seconds": round(build_seconds, 1),
            "outbox_rows_at_recovery": outbox_rows,
            "categorized_before_recovery": stored_categorized,
            "drained": drained is not None,
            "drain_seconds": None if drained is None else round(drained - recovered, 1),
            "first_progress_seconds": None if span is None else round(span[0] - recovered, 1),
            "outbox_rows_requeued_later": requeued,
            "drained_by": "relay (outbox rows the API wrote)"
            if requeued == 0
            else f"relay, plus {requeued} outbox rows re-queued later (sweep, broker-lost or lost check)",
            "cores_used": cores,
            "max_queued": max((s["queued"] for s in samples), default=-1),
            "samples": samples,
        }
        if span is not None:
            extra["mean_rate"] = round(len(uploads.accepted) * results / max(span[1] - recovered, 1e-9), 1)
        return Phase(
            name="backlog",
            reports=len(uploads.accepted),
            results=len(uploads.accepted) * results,
            started=recovered,
            ended=drained or time.time(),
            per_second=[] if span is None else self.categorized_per_second(user_id, span[0], span[1]),
            lost=lost,
            written_twice=twice,
            refused=len(uploads.refused),
            extra=extra,
        )


def queue_length(broker: redis.Redis) -> int:
    """Messages waiting in the broker; -1 while Redis is still loading its append-only file."""
    try:
        return int(broker.llen(CATEGORIZE_QUEUE))
    except redis.RedisError:
        return -1


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # run the finally blocks: stop every process and server started here


@dataclass(frozen=True)
class BacklogOptions:
    reports: int = 10_000
    results: int = 10
    steady_seconds: float = 60.0
    warm_seconds: float = 10.0
    window: int = 40
    unique_names: bool = False
    drain_timeout: float | None = None

    def problems(self) -> list[str]:
        found = []
        if self.reports < 1 or not 1 <= self.results <= 100 or self.window < 1:
            found.append("reports ≥ 1, 1 ≤ results ≤ 100, window ≥ 1")
        if self.steady_seconds <= self.warm_seconds + 5:
            found.append("steady seconds must exceed warm seconds by more than 5")
        return found


@dataclass
class BacklogRun:
    summary: dict[str, Any]
    phases: list[Phase]
    failures: list[str]  # correctness: lost, written twice, refused, not drained
    misses: list[str]  # failures and a drain slower than the steady rate


def run_backlog(stack: Stack, options: BacklogOptions) -> BacklogRun:
    """The steady phase, then the backlog, on a stack already up and categorizing."""
    drain_timeout = options.drain_timeout or 300 + options.reports * options.results * 0.02
    load_before = os.getloadavg()
    bench = Bench(stack, Reports(options.results, unique=options.unique_names))
    steady = bench.steady(seconds=options.steady_seconds, warm=options.warm_seconds, window=options.window)
    print(f"steady: {steady.median_rate:.0f} results/s (median of {len(steady.per_second)} s)", flush=True)
    backlog = bench.backlog(reports=options.reports, timeout=drain_timeout)
    load_after = os.getloadavg()
    phases = [steady, backlog]
    ratio = backlog.median_rate / steady.median_rate if steady.median_rate else float("nan")
    failures = [
        f"{p.name}: {what}"
        for p in phases
        for what, bad in (
            (f"{p.lost} lost", p.lost),
            (f"{p.written_twice} written twice", p.written_twice),
            (f"{p.refused} uploads refused", p.refused),
        )
        if bad
    ]
    if not backlog.extra["drained"]:
        failures.append(f"backlog not drained within {drain_timeout:.0f} s")
    misses = [*failures] + ([f"drain/steady {ratio:.2f} < 1"] if not ratio >= 1 else [])
    summary = {
        "reports": backlog.reports,
        "results": backlog.results,
        "steady_results_per_s": steady.median_rate,
        "steady_reports": steady.reports,
        "steady_median_in_flight": f"{steady.extra['median_in_flight']} of {steady.extra['window']}",
        "drain_results_per_s": backlog.median_rate,
        "drain_mean_results_per_s": backlog.extra.get("mean_rate"),
        "drain_over_steady": round(ratio, 2),
        "cores_used_steady": steady.extra["cores_used"],
        "cores_used_drain": backlog.extra["cores_used"],
        "build_seconds": backlog.extra["build_seconds"],
        "drain_seconds": backlog.extra["drain_seconds"],
        "first_progress_seconds": backlog.extra["first_progress_seconds"],
        "max_queued_in_broker": backlog.extra["max_queued"],
        "drained_by": backlog.extra["drained_by"],
        "lost": steady.lost + backlog.lost,
        "written_twice": steady.written_twice + backlog.written_twice,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
        "misses": misses,
    }
    print("\n" + "\n".join(f"{key:<26} {value}" for key, value in summary.items()), flush=True)
    return BacklogRun(summary, phases, failures, misses)


def write_json(path: Path, run: BacklogRun) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps({"summary": run.summary, "phases": [asdict(p) for p in run.phases]}, indent=2) + "\n"
    )


def main(argv: list[str] | None = None) -> int:
    signal.signal(signal.SIGTERM, _terminate)
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    defaults = BacklogOptions()
    parser.add_argument("--reports", type=int, default=defaults.reports, help="reports in the backlog")
    parser.add_argument("--results", type=int, default=defaults.results, help="results per report")
    parser.add_argument("--steady-seconds", type=float, default=defaults.steady_seconds)
    parser.add_argument(
        "--warm-seconds", type=float, default=defaults.warm_seconds, help="steady seconds not measured"
    )
    parser.add_argument(
        "--window", type=int, default=defaults.window, help="steady phase: most reports in flight"
    )
    parser.add_argument("--unique-names", action="store_true", help="no name twice: the model every time")
    parser.add_argument("--drain-timeout", type=float, help="give up draining after this (s)")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    parser.add_argument("--keep", action="store_true", help="keep the work directory (logs) afterwards")
    parser.add_argument(
        "--correctness-only",
        action="store_true",
        help="exit 1 only on a lost report, a result written twice or a backlog not drained (CI)",
    )
    args = parser.parse_args(argv)
    options = BacklogOptions(
        reports=args.reports,
        results=args.results,
        steady_seconds=args.steady_seconds,
        warm_seconds=args.warm_seconds,
        window=args.window,
        unique_names=args.unique_names,
        drain_timeout=args.drain_timeout,
    )
    if problems := options.problems():
        parser.error("; ".join(problems))
    workdir = Path(tempfile.mkdtemp(prefix="zivo-backlog-"))
    workdir.chmod(0o755)  # the PostgreSQL cluster inside runs as another user when we are root
    stack = Stack(workdir)
    started = time.monotonic()
    try:
        stack.start()
        stack.wait_until_categorizing()
        print(f"stack up and categorizing after {time.monotonic() - started:.1f} s (logs: {workdir})")
        run = run_backlog(stack, options)
    finally:
        stack.stop()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"{time.monotonic() - started:.0f} s in all")
    if args.out:
        write_json(args.out, run)
    return 1 if (run.failures if args.correctness_only else run.misses) else 0


if __name__ == "__main__":
    sys.exit(main())
