"""Read-only tools over the caller's lab data.

The user id is bound when :class:`AssistantTools` is built for a request, never taken from the model,
so a tool call can only ever read the caller's own rows.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.orm import Session, sessionmaker

from zivo.api.services import lab_results
from zivo.core.db.models import LabResult

MAX_TOOL_RESULTS = 50


class SearchArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    category: str | None = None
    since: datetime | None = None
    limit: int = Field(default=20, ge=1, le=MAX_TOOL_RESULTS)


class TrendArgs(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)


TOOL_SPECS: list[dict[str, Any]] = [
    {
        "type": "function",
        "function": {
            "name": "search_lab_results",
            "description": "Find the user's lab results, newest first, by test name and/or category.",
            "parameters": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "description": "Part of a test name, e.g. 'glucose'."},
                    "category": {"type": "string", "description": "Category id, e.g. lipid, cbc, thyroid."},
                    "since": {
                        "type": "string",
                        "description": "Only results collected on/after this ISO date.",
                    },
                    "limit": {"type": "integer", "minimum": 1, "maximum": MAX_TOOL_RESULTS},
                },
                "additionalProperties": False,
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "get_lab_trend",
            "description": "One test's values over time, oldest first.",
            "parameters": {
                "type": "object",
                "properties": {"name": {"type": "string", "description": "The test name."}},
                "required": ["name"],
                "additionalProperties": False,
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "get_category_summary",
            "description": "Per-category counts of the user's results and how many were out of range.",
            "parameters": {"type": "object", "properties": {}, "additionalProperties": False},
        },
    },
]


def _result_view(row: LabResult) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "name": row.name,
        "value": row.value_numeric if row.value_numeric is not None else row.value_text,
        "unit": row.unit,
        "reference_range": row.reference_range,
        "flag": row.flag,
        "category": row.category,
        "collected_at": row.collected_at.date().isoformat(),
    }


class AssistantTools:
    def __init__(self, sessions: sessionmaker[Session], user_id: uuid.UUID) -> None:
        self._sessions = sessions
        self._user_id = user_id

    async def call(self, name: str, arguments: str) -> tuple[str, list[str]]:
        """Run one tool call; returns (JSON content for the model, cited result ids). Never raises."""
        try:
            raw = json.loads(arguments or "{}")
            if not isinstance(raw, dict):
                raise ValueError("arguments must be a JSON object")
            payload = await asyncio.to_thread(self._dispatch, name, raw)
        except (ValueError, ValidationError) as exc:
            return json.dumps({"error": f"invalid arguments for {name}: {exc}"[:500]}), []
        cited = [item["id"] for item in payload.get("results", [])]
        return json.dumps(payload), cited

    def _dispatch(self, name: str, raw: dict[str, Any]) -> dict[str, Any]:
        with self._sessions() as session:
            if name == "search_lab_results":
                args = SearchArgs.model_validate(raw)
                rows, total = lab_results.list_results(
                    session,
                    self._user_id,
                    name=args.name,
                    category=args.category,
                    since=args.since,
                    limit=args.limit,
                )
                return {"total": total, "results": [_result_view(row) for row in rows]}
            if name == "get_lab_trend":
                trend_args = TrendArgs.model_validate(raw)
                normalized, rows = lab_results.trend(
                    session, self._user_id, trend_args.name, limit=MAX_TOOL_RESULTS
                )
                return {"normalized_name": normalized, "results": [_result_view(row) for row in rows]}
            if name == "get_category_summary":
                return {
                    "categories": [
                        {
                            "category": row.category,
                            "result_count": row.result_count,
                            "out_of_range_count": row.out_of_range_count,
                            "latest_collected_at": row.latest_collected_at.date().isoformat()
                            if row.latest_collected_at
                            else None,
                        }
                        for row in lab_results.summaries(session, self._user_id)
                    ]
                }
        raise ValueError(f"unknown tool {name!r}")
