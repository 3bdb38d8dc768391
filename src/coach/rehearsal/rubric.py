"""The debrief's overall score, from a rubric kept as a versioned file
(knowledge/rubrics/rehearsal.yaml)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import Field

from coach.core.datamodels import StrictModel
from coach.core.yamlfiles import load_yaml_model
from coach.framework.loader import bundled_knowledge_dir


class Parts(StrictModel):
    coverage: float = Field(ge=0)
    open_questions: float = Field(ge=0)
    next_steps: float = Field(ge=0)
    hidden_facts: float = Field(ge=0)
    specifics: float = Field(ge=0)
    listening: float = Field(ge=0)


class Rubric(StrictModel):
    version: int = Field(ge=1)
    parts: Parts
    penalty_per_flag: float = Field(ge=0)
    advice: dict[str, str] = Field(default_factory=dict)
    """Kind of flagged line (accusing, closed, long, talking over) -> the advice entry on it."""


def load_rubric(path: Path) -> Rubric:
    return load_yaml_model(path, Rubric)


@cache
def default_rubric() -> Rubric:
    return load_rubric(bundled_knowledge_dir() / "rubrics" / "rehearsal.yaml")


def listening_share(talk_ratio: float) -> float:
    """Full credit for a share of the talking between 30% and 50%, less the further out."""
    if 0.3 <= talk_ratio <= 0.5:
        return 1.0
    distance = 0.3 - talk_ratio if talk_ratio < 0.3 else talk_ratio - 0.5
    return max(0.0, 1.0 - distance / 0.3)


def overall(
    *,
    coverage: float,
    open_share: float,
    agreed: bool,
    facts_share: float | None,
    specifics: float,
    talk_ratio: float,
    flags: int,
    rubric: Rubric,
) -> int:
    """0-100: each part's weight times how far it was met, minus the flags."""
    p = rubric.parts
    total = p.coverage + p.open_questions + p.next_steps + p.hidden_facts + p.specifics + p.listening
    earned = (
        p.coverage * coverage
        + p.open_questions * open_share
        + p.next_steps * (1.0 if agreed else 0.0)
        + p.hidden_facts * (1.0 if facts_share is None else facts_share)
        + p.specifics * specifics
        + p.listening * listening_share(talk_ratio)
    )
    return max(0, round(100 * earned / total - rubric.penalty_per_flag * flags)) if total else 0
