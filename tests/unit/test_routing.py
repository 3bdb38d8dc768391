"""Offline routing: accuracy on the dev set, the role rule, JSON shape, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.core.errors import UsageError
from coach.evals.routing import load_routing_cases, run_routing
from coach.framework.loader import bundled_knowledge_dir, load_framework
from coach.llm.embeddings import WordLlamaEmbedder
from coach.routing.router import Router, infer_role, names_someone_above

CASES = Path(__file__).resolve().parents[2] / "evals" / "cases" / "routing.yaml"


@pytest.fixture(scope="module")
def router() -> Router:
    return Router(load_framework([bundled_knowledge_dir()]), WordLlamaEmbedder())


def test_dev_set_is_big_enough_and_valid() -> None:
    cases = load_routing_cases(CASES)
    assert len(cases) >= 40
    known = set(load_framework([bundled_knowledge_dir()]).conversations)
    for case in cases:
        assert set(case.expect) <= known, case.id
    assert {e for c in cases for e in c.expect} == known, "every conversation appears in the dev set"


def test_routing_accuracy_on_the_dev_set(router: Router, report_metric) -> None:
    accuracy, outcomes = run_routing(router, load_routing_cases(CASES))
    misses = [f"{o.case.id}→{o.predicted}" for o in outcomes if not o.passed]
    report_metric(
        f"fixed-weight routing accuracy on {len(outcomes)} dev cases: {accuracy:.3f} (misses: {', '.join(misses)})"
    )
    assert accuracy >= 0.85


@pytest.mark.parametrize(("role", "expected"), [("contributor", "self-reflection"), ("manager", "manager-prep")])
def test_review_prep_depends_on_role(router: Router, role: str, expected: str) -> None:
    assert router.route("I need to get ready for the performance review next week", role).conversation == expected


def test_role_rules_out_conversations_the_user_cannot_have(router: Router) -> None:
    result = router.route("write my self-assessment", "manager")
    assert result.conversation != "self-reflection"
    assert "self-reflection" not in [a.conversation for a in result.alternatives]


def test_result_json_shape(router: Router) -> None:
    data = router.route("my report's key result is off track", "manager").to_json()
    assert set(data) == {"conversation", "confidence", "alternatives"}
    assert data["conversation"] == "progress-update"
    assert 0.0 <= data["confidence"] <= 1.0
    assert data["alternatives"] and all(set(a) == {"conversation", "score"} for a in data["alternatives"])
    scores = [data["confidence"], *(a["score"] for a in data["alternatives"])]
    assert scores == sorted(scores, reverse=True)


def test_lexical_only_mode_still_routes() -> None:
    lexical = Router(load_framework([bundled_knowledge_dir()]), None)
    assert lexical.route("she asked what it takes to get promoted", "manager").conversation == "career-growth"


@pytest.mark.parametrize("situation", ["", "   \n"])
def test_empty_situation_is_a_clear_error(router: Router, situation: str) -> None:
    with pytest.raises(UsageError, match="describe the situation"):
        router.route(situation)


def test_role_is_inferred_from_wording() -> None:
    assert infer_role("my report is behind") == "manager"
    assert infer_role("my manager keeps changing priorities") == "contributor"
    assert infer_role("prepare for my review") == "contributor"
    assert infer_role("quarterly planning") is None
    assert infer_role("Our annual self-review is due Friday; I led the checkout rewrite") == "contributor"
    assert infer_role("Her self-assessment rates everything as exceeds") is None


def test_gibberish_routes_with_low_confidence(router: Router) -> None:
    result = router.route("zxqv blorp", "manager")
    assert result.confidence < 0.6


def test_a_result_names_only_likely_runners_up_and_asks_when_unsure() -> None:
    from coach.routing.router import Alternative, RouteResult

    sure = RouteResult("progress-update", 0.99, [Alternative("goal-planning", 0.005), Alternative("coaching", 0.004)])
    assert not sure.unsure and sure.also_possible == []
    split = RouteResult("progress-update", 0.45, [Alternative("career-growth", 0.38), Alternative("coaching", 0.05)])
    assert split.unsure and [a.conversation for a in split.also_possible] == ["career-growth"]


@pytest.mark.parametrize(
    ("situation", "role"),
    [
        ("Year-end reviews are due in two weeks and I have eight directs.", "manager"),
        ("I'm a new manager and one of my employees cries whenever I give feedback.", "manager"),
        ("Two people report directly to me and they don't get along.", "manager"),
        ("I want to ask for a raise after a great year.", "contributor"),
        ("My annual review is next week and I don't know what to say about my year.", "contributor"),
        ("I report to the VP of sales and we disagree on the targets.", "contributor"),
    ],
)
def test_the_role_is_guessed_from_more_ways_people_say_it(situation: str, role: str) -> None:
    assert infer_role(situation) == role


@pytest.mark.parametrize(
    ("situation", "above"),
    [
        ("One of my employees cries whenever I give feedback.", False),
        ("Dana does everything herself instead of handing work to her team.", False),
        ("My manager cancels our one-on-ones every week.", True),
        ("How do I tell the person I report to that the deadlines are unrealistic?", True),
        ("Leadership keeps changing priorities without telling us.", True),
        ("I want to ask my team what they need from me as their manager.", True),
        ("My mid-year evaluation had no positives at all.", True),
    ],
)
def test_someone_above_the_writer_is_named(situation: str, above: bool) -> None:
    assert names_someone_above(situation) is above


def test_feedback_to_ones_manager_is_not_offered_when_nobody_above_is_named(router: Router) -> None:
    assert "upward-feedback" not in router.allowed("manager", "One of my employees cries whenever I give feedback.")
    assert "upward-feedback" in router.allowed("manager", "My boss never gives me feedback on my team's work.")
    assert "upward-feedback" in router.allowed("manager")  # no situation: only the role limits
