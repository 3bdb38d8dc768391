"""The rehearsal eval: pairs of transcripts (a skilled and an unskilled person facing the
same counterpart); the scorecard must rank the skilled one higher on framework coverage and
on the share of open questions.

Format: `{suite: rehearsal, cases: [{id, conversation, persona?, skilled, unskilled}]}`,
transcripts of `Manager:` / `Report:` or `You:` / `Them:` lines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field

from coach.core.datamodels import StrictModel
from coach.evals.cases import load_case_file
from coach.rehearsal.scorecard import Scorecard


class RehearsalCase(StrictModel):
    id: str
    conversation: str
    persona: str | None = None
    skilled: str = Field(min_length=1)
    unskilled: str = Field(min_length=1)


class RehearsalSuite(StrictModel):
    suite: str = Field(pattern="^rehearsal$")
    cases: list[RehearsalCase] = Field(min_length=1)


def load_rehearsal_suite(path: Path) -> RehearsalSuite:
    return load_case_file(path, RehearsalSuite)


@dataclass(frozen=True)
class PairOutcome:
    case: RehearsalCase
    skilled: Scorecard
    unskilled: Scorecard

    @property
    def ranked_right(self) -> bool:
        return (
            self.skilled.coverage > self.unskilled.coverage
            and self.skilled.open_question_share > self.unskilled.open_question_share
        )


def run_rehearsal_suite(
    suite: RehearsalSuite, score: Callable[[RehearsalCase, str], Scorecard]
) -> tuple[dict[str, float], list[PairOutcome]]:
    outcomes = [PairOutcome(case, score(case, case.skilled), score(case, case.unskilled)) for case in suite.cases]
    return {"ranking_accuracy": sum(o.ranked_right for o in outcomes) / len(outcomes)}, outcomes
