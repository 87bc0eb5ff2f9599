"""One assistant turn, from the route to the database: the only entry ``POST /v1/chat`` calls.

check the thread is the caller's (or record a new one) → run the graph with the thread's memory from
LangGraph's checkpointer, under one deadline → answer with the result ids the tools returned.

LangGraph with langchain_core takes ~1.5 s to import: the graph and its checkpointer are built on the
first chat, off the event loop, not at start-up. No database connection is held while the model
answers: the ownership check, each tool call and each checkpoint take a connection for their query.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from zivo.api.agents.assistant.memory import ChatMemory
from zivo.api.clients.openai_client import ChatModel, LLMTimeoutError
from zivo.api.services.errors import NotFoundError
from zivo.api.settings import ApiSettings
from zivo.core.db.models import ChatThread
from zivo.core.lazy import Lazy
from zivo.core.schemas.chat import ChatCreate, ChatPublic
from zivo.core.utc import utcnow

if TYPE_CHECKING:
    from zivo.api.agents.assistant.graph import AssistantGraph


class Assistant:
    def __init__(
        self,
        llm: ChatModel,
        sessions: sessionmaker[Session],
        settings: ApiSettings,
        memory: ChatMemory | None = None,
    ) -> None:
        self._llm = llm
        self._sessions = sessions
        self._settings = settings
        self._modules: Lazy[Any] = Lazy(_import_graph)
        self._graph: AssistantGraph | None = None
        self._build_lock = asyncio.Lock()
        # Shared with the routes that export or erase chats (the app's); its own when built alone.
        self._memory = memory or ChatMemory(settings)
        self._owns_memory = memory is None

    @property
    def built(self) -> bool:
        return self._graph is not None

    async def answer(self, user_id: uuid.UUID, data: ChatCreate) -> ChatPublic:
        from langchain_core.messages import HumanMessage, ToolMessage

        thread_id = data.thread_id or uuid.uuid4()
        await run_in_threadpool(self._claim_thread, user_id, thread_id, data.thread_id is None)
        graph = await self.graph()
        config: Any = {
            "configurable": {"thread_id": str(thread_id), "user_id": str(user_id)},
            "recursion_limit": self._modules.get().recursion_limit(self._settings.chat_max_model_calls),
        }
        deadline = self._settings.chat_deadline_seconds
        try:
            async with asyncio.timeout(deadline):
                turn: Any = {"messages": [HumanMessage(data.message)]}
                state = await graph.ainvoke(turn, config=config)
        except TimeoutError as exc:
            raise LLMTimeoutError(f"the assistant did not answer within {deadline:g}s") from exc
        messages = state["messages"]
        turn_start = max(i for i, m in enumerate(messages) if isinstance(m, HumanMessage))
        citations: list[uuid.UUID] = []
        for message in messages[turn_start:]:
            if isinstance(message, ToolMessage) and isinstance(message.artifact, list):
                citations.extend(uuid.UUID(c) for c in message.artifact if uuid.UUID(c) not in citations)
        return ChatPublic(thread_id=thread_id, answer=str(messages[-1].content or ""), citations=citations)

    async def graph(self) -> AssistantGraph:
        if self._graph is None:
            async with self._build_lock:
                if self._graph is None:
                    # The import blocks for a second or more: off the event loop.
                    modules = await asyncio.to_thread(self._modules.get)
                    saver = await self._memory.saver()
                    self._graph = modules.build_graph(
                        llm=self._llm, sessions=self._sessions, checkpointer=saver
                    )
        return self._graph

    async def aclose(self) -> None:
        if self._owns_memory:
            await self._memory.aclose()

    def _claim_thread(self, user_id: uuid.UUID, thread_id: uuid.UUID, new: bool) -> None:
        with self._sessions() as session:
            if new:
                session.add(ChatThread(id=thread_id, user_id=user_id))
            else:
                thread = session.get(ChatThread, thread_id)
                if thread is None or thread.user_id != user_id:
                    raise NotFoundError("chat thread not found")
                thread.updated_at = utcnow()
            try:
                session.commit()
            except IntegrityError as exc:  # a random UUID collided: never in practice
                raise NotFoundError("chat thread not found") from exc


def _import_graph() -> Any:
    """The modules that import LangGraph, loaded together on the first chat."""
    from types import SimpleNamespace

    from zivo.api.agents.assistant import graph

    return SimpleNamespace(build_graph=graph.build_graph, recursion_limit=graph.recursion_limit)
