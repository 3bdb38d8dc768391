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


HELD_OUT_HISTORY = """
## Routing on real text

`routing-real.yaml` (14) and `routing-real-holdout.yaml` (7) quote situations real people
published (forum and Q&A posts, blogs), each with its source in the file. They are small:
issue 14 asks for 150; this is what one session could collect by hand through the search
tool with the reserved sources left out. First run, before any change measured on them:
dev 0.500, held-out 0.714. The misses were general: a performance problem outside a review
went to review preparation (`underperforming` was a review keyword), and a mention of a
manager pulled towards upward feedback (its keywords held `my manager`, `manage`, `help
me`). After the data changes (and the Snowball stemmer): dev 0.786, held-out 0.857 (the
held-out set was looked at once, at its first run). A second round of data changes came
from fifteen situations of my own written from the failure modes issue 14 describes (a boss
mentioned in a self-review, a raise, a status report, a dependency told from the
contributor's side, a complaint about one's own manager, a strong performer slipping; now
`tests/unit/test_routing_intent.py`): it moved the real dev set to 0.714 (two of its four
misses are "not sure" asks) and the held-out set to 1.000 (7 of 7), measured after the
change. `calibration_error` is the expected
calibration error over the in-scope cases of all routing sets (bins 0-0.5-0.7-0.9-0.99-1):
below 0.7 the suggestion is right about 6 times in 10, so the app shows the two best with
one line each and asks.

## Summaries of real minutes

`summaries-real.yaml` (3 meetings, 7 commitments) and `summaries-real-holdout.yaml` (2
meetings, 3 commitments) are the Node.js TSC's published minutes, quoted as published, each
commitment annotated with its evidence line. Far short of the 20 meetings and 80
commitments issue 14 asks for. First run: dev F1 0.400 (P 0.667, R 0.286), held-out F1
0.000 (its three `Action:` lines without an owner were kept as items, its two owned ones
missed). After reading attendees under a `Present` heading, scribes' "Name - ..." and
"Name, ..." lines, first names as attendees, subjectless lines, and `Action:` lines with
several owners, an owner in brackets or none (a follow-up, not an item): dev F1 0.923,
held-out F1 0.800 (looked at once, at its first run); the synthetic sets did not move.

## Held-out sets: first run, before any tuning

Each held-out set was committed before the feature it measures and never tuned on. Its
first figures, measured right after the feature was built:

- `advice-holdout.yaml` (20 questions): hit@1 0.750, hit@3 0.950. The dev set at the same
  commit: hit@1 0.800, hit@3 0.956. Tuning on the dev set alone (the title counted twice for
  word matches, the vocabulary's added words at half weight, scores combined rather than
  ranks, vocabulary words for overload and emotions) moved the dev set to 0.867 / 1.000.
  Later changes came from trying the app, not from the sets: a question that describes a
  reaction ("getting defensive") leads with the entry on it, "raise this" is read as "bring
  it up", and another conversation's entries count a little less.
- `brief-holdout.yaml` (10 cases): includes_recall 0.980 (bh05 lost "Senior engineer": an aim
  without a number or date was not carried into the promotion case), 1 excludes violation
  (bh08 expects no questions for a contributor to ask their manager in a coaching
  conversation; coach lists three, which I think is right), wrong-audience lines 0. The dev
  set at the same commit: includes_recall 1.000, no violations. Fixed after that run, in
  the open: a promotion case now keeps the whole stated aim, with or without a number, so
  the held-out figure above is no longer a blind one for that case.
"""


def by_set() -> str:
    """Each suite that has several case sets (dev and held out), set by set."""
    from coach.evals.runner import DEFAULT_CASES

    cases = Path(__file__).resolve().parent / "cases"
    lines = ["", "## By case set", ""]
    for suite, names in DEFAULT_CASES.items():
        if len(names) < 2:
            continue
        rows = []
        for name in names:
            run = run_evals(load_settings(), suite=suite, cases=[cases / name])
            result = run.suites[0]
            rows.append((name, len(result.cases), result.metrics))
        metrics = list(dict.fromkeys(m for _, _, values in rows for m in values))
        lines += [
            f"### {suite}",
            "",
            "| set | cases | " + " | ".join(metrics) + " |",
            "|---|---|" + "---|" * len(metrics),
        ]
        for name, count, values in rows:
            cells = " | ".join(f"{values[m]:.3f}" if m in values else "" for m in metrics)
            lines.append(f"| `{name}` | {count} | {cells} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    path = Path(__file__).resolve().parent / "baseline.json"
    baseline = json.loads(path.read_text(encoding="utf-8"))
    run = run_evals(load_settings(), backend="offline")
    baseline["metrics"] = {s.suite: {k: round(v, 4) for k, v in s.metrics.items()} for s in run.suites}
    baseline["revision"] = run.revision
    path.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
    docs = path.parent.parent / "docs" / "evals.md"
    body = render_summary(run).split("\n", 2)[2]  # without its own title
    docs.write_text(DOC_HEADER + body + by_set() + HELD_OUT_HISTORY, encoding="utf-8")
    print(f"wrote {path} and {docs}")
