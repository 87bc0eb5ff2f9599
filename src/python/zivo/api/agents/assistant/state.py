"""The assistant's graph state: OpenAI-format messages plus what this turn cited."""

from __future__ import annotations

import operator
from typing import Annotated, Any, TypedDict


class AssistantState(TypedDict):
    # Plain dicts in the OpenAI chat format, so they persist as JSON and go to the SDK as they are.
    messages: Annotated[list[dict[str, Any]], operator.add]
    # Lab result ids the tools returned during this turn (reset by the caller each turn).
    citations: list[str]
    # Model calls made during this turn; bounds the tool loop.
    steps: int
