"""A rehearsal with the counterpart played by a model, over real HTTP to the scripted
server: the persona prompt on every one of 20 turns, the history as a conversation, the
character guard, moments checked against what the user said, and a failed turn saving
nothing."""

from __future__ import annotations

import itertools

import pytest

from coach.app.events import RehearsalSaved
from coach.core.errors import CoachError
from coach.testing.scripted_server import Reply

IN_CHARACTER = [f"It's complicated, turn {n}. The growth team keeps changing things." for n in range(1, 21)]


async def say(service, rehearsal_id: str, text: str) -> list[object]:  # type: ignore[no-untyped-def]
    return [event async for event in service.rehearsals.rehearse(rehearsal_id, text)]


async def test_the_persona_holds_character_across_twenty_turns(llm_service, llm_env) -> None:
    replies = list(IN_CHARACTER)
    replies.insert(9, "As an AI language model, I suggest you ask more open questions.")  # turn 10 steps out
    llm_env.script.add("coach:rehearsal", *replies)
    view = llm_service.rehearsals.start(persona_id="defensive-behind")
    for turn in range(1, 21):
        events = await say(llm_service, view.id, f"Question {turn}: what is getting in the way this week?")
        assert isinstance(events[-1], RehearsalSaved)
    requests = llm_env.chat_requests("rehearsal")
    assert len(requests) == 21  # one retry, for turn 10
    for request in requests:
        system = request["body"]["messages"][0]
        assert (
            system["role"] == "system"
            and "You are Alex" in system["content"]
            and "Never coach the user" in system["content"]
        )
    last = requests[-1]["body"]["messages"]
    roles = [m["role"] for m in last[1:]]
    assert roles[0] == "assistant" and roles[-1] == "user"  # the opening line, then the turns in order
    assert all(a != b for a, b in itertools.pairwise(roles))
    assert "Stay in character as Alex" in requests[10]["text"]  # the retry's reminder
    state = llm_service.rehearsals.get(view.id).state
    said = [t.text for t in state.lines() if t.speaker == "them"][1:]
    assert said == IN_CHARACTER and not any("AI" in s for s in said)


async def test_a_reply_out_of_character_twice_falls_back_to_the_script(llm_service, llm_env) -> None:
    llm_env.script.add("coach:rehearsal", Reply(text="Here are some tips: ask open questions."))
    view = llm_service.rehearsals.start(persona_id="defensive-behind")
    events = await say(llm_service, view.id, "Is it on track?")
    assert any("stepped out of Alex's character twice" in getattr(e, "text", "") for e in events)
    them = [t.text for t in llm_service.rehearsals.get(view.id).state.lines() if t.speaker == "them"]
    reactions = llm_service.rehearsals.personas["defensive-behind"].reactions
    assert "tips" not in them[-1] and them[-1] in reactions["progress-update.okr-status"].closed  # its script for it


async def test_hidden_facts_the_model_lets_out_count_in_the_debrief(llm_service, llm_env) -> None:
    llm_env.script.add("coach:rehearsal", "Honestly, I've been covering on-call for two people since October.")
    llm_env.script.add(
        "coach:moments",
        Reply(
            json={
                "moments": [
                    {
                        "quote": "Is it on track?",
                        "better": "Walk me through where activation stands.",
                        "why": "open it up",
                    },
                    {"quote": "You are lazy and late", "better": "-", "why": "never said"},
                ]
            }
        ),
    )
    view = llm_service.rehearsals.start(persona_id="defensive-behind")
    await say(llm_service, view.id, "Is it on track?")
    events = await say(llm_service, view.id, "/end")
    card = events[-1].view.scorecard
    assert card.hidden_facts_found == ["on-call"]
    assert [m.quote for m in card.moments] == ["Is it on track?"]  # an invented quote is dropped
    assert "## Moments to rephrase" in llm_service.rehearsals.debrief_markdown(events[-1].view)


async def test_a_failed_turn_saves_nothing(llm_service, llm_env) -> None:
    llm_env.script.add("coach:rehearsal", Reply(status=500, error="boom"))
    view = llm_service.rehearsals.start(persona_id="defensive-behind")
    with pytest.raises(CoachError):
        await say(llm_service, view.id, "What is getting in the way?")
    assert llm_service.rehearsals.get(view.id).state.user_lines() == []
