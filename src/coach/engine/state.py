"""Engine state: plain pydantic data, saved with every turn so a session resumes exactly."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from coach.core.types import Role

Status = Literal["open", "covered", "partial", "skipped"]
TurnKind = Literal[
    "intro", "question", "probe", "why", "note", "end", "answer", "command", "ask", "advice", "context", "ack"
]
Speaker = Literal["coach", "user"]


class QuestionState(BaseModel):
    status: Status = "open"
    answers: list[str] = Field(default_factory=list)
    probes_asked: int = 0


class GuideState(BaseModel):
    """Everything needed to continue a conversation; the transcript is stored beside it."""

    conversation_id: str
    role: Role
    person: str | None = None
    situation: str | None = None
    """What the user described before choosing the conversation, in their words."""
    situation_question: str | None = None
    """The question the situation bears on: shown when it is asked, and taken as its answer
    if the user skips it."""
    order: list[str]
    questions: dict[str, QuestionState]
    current: str | None = None
    finished: bool = False

    def counts(self) -> dict[Status, int]:
        result: dict[Status, int] = {"open": 0, "covered": 0, "partial": 0, "skipped": 0}
        for question in self.questions.values():
            result[question.status] += 1
        return result

    @property
    def covered_ids(self) -> list[str]:
        return [qid for qid in self.order if self.questions[qid].status == "covered"]


class Turn(BaseModel):
    """One line of the transcript."""

    speaker: Speaker
    kind: TurnKind
    text: str
    question_id: str | None = None
    worded_by: Literal["coach", "model"] = "coach"
    """Who wrote the words: coach's own wording, or the model's (checked) wording of coach's turn."""
