"""The guide engine: order, probing, skip/back/why/finish, coverage, limits and the brief."""

from __future__ import annotations

from datetime import date

import pytest

from coach.core.errors import UsageError
from coach.engine.assess import OfflineAssessor
from coach.engine.brief import build_brief
from coach.engine.guide import Guide, GuideOptions
from coach.engine.state import GuideState
from coach.framework.loader import bundled_knowledge_dir, load_framework

GOOD = "Last week the churn key result moved from 30% to 42%, because Priya shipped the onboarding emails on Monday."


@pytest.fixture(scope="module")
def framework():
    return load_framework([bundled_knowledge_dir()])


def start(framework, conversation="self-reflection", role="contributor", person=None, **options):
    return Guide.start(framework.get(conversation), role, person, options=GuideOptions(**options))


def test_start_introduces_then_asks_the_first_question(framework) -> None:
    _guide, turns = start(framework)
    assert [t.kind for t in turns] == ["intro", "question"]
    assert turns[1].question_id == "self-reflection.on-track"
    assert "/skip" in turns[0].text and "/why" in turns[0].text


def test_questions_come_in_framework_order_when_answered_well(framework) -> None:
    guide, _ = start(framework)
    asked = [guide.state.current]
    while not guide.state.finished:
        turns = guide.answer(GOOD)
        asked += [t.question_id for t in turns if t.kind == "question"]
    assert asked == [q.id for q in framework.get("self-reflection").questions]
    assert guide.state.counts()["covered"] == len(asked)


@pytest.mark.parametrize("vague", ["fine", "it's going ok I guess", "good, things are fine, not sure really"])
def test_vague_answer_gets_a_probe_then_moves_on(framework, vague: str) -> None:
    guide, _ = start(framework, max_probes=2)
    first = guide.state.current
    probes = framework.get("self-reflection").question(first).probes
    turns = guide.answer(vague)
    assert turns[-1].kind == "probe" and turns[-1].text == probes[0]
    turns = guide.answer(vague)
    assert turns[-1].text == probes[1]
    turns = guide.answer(vague)
    assert guide.state.questions[first].status == "partial"
    assert turns[-1].kind == "question" and turns[-1].question_id != first


def test_probe_answer_completes_the_question(framework) -> None:
    guide, _ = start(framework)
    first = guide.state.current
    guide.answer("not great")
    guide.answer(GOOD)
    assert guide.state.questions[first].status == "covered"
    assert guide.state.questions[first].answers == ["not great", GOOD]


def test_a_plain_no_is_accepted_after_one_probe(framework) -> None:
    guide, _ = start(framework, "progress-update", "contributor")
    guide.answer(GOOD)
    guide.answer(GOOD)
    assert guide.state.current == "progress-update.blockers"
    assert guide.answer("Nothing.")[-1].kind == "probe"
    guide.answer("No, nothing at all")
    assert guide.state.questions["progress-update.blockers"].status == "covered"


def test_skip_back_and_why(framework) -> None:
    guide, _ = start(framework)
    first = guide.state.current
    guide.answer(GOOD)
    second = guide.state.current
    why = guide.handle("/why")
    assert why[-1].kind == "why" and "Why this matters" in why[-1].text
    guide.handle("/skip")
    assert guide.state.questions[second].status == "skipped"
    third = guide.state.current
    back = guide.handle("/back")
    assert guide.state.current == second and back[-1].kind == "question"
    back_to_first = guide.handle("/back")
    assert guide.state.current == first
    assert f"You said before: “{GOOD}”" in back_to_first[-1].text
    assert guide.handle("/back")[-1].text.startswith("This is the first question")
    guide.answer("More: I also led the Q3 migration with Ana.")
    assert guide.state.current == third  # covered/skipped questions are not asked again


def test_finish_lists_unreached_questions_in_the_brief(framework) -> None:
    guide, _ = start(framework, "progress-update", "manager", person="Sam")
    guide.answer(GOOD)
    turns = guide.handle("/done")
    assert turns[-1].kind == "end" and guide.state.finished
    brief = build_brief(guide.conversation, guide.state, when=date(2026, 11, 25), session_id="s1")
    assert "# Brief: Progress update with Sam" in brief
    assert "## Questions to ask Sam" in brief
    assert "Walk me through where each of your OKRs stands" in brief
    assert "*(not reached)*" in brief and "## Tips for leading it" in brief
    assert "1 of 5 questions covered" in brief
    with pytest.raises(UsageError, match="finished"):
        guide.answer("more")


def test_prep_wording_uses_the_persons_name(framework) -> None:
    _guide, turns = start(framework, "progress-update", "manager", person="Sam")
    assert "Sam's OKRs" in turns[-1].text


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_answer_is_refused_without_changing_state(framework, text: str) -> None:
    guide, _ = start(framework)
    before = guide.state.model_dump()
    with pytest.raises(UsageError, match="type an answer first"):
        guide.answer(text)
    assert guide.state.model_dump() == before


def test_huge_paste_is_refused_not_cut(framework) -> None:
    guide, _ = start(framework)
    before = guide.state.model_dump()
    with pytest.raises(UsageError, match="50,000 characters; the limit is 10,000"):
        guide.answer("x" * 50_000)
    assert guide.state.model_dump() == before


def test_unknown_command(framework) -> None:
    guide, _ = start(framework)
    with pytest.raises(UsageError, match="unknown command /frobnicate"):
        guide.handle("/frobnicate now")


