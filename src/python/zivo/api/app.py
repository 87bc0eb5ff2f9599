"""The FastAPI application factory. Nothing is built at import; the engine is built in the lifespan.

Start-up imports only what serving stored data needs: the assistant graph, the OpenAI SDK, Celery and
pypdf load on first use (see ``AssistantProvider``, ``OpenAIClient``, ``CeleryTaskSender``, ``uploads``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from zivo.api.agents.assistant.provider import AssistantProvider
from zivo.api.clients.openai_client import ChatModel, LLMError, LLMTimeoutError, OpenAIClient
from zivo.api.clients.task_sender import CeleryTaskSender, TaskSender
from zivo.api.logging import RequestContextMiddleware
from zivo.api.metrics import Metrics
from zivo.api.routes import auth, chat, health, lab_reports, lab_results, summary, users
from zivo.api.security import Passwords
from zivo.api.services.errors import ServiceError
from zivo.core.db.engine import make_engine, make_sessionmaker
from zivo.core.db.migrate import upgrade_to_head
from zivo.core.settings import Settings, get_settings


def create_app(
    settings: Settings | None = None,
    *,
    llm_client: ChatModel | None = None,
    task_sender: TaskSender | None = None,
) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        resolved = settings or get_settings()
        await run_in_threadpool(upgrade_to_head, resolved.resolved_database_url())
        engine = make_engine(resolved)
        owned_llm = None if llm_client is not None else OpenAIClient.from_settings(resolved)
        owned_sender = None if task_sender is not None else CeleryTaskSender(resolved)
        app.state.settings = resolved
        app.state.engine = engine
        app.state.sessionmaker = make_sessionmaker(engine)
        app.state.llm = llm_client or owned_llm
        app.state.task_sender = task_sender or owned_sender
        app.state.passwords = Passwords()
        # Built on the first chat: LangGraph and the OpenAI SDK are not imported before then.
        app.state.assistant = AssistantProvider(app.state.llm)
        try:
            yield
        finally:
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

    @app.exception_handler(LLMError)
    async def _llm_error(_request: Request, exc: LLMError) -> JSONResponse:
        status_code = 504 if isinstance(exc, LLMTimeoutError) else 502
        return JSONResponse(status_code=status_code, content={"detail": str(exc)})

    for module in (health, auth, users, lab_reports, lab_results, summary, chat):
        app.include_router(module.router)
    return app
