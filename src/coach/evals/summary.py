"""The summary eval: meetings with the action items and facts a careful person would
write down; action-item precision, recall and F1, fact recall, and invented items (an
owner who was not in the meeting).

Format: `{suite: summary, cases: [{id, meeting_date, conversation, transcript,
expect: {action_items: [{owner, keywords, due}], facts: [[keyword, ...] | "keywords"]}}]}`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path

from pydantic import Field, field_validator

from coach.core.datamodels import StrictModel
from coach.evals.cases import load_case_file
from coach.summary.meeting import Meeting, parse_meeting
from coach.summary.models import ActionItem, MeetingSummary
from coach.summary.reader import NOTE_TAKER
from coach.summary.transcripts import read_transcript


class ExpectedItem(StrictModel):
    owner: str | None
    keywords: list[str] = Field(min_length=1)
    due: Date | None = None


class Expectation(StrictModel):
    action_items: list[ExpectedItem] = Field(default_factory=list)
    facts: list[list[str]] = Field(default_factory=list)

    @field_validator("facts", mode="before")
    @classmethod
    def _words(cls, value: object) -> object:
        if isinstance(value, list):
            return [
                item.split() if isinstance(item, str) else [str(k) for k in item] if isinstance(item, list) else item
                for item in value
            ]
        return value


class SummaryCase(StrictModel):
    id: str
    meeting_date: Date
    conversation: str | None = None
    transcript: str = Field(min_length=1)
    expect: Expectation


class SummarySuite(StrictModel):
    suite: str = Field(pattern="^summary$")
    cases: list[SummaryCase] = Field(min_length=1)


def load_summary_suite(path: Path) -> SummarySuite:
    return load_case_file(path, SummarySuite)


def same_person(drafted: str | None, expected: str | None) -> bool:
    """The same owner: equal, or one is the other's first name ("Michael", "Michael Dawson")
    or, alone, the surname ("Titzer", "Ben Titzer")."""
    a, b = (drafted or "").lower(), (expected or "").lower()
    if not (a and b):
        return a == b
    return a == b or b in (a.split()[0], a.split()[-1]) or a in (b.split()[0], b.split()[-1])


def item_matches(expected: ExpectedItem, item: ActionItem) -> bool:
    task = item.task.lower()
    return (
        same_person(item.owner, expected.owner)
        and all(k.lower() in task for k in expected.keywords)
        and (expected.due is None or item.due == expected.due)
    )


def fact_found(keywords: list[str], summary: MeetingSummary) -> bool:
    return any(all(k.lower() in statement.lower() for k in keywords) for statement in summary.facts())


@dataclass
class SummaryOutcome:
    case: SummaryCase
    summary: MeetingSummary
    matched: int
    missed: list[ExpectedItem] = field(default_factory=list)
    extra: list[ActionItem] = field(default_factory=list)
    invented: list[ActionItem] = field(default_factory=list)
    facts_found: int = 0
    facts_missed: list[list[str]] = field(default_factory=list)


def score_case(case: SummaryCase, summary: MeetingSummary, meeting: Meeting | None = None) -> SummaryOutcome:
    """One-to-one matching of expected to drafted items, in order; an owner is invented when
    the meeting (`case.transcript` read as `coach summarize` reads it, unless given) has no
    such participant."""
    free = list(summary.action_items)
    outcome = SummaryOutcome(case, summary, 0)
    for expected in case.expect.action_items:
        match = next((item for item in free if item_matches(expected, item)), None)
        if match is None:
            outcome.missed.append(expected)
        else:
            free.remove(match)
            outcome.matched += 1
    outcome.extra = free
    if meeting is None:
        meeting = parse_meeting(read_transcript(case.transcript).text)
    participants = {p.lower() for p in meeting.participants} | {NOTE_TAKER.lower()}  # "I" in one's notes
    outcome.invented = [i for i in summary.action_items if i.owner is not None and i.owner.lower() not in participants]
    for keywords in case.expect.facts:
        if fact_found(keywords, summary):
            outcome.facts_found += 1
        else:
            outcome.facts_missed.append(keywords)
    return outcome


def metrics(outcomes: list[SummaryOutcome]) -> dict[str, float]:
    matched = sum(o.matched for o in outcomes)
    drafted = sum(len(o.summary.action_items) for o in outcomes)
    expected = sum(len(o.case.expect.action_items) for o in outcomes)
    precision = matched / drafted if drafted else 1.0
    recall = matched / expected if expected else 1.0
    facts = sum(len(o.case.expect.facts) for o in outcomes)
    return {
        "action_item_precision": precision,
        "action_item_recall": recall,
        "action_item_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "fact_recall": sum(o.facts_found for o in outcomes) / facts if facts else 1.0,
        "invented_items": float(sum(len(o.invented) for o in outcomes)),
    }


def run_summary_suite(
    suite: SummarySuite, summarise: Callable[[SummaryCase], MeetingSummary]
) -> tuple[dict[str, float], list[SummaryOutcome]]:
    outcomes = [score_case(case, summarise(case)) for case in suite.cases]
    return metrics(outcomes), outcomes
