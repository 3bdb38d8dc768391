"""Conversations with a model: the service and the real app against the scripted server
over HTTP. Coverage from verified evidence, streamed turns, the model's brief, advice,
faults with nothing lost, Esc to cancel, and the context budget held past saturation."""

from __future__ import annotations

import re
import time

import pytest

from coach.app.coach import Coach
from coach.app.events import Notice, ReplyChunk
from coach.core.config import load_settings
from coach.core.errors import CoachError
from coach.llm.tokens import TokenCounter
from coach.testing.scripted_server import Reply, Script
from coach.tui.app import make_app
from coach.tui.screens.brief import BriefScreen
from coach.tui.screens.conversation import ConversationScreen
from tests.tui.conftest import settle

GOOD = "The churn key result is at 40% against a 60% target, and Sam said on Monday the data pipeline blocks him."


def use_demo(server) -> None:  # type: ignore[no-untyped-def]
    """The demo responders, after any rules the test added first (the first match wins)."""
    demo = Script.demo()
    server.script.rules += demo.rules
    server.script.default = demo.default


async def run(service: Coach, session_id: str, text: str) -> list:
    return [event async for event in service.sessions.respond(session_id, text)]


@pytest.fixture
def service(llm_service):  # type: ignore[no-untyped-def]
    return llm_service


async def test_answer_is_tagged_from_evidence_and_the_reply_streams(service, llm_env) -> None:
    use_demo(llm_env)
    view = service.sessions.start("manager", "progress-update", "Sam")
    events = await run(service, view.id, GOOD)
    kinds = [type(e).__name__ for e in events]
    assert kinds[0] == "ReplyStarted" and kinds[-1] == "TurnSaved" and kinds.count("ReplyChunk") > 3
    saved = events[-1].view
    assert saved.state.questions["progress-update.okr-status"].status == "covered"
    reply = saved.turns[-1]
    assert reply.kind == "question" and reply.text.startswith("Thanks, that helps.")
    assert reply.text == "".join(e.text for e in events if isinstance(e, ReplyChunk))
    coverage = llm_env.chat_requests("coverage")[0]
    assert GOOD in coverage["text"] and coverage["body"]["response_format"]["type"] == "json_schema"
    turn = llm_env.chat_requests("turn")[0]["body"]["messages"]
    assert turn[0]["role"] == "system" and "progress-update.capabilities" in turn[0]["content"]  # for the model
    assert turn[-1]["role"] == "system" and "Write coach's next turn now" in turn[-1]["content"]
    assert [m["role"] for m in turn[1:-1]] == ["assistant", "user"] and turn[2]["content"] == GOOD  # as chat
    assert turn[1]["content"] == view.turns[-1].text  # coach's first question, not its intro
    assert all("What coach can do" not in m["content"] for m in turn)  # the intro and help never go back
    assert turn and llm_env.chat_requests("turn")[0]["body"]["max_tokens"] > 0


async def test_a_quote_not_in_the_transcript_does_not_count(service, llm_env) -> None:
    llm_env.script.add(
        "coach:coverage",
        Reply(
            json={
                "intent": "answer",
                "covered": [
                    {"id": "progress-update.okr-status", "evidence": "all key results are green"},
                    {"id": "progress-update.blockers", "evidence": "the data pipeline blocks him"},
                ],
            }
        ),
    )
    view = service.sessions.start("manager", "progress-update", "Sam")
    events = await run(service, view.id, GOOD)
    state = events[-1].view.state
    okr = state.questions["progress-update.okr-status"]
    assert okr.status == "covered" and okr.answers == [GOOD], "invented evidence adds nothing; coach's judgement stands"
    assert state.questions["progress-update.blockers"].status == "covered", "a real quote about another question counts"
    assert state.questions["progress-update.blockers"].answers == ["the data pipeline blocks him"]
    assert events[-1].view.turns[-1].kind == "question", "the reply did not wait for the tagger"


