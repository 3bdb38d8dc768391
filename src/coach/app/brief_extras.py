"""What a brief takes from outside its session: the person's own open action items and
off-track key results from memory, and the advice base's answer to each likely reaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, get_args

from coach.engine.brief import BriefExtras, ReactionAdvice
from coach.engine.state import GuideState
from coach.framework.models import Reaction
from coach.memory.models import progress
from coach.store.memory import MemoryStore
from coach.summary.facts import objective_named

if TYPE_CHECKING:
    from coach.app.advice import AdviceService

MAX_ITEMS = 3


def brief_extras(memory: MemoryStore, advice: AdviceService, state: GuideState) -> BriefExtras:
    reactions = {}
    for reaction in get_args(Reaction):
        found = advice.for_reaction(reaction, state.role)
        if found is not None:
            reactions[reaction] = ReactionAdvice(reaction, found.title, found.text)
    person = memory.find_person(state.person) if state.person else None
    if person is None:
        return BriefExtras(key_results=key_results_named(state), reactions=reactions)
    own = [a for a in memory.actions(person.name) if a.owner.casefold() == person.name.casefold()]
    items = [a.task + (f" by {a.due}" if a.due else "") for a in own[:MAX_ITEMS]]
    key_results = [
        f"{kr.description}"
        + (f" ({progress(kr)}, {kr.status})" if kr.current is not None and kr.target is not None else "")
        for okr in memory.okrs(person.name)
        for kr in okr.key_results
        if kr.status in ("off-track", "at-risk")
    ]
    return BriefExtras(
        open_items=items, key_results=key_results[:MAX_ITEMS] or key_results_named(state), reactions=reactions
    )


REVIEWS_PROGRESS = frozenset(["progress-update", "manager-prep"])
"""Conversations that look at how the report's key results stand."""
_NOT_AN_OBJECTIVE = frozenset(
    ["her", "his", "their", "my", "our", "your", "its", "the", "each", "all", "any", "every", "company", "team"]
)


def key_results_named(state: GuideState) -> list[str]:
    """A manager's own words about the report's key results ("Churn KR: target 5%, we're at
    6.4%"), when memory holds none: the brief's first question asks about that one by name."""
    if state.role != "manager" or state.conversation_id not in REVIEWS_PROGRESS:
        return []  # planning goals, "the company goal of 20% growth" is no key result of the report's
    said = [state.situation or "", *(a for q in state.order for a in state.questions[q].answers)]
    found: list[str] = []
    for text in said:
        name = objective_named(text)
        if name and name.lower() not in _NOT_AN_OBJECTIVE and name.lower() not in (f.lower() for f in found):
            found.append(name)
    return [f"the {name[:1].lower() + name[1:] if name[1:2].islower() else name} key result" for name in found[:1]]
