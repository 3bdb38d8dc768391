"""What a rehearsal's debrief holds, as data: the scorecard with the transcript's lines, each
with what it reached, and the moments that could have gone better. The scoring is
`coach.rehearsal.scorecard`; the store keeps these without importing it."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Moment(BaseModel):
    quote: str
    better: str
    why: str = ""
    line: int | None = None
    """The transcript line the quote is (numbered as `Scorecard.lines`)."""


class DebriefLine(BaseModel):
    n: int
    """The line's number in the transcript (1-based, both sides)."""
    speaker: str
    """ "you", or the counterpart's name."""
    text: str
    reached: list[str] = Field(default_factory=list)
    """The in-meeting questions the user's line reached."""
    style: str | None = None
    """open | closed | accusing | empathic | statement, for the user's lines."""
    flag: str | None = None
    """Why this line is worth another look, with a better way to put it."""
    share: float | None = None
    """For the user's lines: their share of the words of the exchange (this line and the
    reply to it), so a turn that talks over the other person shows."""


class Scorecard(BaseModel):
    conversation: str
    persona: str | None = None
    coverage: float
    covered_questions: list[str]
    first_covered: dict[str, int] = Field(default_factory=dict)
    """Question id -> the transcript line (1-based, as in `lines`) that first reached it."""
    missed_critical: list[str] = Field(default_factory=list)
    open_question_share: float
    questions_asked: int
    talk_ratio: float
    """The user's share of the words said."""
    specifics_share: float
    """Share of the user's lines with an example, a number, a date or a name."""
    next_steps_agreed: bool
    next_steps: list[str] = Field(default_factory=list)
    hidden_facts_found: list[str] = Field(default_factory=list)
    hidden_facts_total: int = 0
    moments: list[Moment] = Field(default_factory=list)
    """With a model: the user's lines that could have been better, each with a better phrasing."""
    lines: list[DebriefLine] = Field(default_factory=list)
    """The transcript, each user line with what it reached, its style and any flag."""
    fillers: dict[str, int] = Field(default_factory=dict)
    """Filler and hedge words in the user's lines ("just", "maybe", "I think"), most used first."""
    score: int = 0
    """Overall, out of 100, by the rubric of `rubric_version` (knowledge/rubrics/rehearsal.yaml)."""
    rubric_version: int = 0

    def brief_json(self) -> dict[str, object]:
        """The documented `coach debrief --json` keys, then the rest."""
        data = self.model_dump(mode="json")
        keys = [
            "score",
            "coverage",
            "open_question_share",
            "talk_ratio",
            "next_steps_agreed",
            "hidden_facts_found",
            "covered_questions",
        ]
        return {**{k: data.pop(k) for k in keys}, **data}
