"""Issue 15: every persona stays coherent over a 30-turn offline rehearsal: no line said
again within 5 turns, nothing withheld that it has already let out."""

from __future__ import annotations

import pytest

from coach.app.coach import Coach
from coach.core.config import load_settings
from coach.rehearsal.coherence import problems, replay, script_for
from coach.rehearsal.counterpart import OfflineCounterpart
from coach.rehearsal.state import RehearsalState

SERVICE = Coach(load_settings())
PERSONAS = sorted(SERVICE.rehearsals.personas)


@pytest.mark.parametrize("persona_id", PERSONAS)
def test_thirty_turns_stay_coherent(persona_id: str) -> None:
    persona = SERVICE.rehearsals.personas[persona_id]
    conversation = SERVICE.framework.get(persona.conversations[0])
    counterpart = OfflineCounterpart(persona, conversation, SERVICE.rehearsals.matcher(conversation))
    state = RehearsalState(
        persona=persona,
        conversation_id=conversation.id,
        role="contributor" if persona.plays == "manager" else "manager",
    )
    replies = replay(counterpart, state, script_for(conversation))
    assert len(replies) == 30
    assert problems(counterpart, state) == []


def test_the_check_sees_a_repeat_and_a_fact_withheld_after_it_was_told() -> None:
    persona = SERVICE.rehearsals.personas["defensive-behind"]
    conversation = SERVICE.framework.get(persona.conversations[0])
    counterpart = OfflineCounterpart(persona, conversation, SERVICE.rehearsals.matcher(conversation))
    state = RehearsalState(persona=persona, conversation_id=conversation.id, role="manager")
    from coach.rehearsal.state import RehearsalTurn

    fact = persona.hidden_facts[0]
    for text in ("Okay.", fact.reveal, "Okay.", "I'd rather not get into that yet."):
        state.turns += [RehearsalTurn(speaker="user", text="..."), RehearsalTurn(speaker="them", text=text)]
    found = problems(counterpart, state)
    assert any("turn 3 repeats" in p for p in found) and any("turn 4 withholds" in p for p in found)


def test_it_holds_its_position_on_a_target_and_never_denies_what_it_told() -> None:
    persona = SERVICE.rehearsals.personas["defensive-behind"]
    conversation = SERVICE.framework.get(persona.conversations[0])
    counterpart = OfflineCounterpart(persona, conversation, SERVICE.rehearsals.matcher(conversation))
    state = RehearsalState(persona=persona, conversation_id=conversation.id, role="manager")
    opening = [
        "Thanks for making the time. How are things going for you?",
        "That sounds hard. I appreciate you being honest with me.",
        "What has been getting in the way of the onboarding work?",
        "What has been taking your time since October?",
    ]
    replies = replay(counterpart, state, opening)
    told = next(i for i, r in enumerate(replies) if "on-call" in r)  # let out to a good question
    assert told < len(opening)
    later = replay(
        counterpart,
        state,
        [
            "Is anything else blocking you?",
            "Can you get it to 40% by the end of the quarter?",
            "Can you get it to 40% by the end of the quarter?",
        ],
    )
    assert "Not exactly" not in later[0] and "rather not" not in later[0]  # not denied after it was told
    assert "never believed in 40%" in later[1] and later[2].startswith("I can't sign up to that.")
    assert problems(counterpart, state) == []
