"""Structured output, negotiated per server and remembered (server_profile.py): OpenAI's JSON
schema; else a JSON object with the schema (llama.cpp, llama-cpp-python and Ollama constrain
the reply to it); else JSON asked for in the prompt, with the schema. A refusal is
recognised whatever its status code. The reply is validated with pydantic, repaired once,
then `StructuredOutputFailed` so the caller can fall back to its offline result."""

from __future__ import annotations

import functools
import json
import re
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from coach.llm.client import LLMClient, Message, StructuredOutputUnsupported
from coach.llm.errors import LLMError
from coach.llm.prompts import Prompts
from coach.llm.server_profile import STRUCTURED_MODES, StructuredMode

T = TypeVar("T", bound=BaseModel)
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.I)


class StructuredOutputFailed(LLMError):
    def __init__(self, message: str) -> None:
        super().__init__(message, "bad_output")


@functools.cache
def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """pydantic's schema made acceptable to strict JSON-schema mode: every object closed,
    every property required."""

    def close(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object" and "properties" in node:
                node["additionalProperties"] = False
                node["required"] = list(node["properties"])
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    schema = model.model_json_schema()
    close(schema)
    return schema


def parse_json_reply(text: str, model: type[T]) -> tuple[T | None, str]:
    """The reply as `model`, or None and the reason it could not be used."""
    cleaned = _FENCE.sub("", text.strip())
    start, end = cleaned.find("{"), cleaned.rfind("}")
    if start == -1 or end <= start:
        return None, "it contained no JSON object"
    try:
        return model.model_validate(json.loads(cleaned[start : end + 1])), ""
    except json.JSONDecodeError as exc:
        return None, f"invalid JSON ({exc.msg} at position {exc.pos})"
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "the object"
        return None, f"{where}: {first['msg']}"


def response_format(mode: StructuredMode, name: str, schema: dict[str, Any]) -> dict[str, Any] | None:
    if mode == "json_schema":
        return {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}
    if mode == "json_object":
        return {"type": "json_object", "schema": schema}
    return None


REPAIR_CHARS = 2000
"""Of a reply that was not valid JSON, what the one repair quotes back."""
STRUCTURED_HINT_TOKENS = 40
"""What `with_schema` adds to a prompt in json_object mode (the prompts show the shape)."""


def with_schema(messages: list[Message], mode: StructuredMode, schema: dict[str, Any]) -> list[Message]:
    """Outside OpenAI's JSON-schema mode the model is told to answer in JSON; with no
    grammar to hold it (plain prompt mode) it is shown the schema too."""
    if mode == "json_schema":
        return messages
    hint = "Reply with one JSON object only, no prose, in the shape given above."
    if mode == "prompt":
        hint = f"Reply with one JSON object only, no prose, matching this JSON schema: {json.dumps(schema)}"
    return [*messages, {"role": "system", "content": hint}]


async def structured_call(
    client: LLMClient,
    prompts: Prompts,
    messages: list[Message],
    model: type[T],
    name: str,
    *,
    max_tokens: int | None = None,
) -> T:
    schema = strict_schema(model)

    async def ask(conversation: list[Message]) -> str:
        known = client.structured_mode
        modes = STRUCTURED_MODES[STRUCTURED_MODES.index(known) :] if known else STRUCTURED_MODES
        for mode in modes:
            try:
                text = await client.complete(
                    with_schema(conversation, mode, schema),
                    temperature=0.0,
                    response_format=response_format(mode, name, schema),
                    max_tokens=max_tokens,
                )
            except StructuredOutputUnsupported:
                following = STRUCTURED_MODES[STRUCTURED_MODES.index(mode) + 1 :]
                if following:  # a refusal is a fact about the server: not asked again, whatever comes next
                    client.remember(structured=following[0])
                continue
            if mode != known:
                client.remember(structured=mode)
            return text
        raise StructuredOutputFailed(f"{client.endpoint.host} refused every form of structured output")

    text = await ask(messages)
    parsed, problem = parse_json_reply(text, model)
    if parsed is not None:
        return parsed
    # The repair is the instructions, the reply and what was wrong with it: not the material
    # again (live, a meeting part sent again with its reply and the schema overflowed the
    # window the part had been cut to fit).
    repair = prompts.messages("repair", error=problem, schema=json.dumps(schema), previous=text[:REPAIR_CHARS])
    text = await ask([*(m for m in messages if m["role"] == "system"), *repair])
    parsed, problem = parse_json_reply(text, model)
    if parsed is not None:
        return parsed
    raise StructuredOutputFailed(f"the model's {name} reply was not valid JSON twice ({problem})")
