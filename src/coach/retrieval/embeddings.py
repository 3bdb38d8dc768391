"""Text embeddings that need no download: wordllama ships its weights in the wheel."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np


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
                import wordllama
                from wordllama import WordLlama

                self._model = WordLlama.load(
                    cache_dir=Path(wordllama.__file__).parent, disable_download=True
                )
            return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        model = self._load()
        vectors = np.asarray(model.embed(list(texts)), dtype=np.float32)  # type: ignore[attr-defined]
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)
