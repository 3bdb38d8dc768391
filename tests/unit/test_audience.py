"""No line addressed to the wrong person (issue 13, item 2): every conversation walked for
both roles, vague answers throughout, so that every probe is asked and the brief written."""

from __future__ import annotations

from datetime import date

import pytest

from coach.core.types import ROLES
from coach.engine.brief import build_brief
from coach.engine.guide import Guide
from coach.framework.audience import wrong_lines_in
from coach.framework.loader import bundled_knowledge_dir, load_framework

FRAMEWORK = load_framework([bundled_knowledge_dir()])
WALKS = [(c.id, role) for c in FRAMEWORK for role in ROLES if role in c.roles]


@pytest.mark.parametrize(("conversation_id", "role"), WALKS)
def test_a_whole_conversation_shows_no_line_meant_for_the_other_person(conversation_id: str, role: str) -> None:
    conversation = FRAMEWORK.get(conversation_id)
    guide, turns = Guide.start(conversation, role, "Dana")  # type: ignore[arg-type]
    shown = [t.text for t in turns]
    for _ in range(60):
        if guide.state.finished:
            break
        new = guide.answer("not sure")  # vague: every probe is asked before moving on
        shown += [t.text for t in new if t.speaker == "coach"]
    assert guide.state.finished
    shown.append(build_brief(conversation, guide.state, when=date(2026, 11, 26), session_id="s"))
    leaks = wrong_lines_in(shown, conversation, role, "Dana")  # type: ignore[arg-type]
    assert leaks == [], f"{conversation_id} as {role}: {leaks}"


@pytest.mark.parametrize(("conversation_id", "role"), WALKS)
def test_the_leader_preparing_is_probed_with_preparation_follow_ups(conversation_id: str, role: str) -> None:
    conversation = FRAMEWORK.get(conversation_id)
    for planned in conversation.plan(role):  # type: ignore[arg-type]
        if planned.is_prep:
            assert planned.probes == list(planned.question.prep_probes) and planned.probes
            assert not any("from me" in p.lower() for p in planned.probes)  # coach is not the manager


def test_a_contributors_own_preparation_brief_is_not_about_leading_a_meeting() -> None:
    conversation = FRAMEWORK.get("self-reflection")
    guide, _ = Guide.start(conversation, "contributor")
    brief = build_brief(conversation, guide.state, when=date(2026, 11, 26), session_id="s")
    assert "Tips for leading it" not in brief
