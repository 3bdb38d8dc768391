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
from coach.llm.errors import LLMError, context_overflow, describe, overflow_error
from coach.llm.presets import PRESETS, is_chat_model, match_model, ollama_base_url
from coach.llm.server_profile import ServerProfiles, StructuredMode

Message = dict[str, str]
LOCAL_TIMEOUT = 180.0
"""Seconds to wait for a server on this machine, unless llm.timeout is set: a small model on
two CPU cores reads a 4,000-token prompt in half a minute or more before its first token."""
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

    @property
    def local(self) -> bool:
        """A server on this machine (often one slot, on the CPU)."""
        name = self.host.rsplit("@", 1)[-1].rsplit(":", 1)[0].strip("[]")
        return name in ("localhost", "127.0.0.1", "::1", "0.0.0.0") or name.endswith(".local")


def resolve_endpoint(settings: Settings) -> Endpoint | None:
    """The endpoint to use, or None for the offline guide."""
    if not settings.llm_configured:
        return None
    import os

    openai_preset = PRESETS["openai"]
    preset = PRESETS.get(settings.provider or "")
    from_env = ollama_base_url(os.environ.get("OLLAMA_HOST")) if settings.provider == "ollama" else None
    base_url = settings.base_url or from_env or (preset.base_url if preset else openai_preset.base_url)
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
    """The server refused the `response_format` it was sent, whatever the status code
    (llama-cpp-python answers an OpenAI JSON schema with HTTP 500)."""


_FORMAT_WORDS = ("response_format", "json_schema", "json_object", "schema", "grammar", "format")


def refused_format(exc: Any) -> bool:
    """Whether an error answers the `response_format` itself: a 400/422/501 naming it, or a
    500 (servers that validate the body late fail with an internal error)."""
    said = f"{exc} {getattr(exc, 'body', '')}".lower()
    status = getattr(exc, "status_code", 0)
    if status in (401, 403, 404, 429):
        return False
    return status >= 500 or any(word in said for word in _FORMAT_WORDS)


