"""The coverage eval: whole conversations with coach, a simulated user answering in turn.
Coverage is the share of the expected questions covered; every critical question must be
covered unless the scenario skips it on purpose; the turn each was first covered is kept.

Format: `{suite: coverage, cases: [{id, conversation, role, person?, persona?, answers:
{question id: [answer, follow-up, ...]}, expect: [question ids], allow_missing?: [question
ids]}]}`. When coach asks or probes a question, the simulated user gives the next answer
listed for it; when they run out (or on `/skip`) it skips. In live mode a case with
`persona` is answered by a model playing that persona instead."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import Field

from coach.core.datamodels import StrictModel
from coach.core.types import Role
from coach.evals.cases import load_case_file


class CoverageCase(StrictModel):
    id: str
    conversation: str
    role: Role
    person: str | None = None
    persona: str | None = None
    answers: dict[str, list[str]] = Field(min_length=1)
    expect: list[str] = Field(min_length=1)
    allow_missing: list[str] = Field(default_factory=list)


class CoverageSuite(StrictModel):
    suite: str = Field(pattern="^coverage$")
    cases: list[CoverageCase] = Field(min_length=1)


def load_coverage_suite(path: Path) -> CoverageSuite:
    return load_case_file(path, CoverageSuite)


@dataclass
class CoverageOutcome:
    case: CoverageCase
    covered: list[str]
    first_covered: dict[str, int] = field(default_factory=dict)
    """Question id -> the user's turn (1-based) after which it was first covered."""
    critical: list[str] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        return sum(q in self.covered for q in self.case.expect) / len(self.case.expect)

    @property
    def missed_critical(self) -> list[str]:
        return [q for q in self.critical if q not in self.covered and q not in self.case.allow_missing]

    @property
    def passed(self) -> bool:
        return self.coverage == 1.0 and not self.missed_critical


# One user turn: (session id, text) -> (question ids covered, finished, the question now asked).
Turn = Callable[[str, str], Awaitable[tuple[list[str], bool, str | None]]]
Start = Callable[[], tuple[str, list[str], str | None]]
"""Opens the session: its id, the critical question ids of the plan, the first question."""
Answer = Callable[[str, str | None], Awaitable[str]]
"""Live mode: the model's answer, from the session id and the question being asked."""
MAX_TURNS_PER_QUESTION = 3


async def simulate(case: CoverageCase, start: Start, turn: Turn, answer: Answer | None = None) -> CoverageOutcome:
    """Play the case through until coach finishes (or a turn limit): the scripted answers for
    the question being asked, in order, else `/skip`; or, live, the model's answers."""
    session_id, critical, current = start()
    outcome = CoverageOutcome(case, [], {}, critical)
    used: dict[str, int] = {}
    for number in range(1, MAX_TURNS_PER_QUESTION * max(len(critical), len(case.expect), len(case.answers)) + 2):
        if answer is not None:
            text = await answer(session_id, current)
        else:
            scripted = case.answers.get(current or "", [])
            index = used.get(current or "", 0)
            used[current or ""] = index + 1
            text = scripted[index] if index < len(scripted) else "/skip"
        covered, finished, current = await turn(session_id, text)
        for qid in covered:
            outcome.first_covered.setdefault(qid, number)
        outcome.covered = covered
        if finished or current is None:
            break
    return outcome


def coverage_metrics(outcomes: list[CoverageOutcome]) -> dict[str, float]:
    return {
        "coverage": sum(o.coverage for o in outcomes) / len(outcomes),
        "critical_covered": sum(not o.missed_critical for o in outcomes) / len(outcomes),
    }
