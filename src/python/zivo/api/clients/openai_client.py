"""The LLM client: a thin class over the official ``openai`` SDK (AsyncOpenAI, chat completions).

Errors are translated into :class:`LLMUnavailableError` (upstream failed: 502) and :class:`LLMTimeoutError`
(upstream too slow: 504) so routes never see SDK types.

The SDK (``openai.types`` alone takes ~0.5 s to import) is loaded on the first request, not at import or
construction, so the API is ready before anyone has asked the model anything.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

from zivo.core.settings import Settings

if TYPE_CHECKING:
    from openai import AsyncOpenAI

logger = logging.getLogger(__name__)

Message = dict[str, Any]


class LLMError(Exception):
    """The language model could not answer."""


class LLMUnavailableError(LLMError):
    pass


class LLMTimeoutError(LLMError):
    pass


class ChatModel(Protocol):
    async def complete(
        self, messages: list[Message], *, tools: list[dict[str, Any]] | None = None
    ) -> Message:
        """Return the assistant message (``role``, ``content``, optional ``tool_calls``) as a dict."""
        ...

    async def complete_json(self, messages: list[Message], *, name: str, schema: dict[str, Any]) -> Any:
        """Return the parsed JSON object the model produced against ``schema`` (strict)."""
        ...


class OpenAIClient:
    def __init__(
        self,
        *,
        api_key: str,
        model: str,
        base_url: str | None = None,
        timeout: float = 30.0,
        max_retries: int = 1,
    ) -> None:
        self.model = model
        self.timeout = timeout
        self._options: dict[str, Any] = {
            "api_key": api_key,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
        }
        self._client: AsyncOpenAI | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenAIClient:
        return cls(
            api_key=settings.openai_api_key.get_secret_value(),
            base_url=settings.openai_base_url,
            model=settings.openai_model,
            timeout=settings.openai_timeout_seconds,
        )

    async def _sdk(self) -> AsyncOpenAI:
        if self._client is None:
            # The import is the slow part: off the event loop, so other requests keep being served.
            openai = await asyncio.to_thread(_import_openai)
            with self._lock:  # no await inside: one client per instance even across event loops
                if self._client is None:
                    self._client = openai.AsyncOpenAI(**self._options)
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()

    async def complete(
        self, messages: list[Message], *, tools: list[dict[str, Any]] | None = None
    ) -> Message:
        kwargs: dict[str, Any] = {"tools": tools} if tools else {}
        completion = await self._create(messages=messages, **kwargs)
        message = completion.choices[0].message
        result: Message = {"role": "assistant", "content": message.content or ""}
        if message.tool_calls:
            result["tool_calls"] = [
                {
                    "id": call.id,
                    "type": "function",
                    "function": {"name": call.function.name, "arguments": call.function.arguments},
                }
                for call in message.tool_calls
                if call.type == "function"
            ]
        return result

    async def complete_json(self, messages: list[Message], *, name: str, schema: dict[str, Any]) -> Any:
        completion = await self._create(
            messages=messages,
            response_format={
                "type": "json_schema",
                "json_schema": {"name": name, "schema": schema, "strict": True},
            },
        )
        content = completion.choices[0].message.content
        if not content:
            raise LLMUnavailableError("the language model returned an empty answer")
        try:
            return json.loads(content)
        except json.JSONDecodeError as exc:
            raise LLMUnavailableError("the language model returned malformed JSON") from exc

    async def _create(self, **kwargs: Any) -> Any:
        client = await self._sdk()
        import openai  # already loaded by _sdk(); needed here only for its exception types

        try:
            return await client.chat.completions.create(model=self.model, **kwargs)
        except openai.APITimeoutError as exc:
            raise LLMTimeoutError(f"the language model did not answer within {self.timeout:g}s") from exc
        except openai.APIStatusError as exc:
            logger.warning("llm upstream error", extra={"status_code": exc.status_code})
            raise LLMUnavailableError(f"the language model service failed (HTTP {exc.status_code})") from exc
        except openai.APIError as exc:
            logger.warning("llm connection error", extra={"error": type(exc).__name__})
            raise LLMUnavailableError("the language model service is unreachable") from exc


def _import_openai() -> ModuleType:
    import openai

    return openai
