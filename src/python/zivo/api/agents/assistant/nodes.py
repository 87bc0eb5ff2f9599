"""The model node: the conversation in, the model's reply (an answer or tool calls) out."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any

from langchain_core.messages import (
    AIMessage,
    BaseMessage,
    HumanMessage,
    ToolMessage,
    convert_to_openai_messages,
)

from zivo.api.agents.assistant.prompts import FINAL_ANSWER_NUDGE, SYSTEM_PROMPT
from zivo.api.agents.assistant.state import AssistantState
from zivo.api.clients.openai_client import ChatModel

# What the model sees of a thread: the latest messages, starting at a question.
HISTORY_MESSAGES = 40


class AssistantNodes:
    def __init__(self, llm: ChatModel, tools: list[dict[str, Any]]) -> None:
        self._llm = llm
        self._tools = tools

    async def call_model(self, state: AssistantState) -> dict[str, Any]:
        messages: list[dict[str, Any]] = [
            {"role": "system", "content": SYSTEM_PROMPT},
            *convert_to_openai_messages(window(state["messages"])),
        ]
        # A tool round takes two more steps (tools, then model): without room for both, answer now.
        if state["remaining_steps"] < 2:
            messages.append({"role": "system", "content": FINAL_ANSWER_NUDGE})
            reply = await self._llm.complete(messages)
            reply.pop("tool_calls", None)
        else:
            reply = await self._llm.complete(messages, tools=self._tools)
        return {"messages": [to_ai_message(reply)]}


def window(messages: Sequence[BaseMessage]) -> list[BaseMessage]:
    """The latest ``HISTORY_MESSAGES``, starting at a question, without tool calls left unanswered (a
    turn cut short by its deadline): the API refuses a tool call without its result."""
    answered = {m.tool_call_id for m in messages if isinstance(m, ToolMessage)}
    kept: list[BaseMessage] = []
    for message in messages:
        unanswered = isinstance(message, AIMessage) and any(
            call["id"] not in answered for call in message.tool_calls
        )
        if not unanswered:
            kept.append(message)
    recent = kept[-HISTORY_MESSAGES:]
    while recent and not isinstance(recent[0], HumanMessage):
        recent.pop(0)
    return recent


def to_ai_message(reply: dict[str, Any]) -> AIMessage:
    """The SDK's reply as LangChain's message, so ``ToolNode`` can run its tool calls."""
    calls = []
    for call in reply.get("tool_calls") or []:
        function = call.get("function") or {}
        try:
            args = json.loads(function.get("arguments") or "{}")
        except json.JSONDecodeError:
            args = None
        if not isinstance(args, dict):
            # Not an object: an argument the schema forbids, so the tool node answers with the error.
            args = {"arguments": function.get("arguments")}
        calls.append(
            {"name": str(function.get("name", "")), "args": args, "id": call.get("id") or uuid.uuid4().hex}
        )
    return AIMessage(content=reply.get("content") or "", tool_calls=calls)
