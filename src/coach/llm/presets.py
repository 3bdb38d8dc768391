"""The usual base URLs (and a sensible default model) of the servers people point coach at."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Preset:
    base_url: str | None
    default_model: str | None
    needs_key: bool


PRESETS: dict[str, Preset] = {
    "openai": Preset("https://api.openai.com/v1", "gpt-4o-mini", True),
    # Azure OpenAI's v1 API: https://<resource>.openai.azure.com/openai/v1 (set COACH_BASE_URL).
    "azure": Preset(None, None, True),
    "ollama": Preset("http://localhost:11434/v1", "llama3.1", False),
    "vllm": Preset("http://localhost:8000/v1", None, False),
    "lmstudio": Preset("http://localhost:1234/v1", None, False),
    "llamacpp": Preset("http://localhost:8080/v1", None, False),
    "llama-cpp-python": Preset("http://localhost:8000/v1", None, False),
}
_EMBEDDING = re.compile(r"embed|(?:^|[/_-])(?:bge|e5|gte)(?:[-_.]|$)|minilm|rerank", re.IGNORECASE)


def ollama_base_url(host: str | None) -> str | None:
    """OLLAMA_HOST ("0.0.0.0:11434", "http://gpu-box:11434", "gpu-box") as an OpenAI base URL;
    a listening address of all interfaces is reached on this machine."""
    if not host or not host.strip():
        return None
    value = host.strip().rstrip("/")
    if "://" not in value:
        value = f"http://{value}"
    scheme, rest = value.split("://", 1)
    name, _, port = rest.partition(":")
    name = "127.0.0.1" if name in ("0.0.0.0", "") else name
    return f"{scheme}://{name}:{port or '11434'}/v1"


def is_chat_model(model_id: str) -> bool:
    """Not an embedding or reranking model, by its name (servers list them all together)."""
    return not _EMBEDDING.search(model_id)


def match_model(wanted: str, served: list[str]) -> str | None:
    """The served name for `wanted`: itself, or Ollama's tagged form ("llama3.1" is served as
    "llama3.1:latest", or as the one "llama3.1:<tag>"), or None."""
    if wanted in served:
        return wanted
    if f"{wanted}:latest" in served:
        return f"{wanted}:latest"
    tagged = [m for m in served if m.split(":", 1)[0] == wanted]
    return tagged[0] if len(tagged) == 1 else None
