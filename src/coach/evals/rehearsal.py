"""The rehearsal eval, two kinds of case file.

Pairs of transcripts (a skilled and an unskilled person facing the same counterpart): the
scorecard must rank the skilled one higher on framework coverage and on the share of open
questions. Format: `{suite: rehearsal, cases: [{id, conversation, persona?, skilled,
unskilled}]}`, transcripts of `Manager:` / `Report:` or `You:` / `Them:` lines.

Annotated transcripts: each user line labelled with the in-meeting questions it reaches and
its style; the debrief must read each line the same way (`attribution_accuracy`,
`style_accuracy`: the share of user lines read exactly as labelled). Format: `{suite:
rehearsal-lines, cases: [{id, conversation, persona?, transcript, lines: [{reached: [ids],
style}]}]}`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field

from coach.core.datamodels import StrictModel
from coach.evals.cases import load_case_file
from coach.rehearsal.debrief import Scorecard


class RehearsalCase(StrictModel):
    id: str
    conversation: str
    persona: str | None = None
    skilled: str = Field(min_length=1)
    unskilled: str = Field(min_length=1)


class RehearsalSuite(StrictModel):
    suite: str = Field(pattern="^rehearsal$")
    cases: list[RehearsalCase] = Field(min_length=1)


class LineLabel(StrictModel):
    reached: list[str] = Field(default_factory=list)
    style: Literal["open", "closed", "accusing", "empathic", "statement"]


class LineCase(StrictModel):
    id: str
    conversation: str
    persona: str | None = None
    transcript: str = Field(min_length=1)
    lines: list[LineLabel] = Field(min_length=1)
    """One label for each user line, in order."""


class RehearsalLinesSuite(StrictModel):
    suite: str = Field(pattern="^rehearsal-lines$")
    cases: list[LineCase] = Field(min_length=1)


def load_rehearsal_suite(path: Path) -> RehearsalSuite:
    return load_case_file(path, RehearsalSuite)


def load_rehearsal_file(path: Path) -> RehearsalSuite | RehearsalLinesSuite:
    """Either kind of rehearsal case file, by its `suite:` line."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    lines_kind = any(line.strip() == "suite: rehearsal-lines" for line in text.splitlines())
    return load_case_file(path, RehearsalLinesSuite) if lines_kind else load_rehearsal_suite(path)


@dataclass(frozen=True)
class LineOutcome:
    case: LineCase
    read: list[tuple[list[str], str]]
    """How the debrief read each user line: (questions reached, style)."""

    def misread(self) -> list[str]:
        """ "line 2: reached [...] (labelled [...]), style closed (labelled open)" for each
        line read differently from its label."""
        out = []
        for number, ((reached, style), label) in enumerate(zip(self.read, self.case.lines, strict=False), start=1):
            parts = []
            if set(reached) != set(label.reached):
                parts.append(f"reached {sorted(reached)} (labelled {sorted(label.reached)})")
            if style != label.style:
                parts.append(f"style {style} (labelled {label.style})")
            if parts:
                out.append(f"line {number}: " + ", ".join(parts))
        if len(self.read) != len(self.case.lines):
            out.append(f"{len(self.read)} user lines, {len(self.case.lines)} labels")
        return out


def line_metrics(outcomes: list[LineOutcome]) -> dict[str, float]:
    pairs = [(read, label) for o in outcomes for read, label in zip(o.read, o.case.lines, strict=False)]
    if not pairs:
        return {}
    return {
        "attribution_accuracy": sum(set(r[0]) == set(label.reached) for r, label in pairs) / len(pairs),
        "style_accuracy": sum(r[1] == label.style for r, label in pairs) / len(pairs),
    }


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
