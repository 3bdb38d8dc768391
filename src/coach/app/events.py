"""What the use cases report while they work on a turn (the app turns these into Textual
messages): the reply starting and streaming, a warning that did not stop the turn, and the
saved turn at the end."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.app.views import RehearsalView, SessionView


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


@dataclass(frozen=True)
class RehearsalSaved:
    """The rehearsal turn is saved; `view.new` holds what it added."""

    view: RehearsalView


StreamEvent = ReplyStarted | ReplyChunk | Notice
FlowEvent = StreamEvent | TurnSaved
"""What `SessionService.respond` yields: stream events, then one `TurnSaved`."""
RehearsalEvent = StreamEvent | RehearsalSaved
"""What `RehearsalService.rehearse` yields: stream events, then one `RehearsalSaved`."""
