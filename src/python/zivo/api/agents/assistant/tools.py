"""Read-only tools over the caller's lab data, as LangChain tools run by LangGraph's ``ToolNode``.

Each tool's argument schema is its pydantic model: the model sees the strict JSON schema derived from
it, and the tool node validates the model's arguments against it (an invalid call becomes an error the
model reads, never an exception). The user id comes from the run's config, set by the turn for the
signed-in caller, never from the model, so a tool can only ever read the caller's own rows.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Row
from sqlalchemy.orm import Session, sessionmaker

from zivo.api.services import lab_results
from zivo.core.db.models import LabResult

MAX_TOOL_RESULTS = 50
DEFAULT_TOOL_RESULTS = 20


class SearchLabResults(BaseModel):
    """Find the user's lab results, newest first, by test name and/or category."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, max_length=200, description="Part of a test name, e.g. 'glucose'.")
    category: str | None = Field(
        default=None, max_length=32, description="Category id: lipid, cbc, thyroid..."
    )
    since: datetime | None = Field(default=None, description="Only results collected on/after this ISO date.")
    limit: int | None = Field(default=None, ge=1, le=MAX_TOOL_RESULTS, description="At most this many.")


class GetLabTrend(BaseModel):
    """One test's values over time, oldest first."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200, description="The test name.")


class GetCategorySummary(BaseModel):
    """Per-category counts of the user's results and how many were out of range."""

    model_config = ConfigDict(extra="forbid")


TOOL_MODELS: dict[str, type[BaseModel]] = {
    "search_lab_results": SearchLabResults,
    "get_lab_trend": GetLabTrend,
    "get_category_summary": GetCategorySummary,
}


def _result_view(row: Row[Any] | LabResult) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "name": row.name,
        "value": _value(row),
        "unit": row.unit,
        "reference_range": row.reference_range,
        "flag": row.flag,
        "category": row.category,
        "collected_at": row.collected_at.date().isoformat(),
    }


def _value(row: Row[Any] | LabResult) -> float | str | None:
    """The value as the model should read it: a censored one keeps its comparator ("<0.5")."""
    if row.value_numeric is None:
        return row.value_text
    if row.value_comparator:
        return f"{row.value_comparator}{row.value_numeric:g}"
    return row.value_numeric


def _user_id(config: RunnableConfig) -> uuid.UUID:
    return uuid.UUID(str((config.get("configurable") or {})["user_id"]))


def make_tools(sessions: sessionmaker[Session]) -> list[BaseTool]:
    """The tools, bound to the app's database; each query runs in a thread with its own short session."""

    def run(query: Callable[[Session], dict[str, Any]]) -> tuple[str, list[str]]:
        with sessions() as session:
            payload = query(session)
        # (content for the model, artifact: the result ids this call may be cited by)
        return json.dumps(payload), [item["id"] for item in payload.get("results", [])]

    async def search_lab_results(
        config: RunnableConfig,
        name: str | None = None,
        category: str | None = None,
        since: datetime | None = None,
        limit: int | None = None,
    ) -> tuple[str, list[str]]:
        user_id = _user_id(config)

        def query(session: Session) -> dict[str, Any]:
            rows, total = lab_results.list_results(
                session,
                user_id,
                name=name,
                category=category,
                since=since,
                limit=limit or DEFAULT_TOOL_RESULTS,
            )
            return {"total": total, "results": [_result_view(row) for row in rows]}

        return await asyncio.to_thread(run, query)

    async def get_lab_trend(config: RunnableConfig, name: str) -> tuple[str, list[str]]:
        user_id = _user_id(config)

        def query(session: Session) -> dict[str, Any]:
            series = lab_results.trend(session, user_id, name, limit=MAX_TOOL_RESULTS)
            test = series.test
            return {
                "normalized_name": series.normalized_name,
                # One series across labs, names and units: the values in the test's canonical unit.
                "test": {"id": test.id, "loinc": test.loinc, "unit": test.unit} if test else None,
                "results": [
                    {**_result_view(row), "value_in_test_unit": value} for row, value in series.points
                ],
            }

        return await asyncio.to_thread(run, query)

    async def get_category_summary(config: RunnableConfig) -> tuple[str, list[str]]:
        user_id = _user_id(config)

        def query(session: Session) -> dict[str, Any]:
            summaries = lab_results.summaries(session, user_id)
            return {"categories": [row.model_dump(mode="json") for row in summaries]}

        return await asyncio.to_thread(run, query)

    functions: dict[str, Callable[..., Awaitable[tuple[str, list[str]]]]] = {
        "search_lab_results": search_lab_results,
        "get_lab_trend": get_lab_trend,
        "get_category_summary": get_category_summary,
    }
    return [
        StructuredTool.from_function(
            coroutine=functions[name],
            name=name,
            description=model.__doc__ or name,
            args_schema=model,
            response_format="content_and_artifact",
        )
        for name, model in TOOL_MODELS.items()
    ]


def tool_specs() -> list[dict[str, Any]]:
    """What the model is offered: OpenAI function tools whose strict schemas come from the models."""
    import openai  # loaded with the graph, on the first chat

    return [
        dict(openai.pydantic_function_tool(model, name=name, description=model.__doc__))
        for name, model in TOOL_MODELS.items()
    ]