def test_role_that_cannot_have_the_conversation(framework) -> None:
    with pytest.raises(UsageError, match="self-reflection is for a contributor"):
        Guide.start(framework.get("self-reflection"), "manager")


def test_state_round_trips_through_json(framework) -> None:
    guide, _ = start(framework)
    guide.answer("fine")
    restored = Guide(guide.conversation, GuideState.model_validate_json(guide.state.model_dump_json()))
    assert restored.state == guide.state
    assert restored.answer(GOOD)[-1].kind == "question"


@pytest.mark.parametrize(
    ("answer", "substantive"),
    [
        ("fine", False),
        ("Things are good, I think, mostly fine.", False),
        ("I shipped the billing migration on 3 March, two weeks early.", True),
        ("When Ana presented to the board, she handled the hard questions calmly.", True),
        ("I want to learn to run design reviews and lead a small project next quarter.", True),
    ],
)
def test_offline_assessor(framework, answer: str, substantive: bool) -> None:
    question = framework.get("coaching").questions[0]
    assert OfflineAssessor().assess(question, [answer]).substantive is substantive


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dana helps, e.g. last Monday she cleared my week. Scope changes hurt.",
            ["Dana helps, e.g. last Monday she cleared my week.", "Scope changes hurt."],
        ),
        ("I met Dr. Lee on Monday. It went well!", ["I met Dr. Lee on Monday.", "It went well!"]),
        ("- first point\n- second point", ["first point", "second point"]),
        ("Version 2.5 shipped. Next is 3.0.", ["Version 2.5 shipped.", "Next is 3.0."]),
    ],
)
def test_sentences_respect_abbreviations(text: str, expected: list[str]) -> None:
    from coach.core.text import sentences

    assert [s.strip(" -") for s in sentences(text)] == expected


def test_semicolons_end_sentences_only_when_asked() -> None:
    from coach.core.text import sentences

    text = "Sam owns the rollout; Dana will review it. Dr. Lee signs off."
    assert sentences(text) == ["Sam owns the rollout; Dana will review it.", "Dr. Lee signs off."]
    assert sentences(text, semicolons=True) == ["Sam owns the rollout;", "Dana will review it.", "Dr. Lee signs off."]


def test_offline_advice_steps_out_and_resumes(framework) -> None:
    from coach.app.coach import Coach
    from coach.core.config import load_settings

    service = Coach(load_settings())
    view = service.sessions.start("manager", "coaching", "Luis")
    for request, title in [
        ("/ask how do I say this without sounding harsh?", "Saying it without sounding harsh"),
        ("How should I tell him he interrupts people?", "Feedback about interrupting colleagues"),
    ]:
        after = service.sessions.send(view.id, request)
        assert [t.kind for t in after.new_turns] == ["ask", "advice", "note"]
        assert f"**{title}.**" in after.new_turns[1].text
        assert after.state.current == view.state.current and after.state.counts()["covered"] == 0
    with pytest.raises(UsageError, match="write your question after /ask"):
        service.sessions.send(view.id, "/ask   ")


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("How do I say this without sounding harsh?", True),
        ("what should I say if he gets defensive?", True),
        ("Any tips for opening the conversation?", True),
        ("How are your OKRs coming along?", False),
        ("I shipped the migration. How do I know? Because the dashboard shows it.", False),
        ("How do I say this without sounding harsh", False),
    ],
)
def test_advice_requests_are_recognised(text: str, advice: bool) -> None:
    from coach.engine.assess import is_advice_request

    assert is_advice_request(text) is advice


def test_the_situation_is_kept_shown_and_carried_into_the_brief(framework) -> None:
    from datetime import date

    from coach.engine.brief import build_brief
    from coach.engine.guide import Guide

    situation = "Dana missed the last two milestones on the payments migration and got defensive when I raised it."
    guide, turns = Guide.start(framework.get("coaching"), "manager", "Dana", situation=f"  {situation}\n")
    assert guide.state.situation == situation
    assert [t.kind for t in turns][:2] == ["intro", "context"] and situation in turns[1].text
    brief = build_brief(framework.get("coaching"), guide.state, when=date(2026, 11, 26), session_id="s1")
    assert f"**The situation:** {situation}" in brief
    plain, _ = Guide.start(framework.get("coaching"), "manager", "Dana")
    assert plain.state.situation is None


def test_calibration_error() -> None:
    from coach.core.calibration import calibration_error

    assert calibration_error([(0.8, True)] * 8 + [(0.8, False)] * 2) == pytest.approx(0.0)
    assert calibration_error([(0.95, False)] * 4) == pytest.approx(0.95)


def test_overconfidence_counts_only_confidence_above_the_share_right() -> None:
    from coach.core.calibration import calibration_error, overconfidence

    too_sure = [(0.95, True)] * 6 + [(0.95, False)] * 4  # "0.95", right 6 times in 10
    too_unsure = [(0.6, True)] * 9 + [(0.6, False)]  # "0.6", right 9 times in 10
    assert overconfidence(too_sure) == pytest.approx(0.35) == pytest.approx(calibration_error(too_sure))
    assert overconfidence(too_unsure) == 0.0 and calibration_error(too_unsure) == pytest.approx(0.3)
    assert overconfidence(too_sure + too_unsure) == pytest.approx(0.175)