async def test_verified_tags_count_whatever_the_answer_was_labelled(service, llm_env) -> None:
    """A real small model labelled 13 of 13 answers "advice"; its quotes were right."""
    llm_env.script.add(
        "coach:coverage",
        Reply(
            json={
                "intent": "advice",
                "covered": [{"id": "progress-update.blockers", "evidence": "the data pipeline blocks him"}],
            }
        ),
    )
    view = service.sessions.start("manager", "progress-update", "Sam")
    events = await run(service, view.id, GOOD)
    assert events[-1].view.state.questions["progress-update.blockers"].status == "covered"


async def test_a_thin_answer_stays_thin_whatever_the_model_tags(service, llm_env) -> None:
    """Live at stop 27: "I think so" quoted as covering "are you on track?" made a vague
    self-review's brief say "2 of 5 covered" over five points still to pin down."""
    llm_env.script.add(
        "coach:coverage",
        Reply(json={"intent": "answer", "covered": [{"id": "self-reflection.on-track", "evidence": "I think so"}]}),
    )
    view = service.sessions.start("contributor", "self-reflection")
    events = await run(service, view.id, "I think so")
    assert events[-1].view.state.questions["self-reflection.on-track"].status == "partial"


async def test_tagger_falls_back_offline_when_json_fails_twice(service, llm_env) -> None:
    llm_env.script.add("coach:repair", Reply(raw="nope"))
    llm_env.script.add("coach:coverage", Reply(raw="{not json"))
    view = service.sessions.start("contributor", "self-reflection")
    events = await run(service, view.id, GOOD)
    notices = [e.text for e in events if isinstance(e, Notice)]
    (tagging,) = [n for n in notices if "coverage tagging failed" in n]
    assert "not valid JSON twice" in tagging and "the offline judgement stands" in tagging
    assert events[-1].view.state.questions["self-reflection.on-track"].status == "covered"


async def test_advice_is_grounded_and_the_flow_resumes(service, llm_env) -> None:
    use_demo(llm_env)
    view = service.sessions.start("manager", "coaching", "Luis")
    current = view.state.current
    events = await run(service, view.id, "/ask how do I say this without sounding harsh?")
    saved = events[-1].view
    assert saved.state.current == current and saved.state.counts()["covered"] == 0
    assert [t.kind for t in saved.new_turns] == ["ask", "advice", "note"]
    assert saved.new_turns[-1].text.startswith("Back to where we were:")
    advice = llm_env.chat_requests("advice")[0]["text"]
    assert "ADVICE ENTRIES" in advice and "My question: how do I say this without sounding harsh?" in advice
    assert "[Saying it without sounding harsh]" in advice  # the entry, offered by title for citing


async def test_advice_the_model_cannot_give_is_the_advice_bases(service, llm_env) -> None:
    llm_env.script.add("coach:advice", Reply(status=500), Reply(status=500), Reply(status=500), Reply(status=500))
    use_demo(llm_env)
    view = service.sessions.start("manager", "coaching", "Luis")
    events = await run(service, view.id, "/ask how do I say this without sounding harsh?")
    notices = [e.text for e in events if isinstance(e, Notice)]
    assert len(notices) == 1 and "server error (500)" in notices[0] and "advice base" in notices[0]
    (advice,) = [t for t in events[-1].view.new_turns if t.kind == "advice"]
    assert advice.worded_by == "coach" and "Saying it without sounding harsh" in advice.text


async def test_the_reply_does_not_wait_for_the_tagger(service, llm_env) -> None:
    """Ordering, not speed: the tagger's answer is held back for 3 s, so a first chunk seen
    before then cannot have waited for it, however loaded the machine is."""
    tagger_delay = 3.0
    llm_env.script.add(
        "coach:coverage", Reply(json={"intent": "answer", "covered": []}, delay_first_chunk=tagger_delay)
    )
    llm_env.script.add("coach:turn", Reply(text="Thanks. Next question.", delay_first_chunk=0.0))
    view = service.sessions.start("manager", "progress-update", "Sam")
    import time

    start = time.perf_counter()
    first_chunk_at = None
    async for event in service.sessions.respond(view.id, GOOD):
        if isinstance(event, ReplyChunk) and first_chunk_at is None:
            first_chunk_at = time.perf_counter() - start
    assert first_chunk_at is not None and first_chunk_at < tagger_delay, first_chunk_at
    assert service.sessions.view(view.id).state.questions["progress-update.okr-status"].status == "covered"


