"""The threads' messages, in LangGraph's checkpointer: opened once, shared by the assistant and by the
routes that read or erase a user's chats (export, thread and account deletion, forgetting a report).

The checkpointer (and LangGraph with it) is opened on first use, off the event loop, so serving stored
data never imports it; a caller with no chat threads never needs it at all.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterable, Set
from contextlib import AsyncExitStack
from typing import TYPE_CHECKING, Any

from zivo.api.settings import ApiSettings

if TYPE_CHECKING:
    from langgraph.checkpoint.base import BaseCheckpointSaver


def _open_modules() -> Any:
    from zivo.api.agents.assistant import checkpoints

    return checkpoints


class ChatMemory:
    def __init__(self, settings: ApiSettings) -> None:
        self._settings = settings
        self._saver: BaseCheckpointSaver[Any] | None = None
        self._lock = asyncio.Lock()
        self._resources = AsyncExitStack()

    async def saver(self) -> BaseCheckpointSaver[Any]:
        if self._saver is None:
            async with self._lock:
                if self._saver is None:
                    # The import blocks for a second or more: off the event loop.
                    checkpoints = await asyncio.to_thread(_open_modules)
                    saver = await self._resources.enter_async_context(
                        checkpoints.open_checkpointer(self._settings)
                    )
                    await checkpoints.prepare(saver)
                    self._saver = saver
        return self._saver

    async def messages(self, thread_id: uuid.UUID) -> list[Any]:
        """The thread's messages as saved after its last step (LangChain message objects), oldest first."""
        saved = await (await self.saver()).aget_tuple({"configurable": {"thread_id": str(thread_id)}})
        if saved is None:
            return []
        return list(saved.checkpoint.get("channel_values", {}).get("messages", []))

    async def quotes(self, thread_id: uuid.UUID, result_ids: Set[str]) -> bool:
        """Whether a tool answer in the thread carried one of these results (its artifact lists their ids)."""
        return any(
            isinstance(getattr(message, "artifact", None), list)
            and not result_ids.isdisjoint(message.artifact)
            for message in await self.messages(thread_id)
        )

    async def forget(self, thread_ids: Iterable[uuid.UUID]) -> None:
        """Delete every checkpoint (and pending write) of these threads."""
        ids = list(thread_ids)
        if not ids:
            return
        saver = await self.saver()
        for thread_id in ids:
            await saver.adelete_thread(str(thread_id))

    async def aclose(self) -> None:
        await self._resources.aclose()


def message_view(message: Any) -> dict[str, Any]:
    """One saved message as plain JSON: who said it, what, and the tool calls or tool it came from."""
    view: dict[str, Any] = {"id": message.id, "role": message.type, "content": message.content}
    if getattr(message, "tool_calls", None):
        view["tool_calls"] = [{"name": c["name"], "args": c["args"]} for c in message.tool_calls]
    if message.type == "tool":
        view["tool"] = message.name
    return view
