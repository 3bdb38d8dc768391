"""Text embeddings that need no download: wordllama ships its weights in the wheel."""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from coach.core.types import Embedder


def import_wordllama() -> object:
    """Import wordllama without letting it reconfigure logging: it calls
    `logging.basicConfig(level=INFO)` on import, whose handler would write over the app."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        import wordllama

        return wordllama
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


def wordllama_dir() -> Path:
    """The installed wordllama package folder, found without importing it."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("wordllama is not installed")
    return Path(spec.origin).parent


_LOADED: object | None = None
_LOADING = threading.Lock()


def _wordllama_model() -> object:
    """The model, loaded once per process (about 0.3 s) and shared: it is only read."""
    global _LOADED
    with _LOADING:
        if _LOADED is None:
            wordllama = import_wordllama()
            _LOADED = wordllama.WordLlama.load(  # type: ignore[attr-defined]
                cache_dir=wordllama_dir(), disable_download=True
            )
        return _LOADED


class WordLlamaEmbedder:
    """wordllama loaded from the files inside its own package; never touches the network."""

    name = "wordllama"
    model = "l2_supercat_256"

    def _load(self) -> object:
        return _wordllama_model()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        model = self._load()
        vectors = np.asarray(model.embed(list(texts)), dtype=np.float32)  # type: ignore[attr-defined]
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)


class OpenAIEmbedder:
    """Any OpenAI-compatible /v1/embeddings endpoint (Ollama's nomic-embed-text, OpenAI...)."""

    name = "openai"

    def __init__(self, base_url: str, model: str, api_key: str | None, timeout: float = 60.0) -> None:
        from openai import OpenAI

        self.model = model
        self.base_url = base_url
        self._client = OpenAI(base_url=base_url, api_key=api_key or "no-key-needed", timeout=timeout, max_retries=2)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        from coach.llm.errors import describe

        try:
            response = self._client.embeddings.create(model=self.model, input=list(texts))
        except Exception as exc:
            raise describe(exc, base_url=self.base_url, model=self.model, timeout=60.0) from None
        vectors = np.asarray(
            [item.embedding for item in sorted(response.data, key=lambda d: d.index)], dtype=np.float32
        )
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)


def make_embedder(settings: object) -> Embedder:
    """The embedder the settings ask for (wordllama unless `embeddings.backend = "openai"`)."""
    from coach.core.config import Settings
    from coach.core.errors import ConfigError

    assert isinstance(settings, Settings)
    chosen = settings.embeddings
    if chosen.backend == "wordllama":
        return WordLlamaEmbedder()
    base_url = chosen.base_url or settings.base_url
    if not base_url or not chosen.model:
        raise ConfigError(
            "the openai embeddings backend needs embeddings.model and a base URL (embeddings.base_url or COACH_BASE_URL)"
        )
    key = settings.api_key.get_secret_value() if settings.api_key else None
    return OpenAIEmbedder(base_url, chosen.model, key, settings.llm.timeout)