async def test_a_question_in_an_answer_is_treated_as_advice(service, llm_env) -> None:
    use_demo(llm_env)
    view = service.sessions.start("manager", "coaching", "Luis")
    events = await run(service, view.id, "How do I tell him he interrupts people without sounding harsh?")
    assert [t.kind for t in events[-1].view.new_turns] == ["ask", "advice", "note"]


async def test_brief_is_written_by_the_model(service, llm_env) -> None:
    llm_env.script.add("coach:brief", Reply(builtin="brief_edit"))
    use_demo(llm_env)
    view = service.sessions.start("contributor", "self-reflection")
    await run(service, view.id, GOOD)
    events = await run(service, view.id, "/done")
    assert events[-1].view.finished
    brief = service.sessions.brief(view.id)
    assert brief.startswith("# Brief: Self-reflection before a review\n") and "(edited by the model)" in brief
    assert "DRAFT BRIEF" in llm_env.chat_requests("brief")[0]["text"]


@pytest.mark.parametrize(
    ("reply", "why"),
    [
        ("# Brief: Self-reflection\n\n## What to raise\n\n- Docs KR at 40%", "dropped the section"),
        (None, "quotes words the user never said"),
        ("lost", "did not keep"),  # seen live: the 0.5B model dropped "she caught the data-loss bug"
        ("inverted", "did not keep"),  # seen live: a point to avoid turned into its opposite
        ("added", "did not keep"),  # seen live: preparation questions listed as questions to ask the manager
        ("no-opening", "did not keep"),  # seen live: the opening line dropped
        ("headless", "dropped its title, the situation and the opening line"),  # seen live: from "## What to raise"
    ],
)
async def test_a_model_brief_that_loses_a_section_or_invents_a_quote_is_not_used(service, llm_env, reply, why) -> None:
    use_demo(llm_env)
    view = service.sessions.start("contributor", "self-reflection")
    await run(service, view.id, GOOD)
    draft = service.sessions.brief(view.id)
    invented = draft.replace(
        "## Still to pin down", "I said “I will double the revenue next week”\n\n## Still to pin down"
    )
    if reply == "lost":  # the draft without its first point
        reply = re.sub(r"^- .*\n", "", draft, count=1, flags=re.M)
    elif reply == "headless":  # the draft from its first section on
        reply = draft[draft.index("\n## ") + 1 :]
    elif reply == "inverted":  # a point to avoid, its meaning turned round
        reply = draft.replace("Listing activities without results.", "Listing results, not activities.")
    elif reply == "added":  # a question of its own among coach's
        reply = re.sub(r"^(1\. .*)$", r"\1\n2. What does your manager do that helps you?", draft, count=1, flags=re.M)
    elif reply == "no-opening":
        reply = re.sub(r"^\*\*Opening line:\*\*.*\n", "", draft, count=1, flags=re.M)
    llm_env.script.rules.insert(0, Script().add("coach:brief", Reply(text=reply or invented)).rules[0])
    events = await run(service, view.id, "/done")
    notices = [e.text for e in events if isinstance(e, Notice)]
    assert len(notices) == 1 and why in notices[0] and "kept coach's own brief" in notices[0]
    assert service.sessions.brief(view.id).startswith("# Brief: Self-reflection before a review\n")


