"""The routing eval: `{suite: routing, cases: [{id, role, situation, expect: [ids]}]}`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from coach.errors import UsageError
from coach.framework.loader import format_validation_error
from coach.framework.models import Role
from coach.framework.routing import Router


class RoutingCase(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    role: Role | None = None
    situation: str = Field(min_length=1)
    expect: list[str] = Field(min_length=1)


class RoutingSuite(BaseModel):
    model_config = ConfigDict(extra="forbid")
    suite: str = Field(pattern="^routing$")
    cases: list[RoutingCase] = Field(min_length=1)


def load_routing_cases(path: Path) -> list[RoutingCase]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return RoutingSuite.model_validate(data).cases
    except (OSError, yaml.YAMLError) as exc:
        raise UsageError(f"{path}: cannot read routing cases: {exc}") from None
    except ValidationError as exc:
        raise UsageError(f"{path}: {format_validation_error(exc)}") from None


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
