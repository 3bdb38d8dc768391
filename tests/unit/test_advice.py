"""The advice base: loaded, searched for the right side, never showing internal ids."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.core.errors import KnowledgeError, UsageError
from coach.framework.advice import AdviceEntry, load_advice
from coach.framework.loader import bundled_knowledge_dir


@pytest.fixture(scope="module")
def service():  # type: ignore[no-untyped-def]
    from coach.app.coach import Coach
    from coach.core.config import load_settings

    return Coach(load_settings())


def test_the_shipped_base_covers_the_hard_moments() -> None:
    entries = load_advice([bundled_knowledge_dir()])
    assert len(entries) >= 60
    reactions = {e.reaction for e in entries if e.reaction and "manager" in e.roles}
    assert {"defensiveness", "blame", "silence", "tears", "pushback", "target-pushback"} <= reactions
    assert len({e.title for e in entries}) == len(entries), "two entries share a title"


def test_a_user_entry_replaces_the_bundled_one_and_a_duplicate_id_fails(tmp_path: Path) -> None:
    folder = tmp_path / "advice"
    folder.mkdir()
    (folder / "mine.yaml").write_text(
        "entries:\n  - {id: clear-is-kind, title: My own take, text: Say it plainly., roles: [manager]}\n",
        encoding="utf-8",
    )
    entries = {e.id: e for e in load_advice([bundled_knowledge_dir(), tmp_path])}
    assert entries["clear-is-kind"].title == "My own take"
    (folder / "again.yaml").write_text(
        "entries:\n  - {id: clear-is-kind, title: Again, text: Twice., roles: [manager]}\n", encoding="utf-8"
    )
    with pytest.raises(KnowledgeError, match="advice id 'clear-is-kind' is also used in"):
        load_advice([tmp_path])


def test_an_entry_without_roles_is_rejected() -> None:
    with pytest.raises(ValueError):
        AdviceEntry(id="x", title="T", text="Body", roles=[])


@pytest.mark.parametrize(
    ("question", "role", "conversation", "expected"),
    [
        ("How do I raise this without her getting defensive again?", "manager", "coaching", "defensive"),
        ("How do I say this without sounding harsh?", "manager", None, "harsh"),
        ("How do I ask my manager for a raise?", "contributor", "career-growth", "Asking for a raise"),
        ("What should I put in my self-review?", "contributor", "self-reflection", "self-review"),
    ],
)
def test_the_advice_answers_the_question(service, question, role, conversation, expected) -> None:  # type: ignore[no-untyped-def]
    found = service.advice.find(question, role=role, conversation=conversation)
    assert any(expected.lower() in f"{a.title} {a.text}".lower() for a in found), [a.title for a in found]


def test_entries_for_the_other_side_are_never_shown(service) -> None:  # type: ignore[no-untyped-def]
    by_title = {e.title: e for e in service.parts.advice.entries}
    for question in ["How do I write my self-review?", "How do I give my manager feedback?", "raise"]:
        for role in ("manager", "contributor"):
            for advice in service.advice.find(question, role=role, k=10):
                assert role in by_title[advice.title].roles, (question, role, advice.title)


def test_what_the_user_reads_has_no_internal_ids(service) -> None:  # type: ignore[no-untyped-def]
    from coach.app.advice import id_pattern, leaks, render_advice

    ids = id_pattern(
        [e.id for e in service.parts.advice.entries] + [q.id for c in service.framework for q in c.questions]
    )
    text = render_advice(service.advice.find("How do I handle defensiveness in a progress update?", k=10))
    assert leaks(text, ids) == []
    assert leaks("see coaching.start-stop and clear-is-kind", ids) == ["coaching.start-stop", "clear-is-kind"]
    assert not re.search(r"\(\w+(\.\w+)+ (intent|tip)\)", text)


def test_bad_questions_get_one_line(service) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UsageError, match="ask a question"):
        service.advice.find("   ")
    with pytest.raises(UsageError, match="unknown conversation 'nope'"):
        service.advice.find("how?", conversation="nope")
    with pytest.raises(UsageError, match="the limit is 2,000"):
        service.advice.find("x" * 2_001)


# Answers Qwen2.5-Coder 0.5B wrote live (`coach eval --suite advice --backend llm` at 9f5df59).
LIVE_A11 = (
    "The advice entry that best fits this context is:\n- [When a report blames others] Don't argue about whose fault it "
    'is. Acknowledge the external problem, then move to what is in their control: "Suppose infra stays slow. What can '
    'you do this week?" Check the facts with the other team afterwards; if the blocker is real, help escalate it. '
    "(source: coach's advice base)"
)
LIVE_A12 = (
    "Based on the advice entries provided, here's a practical, specific, kind response to the user's question:\n\n"
    '[If they get upset or cry] Pause. Offer a tissue or water, say "Take your time", and let the silence be.\n\n'
    "This response acknowledges the user's initial concern about crying in the meeting and provides a practical way."
)
LIVE_AH03 = (
    'Based on the advice entry "[Making your case for promotion] Show that you already work at the next level.", I can '
    "make the case that I deserve a promotion by showing that my work has already taken on a significant level of "
    "scope, impact, and leadership. Additionally, my current experience suggests that I have a strong foundation."
)


@pytest.mark.parametrize(
    ("question", "role", "answer", "problem"),
    [
        (
            "He always blames the other team when things go wrong. How do I handle that?",
            "manager",
            LIVE_A11,
            "only repeated the advice base's entries",
        ),
        ("What if she starts crying in the meeting?", "manager", LIVE_A12, "talked about the user instead of to them"),
        (
            "How do I make the case that I deserve a promotion?",
            "contributor",
            LIVE_AH03,
            "answered as if it were the user",
        ),
    ],
)
def test_a_live_answer_that_adds_nothing_to_the_entries_is_not_shown(service, question, role, answer, problem) -> None:  # type: ignore[no-untyped-def]
    """Shown, these said less than the entries coach shows offline: one entry copied after a
    preamble about the prompt, a note about "the user", the asker's own voice."""
    from coach.app.advice import answer_problem, without_preamble

    found = service.advice.find(question, role=role)
    assert answer_problem(without_preamble(answer), found, [], service.advice.internal_ids()) == problem


def test_a_preamble_about_the_prompt_is_taken_off_and_a_quoted_citation_is_not() -> None:
    from coach.app.advice import without_preamble

    assert without_preamble(LIVE_A11).startswith("- [When a report blames others] Don't argue")
    assert without_preamble(LIVE_A12).startswith("[If they get upset or cry] Pause.")
    assert without_preamble(LIVE_AH03) == LIVE_AH03  # the colon is inside the quoted entry
    tailored = "[Asking for a raise] Bring the two launches you led this year and the range for the role."
    assert without_preamble(tailored) == tailored
