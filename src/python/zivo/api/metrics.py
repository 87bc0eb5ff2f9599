"""Prometheus metrics, in a registry owned by one app instance (tests build many apps)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from zivo.core.lab_tests.catalogue import catalogue_loaded


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "zivo_http_requests_total",
            "HTTP requests by method, route template and status.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "zivo_http_request_duration_seconds",
            "HTTP request latency by method and route template.",
            ["method", "route"],
            registry=self.registry,
        )
        self.tasks_sent = Counter(
            "zivo_tasks_sent_total",
            "Background tasks sent, by name and outcome.",
            ["task", "outcome"],
            registry=self.registry,
        )
        Gauge(
            "zivo_lab_test_catalogue_loaded",
            "1 once the lab-test catalogue has loaded (a few seconds after start-up), 0 before.",
            registry=self.registry,
        ).set_function(lambda: float(catalogue_loaded()))

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)

    def render(self) -> bytes:
        return generate_latest(self.registry)
