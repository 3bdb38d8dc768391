"""A rehearsal with the counterpart played by a model, over real HTTP to the scripted
server: the persona prompt on every one of 20 turns, the history as a conversation, the
counterpart's state decided in code each turn (no unearned fact ever in the prompt), the
guard (out of character, assistant-speak, a fact not earned, a denial of one told),
moments checked against what the user said, and a failed turn saving nothing."""

from __future__ import annotations

import itertools

import pytest

from coach.app.events import Notice, RehearsalSaved
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
    roles = [m["role"] for m in last[1:-1]]
    assert roles[0] == "assistant" and roles[-1] == "user"  # the opening line, then the turns in order
    assert all(a != b for a, b in itertools.pairwise(roles))
    assert last[-1]["role"] == "system" and "[coach:rehearsal-turn]" in last[-1]["content"]  # this turn's state
    assert all(r["body"].get("max_tokens") for r in requests)  # a counterpart that runs on is cut
    assert "Stay in character as Alex" in requests[10]["text"]  # the retry's reminder
    state = llm_service.rehearsals.get(view.id).state
    said = [t.text for t in state.lines() if t.speaker == "them"][1:]
    assert said == IN_CHARACTER and not any("AI" in s for s in said)


async def test_a_reply_out_of_character_twice_falls_back_to_the_script(llm_service, llm_env) -> None:
    llm_env.script.add("coach:rehearsal", Reply(text="Here are some tips: ask open questions."))
    view = llm_service.rehearsals.start(persona_id="defensive-behind")
    events = await say(llm_service, view.id, "Is it on track?")
    assert any("not usable twice (out of character)" in getattr(e, "text", "") for e in events)
    them = [t.text for t in llm_service.rehearsals.get(view.id).state.lines() if t.speaker == "them"]
    reactions = llm_service.rehearsals.personas["defensive-behind"].reactions
    assert "tips" not in them[-1] and them[-1] in reactions["progress-update.okr-status"].closed  # its script for it


async def test_hidden_facts_the_model_lets_out_count_in_the_debrief(llm_service, llm_env) -> None:
    llm_env.script.add("coach:rehearsal", "Mostly the on-call. I've been covering for Kim and Dev since October.")
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
    persona = llm_service.rehearsals.personas["defensive-behind"].model_copy(update={"difficulty": 1})
    view = llm_service.rehearsals.start("progress-update", persona=persona)
    await say(llm_service, view.id, "Is it on track?")
    events = await say(llm_service, view.id, "What has been getting in the way lately?")
    turn = llm_env.chat_requests("rehearsal")[-1]["body"]["messages"][-1]["content"]
    assert "you are ready to say this" in turn and "covering on-call for Kim and Dev" in turn
    events = await say(llm_service, view.id, "/end")
    card = events[-1].view.scorecard
    assert card.hidden_facts_found == ["on-call"]
    assert [m.quote for m in card.moments] == ["Is it on track?"]  # an invented quote is dropped
    assert "## Moments to rephrase" in llm_service.rehearsals.debrief_markdown(events[-1].view)


async def test_unearned_facts_never_reach_the_model_and_a_leak_is_replaced(llm_service, llm_env) -> None:
    """Difficulty 4, turn 1: the prompt holds none of what Alex keeps back, and a reply that
    lets a fact out anyway (a model making it up from the situation) is not used."""
    leak = "Honestly I never believed in 40%, and I'm covering on-call for two people."
    llm_env.script.add("coach:rehearsal", leak, leak)
    view = llm_service.rehearsals.start(persona_id="defensive-behind")
    events = await say(llm_service, view.id, "What is getting in the way?")
    persona = llm_service.rehearsals.personas["defensive-behind"]
    for request in llm_env.chat_requests("rehearsal"):
        assert not any(f.reveal[:40] in request["text"] for f in persona.hidden_facts)
    assert any("a fact not earned yet" in getattr(e, "text", "") for e in events)
    state = llm_service.rehearsals.get(view.id).state
    assert state.revealed == [] and "never believed" not in state.lines()[-1].text


