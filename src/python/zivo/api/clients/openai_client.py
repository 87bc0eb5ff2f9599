"""The LLM client: a thin class over the official ``openai`` SDK (AsyncOpenAI, chat completions).

Errors are translated into :class:`LLMUnavailableError` (upstream failed or answered nonsense: 502) and
:class:`LLMTimeoutError` (upstream too slow: 504) so routes never see SDK types; a body that is not JSON, a
completion without choices or an answer that does not fit the schema is a failed upstream, never a 500.
With no model configured the app holds no client and answers :class:`LLMNotConfiguredError` (503).

The SDK (``openai.types`` alone takes ~0.5 s to import) is loaded on the first request, not at import or
construction, so the API is ready before anyone has asked the model anything.
"""

from __future__ import annotations

import asyncio
import json
import logging
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from zivo.api.settings import ApiSettings
from zivo.core.lazy import Lazy

if TYPE_CHECKING:
    from openai import AsyncOpenAI

logger = logging.getLogger(__name__)

Message = dict[str, Any]
T = TypeVar("T", bound=BaseModel)


class LLMError(Exception):
    """The language model could not answer."""


class LLMUnavailableError(LLMError):
    pass


class LLMTimeoutError(LLMError):
    pass


class LLMNotConfiguredError(LLMError):
    def __init__(self) -> None:
        super().__init__("no language model configured")


# What a misbehaving endpoint makes the SDK raise while reading its answer: a body that is not JSON, JSON
# of the wrong shape (no choices, null message), an answer that fails the response model.
_MALFORMED = (
    json.JSONDecodeError,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    ValidationError,
)


class ChatModel(Protocol):
    async def complete(
        self, messages: list[Message], *, tools: list[dict[str, Any]] | None = None
    ) -> Message:
        """Return the assistant message (``role``, ``content``, optional ``tool_calls``) as a dict."""
        ...

    async def complete_parsed(self, messages: list[Message], response_model: type[T]) -> T:
        """Return the model's answer validated into ``response_model`` (strict structured output)."""
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
        options: dict[str, Any] = {
            "api_key": api_key,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
        }
        self._client: Lazy[AsyncOpenAI] = Lazy(lambda: _import_openai().AsyncOpenAI(**options))

    @classmethod
    def from_settings(cls, settings: ApiSettings) -> OpenAIClient:
        """The client for a configured model (see ``ApiSettings.llm_configured``)."""
        if not settings.llm_configured:
            raise LLMNotConfiguredError()
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
        return cls(
            # No key only with an explicit OPENAI_BASE_URL (a local server); the SDK insists on one.
            api_key=key.strip() or "no-key",
            base_url=settings.openai_base_url,
            model=settings.openai_model,
            timeout=settings.openai_timeout_seconds,
        )

    async def _sdk(self) -> AsyncOpenAI:
        if not self._client.built:
            # The import is the slow part: off the event loop, so other requests keep being served.
            return await asyncio.to_thread(self._client.get)
        return self._client.get()

    async def aclose(self) -> None:
        if (client := self._client.peek()) is not None:
            await client.close()

    async def complete(
        self, messages: list[Message], *, tools: list[dict[str, Any]] | None = None
    ) -> Message:
        kwargs: dict[str, Any] = {"tools": tools} if tools else {}
        completion = await self._call("create", messages=messages, **kwargs)
        try:
            message = completion.choices[0].message
            result: Message = {"role": "assistant", "content": message.content or ""}
            calls = [call for call in message.tool_calls or [] if call.type == "function"]
            if calls:
                result["tool_calls"] = [
                    {
                        "id": call.id,
                        "type": "function",
                        "function": {"name": call.function.name, "arguments": call.function.arguments},
                    }
                    for call in calls
                ]
        except _MALFORMED as exc:
            raise _malformed(exc) from exc
        return result

    async def complete_parsed(self, messages: list[Message], response_model: type[T]) -> T:
        completion = await self._call("parse", messages=messages, response_format=response_model)
        try:
            parsed = completion.choices[0].message.parsed
        except _MALFORMED as exc:
            raise _malformed(exc) from exc
        if not isinstance(parsed, response_model):  # a refusal, or an empty answer
            raise LLMUnavailableError("the language model returned no usable answer")
        return parsed

    async def _call(self, method: str, **kwargs: Any) -> Any:
        client = await self._sdk()
        import openai  # already loaded by _sdk(); needed here only for its exception types

        try:
            return await getattr(client.chat.completions, method)(model=self.model, **kwargs)
        except openai.APITimeoutError as exc:
            raise LLMTimeoutError(f"the language model did not answer within {self.timeout:g}s") from exc
        except openai.APIStatusError as exc:
            logger.warning("llm upstream error", extra={"status_code": exc.status_code})
            raise LLMUnavailableError(f"the language model service failed (HTTP {exc.status_code})") from exc
        except openai.APIError as exc:
            # APIResponseValidationError included: a 200 whose body is not what the API promises.
            logger.warning("llm connection error", extra={"error": type(exc).__name__})
            raise LLMUnavailableError(
                "the language model service is unreachable or answered nonsense"
            ) from exc
        except openai.OpenAIError as exc:  # LengthFinishReasonError, ContentFilterFinishReasonError
            logger.warning("llm unusable answer", extra={"error": type(exc).__name__})
            raise LLMUnavailableError("the language model returned no usable answer") from exc
        except _MALFORMED as exc:
            raise _malformed(exc) from exc


def _malformed(exc: Exception) -> LLMUnavailableError:
    logger.warning("llm malformed answer", extra={"error": type(exc).__name__})
    return LLMUnavailableError("the language model returned a malformed answer")


def _import_openai() -> ModuleType:
    import openai

    return openai
