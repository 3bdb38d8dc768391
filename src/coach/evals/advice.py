"""The advice eval: questions asked mid-preparation, and phrases the right advice contains.

Format: `{suite: advice, cases: [{id, role, conversation?, question, expect: {any_of:
[phrase, ...]}}]}`. An entry is a hit when its title or text contains one of the phrases
(case-insensitive). Metrics: `hit_at_1`, `hit_at_3` and `leaked_ids`, the number of answers
that show an internal id (a question id such as `coaching.start-stop`, or the id of a
conversation or an advice entry) where the user reads them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pydantic import Field

from coach.core.datamodels import StrictModel
from coach.core.types import Role
from coach.evals.cases import load_case_file


class AdviceExpect(StrictModel):
    any_of: list[str] = Field(min_length=1)


class AdviceCase(StrictModel):
    id: str
    role: Role
    conversation: str | None = None
    question: str = Field(min_length=1)
    expect: AdviceExpect


class AdviceSuite(StrictModel):
    suite: str = Field(pattern="^advice$")
    cases: list[AdviceCase] = Field(min_length=1)


def load_advice_suite(path: Path) -> AdviceSuite:
    return load_case_file(path, AdviceSuite)


def hit(text: str, phrases: Iterable[str]) -> bool:
    lowered = text.casefold()
    return any(p.casefold() in lowered for p in phrases)


def first_hit(texts: list[str], phrases: list[str]) -> int | None:
    """The 1-based rank of the first text containing a phrase, or None."""
    return next((rank for rank, text in enumerate(texts, 1) if hit(text, phrases)), None)
