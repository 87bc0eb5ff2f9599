"""Refuse a request body before reading it: authenticate first, then enforce the size limit.

FastAPI reads (and for multipart, spools to disk) the whole body before any dependency runs, so a route
cannot refuse an unauthenticated 1 GiB upload until it has been received. This ASGI middleware runs
before that, per route (see :class:`RoutePolicy`):

1. a route that needs a signed-in user gets its bearer token checked (signature and expiry; the user
   itself is still loaded by the route) before one byte of body is read: 401 otherwise;
2. a declared ``Content-Length`` above the route's limit is refused at once with 413;
3. a body that streams past the limit (chunked, or lying about its length) is cut off at the limit: the
   413 is sent from here and the application sees a disconnect, never the rest.

Limits: ``max_upload_bytes`` plus room for the multipart envelope on upload routes, ``max_request_bytes``
on every other route.
"""

from __future__ import annotations

from fastapi.routing import APIRoute
from starlette.datastructures import Headers, State
from starlette.responses import JSONResponse
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from zivo.api.route_policy import RoutePolicy
from zivo.api.security import decode_access_token
from zivo.api.settings import ApiSettings

# The multipart envelope around the file: boundaries, part headers and the small form fields.
MULTIPART_OVERHEAD_BYTES = 64 * 1024
_BODYLESS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})


class RequestBodyGuard:
    def __init__(self, app: ASGIApp, *, routes: list[APIRoute], state: State) -> None:
        self.app = app
        self._routes = [(route, RoutePolicy.of(route)) for route in routes]
        self._state = state  # the application's: settings appear there in the lifespan

    def _policy(self, scope: Scope) -> RoutePolicy | None:
        for route, policy in self._routes:
            if route.matches(scope)[0] is Match.FULL:
                return policy
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in _BODYLESS:
            await self.app(scope, receive, send)
            return
        policy = self._policy(scope)
        settings: ApiSettings | None = getattr(self._state, "settings", None)
        if policy is None or settings is None:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if policy.requires_user and not _has_valid_token(headers, settings):
            await _refuse(scope, receive, send, 401, "not authenticated", {"WWW-Authenticate": "Bearer"})
            return
        limit = (
            settings.max_upload_bytes + MULTIPART_OVERHEAD_BYTES
            if policy.multipart
            else settings.max_request_bytes
        )
        declared = headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _refuse(scope, receive, send, 413, _too_large(limit))
            return
        await self._stream_limited(scope, receive, send, limit)

    async def _stream_limited(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        received = 0
        refused = False
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit and not response_started:
                    refused = True
                    await JSONResponse({"detail": _too_large(limit)}, status_code=413)(scope, receive, send)
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal response_started
            if refused:
                return  # the 413 was sent; whatever the application answers to the disconnect is dropped
            response_started = True
            await send(message)

        await self.app(scope, limited_receive, guarded_send)


def _too_large(limit: int) -> str:
    return f"request body is larger than the {limit} byte limit"


def _has_valid_token(headers: Headers, settings: ApiSettings) -> bool:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and bool(token) and decode_access_token(token, settings) is not None


async def _refuse(
    scope: Scope,
    receive: Receive,
    send: Send,
    status_code: int,
    detail: str,
    headers: dict[str, str] | None = None,
) -> None:
    # "Connection: close": the unread body stays unread; the server drops the connection after answering.
    response = JSONResponse(
        {"detail": detail}, status_code=status_code, headers={**(headers or {}), "Connection": "close"}
    )
    await response(scope, receive, send)
