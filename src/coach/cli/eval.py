"""`coach eval`: run the evals, print a table or JSON, write a report, and exit non-zero when
a metric is under its threshold or more than 0.05 under the baseline."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def cmd_eval(args: argparse.Namespace) -> int:
    from coach.cli.common import print_json
    from coach.core.config import load_settings
    from coach.evals.runner import CaseJournal, CaseResult, SuiteName, run_evals, write_report

    journal = CaseJournal(Path(args.report).expanduser()) if args.report else None
    live = args.backend == "llm"
    last = time.monotonic()

    def on_case(suite: SuiteName, result: CaseResult) -> None:
        nonlocal last
        now = time.monotonic()
        seconds, last = now - last, now
        if journal is not None:
            journal.write(suite, result, seconds)
        if live:  # a live run takes minutes per case: say where it is
            mark = "passed" if result.passed else "imperfect"
            print(f"coach: {suite} {result.id} {mark} in {seconds:.0f} s", file=sys.stderr)

    run = run_evals(
        load_settings(),
        suite=args.suite,
        cases=[Path(c).expanduser() for c in args.cases or []],
        backend=args.backend,
        baseline=Path(args.baseline).expanduser() if args.baseline else None,
        on_case=on_case if journal is not None or live else None,
    )
    if args.report:
        results, summary = write_report(run, Path(args.report).expanduser())
        print(f"coach: wrote {results} and {summary}", file=sys.stderr)
    if args.json:
        print_json(run.to_json())
    else:
        for suite in run.suites:
            failing = [c.id for c in suite.cases if not c.passed]
            print(
                f"{suite.suite:<10} "
                + "  ".join(f"{k} {v:.3f}" for k, v in suite.metrics.items())
                + f"   ({len(suite.cases)} cases, {len(failing)} imperfect)"
            )
    for item in run.failed:
        print(f"coach: eval failed: {item.failure}", file=sys.stderr)
    return 1 if run.failed else 0


def register(sub: argparse._SubParsersAction) -> None:
    from coach.evals import SUITES

    p = sub.add_parser(
        "eval", help="run the evals (offline, or with the configured model) and check them against the baseline"
    )
    p.add_argument("--suite", choices=[*SUITES, "all"], default="all")
    p.add_argument(
        "--cases",
        nargs="+",
        action="extend",
        metavar="FILE",
        help="case files to run instead of the shipped ones (formats: evals/README.md); may be repeated",
    )
    p.add_argument(
        "--backend", choices=["offline", "llm"], default="offline", help="offline (default) or the configured model"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument(
        "--report",
        metavar="DIR",
        help="write results.jsonl and summary.md to DIR, and each case to cases.jsonl as it finishes",
    )
    p.add_argument("--baseline", metavar="FILE", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_eval)
