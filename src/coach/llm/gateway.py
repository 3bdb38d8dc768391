"""The one way every model-backed feature talks to the model: the client, the prompt files,
the token counter and the budget, with streaming, completion and checked structured output."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import AsyncGenerator
from functools import lru_cache
from typing import TypeVar

from pydantic import BaseModel

from coach.llm.call_log import CallLog, ModelCall
from coach.llm.client import LLMClient, Message
from coach.llm.errors import LLMError
from coach.llm.prompts import Prompts
from coach.llm.structured import structured_call
from coach.llm.tokens import TokenCounter

NO_CONTEXT = "(none)"
Reply = TypeVar("Reply", bound=BaseModel)


STRUCTURED_TOKENS = 1500
"""Most tokens of a structured reply (a summary part is the longest)."""
SAMPLE_CHARS = 20_000
"""Of a long text, what the server is asked to count (its density holds across a meeting)."""
REPLY_RESERVE = 600
"""Of a small context window, what is kept free for the reply."""


class Gateway:
    """`slots`: requests the server runs at once. A local server often has one slot and
    aborts the running reply when a second request arrives (llama-cpp-python), so there the
    coverage tagger waits for the turn to finish streaming."""

    def __init__(
        self,
        client: LLMClient,
        prompts: Prompts,
        counter: TokenCounter,
        budget: int,
        slots: int = 4,
        log: CallLog | None = None,
    ) -> None:
        self.client = client
        self._log = log
        self.prompts = prompts
        self._budget = budget
        self.count = lru_cache(maxsize=4096)(counter.count)
        self._slots = threading.BoundedSemaphore(max(1, slots))
        self._context_asked = False

    @property
    def budget(self) -> int:
        """The prompt budget: the configured one, capped to the server's context window less
        room for the reply, once known (from the server, or from an overflow it reported)."""
        window = self.client.profiles.get(self.client.profile_key).context_window
        if window:
            return max(256, min(self._budget, window - min(REPLY_RESERVE, window // 3)))
        return self._budget

    def reply_tokens(self, wanted: int | None) -> int | None:
        """`max_tokens` for a call: what the kind of call wants, within the room a small
        context window leaves after the prompt budget."""
        window = self.client.profiles.get(self.client.profile_key).context_window
        if not window:
            return wanted
        room = max(64, window - self.budget)
        return min(wanted, room) if wanted else room

    async def learn_context(self) -> None:
        """Ask the server its context window once, before the first prompt is built."""
        if not self._context_asked:
            self._context_asked = True
            with contextlib.suppress(LLMError):
                await self.client.discover_context()

    async def served_chars_per_token(self, text: str) -> float | None:
        """Characters of `text` per token of the served model, where its server counts them:
        coach's own count (Llama 2's tokenizer) fell short of Qwen's by up to a third on
        recorded calls, and parts sized by it overflowed a known window."""
        third = SAMPLE_CHARS // 3  # the start, the middle and the end: a meeting is not even throughout
        middle = len(text) // 2
        sample = text if len(text) <= SAMPLE_CHARS else text[:third] + text[middle : middle + third] + text[-third:]
        with contextlib.suppress(LLMError):
            counted = await self.client.count_tokens(sample)
            return len(sample) / counted if counted else None
        return None

    async def served_tokens(self, messages: list[Message]) -> int | None:
        """The messages in the served model's tokens, where its server counts them."""
        with contextlib.suppress(LLMError):
            counted = await self.client.count_tokens("\n".join(m["content"] for m in messages))
            return counted + 4 * len(messages) if counted is not None else None
        return None

    def tokens(self, messages: list[Message]) -> int:
        return sum(self.count(m["content"]) + 4 for m in messages)

    async def _take_slot(self) -> None:
        while not self._slots.acquire(blocking=False):  # noqa: ASYNC110 - polled across event loops and threads; a cancelled wait holds nothing
            await asyncio.sleep(0.02)

    async def stream(self, messages: list[Message], *, max_tokens: int | None = None) -> AsyncGenerator[str, None]:
        await self._take_slot()
        started, chunks, error = time.monotonic(), [], None
        try:
            async for chunk in self.client.stream(messages, max_tokens=self.reply_tokens(max_tokens)):
                chunks.append(chunk)
                yield chunk
        except BaseException as exc:
            error = _failure(exc)
            raise
        finally:
            self._slots.release()
            self._record("chat", messages, "".join(chunks), started, error)

    async def complete(self, messages: list[Message], *, max_tokens: int | None = None) -> str:
        return "".join([chunk async for chunk in self.stream(messages, max_tokens=max_tokens)])

    async def structured(self, messages: list[Message], model: type[Reply], name: str) -> Reply:
        """A reply validated by `model` (negotiated structured output, one repair)."""
        await self._take_slot()
        started, reply, error = time.monotonic(), "", None
        try:
            result = await structured_call(
                self.client, self.prompts, messages, model, name, max_tokens=self.reply_tokens(STRUCTURED_TOKENS)
            )
            reply = result.model_dump_json()
            return result
        except BaseException as exc:
            error = _failure(exc)
            raise
        finally:
            self._slots.release()
            self._record(name, messages, reply, started, error)

    def _record(self, kind: str, messages: list[Message], reply: str, started: float, error: str | None) -> None:
        """Kept for `coach logs` when logging is on; a log that cannot be written never
        fails the call it records."""
        if self._log is None:
            return
        call = ModelCall(kind, self.client.label, list(messages), reply, time.monotonic() - started, error)
        with contextlib.suppress(Exception):
            self._log.record(call)


def _failure(exc: BaseException) -> str:
    if isinstance(exc, GeneratorExit | asyncio.CancelledError):
        return "cancelled"
    return str(exc) or type(exc).__name__
