"""The assistant graph: model → (tools → model)* → end, on LangGraph's prebuilt tool node."""

from __future__ import annotations

from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.prebuilt import ToolNode, tools_condition
from sqlalchemy.orm import Session, sessionmaker

from zivo.api.agents.assistant.nodes import AssistantNodes
from zivo.api.agents.assistant.state import AssistantState
from zivo.api.agents.assistant.tools import make_tools, tool_specs
from zivo.api.clients.openai_client import ChatModel

AssistantGraph = CompiledStateGraph[AssistantState, Any, AssistantState, AssistantState]


def recursion_limit(max_model_calls: int) -> int:
    """LangGraph's recursion limit that allows ``max_model_calls`` model calls: a model step, then a tools
    and a model step per tool round (2N - 1), plus one so the last model call still sees a step left."""
    return 2 * max_model_calls


def build_graph(
    *, llm: ChatModel, sessions: sessionmaker[Session], checkpointer: BaseCheckpointSaver[Any] | None = None
) -> AssistantGraph:
    """Compile the workflow. Each run's config carries ``thread_id`` (memory, in the checkpointer) and
    ``user_id`` (whose data the tools read), and a ``recursion_limit`` bounding the tool loop."""
    nodes = AssistantNodes(llm, tool_specs())
    graph = StateGraph(AssistantState)
    graph.add_node("model", nodes.call_model)
    graph.add_node("tools", ToolNode(make_tools(sessions)))
    graph.add_edge(START, "model")
    graph.add_conditional_edges("model", tools_condition, {"tools": "tools", END: END})
    graph.add_edge("tools", "model")
    return graph.compile(checkpointer=checkpointer)
