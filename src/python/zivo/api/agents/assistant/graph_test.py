from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.runnables import RunnableConfig
from sqlalchemy.orm import Session, sessionmaker

from zivo.api.agents.assistant.graph import build_graph
from zivo.api.agents.assistant.nodes import MAX_MODEL_CALLS
from zivo.api.agents.assistant.state import AssistantState
from zivo.api.agents.assistant.tools import AssistantTools
from zivo.core.db.testing import migrated_sqlite


class ScriptedModel:
    """An in-process ChatModel: replies in order and records what it was given."""

    def __init__(self, replies: list[dict[str, Any]]) -> None:
        self.replies = list(replies)
        self.calls: list[tuple[list[dict[str, Any]], list[dict[str, Any]] | None]] = []

    async def complete(
        self, messages: list[dict[str, Any]], *, tools: list[dict[str, Any]] | None = None
    ) -> Any:
        self.calls.append((list(messages), tools))
        return dict(self.replies.pop(0))

    async def complete_json(
        self, messages: list[dict[str, Any]], *, name: str, schema: dict[str, Any]
    ) -> Any:
        raise AssertionError("not used by the assistant")


def _call(name: str) -> dict[str, Any]:
    return {
        "role": "assistant",
        "content": "",
        "tool_calls": [{"id": "c1", "type": "function", "function": {"name": name, "arguments": "{}"}}],
    }


@pytest.fixture()
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    with migrated_sqlite(tmp_path) as factory:
        yield factory


def _run(model: ScriptedModel, sessions: sessionmaker[Session]) -> Any:
    graph = build_graph(llm=model)
    config: RunnableConfig = {"configurable": {"tools": AssistantTools(sessions, uuid.uuid4())}}
    state: AssistantState = {"messages": [{"role": "user", "content": "hi"}], "citations": [], "steps": 0}
    return asyncio.run(graph.ainvoke(state, config=config))


def test_answer_without_tools(sessions: sessionmaker[Session]) -> None:
    model = ScriptedModel([{"role": "assistant", "content": "Hello"}])
    state = _run(model, sessions)
    assert state["messages"][-1]["content"] == "Hello"
    assert model.calls[0][0][0]["role"] == "system"
    assert model.calls[0][1] is not None


def test_tool_round_trip_then_answer(sessions: sessionmaker[Session]) -> None:
    model = ScriptedModel([_call("get_category_summary"), {"role": "assistant", "content": "No data yet."}])
    state = _run(model, sessions)
    roles = [m["role"] for m in state["messages"]]
    assert roles == ["user", "assistant", "tool", "assistant"]
    assert state["messages"][2]["tool_call_id"] == "c1"
    assert state["steps"] == 2


def test_last_call_has_no_tools(sessions: sessionmaker[Session]) -> None:
    model = ScriptedModel(
        [_call("get_category_summary")] * MAX_MODEL_CALLS + [{"role": "assistant", "content": "x"}]
    )
    state = _run(model, sessions)
    assert len(model.calls) == MAX_MODEL_CALLS
    assert model.calls[-1][1] is None
    assert "tool_calls" not in state["messages"][-1]