@pytest.mark.parametrize(
    "reply",
    [
        "Sure, here are three tips:\n1. Ask open questions\n2. Listen",
        "I'd be happy to help with that! Let me know if you need anything else.",
        "Certainly. Here are a few ways to look at it: first, the data.",
        "I'm sorry, but I can't assist with that.",  # said live by the 0.5B model as Alex, turn 1
    ],
)
async def test_assistant_speak_is_caught(llm_service, llm_env, reply: str) -> None:
    llm_env.script.add("coach:rehearsal", reply, reply)
    view = llm_service.rehearsals.start(persona_id="defensive-behind")
    await say(llm_service, view.id, "How is it going?")
    assert llm_service.rehearsals.get(view.id).state.lines()[-1].text != reply


async def test_a_reply_that_denies_what_was_told_is_replaced(llm_service, llm_env) -> None:
    persona = llm_service.rehearsals.personas["defensive-behind"].model_copy(update={"difficulty": 1})
    llm_env.script.add(
        "coach:rehearsal",
        "Since October I've been covering on-call for Kim and Dev.",
        "Not on-call, no. Things are just slow.",
        "It's not really on-call.",
    )
    view = llm_service.rehearsals.start("progress-update", persona=persona)
    await say(llm_service, view.id, "What has been getting in the way?")
    events = await say(llm_service, view.id, "Anything else slowing you down this week?")
    assert any("it denied what it already said" in getattr(e, "text", "") for e in events)
    last = llm_service.rehearsals.get(view.id).state.lines()[-1].text
    assert "Not on-call" not in last and "not really" not in last


async def test_a_failed_model_turn_is_the_scripted_line_with_one_line(llm_service, llm_env) -> None:
    llm_env.script.add("coach:rehearsal", *[Reply(status=500, error="boom")] * 4)
    view = llm_service.rehearsals.start(persona_id="defensive-behind")
    events = await say(llm_service, view.id, "What is getting in the way?")
    notices = [e.text for e in events if isinstance(e, Notice)]
    assert len(notices) == 1 and "server error (500)" in notices[0] and "used the scripted reply" in notices[0]
    state = llm_service.rehearsals.get(view.id).state
    assert state.user_lines() == ["What is getting in the way?"] and state.lines()[-1].speaker == "them"


async def test_moments_cited_by_line_with_no_quote_are_kept_in_one_call(llm_service, llm_env) -> None:
    """A small model cites line numbers and writes no quote; coach quotes the user's line.
    A line of the counterpart's is never put in the user's mouth."""
    llm_env.script.add("coach:rehearsal", "No, it is not on track.")
    llm_env.script.add(
        "coach:moments",
        Reply(
            json={
                "moments": [
                    {"line": 2, "quote": "", "better": "Walk me through where activation stands.", "why": "open"},
                    {"line": 3, "quote": "", "better": "Anything.", "why": "Alex's line, not yours"},
                    # seen live: a line of the counterpart's, the user's own words, assistant-speak
                    {"line": 2, "quote": "", "better": "No, it is not on track.", "why": "copied"},
                    {"line": 2, "quote": "", "better": "So, is it on track?", "why": "the same words"},
                    {"line": 2, "quote": "", "better": "Alex, I'm sorry, but I can't assist with that.", "why": "x"},
                ]
            }
        ),
    )
    view = llm_service.rehearsals.start(persona_id="defensive-behind")
    await say(llm_service, view.id, "Is it on track?")
    events = await say(llm_service, view.id, "/end")
    moments = events[-1].view.scorecard.moments
    assert [(m.line, m.quote) for m in moments] == [(2, "Is it on track?")]
    assert len(llm_env.chat_requests("moments")) == 1
    sent = llm_env.chat_requests("moments")[0]["text"]
    assert "2| USER: Is it on track?" in sent and "3| ALEX" not in sent and "numbers: 2." in sent
    assert "You said (line 2): “Is it on track?”" in llm_service.rehearsals.debrief_markdown(events[-1].view)


async def test_a_reply_said_in_the_last_turns_is_not_said_again(llm_service, llm_env) -> None:
    same = "I'm sorry, but I haven't fixed the activation yet."
    llm_env.script.add("coach:rehearsal", same, same, same)
    view = llm_service.rehearsals.start(persona_id="defensive-behind")
    await say(llm_service, view.id, "Why haven't you fixed activation yet?")
    events = await say(llm_service, view.id, "Sorry, that came out wrong. I know it has been a hard month.")
    assert any("it repeated itself" in getattr(e, "text", "") for e in events)
    them = [t.text for t in llm_service.rehearsals.get(view.id).state.lines() if t.speaker == "them"]
    assert them[-1] != same and them[-2] == same