async def test_a_model_brief_right_but_for_its_form_is_put_right_and_used(service, llm_env) -> None:
    """Seen live with the 0.5B model: the title as "## Brief: …", "END OF DRAFT" left at the
    end, the attribution dropped. The form is put right; the model's wording is kept."""
    use_demo(llm_env)
    view = service.sessions.start("contributor", "self-reflection")
    await run(service, view.id, GOOD)
    draft = service.sessions.brief(view.id)
    reply = "#" + draft.replace("In your own words", "In your words").split("\n---\n")[0] + "\nEND OF DRAFT\n"
    llm_env.script.rules.insert(0, Script().add("coach:brief", Reply(text=reply)).rules[0])
    events = await run(service, view.id, "/done")
    assert not [e for e in events if isinstance(e, Notice)]
    brief = service.sessions.brief(view.id)
    assert brief.startswith("# Brief: Self-reflection before a review\n") and "In your words" in brief
    assert "END OF DRAFT" not in brief and brief.rstrip().endswith('Performance Conversations".*')


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ("auth", "refused the API key (401)"),
        ("model", "does not know the model"),
        ("rate", "rate limiting requests (429)"),
        ("server", "server error (500)"),
        ("timeout", "did not answer within"),
        ("cut", "broke off midway"),
        ("refused", "cannot connect to"),
    ],
)
async def test_a_fault_of_the_model_leaves_coachs_own_turn_and_one_line(
    llm_env, monkeypatch, fault: str, words: str
) -> None:
    if fault == "auth":
        llm_env.api_key = "the-right-key"
    elif fault == "model":
        monkeypatch.setenv("COACH_MODEL", "ghost")
    elif fault == "rate":
        llm_env.script.add("coach:turn", Reply(status=429, retry_after=0.05))
    elif fault == "server":
        llm_env.script.add("coach:turn", Reply(status=500))
    elif fault == "timeout":
        monkeypatch.setenv("COACH_LLM__TIMEOUT", "0.5")
        monkeypatch.setenv("COACH_LLM__MAX_RETRIES", "0")
        llm_env.script.add("coach:turn", Reply(hang=1.5))
    elif fault == "cut":
        llm_env.script.add(
            "coach:turn",
            Reply(
                text="Thanks, that is clear. What capabilities might Sam be missing to reach the target?",
                chunk_size=25,
                cut_after_chunks=3,
            ),
        )
    elif fault == "refused":
        monkeypatch.setenv("COACH_BASE_URL", "http://127.0.0.1:9/v1")
        monkeypatch.setenv("COACH_LLM__MAX_RETRIES", "0")
    use_demo(llm_env)
    service = Coach(load_settings())
    view = service.sessions.start("manager", "progress-update", "Sam")
    notified: list[str] = []
    app = make_app(service=service, session_id=view.id)
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        app.notify = lambda message, **kw: notified.append(str(message))  # type: ignore[method-assign]
        box = app.screen.query_one("#answer")
        box.insert(GOOD)
        await pilot.press("enter")
        await settle(pilot)
        assert any(words.lower() in n.lower() and "in its own words" in n for n in notified), notified
        assert len([n for n in notified if words.lower() in n.lower()]) == 1, notified  # said once
        assert box.text == "", "the answer was saved"
        assert not app.screen.query(".cutoff-note") and not app.screen.query(".unsent")
        if fault == "cut":  # what was shown of the broken reply gives way to coach's own question
            (replaced,) = [w for w in app.screen.query(".turn.coach") if "Question 2 of 5" in getattr(w, "source", "")]
            assert "Thanks, that is clear" not in replaced.source
    after = service.sessions.view(view.id)
    assert [t.text for t in after.turns if t.speaker == "user"][-1] == GOOD
    asked = [t for t in after.turns if t.kind == "question"][-1]
    assert asked.worded_by == "coach" and asked.question_id != view.state.current  # the conversation went on
    await service.aclose()


async def test_escape_cancels_a_streaming_reply(service, llm_env) -> None:
    llm_env.script.add("coach:turn", Reply(text="Thanks, that helps. " * 20, chunk_size=5, chunk_delay=0.1))
    use_demo(llm_env)
    view = service.sessions.start("manager", "progress-update", "Sam")
    app = make_app(service=service, session_id=view.id)
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        screen.query_one("#answer").insert(GOOD)
        await pilot.press("enter")
        for _ in range(100):
            await pilot.pause(0.02)
            if screen._reply_text:
                break
        assert screen.busy and screen._reply_text
        await pilot.press("escape")
        await pilot.pause(0.3)
        assert not screen.busy and isinstance(app.screen, ConversationScreen), "Esc cancelled; it did not go home"
        (note,) = screen.query(".cutoff-note")
        assert "you cancelled it" in str(note.render())
        assert screen.query(".cutoff")
        assert screen.query_one("#answer").text == GOOD
    assert service.sessions.view(view.id).turns == view.turns


