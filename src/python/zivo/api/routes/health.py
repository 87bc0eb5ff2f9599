"""Liveness, readiness and Prometheus metrics (unauthenticated, outside /v1)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable

from fastapi import APIRouter, Response, status
from sqlalchemy import text
from starlette.concurrency import run_in_threadpool

from zivo.api.deps import MetricsDep, OptionalLLMDep, SessionFactoryDep, TaskSenderDep
from zivo.core.lab_tests.catalogue import catalogue_loaded

router = APIRouter(tags=["health"])


# Each readiness check gets this long; /readyz answers within ~READY_CHECK_SECONDS whatever hangs.
READY_CHECK_SECONDS = 1.5


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    # async: answered on the event loop, never queued behind a thread pool that slow requests filled.
    return {"status": "ok"}


def _database_ok(sessions: SessionFactoryDep) -> bool:
    try:
        with sessions() as session:
            session.execute(text("SELECT 1"))
    except Exception:
        return False
    return True


async def _bounded(check: Awaitable[bool]) -> str:
    """ "ok", "unavailable", or "timeout" when the check did not answer in time (a frozen server)."""
    try:
        return "ok" if await asyncio.wait_for(check, READY_CHECK_SECONDS) else "unavailable"
    except TimeoutError:
        return "timeout"


@router.get(
    "/readyz",
    responses={503: {"model": dict[str, str], "description": "A dependency is down; the body says which."}},
)
async def readyz(
    sessions: SessionFactoryDep, sender: TaskSenderDep, llm: OptionalLLMDep, response: Response
) -> dict[str, str]:
    """503 when the database or the broker is down. Without a language model the API is still ready (it
    stores and serves data), and says which capability is off: chat and text/PDF upload. The lab-test
    catalogue loads for a few seconds after start-up: "loading" until then, still ready (a request that
    needs it waits for that one load)."""
    database, broker = await asyncio.gather(
        _bounded(run_in_threadpool(_database_ok, sessions)), _bounded(run_in_threadpool(sender.ping))
    )
    checks = {"database": database, "broker": broker}
    if any(value != "ok" for value in checks.values()):
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    checks["llm"] = "configured" if llm is not None else "not configured: chat and text/PDF upload are off"
    checks["catalogue"] = "loaded" if catalogue_loaded() else "loading"
    return checks


@router.get("/metrics")
def metrics(registry: MetricsDep) -> Response:
    return Response(registry.render(), media_type="text/plain; version=0.0.4; charset=utf-8")
