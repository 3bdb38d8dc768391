"""Conversations feed memory: a finished conversation's brief (or self-reflection) is kept as
a note about the person, and its next steps can be tracked as action items."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coach.engine.specifics import parse_steps
from coach.engine.state import GuideState
from coach.framework.models import Conversation
from coach.memory.models import Note
from coach.store.memory import MemoryStore
from coach.summary.dates import find_due

ME = "me"
"""The owner of the user's own action items, as meeting summaries record them."""


@dataclass(frozen=True)
class ProposedAction:
    owner: str
    task: str
    due: str | None
    """An ISO date when the step said one coach could read ("by 9 January"), else None."""
    when: str | None
    """The step's own words for the date."""


def note_kind(conversation: Conversation) -> str:
    return "reflection" if conversation.id == "self-reflection" else "brief"


def save_brief_note(memory: MemoryStore, conversation: Conversation, state: GuideState, brief: str, day: date) -> Note:
    """The brief as a note about the person (when coach knows them), dated the session's day."""
    person = memory.find_person(state.person) if state.person else None
    return memory.add_note(person.name if person else None, brief, date=day.isoformat(), kind=note_kind(conversation))


def proposed_actions(conversation: Conversation, state: GuideState, day: date) -> list[ProposedAction]:
    """The next steps the user gave, each with an owner coach can track ("me" for the user)."""
    question = conversation.brief_for(state.role).steps_from
    if not question or question not in state.questions:
        return []
    answers = [a for a in state.questions[question].answers if not a.strip().startswith("/")]
    proposals = []
    for answer in answers:
        for step in parse_steps(answer, state.person):
            owner = ME if step.owner == "you" else step.owner.replace(" and you", "")
            if owner.startswith("you and "):
                owner = ME
            due, _ = find_due(step.when, day) if step.when else (None, None)
            proposals.append(ProposedAction(owner, step.what, due.isoformat() if due else None, step.when))
    return proposals
