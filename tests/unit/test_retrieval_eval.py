"""Hybrid retrieval on a synthetic team's notes: the development set
(evals/cases/retrieval.yaml) and a held-out set written after the vocabulary was frozen
(evals/cases/retrieval-holdout.yaml), which nothing in search is tuned on."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.app.coach import Coach
from coach.core.config import load_settings
from coach.evals.retrieval import load_retrieval_suite, run_retrieval

CASES = Path(__file__).resolve().parents[2] / "evals" / "cases"
# (file, recall@5 floor, MRR floor): the target is recall@5 >= 0.9 on the
# development set; the held-out floor sits just under today's figure to catch regressions.
SETS = [("retrieval.yaml", 0.9, 0.75), ("retrieval-holdout.yaml", 0.8, 0.6)]


@pytest.mark.parametrize("name", [name for name, _, _ in SETS])
def test_the_eval_sets_are_big_enough(name: str) -> None:
    suite = load_retrieval_suite(CASES / name)
    assert len(suite.people) >= 5 and len(suite.notes) >= 150 and len(suite.cases) >= 30
    dates = sorted(n.date for n in suite.notes)
    assert dates[0][:7] <= "2026-07" and dates[-1][:7] >= "2026-12", "two quarters of notes"
    keys = {n.key for n in suite.notes}
    assert all(set(c.expect) <= keys for c in suite.cases)


def test_the_held_out_set_shares_nothing_with_the_development_set() -> None:
    dev, held_out = (load_retrieval_suite(CASES / name) for name, _, _ in SETS)
    assert not {p.name for p in dev.people} & {p.name for p in held_out.people}
    assert not {c.query for c in dev.cases} & {c.query for c in held_out.cases}
    assert not {n.text for n in dev.notes} & {n.text for n in held_out.notes}


@pytest.mark.parametrize(("name", "recall_floor", "mrr_floor"), SETS)
def test_recall_at_5_and_mrr(name: str, recall_floor: float, mrr_floor: float, report_metric) -> None:
    metrics, outcomes = run_retrieval(Coach(load_settings()), load_retrieval_suite(CASES / name))
    misses = [f"{o.case.id}" for o in outcomes if o.recall < 1]
    report_metric(
        f"retrieval ({name}) on {len(outcomes)} queries over 150 notes: recall@5 {metrics['recall_at_5']:.3f}, "
        f"MRR {metrics['mrr']:.3f} (misses: {', '.join(misses) or 'none'})"
    )
    assert metrics["recall_at_5"] >= recall_floor and metrics["mrr"] >= mrr_floor
