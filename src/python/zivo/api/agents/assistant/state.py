"""The assistant's graph state: LangGraph's message list plus the steps left before the recursion limit."""

from __future__ import annotations

from langgraph.graph import MessagesState
from langgraph.managed import RemainingSteps


class AssistantState(MessagesState):
    # Filled in by LangGraph from the run's recursion_limit: the model answers without tools when no
    # room is left for another tool round, so a turn always ends with an answer.
    remaining_steps: RemainingSteps
