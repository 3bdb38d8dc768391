"""What `Coach.respond` reports while it works on a turn (the app turns these into
Textual messages)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.app.sessions import SessionView


@dataclass(frozen=True)
class ReplyStarted:
    kind: str
    question_id: str | None


@dataclass(frozen=True)
class ReplyChunk:
    text: str


@dataclass(frozen=True)
class Notice:
    """Something the user should know that did not stop the turn (e.g. a fallback)."""

    text: str


@dataclass(frozen=True)
class TurnSaved:
    view: SessionView


FlowEvent = ReplyStarted | ReplyChunk | Notice | TurnSaved