async def test_full_conversation_through_the_app(service, llm_env) -> None:
    llm_env.script.add("coach:brief", Reply(builtin="brief_edit"))
    use_demo(llm_env)
    view = service.sessions.start("contributor", "upward-feedback", "Dana")
    seen: list[str] = []
    app = make_app(service=service, session_id=view.id)
    async with app.run_test(size=(110, 36), message_hook=lambda m: seen.append(type(m).__name__)) as pilot:
        await settle(pilot)
        assert "LLM · scripted-model @ 127.0.0.1" in str(app.screen.query_one("#status").render())
        for answer in [
            "Dana's weekly one-to-one helps me a lot, for example last Monday she cleared my priorities.",
            "Late scope changes on Fridays get in my way; last Friday the launch plan changed twice.",
            "She could give me the final say on technical design for the billing service, starting in January.",
            "Fewer Friday changes first; we should check together at the end of next month.",
        ]:
            app.screen.query_one("#answer").insert(answer)
            await pilot.press("enter")
            await settle(pilot)
        assert isinstance(app.screen, BriefScreen)
        await settle(pilot)
        assert "edited by the model" in app.screen.markdown
    assert seen.count("ReplyChunk") > 10 and "ReplyStarted" in seen
    record = service.parts.sessions.get(view.id)
    assert record.status == "finished" and record.state.counts()["covered"] == 4
    closing = service.sessions.view(view.id).turns[-1]  # coach's own, with its count: no model call
    assert closing.kind == "end" and closing.worded_by == "coach" and "4 of 4 questions covered" in closing.text


async def test_context_budget_holds_long_past_saturation(llm_env, monkeypatch, report_metric) -> None:
    first = Coach(load_settings()).framework.get("progress-update").plan("manager")[0]
    probes = len(first.probes)  # the manager's preparation follow-ups for the first question
    monkeypatch.setenv("COACH_ENGINE__MAX_PROBES", str(probes))
    llm_env.script.add("coach:coverage", Reply(json={"intent": "answer", "covered": []}))
    llm_env.script.default = Reply(text="Say more about that: what exactly happened, and when?")
    service = Coach(load_settings())
    view = service.sessions.start("manager", "progress-update", "Sam")
    answer = "maybe things are fine, not sure, kind of okay, sort of good, " * 18  # long, and vague: probed
    while len(llm_env.chat_requests("turn")) < 36:  # the prompt is full by turn 20; 36 turns go past it
        for text in [answer] * (probes + 1) + ["/back"]:  # every probe, then on to question 2, then back
            await run(service, view.id, text)
    counter = TokenCounter()
    budget = service.settings.llm.token_budget
    turn_prompts = [counter.count_messages(r["body"]["messages"]) for r in llm_env.chat_requests("turn")]
    assert len(turn_prompts) >= 34 and turn_prompts[19] > budget * 0.95  # full by turn 20
    assert max(turn_prompts) <= budget, max(turn_prompts)
    last = llm_env.chat_requests("turn")[-1]["text"]
    assert "(nothing earlier)" not in last and "progress-update.okr-status (thin answer)" in last
    report_metric(
        f"prompt tokens per turn (budget {budget}): turn 5 {turn_prompts[4]}, turn 20 {turn_prompts[19]}, "
        f"turn 34 {turn_prompts[33]}, max {max(turn_prompts)}"
    )
    await service.aclose()


async def test_prompts_are_checked_before_any_call(llm_env, coach_home) -> None:
    folder = coach_home / "prompts"
    folder.mkdir(parents=True)
    (folder / "coach.yaml").write_text("messages:\n  - role: system\n    content: 'only {role}'\n")
    with pytest.raises(CoachError, match=r"prompts/coach.yaml: missing variable\(s\) \{action\}"):
        _ = Coach(load_settings()).parts.gateway
    assert llm_env.chat_requests() == []


ECHO = (
    "Coach: **Manager-led coaching.** YOUR NEXT TURN ACTION: question QUESTION ID: progress-update.capabilities "
    "WORDING: What skills, tools or support do you need?"
)


