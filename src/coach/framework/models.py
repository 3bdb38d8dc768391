"""pydantic models for the conversation framework kept in `knowledge/conversations/`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import ConfigDict, Field, StringConstraints, model_validator

from coach.core.datamodels import Slug, StrictModel, Text
from coach.core.types import Role

Stage = Literal["prep", "conversation"]

QuestionId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*\.[a-z0-9]+(-[a-z0-9]+)*$")]


class Question(StrictModel):
    """One question of a conversation, in the project's own words."""

    model_config = ConfigDict(frozen=True)

    id: QuestionId
    text: Text
    """Asked of whoever answers: the other person live, or the user preparing alone."""
    ask: Text | None = None
    """How the leader can put it to the other person in the meeting (defaults to `text`)."""
    prep: Text | None = None
    """How coach asks the leader to prepare for this question."""
    prep_probes: list[Text] = Field(default_factory=list, max_length=4)
    """Follow-ups for the leader preparing (`probes` are for whoever answers `text`)."""
    intent: Text
    probes: list[Text] = Field(min_length=2, max_length=4)
    covers: list[Text] = Field(min_length=1)
    said_as: list[Text] = Field(default_factory=list, max_length=16)
    """Short ways people put this question in the room ("are you on track?"), in coach's own
    words: a rehearsal line with one of them reaches the question however short it is."""
    stage: Stage = "conversation"
    critical: bool = False
    guide_ref: str | None = None
    """Which item of the reference guide this question rewrites, e.g. `progress-updates.3`."""

    @property
    def live_wording(self) -> str:
        return self.ask or self.text


Reaction = Literal["defensiveness", "blame", "silence", "tears", "pushback", "target-pushback", "overload"]
"""Reactions a brief prepares the user for; advice entries marked with one say how to respond."""
REACTION_WORDS: dict[Reaction, re.Pattern[str]] = {
    "defensiveness": re.compile(r"\bdefensive|\bargu|\bpushed back\b", re.I),
    "blame": re.compile(r"\bblam|\bfault\b|\bexcuse", re.I),
    "silence": re.compile(r"\bquiet\b|\bsilen|\bwithdrawn\b|\bhasn't spoken\b", re.I),
    "tears": re.compile(r"\bcr(y|ied|ies|ying)\b|\btears\b|\bupset\b|\bexhausted\b", re.I),
    "target-pushback": re.compile(r"\b(doesn't|don't|does not) believe\b|\bunrealistic\b|\bimpossible\b", re.I),
    "overload": re.compile(r"\boverload|\boverwhelm|\btoo (many|much)\b|\bevery weekend\b|\bburn", re.I),
}
"""How people describe each reaction ("got defensive when I raised it")."""


class RoleBrief(StrictModel):
    """What the brief says for one side of a conversation. `{person}` stands for the other
    person's name (or "your report" / "your manager")."""

    goal: Text
    opening: Text
    feedback_from: list[QuestionId] = Field(default_factory=list)
    """Questions whose answers hold the example to give as feedback (situation, behaviour, impact)."""
    steps_from: QuestionId | None = None
    """The question whose answer holds the next steps."""
    situation_answers: QuestionId | None = None
    """The question the situation typed on the start screen usually answers: it is kept
    as the first part of that question's answer, shown when it is asked."""
    reactions: list[Reaction] = Field(default_factory=list)
    avoid: list[Text] = Field(default_factory=list)


GENERIC_BRIEF = RoleBrief(
    goal="Leave with a shared view of where things stand and next steps, each with an owner and a date.",
    opening="I'd like to use this time to talk about how things are going and agree what happens next.",
    avoid=["Labels about the person; describe what happened and its effect."],
)


