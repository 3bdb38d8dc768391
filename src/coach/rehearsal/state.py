"""A rehearsal as it is saved: the persona (a snapshot, so later edits to the file do not
change a past rehearsal), the turns, and what the counterpart has let out so far."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from coach.core.types import Role
from coach.rehearsal.personas import Persona

Speaker = Literal["user", "them", "coach"]
Status = Literal["active", "paused", "ended"]


class RehearsalTurn(BaseModel):
    speaker: Speaker
    text: str
    kind: str = "line"
    """line (said in the rehearsal), hint, notice or restart (coach's, not part of the rehearsal)."""


class RehearsalState(BaseModel):
    persona: Persona
    conversation_id: str
    role: Role
    """The user's role: the opposite of the persona's."""
    status: Status = "active"
    turns: list[RehearsalTurn] = Field(default_factory=list)
    trust: int = 0
    revealed: list[str] = Field(default_factory=list)
    used: dict[str, int] = Field(default_factory=dict)
    """How many lines of each reaction were used, so replies rotate."""
    attempt: int = 1

    def lines(self) -> list[RehearsalTurn]:
        """The rehearsal itself: what the user and the counterpart said (not hints)."""
        return [t for t in self.turns if t.kind == "line"]

    def scored_lines(self) -> list[tuple[str, str]]:
        """(speaker, text) with speaker "user" or "them", as the scorecard reads them."""
        return [("user" if t.speaker == "user" else "them", t.text) for t in self.lines()]

    def user_lines(self) -> list[str]:
        return [t.text for t in self.lines() if t.speaker == "user"]
