"""Reports streaming into the API while a fault happens, and a /healthz prober beside them."""

from __future__ import annotations

import http.client
import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

NAMES = [
    ("Hemoglobin", "g/dL", "13.5-17.5"),
    ("TSH", "mIU/L", "0.4-4.0"),
    ("LDL Cholesterol", "mg/dL", "0-100"),
    ("S. Creatinine", "mg/dL", "0.7-1.3"),
    ("Vitamin D", "ng/mL", "30-100"),
    ("Serum Sodium", "mmol/L", "135-145"),
    ("Glucose, fasting", "mg/dL", "70-99"),
    ("Ferritin", "ng/mL", "30-400"),
]


def call(
    port: int,
    method: str,
    path: str,
    body: Any = None,
    headers: dict[str, str] | None = None,
    timeout: float = 10,
) -> tuple[int, Any]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        payload = json.dumps(body).encode() if body is not None else None
        all_headers = {"Content-Type": "application/json", **(headers or {})}
        connection.request(method, path, body=payload, headers=all_headers)
        response = connection.getresponse()
        raw = response.read()
        try:
            return response.status, json.loads(raw) if raw else None
        except ValueError:  # a plain-text error page (a 500 while the database restarts)
            return response.status, None
    finally:
        connection.close()


def login(port: int) -> tuple[dict[str, str], uuid.UUID]:
    email = f"fault-{uuid.uuid4().hex[:12]}@example.com"
    password = "correct-horse-42"
    status, _ = call(port, "POST", "/v1/auth/register", {"email": email, "password": password})
    assert status == 202, status  # register answers 202 whether or not the email was taken
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    form = f"username={email}&password={password}"
    connection.request(
        "POST", "/v1/auth/token", body=form, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    token = json.loads(connection.getresponse().read())["access_token"]
    connection.close()
    headers = {"Authorization": f"Bearer {token}"}
    status, me = call(port, "GET", "/v1/users/me", headers=headers)
    return headers, uuid.UUID(me["id"])


@dataclass
class Upload:
    started: float
    seconds: float
    status: int | None  # None: no answer (timeout, connection refused)
    report_id: uuid.UUID | None


@dataclass
class Producer:
    """POSTs one report of `results` results every 1/rate s, each with an Idempotency-Key."""

    port: int
    headers: dict[str, str]
    rate: float = 4.0
    results: int = 5
    uploads: list[Upload] = field(default_factory=list)
    on_accept: Any = None
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)

    def _one(self, n: int) -> None:
        body = {
            "collected_at": datetime.now(UTC).isoformat(),
            "lab_name": "fault suite",
            "results": [
                {"name": name, "value": 1.0 + n % 7, "unit": unit, "reference_range": ref}
                for name, unit, ref in (NAMES[(n + i) % len(NAMES)] for i in range(self.results))
            ],
        }
        headers = {**self.headers, "Idempotency-Key": uuid.uuid4().hex}
        started = time.monotonic()
        try:
            status, answer = call(self.port, "POST", "/v1/lab-reports", body, headers, timeout=15)
        except OSError:
            self.uploads.append(Upload(started, time.monotonic() - started, None, None))
            return
        report_id = uuid.UUID(answer["id"]) if status == 201 else None
        self.uploads.append(Upload(started, time.monotonic() - started, status, report_id))
        if report_id is not None and self.on_accept is not None:
            self.on_accept(report_id)

    def _run(self) -> None:
        n = 0
        while not self._stop.is_set():
            # One thread per upload: a slow answer must not slow the stream down (clients do not wait).
            thread = threading.Thread(target=self._one, args=(n,), daemon=True)
            thread.start()
            self._threads.append(thread)
            n += 1
            self._stop.wait(1 / self.rate)

    def start(self) -> None:
        self._runner = threading.Thread(target=self._run, daemon=True)
        self._runner.start()

    def stop(self) -> None:
        self._stop.set()
        self._runner.join()
        for thread in self._threads:
            thread.join(30)

    @property
    def accepted(self) -> set[uuid.UUID]:
        return {u.report_id for u in self.uploads if u.report_id is not None}


@dataclass
class HealthProbe:
    port: int
    latencies: list[float] = field(default_factory=list)
    failures: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)

    def _run(self) -> None:
        while not self._stop.is_set():
            started = time.monotonic()
            try:
                status, _ = call(self.port, "GET", "/healthz", timeout=5)
                if status != 200:
                    self.failures += 1
            except OSError:
                self.failures += 1
            self.latencies.append(time.monotonic() - started)
            self._stop.wait(0.2)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
