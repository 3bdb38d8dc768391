"""The retrieval eval: a team's notes and labelled queries; recall@5 and MRR of hybrid search.

Format: `{suite: retrieval, people: [{name, role}], notes: [{key, person, date, kind, text}],
cases: [{id, query, expect: [note keys], person?, kind?, since?, until?}]}`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import Field

from coach.app.coach import Coach
from coach.core.datamodels import StrictModel
from coach.evals.cases import load_case_file


class SuitePerson(StrictModel):
    name: str
    role: str | None = None


class SuiteNote(StrictModel):
    key: str
    person: str | None
    date: str
    kind: str = "note"
    text: str


class RetrievalCase(StrictModel):
    id: str
    query: str = Field(min_length=1)
    expect: list[str] = Field(min_length=1)
    person: str | None = None
    kind: str | None = None
    since: str | None = None
    until: str | None = None


class RetrievalSuite(StrictModel):
    suite: str = Field(pattern="^retrieval$")
    people: list[SuitePerson] = Field(default_factory=list)
    notes: list[SuiteNote] = Field(min_length=1)
    cases: list[RetrievalCase] = Field(min_length=1)


def load_retrieval_suite(path: Path) -> RetrievalSuite:
    return load_case_file(path, RetrievalSuite)


@dataclass(frozen=True)
class RetrievalOutcome:
    case: RetrievalCase
    found: list[str]
    """Keys of the top hits, best first."""
    recall: float
    reciprocal_rank: float


def load_into(service: Coach, suite: RetrievalSuite) -> dict[int, str]:
    """Store the suite's people and notes and index them; returns note id -> key."""
    memory = service.memory.records
    for person in suite.people:
        if memory.find_person(person.name) is None:
            memory.add_person(person.name, person.role)
    keys = {}
    for note in suite.notes:
        keys[memory.add_note(note.person, note.text, date=note.date, kind=note.kind).id] = note.key
    service.memory.index.sync(memory)
    return keys


def run_retrieval(service: Coach, suite: RetrievalSuite, k: int = 5) -> tuple[dict[str, float], list[RetrievalOutcome]]:
    keys = load_into(service, suite)
    outcomes = []
    for case in suite.cases:
        result = service.memory.search(
            case.query, k=k, person=case.person, kind=case.kind, since=case.since, until=case.until
        )
        found = [keys.get(hit.note.id, "?") for hit in result.hits]
        recall = sum(key in found for key in case.expect) / len(case.expect)
        first = next((rank for rank, key in enumerate(found, start=1) if key in case.expect), None)
        outcomes.append(RetrievalOutcome(case, found, recall, 1.0 / first if first else 0.0))
    metrics = {
        "recall_at_5": sum(o.recall for o in outcomes) / len(outcomes),
        "mrr": sum(o.reciprocal_rank for o in outcomes) / len(outcomes),
    }
    return metrics, outcomes
