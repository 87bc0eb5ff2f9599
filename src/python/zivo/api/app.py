"""The FastAPI application factory. Nothing is built at import; the engine is built in the lifespan.

Start-up imports only what serving stored data needs: the assistant graph, the OpenAI SDK, Celery and
pypdf load on first use (see ``Assistant``, ``OpenAIClient``, ``CeleryTaskSender``, ``uploads``).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.concurrency import run_in_threadpool

from zivo.api.agents.assistant.turn import Assistant
from zivo.api.clients.openai_client import (
    ChatModel,
    LLMError,
    LLMNotConfiguredError,
    LLMTimeoutError,
    OpenAIClient,
)
from zivo.api.clients.task_sender import CeleryTaskSender, TaskSender
from zivo.api.logging import RequestContextMiddleware
from zivo.api.metrics import Metrics
from zivo.api.routes import auth, chat, health, lab_reports, lab_results, summary, users
from zivo.api.security import Passwords
from zivo.api.services.errors import ServiceError
from zivo.api.settings import ApiSettings, get_settings
from zivo.core.db.engine import make_engine, make_sessionmaker
from zivo.core.db.migrate import check_schema, upgrade_to_head

logger = logging.getLogger(__name__)

# How long a client should wait before retrying when every database connection is busy.
POOL_RETRY_AFTER_SECONDS = 2


def prepare_database(settings: ApiSettings) -> None:
    """Migrate the embedded default (one process owns it); on a server database only check the revision:
    migrations run once per deployment (``python -m zivo.core.db.migrate``), not in every replica."""
    url = settings.resolved_database_url()
    if settings.embedded:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        upgrade_to_head(url)
    else:
        check_schema(url)


def create_app(
    settings: ApiSettings | None = None,
    *,
    llm_client: ChatModel | None = None,
    task_sender: TaskSender | None = None,
) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        resolved = settings or get_settings()
        await run_in_threadpool(prepare_database, resolved)
        engine = make_engine(resolved)
        # No model configured (no key, or a placeholder): no client at all, so nothing is ever sent.
        owned_llm = (
            OpenAIClient.from_settings(resolved) if llm_client is None and resolved.llm_configured else None
        )
        owned_sender = None if task_sender is not None else CeleryTaskSender(resolved)
        app.state.settings = resolved
        app.state.engine = engine
        app.state.sessionmaker = make_sessionmaker(engine)
        app.state.llm = llm_client or owned_llm
        app.state.task_sender = task_sender or owned_sender
        app.state.passwords = Passwords()
        # Its graph is built on the first chat: LangGraph and the OpenAI SDK are not imported before then.
        app.state.assistant = (
            Assistant(app.state.llm, app.state.sessionmaker, resolved) if app.state.llm is not None else None
        )
        try:
            yield
        finally:
            if app.state.assistant is not None:
                await app.state.assistant.aclose()
            if owned_llm is not None:
                await owned_llm.aclose()
            if owned_sender is not None:
                owned_sender.close()
            engine.dispose()

    app = FastAPI(title="zivo", version="0.1.0", lifespan=lifespan)
    app.state.metrics = Metrics()
    app.add_middleware(RequestContextMiddleware, metrics=app.state.metrics)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # Without "input": a rejected password or lab value must not be echoed back (or logged by proxies).
        errors = [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
        return JSONResponse(status_code=422, content={"detail": errors})

    @app.exception_handler(ServiceError)
    async def _service_error(_request: Request, exc: ServiceError) -> JSONResponse:
        return JSONResponse(status_code=exc.status_code, content={"detail": exc.detail})

    @app.exception_handler(PoolTimeoutError)
    async def _pool_exhausted(_request: Request, _exc: PoolTimeoutError) -> JSONResponse:
        # Every connection is busy for longer than db_pool_timeout_seconds: shed load, say when to retry.
        logger.warning("database pool exhausted", extra={"error": "pool timeout"})
        return JSONResponse(
            status_code=503,
            content={"detail": "the service is busy; retry shortly"},
            headers={"Retry-After": str(POOL_RETRY_AFTER_SECONDS)},
        )

    @app.exception_handler(LLMError)
    async def _llm_error(_request: Request, exc: LLMError) -> JSONResponse:
        if isinstance(exc, LLMNotConfiguredError):
            return JSONResponse(status_code=503, content={"detail": str(exc)})
        status_code = 504 if isinstance(exc, LLMTimeoutError) else 502
        return JSONResponse(status_code=status_code, content={"detail": str(exc)})

    for module in (health, auth, users, lab_reports, lab_results, summary, chat):
        app.include_router(module.router)
    return app
