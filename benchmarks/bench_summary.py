"""Offline summarising time for a 100-line and a 5,000-line transcript (the eval meetings'
transcripts repeated), and the summary eval's figures."""

from __future__ import annotations

import time
from datetime import date

from _common import REPO, summary_ms

from coach.evals.summary import load_summary_suite, run_summary_suite
from coach.summary.extract import summarise_offline
from coach.summary.meeting import parse_meeting

SIZES = (100, 5_000)
RUNS = 5


def transcript(lines: int) -> str:
    suite = load_summary_suite(REPO / "evals" / "cases" / "summaries.yaml")
    spoken = [line for case in suite.cases for line in case.transcript.splitlines() if ":" in line[:20]]
    return "\n".join(spoken[i % len(spoken)] for i in range(lines))


def eval_figures() -> dict[str, dict[str, float]]:
    figures = {}
    for name in ("summaries.yaml", "summaries-holdout.yaml"):
        suite = load_summary_suite(REPO / "evals" / "cases" / name)
        metrics, _ = run_summary_suite(
            suite, lambda c: summarise_offline(parse_meeting(c.transcript), c.meeting_date, conversation=c.conversation)
        )
        figures[name] = metrics
    return figures


def measure() -> dict[str, object]:
    timings: dict[int, list[float]] = {}
    for size in SIZES:
        text = transcript(size)
        runs = []
        for _ in range(RUNS):
            start = time.perf_counter()
            summarise_offline(parse_meeting(text), date(2026, 11, 25))
            runs.append(time.perf_counter() - start)
        timings[size] = runs
    return {"timings": timings, "eval": eval_figures()}


if __name__ == "__main__":
    result = measure()
    for size, runs in result["timings"].items():  # type: ignore[attr-defined]
        print(f"{size:>6,} lines: {summary_ms(runs)}")
    for name, metrics in result["eval"].items():  # type: ignore[attr-defined]
        print(name, {k: round(v, 3) for k, v in metrics.items()})
