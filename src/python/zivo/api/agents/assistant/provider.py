"""The compiled assistant graph, built on the first chat rather than at start-up.

LangGraph with langchain_core and langsmith takes ~1.5 s to import; an API that mostly stores and lists
lab results should not pay that before it is ready, nor hold the modules in memory until someone chats.
"""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING, Any

from zivo.api.clients.openai_client import ChatModel

if TYPE_CHECKING:
    from langgraph.graph.state import CompiledStateGraph

    from zivo.api.agents.assistant.state import AssistantState

    AssistantGraph = CompiledStateGraph[AssistantState, Any, AssistantState, AssistantState]


class AssistantProvider:
    """Imports and compiles the graph once per app, whichever request (or thread) asks first."""

    def __init__(self, llm: ChatModel) -> None:
        self._llm = llm
        self._graph: AssistantGraph | None = None
        self._lock = threading.Lock()

    @property
    def built(self) -> bool:
        return self._graph is not None

    async def graph(self) -> AssistantGraph:
        if self._graph is None:
            # Off the event loop: the import blocks for a second or more.
            return await asyncio.to_thread(self.graph_sync)
        return self._graph

    def graph_sync(self) -> AssistantGraph:
        with self._lock:
            if self._graph is None:
                from zivo.api.agents.assistant.graph import build_graph

                self._graph = build_graph(llm=self._llm)
            return self._graph
