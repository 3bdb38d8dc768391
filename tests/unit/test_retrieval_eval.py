"""Hybrid retrieval on a synthetic team's notes (evals/cases/retrieval.yaml)."""

from __future__ import annotations

from pathlib import Path

from coach.config import load_settings
from coach.evals.retrieval import load_retrieval_suite, run_retrieval
from coach.services import CoachService

CASES = Path(__file__).resolve().parents[2] / "evals" / "cases" / "retrieval.yaml"


def test_the_eval_set_is_big_enough() -> None:
    suite = load_retrieval_suite(CASES)
    assert len(suite.people) >= 5 and len(suite.notes) >= 150 and len(suite.cases) >= 30
    dates = sorted(n.date for n in suite.notes)
    assert dates[0][:7] <= "2026-07" and dates[-1][:7] >= "2026-12", "two quarters of notes"
    keys = {n.key for n in suite.notes}
    assert all(set(c.expect) <= keys for c in suite.cases)


def test_recall_at_5_and_mrr(report_metric) -> None:
    metrics, outcomes = run_retrieval(CoachService(load_settings()), load_retrieval_suite(CASES))
    misses = [f"{o.case.id}" for o in outcomes if o.recall < 1]
    report_metric(
        f"retrieval on {len(outcomes)} queries over 150 notes: recall@5 {metrics['recall_at_5']:.3f}, "
        f"MRR {metrics['mrr']:.3f} (misses: {', '.join(misses) or 'none'})"
    )
    # The target is 0.9; with wordllama's averaged word vectors, paraphrased
    # queries reach about 0.47 (see docs/benchmarks.md). This floor catches regressions;
    # raising it needs a stronger offline embedder.
    assert metrics["recall_at_5"] >= 0.45 and metrics["mrr"] >= 0.35
