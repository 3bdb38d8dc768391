"""Situations coach does not cover are recognised, not routed with confidence (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.app.coach import Coach
from coach.core.config import load_settings
from coach.core.errors import KnowledgeError
from coach.framework.loader import bundled_knowledge_dir, load_framework
from coach.routing.router import OUT_OF_SCOPE, Router
from coach.routing.scope import load_scope


@pytest.fixture(scope="module")
def router() -> Router:
    return Router(load_framework([bundled_knowledge_dir()]), None, load_scope([bundled_knowledge_dir()]))


@pytest.mark.parametrize(
    ("situation", "topic"),
    [
        ("I need to fire someone", "dismissal"),
        ("We are laying off half the team in January", "dismissal"),
        ("My role was made redundant last week", "dismissal"),
        ("HR is planning redundancies in our department", "dismissal"),
        ("How do I tell him he is being dismissed?", "dismissal"),
        ("I had to dismiss a team member after a final warning", "dismissal"),
        ("They made me redundant after eleven years", "dismissal"),
        ("We dismissed him for stealing stock", "dismissal"),
        ("Do I dismiss the intern who lied?", "dismissal"),
        ("Should I dismiss my assistant after the third warning?", "dismissal"),
        ("HR is making my position redundant next month", "dismissal"),
        ("The dismissal meeting is on Friday", "dismissal"),
        ("We have to terminate her contract", "dismissal"),
        ("A colleague keeps harassing me in chat", "harassment"),
        ("My lead bullied me in front of the client", "harassment"),
        ("Can I be sued for this review?", "legal"),
        ("My report was just diagnosed with diabetes", "medical"),
        ("They never paid my overtime", "compensation-dispute"),
        ("I'm hiring for a new role and have two good candidates", "hiring"),
        ("I want to resign but I'm in the middle of a big project", "leaving-your-job"),
        ("I have a second interview at another company next week", "leaving-your-job"),
        ("My grandmother died and I only get one day of bereavement leave", "personal-loss"),
        ("I'm dating someone in another department, do we tell HR?", "relationships-at-work"),
        ("asdfgh", "gibberish"),
        ("zzzz xkcd qqq", "gibberish"),
        ("", None),
    ],
)
def test_out_of_scope_topics(router: Router, situation: str, topic: str | None) -> None:
    if not situation:
        with pytest.raises(Exception, match="describe the situation"):
            router.route(situation, "manager")
        return
    result = router.route(situation, "manager")
    assert result.conversation == OUT_OF_SCOPE and result.out_of_scope is not None
    assert result.out_of_scope.topic == topic and result.out_of_scope.answer
    assert result.best_in_scope != OUT_OF_SCOPE  # still the nearest conversation, for a transcript


@pytest.mark.parametrize(
    "situation",
    [
        "I want to ask my manager for a raise after a strong year",
        "I'm stuck waiting on legal approval for my objective",
        "I want to fire up the team about next quarter's goals",
        "Dana missed two milestones and got defensive when I raised it",
        "Luis is back from sick leave and I want to re-plan his goals",
        "My report is a strong candidate for promotion and I want to prepare her case",
        "John didn't get the promotion: he was one of the top 2 candidates but lost to an external hire",
        "My best engineer has an offer elsewhere and might leave",
        "My manager resigned and I will be the interim lead",
        "Our project died when the budget was cut and I need new goals for my team",
        "I have a good relationship with my manager but she never gives feedback",
        "My manager is dismissive of every idea I bring to our one-to-ones",
        "Her dismissiveness in design reviews is wearing the team down",
        "ok",
    ],
)
def test_near_misses_are_routed(router: Router, situation: str) -> None:
    result = router.route(situation, "manager")
    assert result.out_of_scope is None and result.conversation != OUT_OF_SCOPE


def test_the_json_says_why(router: Router) -> None:
    data = router.route("I need to fire someone", "manager").to_json()
    assert data["conversation"] == OUT_OF_SCOPE and data["out_of_scope"]["topic"] == "dismissal"
    assert "HR" in data["out_of_scope"]["answer"] and data["out_of_scope"]["instead"] == ["coaching", "manager-prep"]


def test_the_model_is_not_asked_about_a_situation_out_of_scope() -> None:
    import asyncio

    result, warning = asyncio.run(Coach(load_settings()).sessions.route_with_model("asdfgh", None))
    assert result.conversation == OUT_OF_SCOPE and warning is None


def test_a_users_scope_file_replaces_the_bundled_one_and_is_checked(coach_home: Path) -> None:
    knowledge = coach_home / "knowledge"
    knowledge.mkdir(parents=True)
    (knowledge / "scope.yaml").write_text(
        "topics:\n  - {id: travel, title: Travel, patterns: ['(unclosed'], answer: Ask the travel desk.}\n"
    )
    with pytest.raises(KnowledgeError, match=r"scope.yaml: topics\[0\].patterns: .*not a regular expression"):
        load_scope([bundled_knowledge_dir(), knowledge])
    (knowledge / "scope.yaml").write_text(
        "topics:\n  - {id: travel, title: Travel, patterns: ['\\bvisa\\b'], answer: Ask the travel desk.}\n"
    )
    router = Router(load_framework([bundled_knowledge_dir()]), None, load_scope([bundled_knowledge_dir(), knowledge]))
    assert router.route("my visa expires next week", "contributor").out_of_scope.topic == "travel"  # type: ignore[union-attr]
    assert router.route("I need to fire someone", "manager").out_of_scope is None  # the bundled topics are replaced
