"""One error shape for every error, and every error status documented on the routes that can answer it.

The shape is FastAPI's own, everywhere: ``{"detail": "<message>"}`` for every error status, and for 422
``{"detail": [{"loc": [...], "msg": "...", "type": "..."}]}`` whoever refused the input (request
validation, a service, a CSV row). Clients parse two documented models, ``ErrorPublic`` and FastAPI's
``HTTPValidationError``, and nothing else; an unexpected failure is a 500 in the same shape, never text.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from fastapi.utils import create_model_field
from pydantic import BaseModel, ValidationError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException

from zivo.api.clients.openai_client import LLMError, LLMNotConfiguredError, LLMTimeoutError
from zivo.api.route_policy import RoutePolicy
from zivo.api.services.errors import ServiceError

logger = logging.getLogger(__name__)

# How long a client should wait before retrying when every database connection is busy.
POOL_RETRY_AFTER_SECONDS = 2


class ErrorPublic(BaseModel):
    """Every error but 422: what went wrong, in a sentence."""

    detail: str


def validation_item(loc: Iterable[Any], msg: str, type_: str = "value_error") -> dict[str, Any]:
    return {"loc": [part if isinstance(part, int) else str(part) for part in loc], "msg": msg, "type": type_}


def _pydantic_items(
    errors: Iterable[Mapping[str, Any]], prefix: Sequence[str | int] = ()
) -> list[dict[str, Any]]:
    # Without "input": a rejected password or lab value must not be echoed back (or logged by proxies).
    return [validation_item([*prefix, *e["loc"]], e["msg"], e["type"]) for e in errors]


def _service_items(detail: Any) -> list[dict[str, Any]]:
    """A service's 422 detail (a sentence, or items with ``loc`` or CSV ``row``/``field``) as loc/msg/type."""
    if not isinstance(detail, list):
        return [validation_item(["body"], str(detail))]
    items = []
    for item in detail:
        if not isinstance(item, Mapping):
            items.append(validation_item(["body"], str(item)))
        elif "loc" in item:
            items.append(validation_item(["body", *item["loc"]], str(item.get("msg", ""))))
        else:  # a CSV cell: the uploaded file, then its row (1 = header) and column
            row = item.get("row")
            loc = ["body", "file", *([row] if row is not None else []), item.get("field") or "file"]
            items.append(validation_item(loc, str(item.get("msg", ""))))
    return items


def _error(status_code: int, detail: Any, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(status_code=status_code, content={"detail": detail}, headers=dict(headers or {}))


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _request_invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(422, _pydantic_items(exc.errors()))

    @app.exception_handler(ValidationError)
    async def _model_invalid(_request: Request, exc: ValidationError) -> JSONResponse:
        # A model built from request data inside a service (an uploaded file's report, say).
        return _error(422, _pydantic_items(exc.errors(), prefix=("body",)))

    @app.exception_handler(ServiceError)
    async def _service_error(_request: Request, exc: ServiceError) -> JSONResponse:
        headers = getattr(exc, "headers", None)
        if exc.status_code == 422:
            return _error(422, _service_items(exc.detail), headers)
        return _error(exc.status_code, str(exc.detail), headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(LLMError)
    async def _llm_error(_request: Request, exc: LLMError) -> JSONResponse:
        if isinstance(exc, LLMNotConfiguredError):
            return _error(503, str(exc))
        return _error(504 if isinstance(exc, LLMTimeoutError) else 502, str(exc))

    @app.exception_handler(PoolTimeoutError)
    async def _pool_exhausted(_request: Request, _exc: PoolTimeoutError) -> JSONResponse:
        # Every connection is busy for longer than db_pool_timeout_seconds: shed load, say when to retry.
        logger.warning("database pool exhausted", extra={"error": "pool timeout"})
        return _error(
            503, "the service is busy; retry shortly", {"Retry-After": str(POOL_RETRY_AFTER_SECONDS)}
        )

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        logger.exception("unhandled error", exc_info=exc)
        return _error(500, "internal server error")


_DESCRIPTIONS = {
    400: "Malformed request.",
    401: "Missing, invalid or expired bearer token (`WWW-Authenticate: Bearer`).",
    404: "Not found, or not yours.",
    409: "Conflicts with the current state; retry.",
    413: "Request body larger than the limit (refused on Content-Length or while streaming).",
    415: "Unsupported file type.",
    422: "Invalid input: each item names where (`loc`) and what (`msg`).",
    429: "Too many attempts; see `Retry-After`.",
    502: "The language model failed.",
    503: "Temporarily unavailable (saturated, or a capability is not configured); see `Retry-After`.",
    504: "The language model did not answer in time.",
}


def error_statuses(policy: RoutePolicy) -> set[int]:
    """The error statuses a route can answer, from what it depends on (see :class:`RoutePolicy`)."""
    statuses: set[int] = set()
    if policy.requires_user:
        statuses.add(401)
    if policy.path_params:
        statuses.add(404)
    if policy.multipart or policy.form or policy.json_body:
        statuses |= {413, 422}
    if policy.multipart or policy.form:
        statuses.add(400)  # a form body that does not parse
    if policy.multipart:
        statuses.add(415)
    if policy.uses_llm:
        statuses |= {502, 503, 504}
    if policy.uses_database:
        statuses.add(503)
    if policy.throttled:
        statuses |= {429, 503}
    return statuses


def document_errors(routes: Iterable[APIRoute]) -> None:
    """Add every error status each route can answer to its OpenAPI responses (kept if already there)."""
    for route in routes:
        for status_code in sorted(error_statuses(RoutePolicy.of(route)) - {422}):
            # 422 is FastAPI's own, documented with HTTPValidationError: the shape answered above.
            if status_code in route.responses:
                continue
            route.responses[status_code] = {"model": ErrorPublic, "description": _DESCRIPTIONS[status_code]}
            # FastAPI reads the response models it documents from response_fields, built in the route's
            # constructor: add ours the same way.
            route.response_fields[status_code] = create_model_field(
                name=f"Response_{status_code}_{route.unique_id}", type_=ErrorPublic, mode="serialization"
            )
