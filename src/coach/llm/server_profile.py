"""What coach has learnt about a model server, kept between runs in `$COACH_HOME/servers.json`:
which form of structured output it accepts, and its context window. A cache: a missing or
damaged file is learnt again, never an error."""

from __future__ import annotations

import contextlib
import json
import os
import threading
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError

StructuredMode = Literal["json_schema", "json_object", "prompt"]
STRUCTURED_MODES: tuple[StructuredMode, ...] = ("json_schema", "json_object", "prompt")
"""Tried in this order: OpenAI's JSON schema; a JSON object with the schema (llama.cpp,
llama-cpp-python and Ollama turn it into a grammar); plain JSON asked for in the prompt."""


class ServerProfile(BaseModel):
    structured: StructuredMode | None = None
    context_window: int | None = None
    """Tokens the server's model can take in all (prompt and reply), when it says."""
    counts_tokens: bool | None = None
    """Whether the server counts tokens with its model's own tokenizer (None: not asked yet)."""


class ServerProfiles:
    """Profiles by server and model; `path` None keeps them in memory only."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._cache: dict[str, ServerProfile] | None = None

    def _all(self) -> dict[str, ServerProfile]:
        if self._cache is None:
            self._cache = {}
            if self.path is not None:
                with contextlib.suppress(OSError, ValueError, ValidationError, AttributeError):
                    data = json.loads(self.path.read_text(encoding="utf-8"))
                    self._cache = {k: ServerProfile.model_validate(v) for k, v in data.items()}
        return self._cache

    def get(self, key: str) -> ServerProfile:
        with self._lock:
            return self._all().get(key, ServerProfile()).model_copy()

    def update(self, key: str, **changes: object) -> None:
        with self._lock:
            profiles = self._all()
            profiles[key] = profiles.get(key, ServerProfile()).model_copy(update=changes)
            if self.path is None:
                return
            data = {k: v.model_dump(exclude_none=True) for k, v in profiles.items()}
            partial = self.path.with_suffix(".partial")
            with contextlib.suppress(OSError):  # a cache that cannot be written is learnt again next time
                self.path.parent.mkdir(parents=True, exist_ok=True)
                partial.write_text(json.dumps(data, indent=1), encoding="utf-8")
                os.chmod(partial, 0o600)
                partial.replace(self.path)
