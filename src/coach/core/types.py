"""The vocabulary every layer shares, defined once: roles, note kinds, key-result statuses
and the embedder's shape. Plain typing only, so the CLI parser can use it without pydantic."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    import numpy as np

Role = Literal["manager", "contributor"]
ROLES: tuple[Role, ...] = ("manager", "contributor")

NoteKind = Literal["note", "summary", "reflection", "brief"]
NOTE_KINDS: tuple[NoteKind, ...] = ("note", "summary", "reflection", "brief")

KRStatus = Literal["on-track", "at-risk", "off-track", "done"]
KR_STATUSES: tuple[KRStatus, ...] = ("on-track", "at-risk", "off-track", "done")
OKRStatus = Literal["on-track", "at-risk", "off-track", "done", "unknown"]
"""A key result's status as read from a meeting: a `KRStatus`, or `unknown` when not said."""


class Embedder(Protocol):
    """Turns texts into unit-length vectors, one row per text."""

    name: str
    model: str

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...