async def test_an_echoed_turn_is_asked_again_and_never_shown(service, llm_env) -> None:
    """A real 1.5B model echoed its prompt in 9 of 9 turns: the start of each turn is checked
    before anything is shown; one more try, then coach's own wording with one line."""
    llm_env.script.add("coach:turn", ECHO, "Thanks. What support would help Sam most right now?")
    use_demo(llm_env)
    view = service.sessions.start("manager", "progress-update", "Sam")
    events = await run(service, view.id, GOOD)
    shown = "".join(e.text for e in events if isinstance(e, ReplyChunk))
    assert "QUESTION ID" not in shown and shown == "Thanks. What support would help Sam most right now?"
    assert [type(e).__name__ for e in events].count("ReplyStarted") == 1  # the retry is not a second reply
    assert events[-1].view.turns[-1].text == shown and len(llm_env.chat_requests("turn")) == 2
    assert events[-1].view.turns[-1].worded_by == "model"


async def test_the_turn_instructions_read_back_are_never_shown(service, llm_env) -> None:
    """Seen live with the 0.5B model (brief eval, b17): the closing turn was "At most three
    sentences, no headings, no labels, no question ids, nothing from these instructions."."""
    said_back = "At most three sentences, no headings, no labels, no question ids, nothing from these instructions."
    llm_env.script.add("coach:turn", said_back, said_back)
    use_demo(llm_env)
    view = service.sessions.start("manager", "progress-update", "Sam")
    events = await run(service, view.id, GOOD)
    assert "no headings" not in "".join(e.text for e in events if isinstance(e, ReplyChunk))
    assert "no headings" not in events[-1].view.turns[-1].text and events[-1].view.turns[-1].worded_by == "coach"


async def test_two_bad_turns_fall_back_to_coachs_own_wording(service, llm_env) -> None:
    long_turn = "That is a very good point and " * 20 + "what else?"
    llm_env.script.add("coach:turn", ECHO, ECHO, long_turn)
    use_demo(llm_env)
    view = service.sessions.start("manager", "progress-update", "Sam")
    events = await run(service, view.id, GOOD)
    notices = [e.text for e in events if type(e).__name__ == "Notice"]
    assert notices == ["the model's turn echoed its instructions; coach asked in its own words"]
    saved = events[-1].view.turns[-1]
    assert saved.kind == "question" and "QUESTION ID" not in saved.text and saved.text.strip()
    assert saved.worded_by == "coach"
    ack = events[-1].view.turns[-2]  # coach's own turn is whole, as offline: its "Noted: …" too
    assert (ack.kind, ack.text) == ("ack", "Noted: 40% against a 60% target, Sam, Monday.")
    # too long shows only at the end: shown, then replaced by coach's wording when saved
    events = await run(service, view.id, "Two people are covering on-call, so the onboarding work has stalled.")
    assert any("ran to" in e.text for e in events if type(e).__name__ == "Notice")
    assert events[-1].view.turns[-1].text != long_turn.strip()


def test_turn_problem_reads_what_small_models_do(service) -> None:
    from coach.engine.with_model import turn_problem

    conversation = service.framework.get("progress-update")
    assert turn_problem(ECHO, conversation) == "echoed its instructions"
    from coach.engine.with_model import instructions_of

    wording = "What capabilities might Sam be missing to succeed, and what could you offer?"
    closing = f"Write coach's next turn now.\nThe question: “{wording}”\nReply with only what coach says, at most\nthree sentences, no headings, no labels."
    system = instructions_of([{"role": "system", "content": closing}], wording)
    assert turn_problem(wording, conversation, system) is None  # asking the question as given is no echo
    assert turn_problem("At most three sentences, no headings", conversation, system) == "echoed its instructions"
    assert turn_problem("## Next question\nWhat is in the way?", conversation) == "echoed its instructions"
    assert turn_problem("Let's look at progress-update.blockers now.", conversation) == "showed a question id"
    assert turn_problem("As an AI, I think you should ask Sam.", conversation) == "echoed its instructions"
    assert turn_problem("Thanks. What is getting in Sam's way right now?", conversation) is None
    advice = "Alex is currently missing the ability to access the activation key. You could offer training."
    assert turn_problem(advice, conversation, asks=True) == "asked no question"  # a real 1.5B model's turn
    answer = "Alex has been covering on-call for Kim and Dev since October, so he gets a day a week."
    parrot = f"{answer} What capabilities might Alex be missing to succeed, and what could you offer?"
    assert turn_problem(parrot, conversation, answers=[answer]) == "repeated the user's words back"
    stale = "Thanks. What capabilities might Alex be missing to succeed, and what could you offer?"
    previous = ["What capabilities might your report be missing to succeed, and what could you offer?"]
    assert turn_problem(stale, conversation, other_questions=previous) == "asked another question than the one due"
    assert turn_problem("Thanks. What is slowing Alex down this month?", conversation, other_questions=previous) is None
    system = "Be curious and non-judgemental and listen first before you ask anything at all."
    assert turn_problem(f"Okay. {system}", conversation, system) == "echoed its instructions"


