"""The one way every model-backed feature talks to the model: the client, the prompt files,
the token counter and the budget, with streaming, completion and checked structured output."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from functools import lru_cache
from typing import TypeVar

from pydantic import BaseModel

from coach.llm.client import LLMClient, Message
from coach.llm.prompts import Prompts
from coach.llm.structured import structured_call
from coach.llm.tokens import TokenCounter

NO_CONTEXT = "(none)"
Reply = TypeVar("Reply", bound=BaseModel)


class Gateway:
    def __init__(self, client: LLMClient, prompts: Prompts, counter: TokenCounter, budget: int) -> None:
        self.client = client
        self.prompts = prompts
        self.budget = budget
        self.count = lru_cache(maxsize=4096)(counter.count)

    def tokens(self, messages: list[Message]) -> int:
        return sum(self.count(m["content"]) + 4 for m in messages)

    def stream(self, messages: list[Message], *, max_tokens: int | None = None) -> AsyncGenerator[str, None]:
        return self.client.stream(messages, max_tokens=max_tokens)

    async def complete(self, messages: list[Message], *, max_tokens: int | None = None) -> str:
        return await self.client.complete(messages, max_tokens=max_tokens)

    async def structured(self, messages: list[Message], model: type[Reply], name: str) -> Reply:
        """A reply validated by `model` (JSON schema, else JSON in the prompt, one repair)."""
        return await structured_call(self.client, self.prompts, messages, model, name)
