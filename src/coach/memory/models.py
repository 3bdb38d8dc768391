"""What coach remembers about people, as plain values: people, notes, OKRs with their key
results' history, and tracked action items; and the checks every note and date passes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date

from coach.core.errors import UsageError

MAX_NOTE_CHARS = 100_000


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: str | None


@dataclass(frozen=True)
class Note:
    id: int
    person: str | None
    date: str
    kind: str
    text: str
    source: str | None = None


@dataclass(frozen=True)
class KeyResult:
    id: int
    description: str
    target: float | None
    current: float | None
    status: str
    history: list[tuple[str, float | None, str, str | None]] = field(default_factory=list)
    """(date, current, status, note), oldest first."""
    lower_is_better: bool = False
    """Churn, defects, response time: the target is a ceiling to stay under."""


KeyResultSpec = tuple[str, float | None] | tuple[str, float | None, bool]
"""A key result to add: (description, target) or (description, target, lower is better)."""


def parse_target(text: str) -> tuple[float | None, bool]:
    """ "5" -> (5, False); "<5", "<=5", "≤5" or "at most 5" -> (5, True): lower is better.
    An empty text is no target; anything else is a one-line error."""
    raw = text.strip()
    if not raw:
        return None, False
    lower = raw.startswith(("<", "≤")) or raw.lower().startswith(("at most", "max "))
    number = raw.lstrip("<>=≤≥ ").lower().removeprefix("at most").removeprefix("max").removeprefix("at least")
    try:
        return float(number.strip().rstrip("%")), lower
    except ValueError:
        raise UsageError(f"target '{text}' is not a number (e.g. 40, or <5 when lower is better)") from None


def parse_key_result(text: str) -> KeyResultSpec:
    """ "Reduce churn to 5%:<5" -> ("Reduce churn to 5%", 5.0, True); the target is optional
    ("Ship the onboarding emails"), "<" before it when lower is better, and a colon that is
    not followed by a target is part of the text ("Time to first reply: under 2h")."""
    description, sep, target = text.rpartition(":")
    if not sep or not description.strip():
        return text.strip(), None
    try:
        value, lower = parse_target(target)
    except UsageError:
        return text.strip(), None
    return description.strip(), value, lower


def progress(kr: KeyResult) -> str:
    """ "3 of 5", "6.2 (target: 5 or less)", "not measured yet of 5": the one wording of a key
    result's progress, whichever way is better."""
    value = "not measured yet" if kr.current is None else f"{kr.current:g}"
    if kr.target is None:
        return value
    if kr.lower_is_better:
        return f"{value} (target: {kr.target:g} or less)"
    return f"{value} of {kr.target:g}"


@dataclass(frozen=True)
class OKR:
    id: int
    person: str
    objective: str
    quarter: str
    key_results: list[KeyResult]


@dataclass(frozen=True)
class TrackedAction:
    id: int
    person: str | None
    owner: str
    task: str
    due: str | None
    status: str
    source_note_id: int | None = None
    source_session_id: str | None = None


def parse_date(value: str | Date | None, *, field_name: str = "date") -> str:
    """An ISO date (today when None); anything else is a one-line error."""
    if value is None:
        return Date.today().isoformat()
    if isinstance(value, Date):
        return value.isoformat()
    try:
        return Date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise UsageError(f"{field_name} '{value}' is not a date; use YYYY-MM-DD") from None


def check_note_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise UsageError("the note is empty; nothing was saved")
    if len(text) > MAX_NOTE_CHARS:
        raise UsageError(
            f"the note is {len(text):,} characters; the limit is {MAX_NOTE_CHARS:,}. Split it into several notes; nothing was saved"
        )
    return text
