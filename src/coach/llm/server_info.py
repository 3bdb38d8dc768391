"""What local servers say about themselves outside the OpenAI API, each asked the same way
by `discover_context`, `model_details` and `count_tokens`: llama.cpp's `/props` and `/tokenize`,
llama-cpp-python's `/extras/tokenize/count`, Ollama's `/api/show` and
LM Studio's `/api/v0/models`. Every probe is quick and quiet: an endpoint a server does
not have is a short 404, and None."""

from __future__ import annotations

import contextlib
import re
from typing import Any

import httpx

OLLAMA_DEFAULT_CONTEXT = 2048
"""Ollama's context when a model sets no num_ctx (its OpenAI API cannot raise it per request)."""
_FAULTS = (httpx.HTTPError, ValueError, TypeError, KeyError, AttributeError)


async def llamacpp_context(http: httpx.AsyncClient, root: str) -> int | None:
    """The context llama.cpp's server was started with (`-c`)."""
    with contextlib.suppress(*_FAULTS):
        props = await http.get(f"{root}/props")
        if props.status_code == 200:
            return int(props.json()["default_generation_settings"]["n_ctx"])
    return None


async def ollama_context(http: httpx.AsyncClient, root: str, model: str) -> int | None:
    """The model's num_ctx on Ollama, else Ollama's default; None when this is not Ollama."""
    with contextlib.suppress(*_FAULTS):
        show = await http.post(f"{root}/api/show", json={"model": model})
        if show.status_code == 200:
            found = re.search(r"num_ctx\s+(\d+)", str(show.json().get("parameters", "")))
            return int(found.group(1)) if found else OLLAMA_DEFAULT_CONTEXT
    return None


async def lmstudio_models(http: httpx.AsyncClient, root: str) -> dict[str, dict[str, Any]] | None:
    """LM Studio's models by id, each with its type and context lengths; None elsewhere."""
    with contextlib.suppress(*_FAULTS):
        listed = await http.get(f"{root}/api/v0/models")
        data = listed.json()["data"] if listed.status_code == 200 else None
        if data is not None and all("type" in m for m in data):
            return {m["id"]: m for m in data}
    return None


async def token_count(http: httpx.AsyncClient, root: str, text: str, model: str) -> int | None:
    """`text` in the served model's own tokens: llama-cpp-python's `/extras/tokenize/count`,
    then llama.cpp's and vLLM's `/tokenize` (one reads "content", the other "prompt")."""
    with contextlib.suppress(*_FAULTS):
        counted = await http.post(f"{root}/extras/tokenize/count", json={"input": text})
        if counted.status_code == 200:
            return int(counted.json()["count"])
    with contextlib.suppress(*_FAULTS):
        counted = await http.post(f"{root}/tokenize", json={"content": text, "prompt": text, "model": model})
        if counted.status_code == 200:
            body = counted.json()
            return int(body["count"]) if "count" in body else len(body["tokens"])
    return None


def lmstudio_context(entry: dict[str, Any]) -> int | None:
    value = entry.get("loaded_context_length") or entry.get("max_context_length")
    return int(value) if value else None
