"""The summary of a meeting: one stable model for `--json`, the editor and the store."""

from __future__ import annotations

from datetime import date as Date
from typing import Literal

from pydantic import Field

from coach.core.datamodels import StrictModel
from coach.core.types import OKRStatus

Drafter = Literal["coach", "model"]


class ActionItem(StrictModel):
    owner: str | None = Field(description="who does it; null when nobody was named")
    task: str = Field(min_length=1)
    due: Date | None = Field(default=None, description="ISO date, or null when no date was agreed")
    evidence: str = Field(description="the words of the input the item comes from")
    line: int | None = Field(default=None, description="1-based line of the input the evidence is on")
    by: Drafter = Field(default="coach", description="who drafted it: coach (offline) or the model")


class OKRUpdate(StrictModel):
    objective: str
    status: OKRStatus = "unknown"
    evidence: str
    line: int | None = None
    by: Drafter = "coach"


class Unsupported(StrictModel):
    """An item whose evidence is not in the input (or whose owner was not in the meeting):
    left out of the saved summary unless the user keeps it."""

    kind: Literal["action_item", "okr_update"]
    reason: str
    action_item: ActionItem | None = None
    okr_update: OKRUpdate | None = None


class MeetingSummary(StrictModel):
    date: Date
    participants: list[str] = Field(default_factory=list)
    conversation: str | None = None
    overview: str = ""
    okr_updates: list[OKRUpdate] = Field(default_factory=list)
    highlights: list[str] = Field(default_factory=list)
    blockers: list[str] = Field(default_factory=list)
    support_requested: list[str] = Field(default_factory=list)
    decisions: list[str] = Field(default_factory=list)
    action_items: list[ActionItem] = Field(default_factory=list)
    follow_ups: list[str] = Field(default_factory=list)
    unsupported: list[Unsupported] = Field(default_factory=list)
    from_model: list[str] = Field(default_factory=list)
    """The statements (highlights, blockers, decisions...) the model added to coach's draft."""

    def facts(self) -> list[str]:
        """Every statement of fact in the summary, for checking what it kept."""
        return [
            self.overview,
            *(f"{u.objective}: {u.evidence}" for u in self.okr_updates),
            *self.highlights,
            *self.blockers,
            *self.support_requested,
            *self.decisions,
            *self.follow_ups,
        ]
