"""Graph nodes: call the model, run the tools it asked for, and route between them."""

from __future__ import annotations

from typing import Any, Literal

from langchain_core.runnables import RunnableConfig

from zivo.api.agents.assistant.prompts import FINAL_ANSWER_NUDGE, SYSTEM_PROMPT
from zivo.api.agents.assistant.state import AssistantState
from zivo.api.agents.assistant.tools import TOOL_SPECS, AssistantTools
from zivo.api.clients.openai_client import ChatModel

MAX_MODEL_CALLS = 4


class AssistantNodes:
    def __init__(self, llm: ChatModel) -> None:
        self._llm = llm

    async def call_model(self, state: AssistantState) -> dict[str, Any]:
        steps = state.get("steps", 0) + 1
        messages: list[dict[str, Any]] = [{"role": "system", "content": SYSTEM_PROMPT}, *state["messages"]]
        if steps >= MAX_MODEL_CALLS:
            # Last allowed call: no tools, so the turn always ends with an answer.
            messages.append({"role": "system", "content": FINAL_ANSWER_NUDGE})
            reply = await self._llm.complete(messages)
            reply.pop("tool_calls", None)
        else:
            reply = await self._llm.complete(messages, tools=TOOL_SPECS)
        return {"messages": [reply], "steps": steps}


async def run_tools(state: AssistantState, config: RunnableConfig) -> dict[str, Any]:
    tools: AssistantTools = (config.get("configurable") or {})["tools"]
    last = state["messages"][-1]
    replies: list[dict[str, Any]] = []
    citations = list(state.get("citations", []))
    for call in last.get("tool_calls", []):
        function = call.get("function", {})
        content, cited = await tools.call(str(function.get("name", "")), str(function.get("arguments", "")))
        replies.append({"role": "tool", "tool_call_id": call.get("id", ""), "content": content})
        citations.extend(item for item in cited if item not in citations)
    return {"messages": replies, "citations": citations}


def route_after_model(state: AssistantState) -> Literal["tools", "__end__"]:
    return "tools" if state["messages"][-1].get("tool_calls") else "__end__"
