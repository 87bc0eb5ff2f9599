from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langgraph.checkpoint.memory import InMemorySaver
from pydantic import BaseModel
from sqlalchemy.orm import Session, sessionmaker

from zivo.api.agents.assistant.graph import build_graph, recursion_limit
from zivo.api.agents.assistant.nodes import window
from zivo.core.db.models import LabReport, LabResult, User
from zivo.core.db.testing import migrated_sqlite

MAX_CALLS = 4


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

    async def complete_parsed(self, messages: list[dict[str, Any]], response_model: type[BaseModel]) -> Any:
        raise AssertionError("not used by the assistant")


def _call(name: str, arguments: str = "{}") -> dict[str, Any]:
    return {
        "role": "assistant",
        "content": "",
        "tool_calls": [{"id": "c1", "type": "function", "function": {"name": name, "arguments": arguments}}],
    }


@pytest.fixture()
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    with migrated_sqlite(tmp_path) as factory:
        yield factory


def _run(
    model: ScriptedModel, sessions: sessionmaker[Session], *messages: str, user_id: uuid.UUID | None = None
) -> Any:
    graph = build_graph(llm=model, sessions=sessions, checkpointer=InMemorySaver())
    config: Any = {
        "configurable": {"thread_id": "t1", "user_id": str(user_id or uuid.uuid4())},
        "recursion_limit": recursion_limit(MAX_CALLS),
    }
    state = None
    for message in messages or ("hi",):
        turn: Any = {"messages": [HumanMessage(message)]}
        state = asyncio.run(graph.ainvoke(turn, config=config))
    return state


def test_answer_without_tools(sessions: sessionmaker[Session]) -> None:
    model = ScriptedModel([{"role": "assistant", "content": "Hello"}])
    state = _run(model, sessions)
    assert state["messages"][-1].content == "Hello"
    sent, tools = model.calls[0]
    assert sent[0]["role"] == "system"
    # The tool schemas are the pydantic models', strict.
    assert {tool["function"]["name"] for tool in tools or []} == {
        "search_lab_results",
        "get_lab_trend",
        "get_category_summary",
    }
    assert all(tool["function"]["strict"] is True for tool in tools or [])


def test_tool_round_trip_through_the_tool_node(sessions: sessionmaker[Session]) -> None:
    model = ScriptedModel([_call("get_category_summary"), {"role": "assistant", "content": "No data yet."}])
    state = _run(model, sessions)
    assert [type(m) for m in state["messages"]] == [HumanMessage, AIMessage, ToolMessage, AIMessage]
    tool_message = state["messages"][2]
    assert tool_message.tool_call_id == "c1"
    assert json.loads(tool_message.content) == {"categories": []}
    assert tool_message.artifact == []  # no results to cite


def test_the_model_reads_a_censored_value_with_its_comparator(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        user = User(email="a@example.com", password_hash="x")
        session.add(user)
        session.flush()
        report = LabReport(user_id=user.id, collected_at=datetime(2024, 1, 5, tzinfo=UTC), source="json")
        for position, (value, comparator) in enumerate([(5.0, "<"), (12.0, None)]):
            report.results.append(
                LabResult(
                    user_id=user.id,
                    position=position,
                    name="CRP",
                    normalized_name="crp",
                    value_numeric=value,
                    value_comparator=comparator,
                    unit="mg/L",
                    collected_at=report.collected_at,
                )
            )
        session.add(report)
        session.commit()
        user_id = user.id
    model = ScriptedModel(
        [_call("search_lab_results", '{"name": "crp"}'), {"role": "assistant", "content": "."}]
    )
    state = _run(model, sessions, user_id=user_id)
    results = json.loads(state["messages"][2].content)["results"]
    assert sorted(str(result["value"]) for result in results) == ["12.0", "<5"]  # not a plain 5


def test_invalid_arguments_and_unknown_tools_come_back_as_errors(sessions: sessionmaker[Session]) -> None:
    model = ScriptedModel(
        [
            _call("search_lab_results", '{"user_id": "someone-else"}'),
            _call("no_such_tool"),
            _call("get_lab_trend", "not json"),
            {"role": "assistant", "content": "Sorry."},
        ]
    )
    graph_limit = 4  # three tool rounds, then the answer
    assert len(model.replies) == graph_limit
    state = _run(model, sessions)
    errors = [m for m in state["messages"] if isinstance(m, ToolMessage)]
    assert len(errors) == 3
    assert all(m.status == "error" for m in errors)
    assert state["messages"][-1].content == "Sorry."


def test_the_recursion_limit_bounds_the_tool_loop_and_the_last_call_answers(
    sessions: sessionmaker[Session],
) -> None:
    model = ScriptedModel(
        [_call("get_category_summary")] * MAX_CALLS + [{"role": "assistant", "content": "x"}]
    )
    state = _run(model, sessions)
    assert len(model.calls) == MAX_CALLS
    assert model.calls[-1][1] is None  # no tools offered on the last call
    assert model.replies == [{"role": "assistant", "content": "x"}]  # never asked
    assert not state["messages"][-1].tool_calls  # the turn ends on an answer


def test_the_checkpointer_remembers_the_thread(sessions: sessionmaker[Session]) -> None:
    model = ScriptedModel(
        [{"role": "assistant", "content": "Hello Ada."}, {"role": "assistant", "content": "Ada."}]
    )
    _run(model, sessions, "I am Ada", "Who am I?")
    history = [(m["role"], m["content"]) for m in model.calls[1][0] if m["role"] != "system"]
    assert history == [("user", "I am Ada"), ("assistant", "Hello Ada."), ("user", "Who am I?")]


def test_the_window_drops_unanswered_tool_calls_and_starts_at_a_question() -> None:
    dangling = AIMessage("", tool_calls=[{"name": "get_lab_trend", "args": {"name": "x"}, "id": "c9"}])
    answered = AIMessage("", tool_calls=[{"name": "get_lab_trend", "args": {"name": "x"}, "id": "c1"}])
    messages = [
        ToolMessage("{}", tool_call_id="c0"),
        HumanMessage("one"),
        dangling,  # a turn cut short by its deadline
        HumanMessage("two"),
        answered,
        ToolMessage("{}", tool_call_id="c1"),
        AIMessage("done"),
    ]
    kept = window(messages)
    assert kept[0].content == "one"
    assert dangling not in kept
    assert answered in kept