async def test_the_app_marks_the_models_wording_and_counts_a_slow_wait(service, llm_env, monkeypatch) -> None:
    """Who worded each turn is kept with it and shown; while a CPU server thinks, the status
    line counts the seconds and says Esc cancels."""
    monkeypatch.setattr("coach.tui.screens.conversation.SHOW_WAIT_AFTER", 1)
    llm_env.script.add(
        "coach:turn", Reply(text="Thanks. What support would help Sam most right now?", delay_first_chunk=4.0)
    )
    use_demo(llm_env)
    view = service.sessions.start("manager", "progress-update", "Sam")
    app = make_app(service=service, session_id=view.id)
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        screen.query_one("#answer").insert(GOOD)
        await pilot.press("enter")  # returns once the app is quiet: 1.7-2 s into the wait here
        assert screen._started_at is not None
        await pilot.pause(max(0.0, screen._started_at + 1.6 - time.monotonic()))  # 1.6 s after sending
        status = str(screen.query_one("#status").render())
        for _ in range(30):  # a loaded machine may draw the count late; the reply comes at 4 s
            if "waiting for the model…" in status:
                break
            await pilot.pause(0.1)
            status = str(screen.query_one("#status").render())
        assert re.search(r"waiting for the model… [1-3] s · Esc cancels", status), status
        for _ in range(100):
            await pilot.pause(0.1)
            if not screen.busy:
                break
        await settle(pilot)
        marked = screen.query(".turn.coach.by-model")
        assert len(marked) == 1 and "worded by the model" in marked[0].source
        assert "saved" in str(screen.query_one("#status").render())
    again = make_app(service=service, session_id=view.id)  # kept: the mark is there when the session is opened again
    async with again.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        marked = again.screen.query(".turn.coach.by-model")
        assert len(marked) == 1 and "worded by the model" in marked[0].source
        assert service.sessions.view(view.id).turns[0].worded_by == "coach"  # the intro is coach's own
    exported = service.sessions.export_markdown(view.id)
    assert exported.count("**Coach (worded by the model):**") == 1 and "**Coach:**" in exported


async def test_in_the_app_coachs_acknowledgement_shows_above_its_own_question(service, llm_env) -> None:
    """The model's turn is refused twice: coach asks in its own words, its "Noted: …" above the
    question (not under it, where the streamed question was already shown)."""
    llm_env.script.add("coach:turn", ECHO, ECHO)
    use_demo(llm_env)
    view = service.sessions.start("manager", "progress-update", "Sam")
    app = make_app(service=service, session_id=view.id)
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        app.screen.query_one("#answer").insert(GOOD)
        await pilot.press("enter")
        await settle(pilot)
        texts = [getattr(w, "source", None) or str(w.render()) for w in app.screen.query(".turn")]
        noted = next(i for i, t in enumerate(texts) if "Noted: 40% against a 60% target" in t)
        asked = next(i for i, t in enumerate(texts) if "What capabilities might Sam be missing" in t)
        assert noted < asked


async def test_the_models_question_keeps_coachs_acknowledgement_before_it(service, llm_env) -> None:
    """Live at stop 28, each question the model worded had dropped coach's "Noted: …" (the
    acknowledgement was left to the model, whose own was generic when it gave one)."""
    use_demo(llm_env)
    view = service.sessions.start("manager", "progress-update", "Sam")
    events = await run(service, view.id, GOOD)
    ack, asked = events[-1].view.turns[-2:]
    assert (ack.kind, ack.text, ack.worded_by) == ("ack", "Noted: 40% against a 60% target, Sam, Monday.", "coach")
    assert asked.kind == "question" and asked.worded_by == "model"
