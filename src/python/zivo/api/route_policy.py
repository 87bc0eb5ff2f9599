"""What a route needs and can answer, read once from its FastAPI dependency tree.

The body guard (authenticate before reading, size limits) and the OpenAPI error documentation both ask
the same questions of a route: does it need a signed-in user, does it take a multipart upload, does it
call the language model, the database, the login throttle? Answering them from the dependencies the
route really declares keeps both in step with the code, without a hand-kept list of paths.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from fastapi.dependencies.models import Dependant
from fastapi.params import File, Form
from fastapi.routing import APIRoute

from zivo.api import deps
from zivo.api.throttling import throttle_login

_LLM_DEPENDENCIES: frozenset[Callable[..., Any]] = frozenset(
    {deps.get_llm, deps.get_optional_llm, deps.get_assistant}
)
_DB_DEPENDENCIES: frozenset[Callable[..., Any]] = frozenset({deps.get_session, deps.get_sessionmaker})


def _calls(dependant: Dependant) -> Iterator[Callable[..., Any]]:
    for sub in dependant.dependencies:
        if sub.call is not None:
            yield sub.call
        yield from _calls(sub)


@dataclass(frozen=True)
class RoutePolicy:
    requires_user: bool
    multipart: bool
    form: bool
    json_body: bool
    uses_llm: bool
    uses_database: bool
    throttled: bool
    path_params: bool

    @classmethod
    def of(cls, route: APIRoute) -> RoutePolicy:
        calls = set(_calls(route.dependant))
        body_infos = [param.field_info for param in _body_params(route.dependant)]
        multipart = any(isinstance(info, File) for info in body_infos)
        form = any(isinstance(info, Form) for info in body_infos)
        return cls(
            requires_user=deps.get_current_user in calls,
            multipart=multipart,
            form=form and not multipart,
            json_body=bool(body_infos) and not form and not multipart,
            # The model is only ever called on a signed-in user's behalf (readiness just asks if one is set).
            uses_llm=bool(calls & _LLM_DEPENDENCIES) and deps.get_current_user in calls,
            uses_database=bool(calls & _DB_DEPENDENCIES),
            throttled=throttle_login in calls,
            path_params=bool(route.dependant.path_params),
        )


def _body_params(dependant: Dependant) -> Iterator[Any]:
    yield from dependant.body_params
    for sub in dependant.dependencies:
        yield from _body_params(sub)