class Conversation(StrictModel):
    """One kind of performance conversation and its questions."""

    model_config = ConfigDict(frozen=True)

    id: Slug
    title: Text
    leader: Role
    answerer: Role | None
    """The other person in the meeting; `null` when the leader prepares alone."""
    purpose: Text
    situations: list[Text] = Field(min_length=3)
    keywords: list[Text] = Field(default_factory=list)
    questions: list[Question] = Field(min_length=1)
    ask_them: dict[Role, list[Text]] = Field(default_factory=dict)
    """Extra questions the user can ask the other person, by the user's role."""
    tips: list[Text] = Field(min_length=1)
    brief: dict[Role, RoleBrief] = Field(default_factory=dict)
    """The brief's goal, opening line, reactions to prepare for and what to avoid, by role."""

    @model_validator(mode="after")
    def _check_questions(self) -> Conversation:
        seen: set[str] = set()
        for index, question in enumerate(self.questions):
            where = f"questions[{index}].id"
            if not question.id.startswith(f"{self.id}."):
                raise ValueError(f"{where}: '{question.id}' must start with '{self.id}.'")
            if question.id in seen:
                raise ValueError(f"{where}: duplicate id '{question.id}'")
            seen.add(question.id)
            if self.answerer and question.stage == "conversation" and not question.prep:
                raise ValueError(
                    f"questions[{index}].prep: required for a question asked of the "
                    f"{self.answerer} (the leader prepares with it)"
                )
            if self.answerer and question.stage == "conversation" and not question.prep_probes:
                raise ValueError(
                    f"questions[{index}].prep_probes: required with prep (follow-ups for the leader "
                    "preparing; `probes` are addressed to whoever answers in the meeting)"
                )
        if self.answerer == self.leader:
            raise ValueError("answerer: must differ from leader (or be null)")
        ids = {q.id for q in self.questions}
        for role, brief in self.brief.items():
            if role not in self.roles:
                raise ValueError(f"brief.{role}: this conversation is for a {' or '.join(self.roles)}")
            named = [brief.steps_from, brief.situation_answers]
            for qid in [*brief.feedback_from, *(q for q in named if q)]:
                if qid not in ids:
                    raise ValueError(f"brief.{role}: unknown question '{qid}'")
        return self

    @property
    def roles(self) -> tuple[Role, ...]:
        return tuple(r for r in (self.leader, self.answerer) if r is not None)

    @property
    def is_solo(self) -> bool:
        return self.answerer is None

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def plan(self, role: Role) -> list[PlannedQuestion]:
        """The questions coach asks a user in `role`, in order, with the right wording.

        The leader of a two-person conversation prepares (`prep` wording) for the
        questions they will ask live and answers their own preparation questions;
        the answerer, or a leader working alone, answers `text` directly.
        """
        if role not in self.roles:
            raise ValueError(f"{self.id} is for a {' or '.join(self.roles)}, not a {role}")
        planned: list[PlannedQuestion] = []
        for question in self.questions:
            if role == self.leader:
                if question.stage == "conversation" and self.answerer:
                    planned.append(PlannedQuestion(question, question.prep or question.text, True))
                else:
                    planned.append(PlannedQuestion(question, question.text, False))
            elif question.stage == "conversation":
                planned.append(PlannedQuestion(question, question.text, False))
        return planned

    def questions_to_ask(self, role: Role) -> list[str]:
        """What the user in `role` can ask the other person in the meeting."""
        live: list[str] = []
        if role == self.leader and self.answerer:
            live = [q.live_wording for q in self.questions if q.stage == "conversation"]
        return live + list(self.ask_them.get(role, []))

    def brief_for(self, role: Role) -> RoleBrief:
        return self.brief.get(role, GENERIC_BRIEF)

    def counterpart(self, role: Role) -> Role | None:
        """Who the user meets: for solo prep, the person the review is with."""
        if self.answerer:
            return self.answerer if role == self.leader else self.leader
        return "contributor" if role == "manager" else "manager"


@dataclass(frozen=True)
class PlannedQuestion:
    question: Question
    wording: str
    """What coach asks the user."""
    is_prep: bool
    """True when the user prepares to ask this question of someone else."""

    @property
    def probes(self) -> list[str]:
        """The follow-ups addressed to this user: the leader preparing gets `prep_probes`,
        whoever answers the question itself gets `probes`."""
        return list(self.question.prep_probes if self.is_prep else self.question.probes)

    @property
    def id(self) -> str:
        return self.question.id
