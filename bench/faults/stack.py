"""The stack the fault suite and the backlog bench run on: private servers, the real API, workers and beat.

A Redis with an append-only file and a throwaway PostgreSQL cluster on free ports (never the shared
servers), migrations applied once, the API (`python -m zivo.api.server`), two prefork workers
(`python -m zivo.ml.worker`, the packaged MiniLM) and beat; an audit trigger records every write to a lab
result, so a result written twice is counted.
"""

from __future__ import annotations

import sys
import time
import uuid
from pathlib import Path

import redis
from sqlalchemy import Engine, create_engine, text

from faults.load import Producer, login
from faults.services import (
    PrivatePostgres,
    PrivateRedis,
    ZivoProcess,
    api_ready,
    child_env,
    free_port,
    wait_for,
)
from zivo.core.db.migrate import upgrade_to_head
from zivo.core.queue import make_celery
from zivo.core.settings import CoreSettings
from zivo.ml.in_flight import BrokerKeys, InFlight

AUDIT_SQL = [
    "CREATE TABLE IF NOT EXISTS fault_audit (result_id uuid NOT NULL, status text NOT NULL,"
    " at timestamptz NOT NULL DEFAULT clock_timestamp())",
    """CREATE OR REPLACE FUNCTION fault_audit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO fault_audit (result_id, status) VALUES (NEW.id, NEW.status);
      RETURN NEW;
    END $$""",
    "DROP TRIGGER IF EXISTS fault_audit ON lab_results",
    "CREATE TRIGGER fault_audit AFTER UPDATE ON lab_results FOR EACH ROW EXECUTE FUNCTION fault_audit()",
]


