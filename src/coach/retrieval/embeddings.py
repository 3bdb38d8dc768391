"""Text embeddings that need no download: wordllama ships its weights in the wheel."""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np


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


class Embedder(Protocol):
    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length vectors, one row per text."""
        ...


class WordLlamaEmbedder:
    """wordllama loaded from the files inside its own package; never touches the network."""

    name = "wordllama"

    def __init__(self) -> None:
        self._model: object | None = None
        self._lock = threading.Lock()

    def _load(self) -> object:
        with self._lock:
            if self._model is None:
                wordllama = import_wordllama()
                self._model = wordllama.WordLlama.load(  # type: ignore[attr-defined]
                    cache_dir=wordllama_dir(), disable_download=True
                )
            return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        model = self._load()
        vectors = np.asarray(model.embed(list(texts)), dtype=np.float32)  # type: ignore[attr-defined]
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)
