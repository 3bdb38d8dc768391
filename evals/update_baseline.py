"""Writes today's offline figures into evals/baseline.json (the thresholds stay as they are)
and docs/evals.md. Run it after a change that moves a metric on purpose, and commit the
result with the change: `.venv/bin/python evals/update_baseline.py`."""

from __future__ import annotations

import json
from pathlib import Path

from coach.core.config import load_settings
from coach.evals.runner import render_summary, run_evals

DOC_HEADER = """# Evals: today's offline figures

Command: `coach eval --suite all` (or `make test`, which runs it through
`tests/e2e/test_eval_command.py`). Case formats and metrics: [`evals/README.md`](../evals/README.md).
Regenerate this page and the baseline with `.venv/bin/python evals/update_baseline.py`.

"""


def routing_by_set() -> str:
    """The routing suite's figures for each case set: the synthetic dev set, and the scope
    sets, dev and held out (never tuned on), side by side."""
    cases = Path(__file__).resolve().parent / "cases"
    lines = [
        "",
        "## Routing by case set",
        "",
        "| set | cases | accuracy | out-of-scope recall | wrongly out of scope |",
        "|---|---|---|---|---|",
    ]
    for name in ("routing.yaml", "scope.yaml", "scope-holdout.yaml"):
        run = run_evals(load_settings(), suite="routing", cases=[cases / name])
        suite = run.suites[0]
        recall = suite.metrics.get("out_of_scope_recall")
        lines.append(
            f"| `{name}` | {len(suite.cases)} | {suite.metrics['accuracy']:.3f} | "
            f"{'' if recall is None else f'{recall:.3f}'} | {suite.metrics['wrongly_out_of_scope']:.0f} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    path = Path(__file__).resolve().parent / "baseline.json"
    baseline = json.loads(path.read_text(encoding="utf-8"))
    run = run_evals(load_settings(), backend="offline")
    baseline["metrics"] = {s.suite: {k: round(v, 4) for k, v in s.metrics.items()} for s in run.suites}
    baseline["revision"] = run.revision
    path.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
    docs = path.parent.parent / "docs" / "evals.md"
    body = render_summary(run).split("\n", 2)[2]  # without its own title
    docs.write_text(DOC_HEADER + body + routing_by_set(), encoding="utf-8")
    print(f"wrote {path} and {docs}")
