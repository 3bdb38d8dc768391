"""Every model path against a real small model (0.5B, on this machine's CPU): invariants, not
the model's quality. Never worse than offline on the evals, no echoed prompt ever shown,
every call bounded in time. Figures print in the run's summary ("coach metrics") and are
copied into docs/evals.md and docs/benchmarks.md with the command that made them."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from coach.app.coach import Coach
from coach.app.events import Notice, TurnSaved
from coach.core.config import load_settings
from coach.evals.runner import run_evals
from tests.conftest import REPO

pytestmark = pytest.mark.model
CASES = REPO / "evals" / "cases"
TURN_SECONDS = 90
"""A coach turn on a 2-core CPU with a 0.5B model: the bound asserted, not the typical time."""


def subset(source: str, count: int, folder: Path) -> Path:
    """The first `count` cases of a case file, as a file of their own (the whole sets take an
    hour on this machine's CPU; benchmarks/ runs them)."""
    data = yaml.safe_load((CASES / source).read_text(encoding="utf-8"))
    data["cases"] = data["cases"][:count]
    path = folder / source
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def compare(suite: str, files: list[Path], metric: str, report_metric) -> tuple[float, float, dict[str, float]]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    live = run_evals(load_settings(), suite=suite, cases=files, backend="llm")
    seconds = time.perf_counter() - start
    offline = run_evals(load_settings(), suite=suite, cases=files, backend="offline")
    (live_suite,), (offline_suite,) = live.suites, offline.suites
    ours, theirs = live_suite.metrics[metric], offline_suite.metrics[metric]
    cases = len(live_suite.cases)
    report_metric(
        f"real 0.5B model, {suite} on {', '.join(f.name for f in files)} ({cases} cases): "
        f"{metric} live {ours:.3f} vs offline {theirs:.3f}; {seconds / max(1, cases):.1f} s per case"
    )
    return ours, theirs, live_suite.metrics


def test_doctor_sees_what_coach_then_does(model_env) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    from coach.app.doctor import run_checks

    service = Coach(load_settings())
    checks = {c.name: c for c in asyncio.run(run_checks(service))}
    assert all(c.ok for c in checks.values()), [(c.name, c.detail) for c in checks.values() if not c.ok]
    assert "a JSON object held to the schema works" in checks["structured output"].detail
    assert "the server counts tokens in its model's own tokenizer" in checks["token count"].detail
    assert Coach(load_settings()).parts.gateway.client.structured_mode == "json_object"  # type: ignore[union-attr]


def test_summaries_are_never_worse_than_offline(model_env, tmp_path: Path, report_metric) -> None:  # type: ignore[no-untyped-def]
    files = [subset("summaries.yaml", 4, tmp_path), subset("summaries-real.yaml", 3, tmp_path)]
    live, offline, metrics = compare("summary", files, "action_item_f1", report_metric)
    assert live >= offline - 0.02, "the model's checked additions cost more precision than they found"
    assert metrics["invented_items"] == 0.0


def test_routing_is_never_worse_than_offline(model_env, tmp_path: Path, report_metric) -> None:  # type: ignore[no-untyped-def]
    files = [CASES / "routing-real.yaml"]  # the whole dev set: the model is asked only where the router is unsure
    live, offline, _ = compare("routing", files, "accuracy", report_metric)
    assert live >= offline  # the router's pick stands; the model's leads the runners-up


def test_coverage_is_never_worse_than_offline(model_env, tmp_path: Path, report_metric) -> None:  # type: ignore[no-untyped-def]
    files = [subset("coverage.yaml", 1, tmp_path)]  # a whole simulated conversation: about 3 minutes
    live, offline, _ = compare("coverage", files, "coverage", report_metric)
    assert live >= offline  # verified tags only add


ANSWERS = [
    "Activation is at 27% against a 40% target; we ran two experiments in October and one moved it a point.",
    "Alex has been covering on-call for two teammates since October, so onboarding work has stalled.",
    "He needs someone to own the onboarding flow and sign off experiments; the design lead left.",
    "Maybe we should drop the 40% target to 32% with a clear plan for the last six weeks.",
    "I'll move Kim's on-call back to the rota by Friday, and Alex sends me the revised plan by Wednesday.",
]


async def test_a_whole_conversation_shows_no_echo_and_each_turn_is_bounded(model_env, report_metric) -> None:  # type: ignore[no-untyped-def]
    from coach.engine.with_model import turn_problem

    service = Coach(load_settings())
    view = service.sessions.start("manager", "progress-update", "Alex")
    seconds, fallbacks, turns = [], 0, 0
    try:
        for answer in ANSWERS:
            start = time.perf_counter()
            events = [e async for e in service.sessions.respond(view.id, answer)]
            seconds.append(time.perf_counter() - start)
            assert isinstance(events[-1], TurnSaved)
            fallbacks += sum(1 for e in events if isinstance(e, Notice) and "coach asked in its own words" in e.text)
            turns += 1
            for turn in events[-1].view.new_turns:
                if turn.speaker == "coach" and turn.kind in ("question", "probe", "end"):
                    assert turn_problem(turn.text, view.conversation) is None, turn.text
    finally:
        await service.aclose()
    report_metric(
        f"real 0.5B model, a 5-answer progress update: {max(seconds):.1f} s slowest turn, "
        f"{sum(seconds) / len(seconds):.1f} s mean; echo shown 0 of {turns}; "
        f"coach's own wording used for {fallbacks} of {turns} turns"
    )
    assert max(seconds) < TURN_SECONDS


async def test_a_rehearsal_never_lets_out_what_was_not_earned(model_env, report_metric) -> None:  # type: ignore[no-untyped-def]
    from coach.rehearsal.with_model import breaks_character

    service = Coach(load_settings())
    view = service.rehearsals.start(persona_id="defensive-behind")
    lines = [
        "Why haven't you fixed activation yet?",
        "Is it going to hit 40%?",
        "Sorry, that came out wrong. I know it has been a hard month.",
        "What has been getting in the way lately?",
        "What would help you most right now?",
        "How confident are you in the 40% target?",
    ]
    scripted = 0
    try:
        for line in lines:
            events = [e async for e in service.rehearsals.rehearse(view.id, line)]
            scripted += sum(1 for e in events if isinstance(e, Notice))
            state = service.rehearsals.get(view.id).state
            assert not breaks_character(state.lines()[-1].text)
        ended = [e async for e in service.rehearsals.rehearse(view.id, "/end")]
    finally:
        await service.aclose()
    state = service.rehearsals.get(view.id).state
    replies = [t.text for t in state.lines() if t.speaker == "them"][1:]
    assert "on-call" not in replies[0].lower() and "32%" not in replies[0]  # turn 1, an accusation: nothing out
    card = ended[-1].view.scorecard
    report_metric(
        f"real 0.5B model, a 6-line rehearsal at difficulty 4: {len(card.hidden_facts_found)} of "
        f"{card.hidden_facts_total} facts out; scripted line used for {scripted} of {len(lines)} replies; "
        f"{len(card.moments)} rephrasings kept"
    )
