"""Structured output: JSON schema when the server supports it, else JSON asked for in the
prompt; validated with pydantic; one repair; then `StructuredOutputFailed` so the caller
can fall back (the offline tagger, the offline router...)."""

from __future__ import annotations

import functools
import json
import re
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from coach.llm.client import LLMClient, Message, StructuredOutputUnsupported
from coach.llm.errors import LLMError
from coach.llm.prompts import Prompts

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


async def structured_call(client: LLMClient, prompts: Prompts, messages: list[Message], model: type[T], name: str) -> T:
    schema = strict_schema(model)
    response_format = {"type": "json_schema", "json_schema": {"name": name, "schema": schema, "strict": True}}

    async def ask(conversation: list[Message]) -> str:
        if client.json_schema_supported is not False:
            try:
                text = await client.complete(conversation, temperature=0.0, response_format=response_format)
                client.json_schema_supported = True
                return text
            except StructuredOutputUnsupported:
                client.json_schema_supported = False
        return await client.complete(conversation, temperature=0.0)

    text = await ask(messages)
    parsed, problem = parse_json_reply(text, model)
    if parsed is not None:
        return parsed
    repair = prompts.messages("repair", error=problem, schema=json.dumps(schema), previous=text[:4000])
    text = await ask([*messages, {"role": "assistant", "content": text[:4000]}, *repair])
    parsed, problem = parse_json_reply(text, model)
    if parsed is not None:
        return parsed
    raise StructuredOutputFailed(f"the model's {name} reply was not valid JSON twice ({problem})")