class LLMClient:
    def __init__(self, settings: Settings, endpoint: Endpoint, profiles: ServerProfiles | None = None) -> None:
        from openai import AsyncOpenAI

        self.settings = settings
        self.endpoint = endpoint
        headers = {"api-key": endpoint.api_key} if endpoint.provider == "azure" and endpoint.api_key else None
        self.timeout, retries = settings.llm.timeout, settings.llm.max_retries
        if endpoint.local:  # a CPU server: slow to start a reply, and a retry only queues behind the first
            chosen = settings.llm.model_fields_set
            self.timeout = self.timeout if "timeout" in chosen else LOCAL_TIMEOUT
            retries = retries if "max_retries" in chosen else 0
        self._client = AsyncOpenAI(
            base_url=endpoint.base_url,
            api_key=endpoint.api_key or "no-key-needed",
            timeout=self.timeout,
            max_retries=retries,
            default_headers=headers,
        )
        self._model = endpoint.model
        self._resolved = False
        self.profiles = profiles or ServerProfiles(None)

    @property
    def profile_key(self) -> str:
        """The server and the model as configured (stable from one run to the next)."""
        return f"{redact_url(self.endpoint.base_url)} {self.endpoint.model or '(first served)'}"

    @property
    def structured_mode(self) -> StructuredMode | None:
        """The form of structured output this server accepts, once learnt (see structured.py)."""
        return self.profiles.get(self.profile_key).structured

    def remember(self, **changes: object) -> None:
        self.profiles.update(self.profile_key, **changes)

    def _error(self, exc: BaseException) -> LLMError:
        return describe(exc, base_url=self.endpoint.base_url, model=self._model, timeout=self.timeout)

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
        """The configured model as the server names it ("llama3.1" served as
        "llama3.1:latest"), or the first chat model the server lists (not an embedding model)."""
        if self._model is None:
            models = await self.list_models()
            chat = [m for m in models if is_chat_model(m)]
            if not chat:
                raise LLMError(f"{self.endpoint.base_url} serves no chat models; set COACH_MODEL", "not_found")
            self._model = chat[0]
        elif not self._resolved and self.endpoint.provider == "ollama":
            self._resolved = True
            with contextlib.suppress(LLMError):
                self._model = match_model(self._model, await self.list_models()) or self._model
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
        received = 0
        stream: Any = None
        # a refused format is known at once: no retries of a request that will be refused again
        api = self._client.with_options(max_retries=0) if response_format is not None else self._client
        try:
            stream = await _within(api.chat.completions.create(**kwargs), deadline, where, limits.deadline)
            started = True  # from here on, a dropped connection is a broken stream
            finished = False
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
                if received == 0:
                    await self._overflow_said_plainly(stream, kwargs, where, deadline)
                raise broken
        except LLMError:
            raise
        except openai.APIConnectionError as exc:
            if started and not isinstance(exc, openai.APITimeoutError):
                if received == 0:  # a server may drop the connection of a streamed overflow too
                    await self._overflow_said_plainly(stream, kwargs, where, deadline)
                raise broken from None
            raise self._error(exc) from None
        except openai.APIStatusError as exc:
            if (overflow := context_overflow(exc)) is not None:
                window, asked = overflow
                self.remember(context_window=window)
                raise overflow_error(where, window, asked) from None
            if response_format is not None and refused_format(exc):
                raise StructuredOutputUnsupported(str(exc)) from None
            raise self._error(exc) from None
        except Exception as exc:
            raise self._error(exc) from None
        finally:
            if stream is not None:  # a stopped reply (deadline, size) releases its connection
                with contextlib.suppress(Exception):
                    await stream.close()

    async def _overflow_said_plainly(self, stream: Any, kwargs: dict[str, Any], where: str, deadline: float) -> None:
        """A stream that ends before its first word may be a prompt too long for the model:
        llama-cpp-python answers a streamed overflow with an empty 200 and says it only to a
        request that is not streamed ("This model's maximum context length is 4096 tokens…").
        Asked again unstreamed for one token, an overflow is raised as one, and the window is
        remembered; anything else leaves the break as it was. The empty stream is closed first:
        live, asked while it was still open, the second request got "Connection error"."""
        import openai

        with contextlib.suppress(Exception):
            await stream.close()
        ask = {**kwargs, "stream": False, "max_tokens": 1}
        ask.pop("response_format", None)
        try:
            answer = await _within(
                self._client.with_options(max_retries=1).chat.completions.create(**ask),  # a dropped keep-alive
                deadline,
                where,
                self.settings.llm.deadline,
            )
        except openai.APIStatusError as exc:
            if (overflow := context_overflow(exc)) is not None:
                window, asked = overflow
                self.remember(context_window=window)
                raise overflow_error(where, window, asked) from None
            return
        except Exception:  # the probe only tells an overflow apart; the break stands
            return
        known = self.profiles.get(self.profile_key).context_window
        prompt = answer.usage.prompt_tokens if answer.usage else None
        reply = int(kwargs.get("max_tokens") or 0)
        if known and prompt and prompt + reply > known:  # the prompt fits, not with the reply's room: both count
            raise overflow_error(where, known, prompt, reply)

    @property
    def root(self) -> str:
        """The server's address without its OpenAI path (/v1), where local servers keep their own API."""
        base = self.endpoint.base_url.rstrip("/")
        return base[: -len("/v1")] if base.endswith("/v1") else base

    def _http(self) -> Any:
        import httpx

        headers = {"Authorization": f"Bearer {self.endpoint.api_key}"} if self.endpoint.api_key else {}
        return httpx.AsyncClient(timeout=3.0, headers=headers)

    async def discover_context(self) -> int | None:
        """The context window, where the server says it (server_info.py), remembered; None
        when no endpoint says. A server without these endpoints costs three short 404s, once."""
        from coach.llm import server_info

        known = self.profiles.get(self.profile_key).context_window
        if known:
            return known
        model = await self.model()
        async with self._http() as http:
            window = await server_info.llamacpp_context(http, self.root) or await server_info.ollama_context(
                http, self.root, model
            )
            if window is None and (listed := await server_info.lmstudio_models(http, self.root)) and model in listed:
                window = server_info.lmstudio_context(listed[model])
        if window:
            self.remember(context_window=window)
        return window

    async def count_tokens(self, text: str) -> int | None:
        """`text` in the served model's tokens, where the server counts them (server_info.py);
        None elsewhere, and a server that does not is not asked again."""
        from coach.llm import server_info

        if self.profiles.get(self.profile_key).counts_tokens is False:
            return None
        model = await self.model()
        async with self._http() as http:
            counted = await server_info.token_count(http, self.root, text, model)
        self.remember(counts_tokens=counted is not None)
        return counted

    async def model_details(self) -> list[dict[str, Any]]:
        """Each served model: its id, whether it is a chat or an embedding model, and its
        context window where the server says (LM Studio per model, Ollama per model's
        num_ctx, llama.cpp for the one it serves); None where unknown."""
        from coach.llm import server_info

        models = await self.list_models()
        details: list[dict[str, Any]] = [
            {"id": m, "kind": "chat" if is_chat_model(m) else "embedding", "context_window": None} for m in models
        ]
        async with self._http() as http:
            if (listed := await server_info.lmstudio_models(http, self.root)) is not None:
                for entry in details:
                    if found := listed.get(entry["id"]):
                        entry["kind"] = "embedding" if "embed" in str(found.get("type")) else "chat"
                        entry["context_window"] = server_info.lmstudio_context(found)
                return details
            if len(details) == 1 and (window := await server_info.llamacpp_context(http, self.root)):
                details[0]["context_window"] = window
                return details
            for entry in details[:20]:
                if entry["kind"] == "chat":
                    window = await server_info.ollama_context(http, self.root, entry["id"])
                    if window is None:
                        break  # not Ollama
                    entry["context_window"] = window
        return details

    async def complete(self, messages: Sequence[Message], **kwargs: Any) -> str:
        return "".join([chunk async for chunk in self.stream(messages, **kwargs)])

    async def close(self) -> None:
        await self._client.close()
