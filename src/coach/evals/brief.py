"""The brief eval: a simulated user goes through a conversation (as in the coverage suite),
optionally with the person's notes and action items in memory, and the brief must carry
their specifics and never a line meant for someone else.

Format: `{suite: brief, cases: [{id, conversation, role, situation, person?, memory?:
{notes: [{date, text}], actions: [{owner, task, due?}]}, answers: {question id: [answer,
...]}, expect: {includes: [phrase, ...], excludes: [phrase, ...]}}]}`. Metrics:
`includes_recall` (the share of `includes` phrases found, case-insensitive),
`excludes_violations` (`excludes` phrases found) and `wrong_audience_lines` (lines written
for the other person, found anywhere coach spoke or in the brief)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import Field

from coach.core.datamodels import StrictModel
from coach.core.types import Role
from coach.evals.cases import load_case_file


class MemoryNote(StrictModel):
    date: str
    text: str = Field(min_length=1)


class MemoryAction(StrictModel):
    owner: str
    task: str = Field(min_length=1)
    due: str | None = None


class CaseMemory(StrictModel):
    notes: list[MemoryNote] = Field(default_factory=list)
    actions: list[MemoryAction] = Field(default_factory=list)


class BriefExpect(StrictModel):
    includes: list[str] = Field(default_factory=list)
    excludes: list[str] = Field(default_factory=list)


class BriefCase(StrictModel):
    id: str
    conversation: str
    role: Role
    situation: str = Field(min_length=1)
    person: str | None = None
    memory: CaseMemory | None = None
    answers: dict[str, list[str]] = Field(min_length=1)
    expect: BriefExpect


class BriefSuite(StrictModel):
    suite: str = Field(pattern="^brief$")
    cases: list[BriefCase] = Field(min_length=1)


def load_brief_suite(path: Path) -> BriefSuite:
    return load_case_file(path, BriefSuite)


@dataclass
class BriefOutcome:
    case: BriefCase
    brief: str
    transcript: list[str]
    missing: list[str]
    violations: list[str]
    wrong_audience: list[str]

    @property
    def recall(self) -> float:
        wanted = self.case.expect.includes
        return (len(wanted) - len(self.missing)) / len(wanted) if wanted else 1.0


def score_brief(case: BriefCase, brief: str, transcript: list[str], wrong: list[str]) -> BriefOutcome:
    lowered = brief.casefold()
    missing = [p for p in case.expect.includes if p.casefold() not in lowered]
    violations = [p for p in case.expect.excludes if p.casefold() in lowered]
    return BriefOutcome(case, brief, transcript, missing, violations, wrong)


MAX_TURNS = 60


def next_answer(case: BriefCase, question: str | None, used: dict[str, int]) -> str:
    """The next scripted answer for the question being asked, else `/skip`."""
    if question is None:
        return "/done"
    answers = case.answers.get(question, [])
    count = used.get(question, 0)
    used[question] = count + 1
    return answers[count] if count < len(answers) else "/skip"
