"""What the front ends are shown: a session as a screen needs it, and the records and search
results the use cases return (defined where they are made, named here for the front ends)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from coach.engine.state import GuideState, Turn
from coach.framework.models import Conversation
from coach.rehearsal.debrief import Scorecard
from coach.rehearsal.personas import Persona
from coach.rehearsal.state import RehearsalState, RehearsalTurn
from coach.retrieval.search import Hit, SearchResult
from coach.store.rehearsals import RehearsalRecord
from coach.store.sessions import SessionRecord

__all__ = ["Hit", "RehearsalRecord", "RehearsalView", "SearchResult", "SessionRecord", "SessionView"]


@dataclass(frozen=True)
class SessionView:
    """What a screen needs to show a session, after the latest turn was saved."""

    id: str
    conversation: Conversation
    state: GuideState
    turns: list[Turn]
    new_turns: list[Turn] = field(default_factory=list)
    created_at: datetime | None = None
    person_known: bool = True
    """False when the session names someone coach does not have among the user's people."""

    @property
    def finished(self) -> bool:
        return self.state.finished


@dataclass
class RehearsalView:
    id: str
    state: RehearsalState
    conversation: Conversation
    new: list[RehearsalTurn] = field(default_factory=list)
    scorecard: Scorecard | None = None

    @property
    def persona(self) -> Persona:
        return self.state.persona
