"""The routing eval: `{suite: routing, cases: [{id, role, situation, expect: [ids], indirect?}]}`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import Field

from coach.core.datamodels import StrictModel
from coach.core.types import Role
from coach.evals.cases import load_case_file
from coach.routing.router import Router


class RoutingCase(StrictModel):
    id: str
    role: Role | None = None
    situation: str = Field(min_length=1)
    expect: list[str] = Field(min_length=1)
    # the situation never names its conversation in the usual words (see the real case files)
    indirect: bool = False


class RoutingSuite(StrictModel):
    suite: str = Field(pattern="^routing$")
    cases: list[RoutingCase] = Field(min_length=1)


def load_routing_cases(path: Path) -> list[RoutingCase]:
    return load_case_file(path, RoutingSuite).cases


@dataclass(frozen=True)
class RoutingOutcome:
    case: RoutingCase
    predicted: str
    confidence: float

    @property
    def passed(self) -> bool:
        return self.predicted in self.case.expect


def run_routing(router: Router, cases: list[RoutingCase]) -> tuple[float, list[RoutingOutcome]]:
    outcomes = []
    for case in cases:
        result = router.route(case.situation, case.role)
        outcomes.append(RoutingOutcome(case, result.conversation, result.confidence))
    accuracy = sum(o.passed for o in outcomes) / len(outcomes)
    return accuracy, outcomes
