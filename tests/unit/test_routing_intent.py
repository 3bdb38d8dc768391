"""Routing reads intent, not who is mentioned (issue 14, item 2): the failure modes real
situations showed, in the project's own words: a boss mentioned in a self-review, a raise,
a status report, a dependency told from the contributor's side, a complaint about one's own
manager, a strong performer slipping."""

from __future__ import annotations

import pytest

from coach.app.coach import Coach
from coach.core.config import load_settings


@pytest.fixture(scope="module")
def router():  # type: ignore[no-untyped-def]
    return Coach(load_settings()).parts.router


CASES = [
    (
        "contributor",
        "I have my self-evaluation meeting with my manager on Friday and need to prepare",
        "self-reflection",
    ),
    ("manager", "I'm a new manager and I have three performance evaluations due next week", "manager-prep"),
    ("contributor", "How do I ask my boss for a raise?", "career-growth"),
    ("contributor", "I want a raise", "career-growth"),
    ("contributor", "I have to send my boss a weekly status report on the migration and it's late", "progress-update"),
    (
        "contributor",
        "My boss keeps saying my project isn't moving fast enough but I depend on other teams",
        "progress-update",
    ),
    ("contributor", "Another department keeps stalling on the data we need for our launch", "progress-update"),
    ("contributor", "The appraisal form asks me to rate myself and also set goals for next year", "self-reflection"),
    ("contributor", "After my year-end review I want to ask when I can be promoted", "career-growth"),
    ("contributor", "My manager never gives clear direction and changes priorities every week", "upward-feedback"),
    ("contributor", "My lead takes credit for my work in meetings", "upward-feedback"),
    ("manager", "One of my best people has been slipping on deadlines for a month", "coaching"),
    ("manager", "My report asked me what she needs to do to get to senior", "career-growth"),
    ("manager", "I need to agree next quarter's OKRs with my team lead", "goal-planning"),
    ("contributor", "I'm behind on my key result and my check-in with my manager is tomorrow", "progress-update"),
]


@pytest.mark.parametrize(("role", "situation", "expected"), CASES)
def test_intent_wins_over_surface_words(router, role: str, situation: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert router.route(situation, role).conversation == expected
