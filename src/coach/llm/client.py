"""The OpenAI-compatible client. Streaming is an async iterator of text chunks; every other
call (plain and structured) is built on it."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncGenerator, Awaitable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from coach.core.config import Settings, redact_url
from coach.llm.errors import LLMError, describe
from coach.llm.presets import PRESETS

Message = dict[str, str]
T = TypeVar("T")


@dataclass(frozen=True)
class Endpoint:
    base_url: str
    model: str | None
    api_key: str | None
    provider: str | None

    @property
    def host(self) -> str:
        return redact_url(self.base_url).split("://", 1)[-1].split("/", 1)[0]


def resolve_endpoint(settings: Settings) -> Endpoint | None:
    """The endpoint to use, or None for the offline guide."""
    if not settings.llm_configured:
        return None
    openai_preset = PRESETS["openai"]
    preset = PRESETS.get(settings.provider or "")
    base_url = settings.base_url or (preset.base_url if preset else openai_preset.base_url)
    if not base_url:
        from coach.core.errors import ConfigError

        raise ConfigError(f"provider '{settings.provider}' needs COACH_BASE_URL (your resource's endpoint)")
    # The model: as set; else the preset's default; else OpenAI's default on OpenAI itself;
    # else None, meaning the first model the server lists.
    model = settings.model or (preset.default_model if preset else None)
    if model is None and base_url == openai_preset.base_url:
        model = openai_preset.default_model
    key = settings.api_key.get_secret_value() if settings.api_key else None
    return Endpoint(base_url.rstrip("/"), model, key, settings.provider)


async def _within(step: Awaitable[T], deadline: float, where: str, seconds: float) -> T:
    """`step`, unless the call's total deadline passes first (a stream that trickles one
    chunk at a time cannot run past it)."""
    try:
        return await asyncio.wait_for(step, max(0.0, deadline - time.monotonic()))
    except TimeoutError:
        raise LLMError(
            f"{where} took longer than {seconds:g} s in all; try again, or raise COACH_LLM__DEADLINE", "timeout"
        ) from None


class StructuredOutputUnsupported(Exception):
    """The server rejected `response_format` with a JSON schema."""


class LLMClient:
    def __init__(self, settings: Settings, endpoint: Endpoint) -> None:
        from openai import AsyncOpenAI

        self.settings = settings
        self.endpoint = endpoint
        headers = {"api-key": endpoint.api_key} if endpoint.provider == "azure" and endpoint.api_key else None
        self._client = AsyncOpenAI(
            base_url=endpoint.base_url,
            api_key=endpoint.api_key or "no-key-needed",
            timeout=settings.llm.timeout,
            max_retries=settings.llm.max_retries,
            default_headers=headers,
        )
        self._model = endpoint.model
        self.json_schema_supported: bool | None = None
        """Learnt on the first structured call: False after the server rejects JSON schema."""

    def _error(self, exc: BaseException) -> LLMError:
        return describe(exc, base_url=self.endpoint.base_url, model=self._model, timeout=self.settings.llm.timeout)

    @property
    def label(self) -> str:
        """The model in use (once known) and the server, for the status bar."""
        return f"{self._model or '(first served model)'} @ {self.endpoint.host}"

    async def list_models(self) -> list[str]:
        try:
            return [m.id async for m in self._client.models.list()]
        except Exception as exc:
            raise self._error(exc) from None

    async def model(self) -> str:
        """The configured model, or the first one the server lists."""
        if self._model is None:
            models = await self.list_models()
            if not models:
                raise LLMError(f"{self.endpoint.base_url} serves no models; set COACH_MODEL", "not_found")
            self._model = models[0]
        return self._model

    async def stream(
        self,
        messages: Sequence[Message],
        *,
        temperature: float | None = None,
        response_format: dict[str, Any] | None = None,
        max_tokens: int | None = None,
    ) -> AsyncGenerator[str, None]:
        """Text chunks of the reply. Raises `LLMError` on any fault, including a stream
        that ends without the server saying it finished."""
        import openai

        model = await self.model()
        kwargs: dict[str, Any] = {
            "model": model,
            "messages": list(messages),
            "stream": True,
            "temperature": self.settings.llm.temperature if temperature is None else temperature,
        }
        if response_format is not None:
            kwargs["response_format"] = response_format
        if max_tokens is not None:
            kwargs["max_tokens"] = max_tokens
        where = redact_url(self.endpoint.base_url)
        broken = LLMError(f"the reply from {where} broke off midway", "broken_stream")
        limits = self.settings.llm
        deadline = time.monotonic() + limits.deadline
        started = False
        stream: Any = None
        try:
            stream = await _within(self._client.chat.completions.create(**kwargs), deadline, where, limits.deadline)
            started = True  # from here on, a dropped connection is a broken stream
            finished = False
            received = 0
            chunks = aiter(stream)
            while (chunk := await _within(anext(chunks, None), deadline, where, limits.deadline)) is not None:
                for choice in chunk.choices:
                    if choice.delta and choice.delta.content:
                        received += len(choice.delta.content)
                        if received > limits.max_reply_chars:
                            raise LLMError(
                                f"the reply from {where} ran past {limits.max_reply_chars:,} characters and was "
                                "stopped; COACH_LLM__MAX_REPLY_CHARS raises the limit",
                                "bad_output",
                            )
                        yield choice.delta.content
                    if choice.finish_reason:
                        finished = True
            if not finished:
                raise broken
        except LLMError:
            raise
        except openai.APIConnectionError as exc:
            if started and not isinstance(exc, openai.APITimeoutError):
                raise broken from None
            raise self._error(exc) from None
        except openai.BadRequestError as exc:
            if response_format is not None and "response_format" in str(exc).lower() + str(exc.body).lower():
                raise StructuredOutputUnsupported(str(exc)) from None
            raise self._error(exc) from None
        except Exception as exc:
            raise self._error(exc) from None
        finally:
            if stream is not None:  # a stopped reply (deadline, size) releases its connection
                with contextlib.suppress(Exception):
                    await stream.close()

    async def complete(self, messages: Sequence[Message], **kwargs: Any) -> str:
        return "".join([chunk async for chunk in self.stream(messages, **kwargs)])

    async def close(self) -> None:
        await self._client.close()
