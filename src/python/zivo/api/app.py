"""The FastAPI application factory. Nothing is built at import; the engine is built in the lifespan.

Start-up imports only what serving stored data needs: the assistant graph, the OpenAI SDK, Celery and
pypdf load on first use (see ``Assistant``, ``OpenAIClient``, ``CeleryTaskSender``, ``uploads``).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool

from zivo.api.agents.assistant.memory import ChatMemory
from zivo.api.agents.assistant.turn import Assistant
from zivo.api.body_guard import RequestBodyGuard
from zivo.api.clients.openai_client import ChatModel, OpenAIClient
from zivo.api.clients.task_sender import CeleryTaskSender, TaskSender
from zivo.api.logging import RequestContextMiddleware
from zivo.api.metrics import Metrics
from zivo.api.problems import document_errors, install_error_handlers
from zivo.api.routes import auth, chat, health, lab_reports, lab_results, summary, users
from zivo.api.security import Passwords
from zivo.api.settings import ApiSettings, get_settings
from zivo.api.throttling import LoginThrottle
from zivo.core.db.engine import make_engine, make_sessionmaker
from zivo.core.db.migrate import check_schema, upgrade_to_head
from zivo.core.lab_tests.catalogue import catalogue


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
    database_prepared: bool = False,
) -> FastAPI:
    """``database_prepared``: the caller already ran :func:`prepare_database` with ``settings`` (the server
    does, to refuse to start before serving); otherwise the lifespan does."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        resolved = settings or get_settings()
        if not (database_prepared and settings is not None):
            await run_in_threadpool(prepare_database, resolved)
        engine = make_engine(resolved)
        # The lab-test catalogue (units of ingested values, trends by canonical test) takes seconds to load:
        # loaded beside serving from the start, so no first upload or trend waits for all of it.
        threading.Thread(target=catalogue, name="catalogue-load", daemon=True).start()
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
        app.state.passwords = Passwords(
            concurrency=resolved.password_hash_concurrency, wait_seconds=resolved.password_hash_wait_seconds
        )
        app.state.login_throttle = LoginThrottle.from_settings(resolved)
        # Its graph is built on the first chat: LangGraph and the OpenAI SDK are not imported before then.
        # Chats stay readable and erasable (export, deletion) whether or not a model is configured.
        app.state.chat_memory = ChatMemory(resolved)
        app.state.assistant = (
            Assistant(app.state.llm, app.state.sessionmaker, resolved, app.state.chat_memory)
            if app.state.llm is not None
            else None
        )
        try:
            yield
        finally:
            await app.state.chat_memory.aclose()
            if owned_llm is not None:
                await owned_llm.aclose()
            if owned_sender is not None:
                owned_sender.close()
            engine.dispose()

    app = FastAPI(title="zivo", version="0.1.0", lifespan=lifespan)
    app.state.metrics = Metrics()
    routers = [module.router for module in (health, auth, users, lab_reports, lab_results, summary, chat)]
    routes = [route for router in routers for route in router.routes if isinstance(route, APIRoute)]
    # Added first, so it runs inside the request logging: refused bodies are logged and counted too.
    app.add_middleware(RequestBodyGuard, routes=routes, state=app.state)
    app.add_middleware(RequestContextMiddleware, metrics=app.state.metrics)
    install_error_handlers(app)
    document_errors(routes)  # before inclusion: FastAPI builds the included routes from these
    for router in routers:
        app.include_router(router)
    return app
