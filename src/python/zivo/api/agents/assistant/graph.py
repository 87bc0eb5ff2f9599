"""The assistant graph: model → (tools → model)* → end."""

from __future__ import annotations

from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from zivo.api.agents.assistant.nodes import AssistantNodes, route_after_model, run_tools
from zivo.api.agents.assistant.state import AssistantState
from zivo.api.clients.openai_client import ChatModel


def build_graph(
    *, llm: ChatModel, checkpointer: BaseCheckpointSaver[Any] | None = None
) -> CompiledStateGraph[AssistantState, Any, AssistantState, AssistantState]:
    """Compile the workflow. The caller supplies ``configurable.tools`` (bound to one user) per run.

    Thread memory is kept in zivo's own ``chat_messages`` table (see ``services/chat.py``), so the
    default is no checkpointer; one can be passed for experiments.
    """
    nodes = AssistantNodes(llm)
    graph = StateGraph(AssistantState)
    graph.add_node("model", nodes.call_model)
    graph.add_node("tools", run_tools)
    graph.add_edge(START, "model")
    graph.add_conditional_edges("model", route_after_model, {"tools": "tools", END: END})
    graph.add_edge("tools", "model")
    return graph.compile(checkpointer=checkpointer)