class Stack:
    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.redis = PrivateRedis(workdir)
        self.postgres = PrivatePostgres(workdir / "postgres")
        self.api_port = free_port()
        self.workers: list[ZivoProcess] = []
        self.beat: ZivoProcess | None = None
        self.api: ZivoProcess | None = None
        self.engine: Engine | None = None

    def env(self, role: str) -> dict[str, str]:
        return child_env(
            DATABASE_URL=self.postgres.url() + f"?application_name=zivo-{role}",
            REDIS_URL=self.redis.url,
            SECRET_KEY="fault-suite-secret-key-0123456789abcdef",
            DATA_DIR=str(self.workdir / role),
            PORT=str(self.api_port),
            ZIVO_LIVENESS_FILE=str(self.workdir / f"{role}.alive"),
            ZIVO_BEAT_LIVENESS_FILE=str(self.workdir / f"{role}.beat-alive"),
        )

    def start(self) -> None:
        self.postgres.init()
        self.postgres.start()
        self.postgres.create_database()
        self.redis.start()
        # Migrations run once per deployment, before the API and the workers start.
        upgrade_to_head(self.postgres.url())
        (self.workdir / "api").mkdir()
        self.api = ZivoProcess("api", "zivo.api.server", [], self.env("api"), self.workdir)
        self.api.start()
        try:
            wait_for(lambda: api_ready(self.api_port), "API /healthz", 90)
        except RuntimeError:
            sys.stderr.write(self.api.log_tail())
            raise
        self.engine = create_engine(self.postgres.url(), pool_pre_ping=True)
        with self.engine.begin() as connection:
            for statement in AUDIT_SQL:
                connection.execute(text(statement))
        # Two workers, as a deployment that cares about faults runs: one can die while the other carries on.
        self.add_worker()
        self.add_worker()
        (self.workdir / "beat").mkdir()
        self.beat = ZivoProcess("beat", "zivo.ml.worker", ["beat"], self.env("beat"), self.workdir)
        self.beat.start()

    def add_worker(self) -> ZivoProcess:
        name = f"worker{len(self.workers) + 1}"
        (self.workdir / name).mkdir(exist_ok=True)
        env = {**self.env(name), "WORKER_BEAT": "false"}
        worker = ZivoProcess(
            name, "zivo.ml.worker", ["--concurrency=1", f"--hostname={name}@%h"], env, self.workdir
        )
        worker.start()
        self.workers.append(worker)
        return worker

    def stop(self) -> None:
        for process in [*self.workers, self.beat, self.api]:
            if process is not None:
                process.stop()
        if self.engine is not None:
            self.engine.dispose()
        self.redis.stop()
        try:
            self.postgres.stop()
        except Exception as exc:  # teardown: report, keep going
            print(f"postgres stop: {exc}", file=sys.stderr)

    def pending(self, reports: set[uuid.UUID]) -> int:
        assert self.engine is not None
        if not reports:
            return 0
        with self.engine.connect() as connection:
            return int(
                connection.execute(
                    text(
                        "SELECT count(*) FROM lab_results WHERE status = 'pending' AND report_id = ANY(:ids)"
                    ),
                    {"ids": list(reports)},
                ).scalar_one()
            )

    def audit(self, user_id: uuid.UUID, accepted: set[uuid.UUID]) -> tuple[int, int, int]:
        """(results written more than once, accepted reports missing or pending, stored not accepted)."""
        assert self.engine is not None
        with self.engine.connect() as connection:
            twice: int = connection.execute(
                text(
                    "SELECT count(*) FROM (SELECT a.result_id FROM fault_audit a JOIN lab_results r"
                    " ON r.id = a.result_id WHERE r.user_id = :user"
                    " GROUP BY a.result_id HAVING count(*) > 1) t"
                ),
                {"user": user_id},
            ).scalar_one()
            stored = {
                row[0]
                for row in connection.execute(
                    text("SELECT id FROM lab_reports WHERE user_id = :user"), {"user": user_id}
                )
            }
            done = {
                row[0]
                for row in connection.execute(
                    text(
                        "SELECT report_id FROM lab_results WHERE user_id = :user GROUP BY report_id"
                        " HAVING bool_and(status <> 'pending')"
                    ),
                    {"user": user_id},
                )
            }
        return int(twice), len(accepted - (stored & done)), len(stored - accepted)

    def diagnose(self, reports: set[uuid.UUID]) -> list[str]:
        """For each accepted report still pending: its results' statuses, whether its outbox row is there,
        and where its message is in Redis (queued, taken and unacknowledged, or nowhere)."""
        assert self.engine is not None
        with self.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT r.report_id, string_agg(DISTINCT r.status, ','), min(r.created_at),"
                    " (SELECT count(*) FROM outbox o WHERE o.payload->>'report_id' = r.report_id::text)"
                    " FROM lab_results r WHERE r.report_id = ANY(:ids) GROUP BY r.report_id"
                    " HAVING bool_or(r.status = 'pending')"
                ),
                {"ids": list(reports)},
            ).all()
        if not rows:
            return []
        app = make_celery(CoreSettings(_env_file=None, redis_url=self.redis.url), name="fault-diagnosis")
        in_flight = InFlight(redis.Redis.from_url(self.redis.url, socket_timeout=5), BrokerKeys.of(app))
        queued, taken = in_flight.snapshot()
        return [
            f"report {report} ({statuses}, created {created:%H:%M:%S.%f}): outbox rows {outbox}, message "
            + ("queued" if report in queued else "unacknowledged" if report in taken else "nowhere in Redis")
            for report, statuses, created, outbox in rows
        ]

    def worker_in_transaction(self) -> bool:
        assert self.engine is not None
        with self.engine.connect() as connection:
            return bool(
                connection.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'zivo-worker%'"
                        " AND xact_start IS NOT NULL AND pid <> pg_backend_pid()"
                    )
                ).scalar_one()
            )

    def worker_log_count(self, text: str) -> int:
        """How often `text` appears in the workers' logs (every start, every line)."""
        return sum(
            (self.workdir / f"{name}.log").read_text(errors="replace").count(text)
            for name in {worker.name for worker in self.workers}
            if (self.workdir / f"{name}.log").exists()
        )

    def wait_workers_ready(self, timeout: float = 300) -> None:
        """Every worker consuming (Celery logs "<name>@<host> ready." once its children are warm)."""
        for worker in self.workers:
            wait_for(lambda w=worker: w.logged_since_start(" ready."), f"{worker.name} ready", timeout)

    def wait_until_categorizing(self) -> None:
        """A report through the whole path: the workers have loaded the model and consume."""
        headers, _ = login(self.api_port)
        producer = Producer(self.api_port, headers, rate=2.0)
        producer.start()
        time.sleep(1)
        producer.stop()
        wait_for(
            lambda: producer.accepted and self.pending(producer.accepted) == 0,
            "first report categorized",
            300,
        )
