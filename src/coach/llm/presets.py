"""The usual base URLs (and a sensible default model) of the servers people point coach at."""

from __future__ import annotations

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
}
