"""`coach eval`: every suite offline against its thresholds, external case files of each
format, reports, the baseline gate, meta-tests that feed the scorers known-bad outputs, and
the model as judge (over real HTTP to the scripted server)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.core.config import load_settings
from coach.core.resources import bundled_dir
from coach.evals.judge import judge, load_rubric
from coach.evals.routing import load_routing_cases
from coach.evals.runner import DEFAULT_CASES, run_evals
from coach.testing.scripted_server import Reply
from tests.e2e.cli_here import coach_here

CASE_FILES = {
    "routing": """suite: routing
cases:
  - {id: right, role: manager, situation: "My report is behind on a key result", expect: [progress-update]}
  - {id: wrong-route, role: manager, situation: "My report is behind on a key result", expect: [career-growth]}
""",
    "coverage": """suite: coverage
cases:
  - id: skips-a-critical-question
    conversation: upward-feedback
    role: contributor
    answers:
      upward-feedback.helpful: ["The written project briefs help me; the importer brief saved me a week of questions in October."]
      upward-feedback.impeding: ["/skip"]
      upward-feedback.could-do: ["A short written note with the reason whenever priorities change would help me plan my sprint."]
      upward-feedback.next-steps: ["I'd ask for the written note first, and we check on December 15 whether it works."]
    expect: [upward-feedback.helpful, upward-feedback.could-do, upward-feedback.next-steps]
""",
    "summary": """suite: summary
cases:
  - id: one-meeting
    meeting_date: "2026-11-25"
    conversation: progress-update
    transcript: |
      Dana: How is churn?
      Sam: It's at 6.2%, at risk. I'll send the survey results by Friday.
    expect:
      action_items: [{owner: Dana, keywords: [survey results], due: "2026-11-27"}]
      facts: [[churn, "6.2%"]]
""",
    "retrieval": """suite: retrieval
people: [{name: Sam}]
notes:
  - {key: a, person: Sam, date: "2026-10-01", text: "Sam worked every weekend in September and looks exhausted."}
  - {key: b, person: Sam, date: "2026-10-02", text: "Sam demoed the new importer at the team meeting."}
cases:
  - {id: burnout, query: "signs of burnout", expect: [a]}
""",
    "rehearsal": """suite: rehearsal
cases:
  - id: pair
    conversation: progress-update
    skilled: |
      Manager: Walk me through where your key results stand and how confident you are.
      Report: Churn is at 6.2%, at risk.
      Manager: What is getting in the way of the churn work?
      Report: The pipeline keeps failing.
    unskilled: |
      Manager: Is churn on track?
      Report: No.
""",
}


coach = coach_here


REAL_SUMMARY_SETS = (
    "summaries-real.yaml",
    "summaries-real-holdout.yaml",
    "summaries-real-calls.yaml",
    "summaries-real-calls-holdout.yaml",
)
"""Drafted by `make eval-check` in CI (`coach eval --suite all`, every shipped set against the
baseline): some 330 real meetings are half a minute of CPU, a fifth of what `make test` may take."""


def test_all_suites_pass_offline_and_print_one_json_object(report_metric) -> None:
    cases = bundled_dir("evals") / "cases"
    shipped = [cases / name for names in DEFAULT_CASES.values() for name in names if name not in REAL_SUMMARY_SETS]
    result = coach("eval", "--suite", "all", "--json", "--cases", *map(str, shipped))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    metrics = {name: suite["metrics"] for name, suite in data["suites"].items()}
    assert set(metrics) == {"routing", "coverage", "summary", "retrieval", "rehearsal", "advice", "brief"}
    assert set(metrics["advice"]) == {"hit_at_1", "hit_at_3", "leaked_ids"}
    assert set(metrics["brief"]) == {"includes_recall", "excludes_violations", "wrong_audience_lines"}
    brief_case = data["suites"]["brief"]["cases"][0]["detail"]
    assert brief_case["brief"].startswith("# Brief: ") and brief_case["transcript"]
    assert set(metrics["summary"]) == {
        "action_item_precision",
        "action_item_recall",
        "action_item_f1",
        "fact_recall",
        "invented_items",
    }
    assert set(metrics["retrieval"]) == {"recall_at_5", "mrr"} and set(metrics["coverage"]) == {
        "coverage",
        "critical_covered",
    }
    case = data["suites"]["coverage"]["cases"][0]
    assert set(case) == {"id", "passed", "scores", "detail"} and case["detail"]["first_covered"]
    assert len(data["suites"]["coverage"]["cases"]) >= 21
    report_metric(
        "coach eval --suite all (offline): "
        + "; ".join(
            f"{name} " + ", ".join(f"{k} {v:.3f}" for k, v in values.items()) for name, values in metrics.items()
        )
    )


@pytest.mark.parametrize("suite", list(CASE_FILES))
def test_an_external_case_file_of_each_format(suite: str, tmp_path: Path) -> None:
    path = tmp_path / f"{suite}.yaml"
    path.write_text(CASE_FILES[suite], encoding="utf-8")
    result = coach("eval", "--cases", str(path), "--json")
    data = json.loads(result.stdout)
    assert list(data["suites"]) == [suite]
    cases = {c["id"]: c for c in data["suites"][suite]["cases"]}
    if suite == "routing":  # a wrong route fails its case and the accuracy threshold
        assert cases["right"]["passed"] and not cases["wrong-route"]["passed"]
        assert result.returncode == 1 and "routing accuracy 0.500 is under its threshold 0.85" in result.stderr
        # sure of the wrong one, coach offers nothing else: not "right or offered" either
        assert [cases[c]["scores"]["right_or_offered"] for c in ("right", "wrong-route")] == [1.0, 0.0]
    elif suite == "coverage":  # a missed critical question fails, even at full coverage of `expect`
        outcome = cases["skips-a-critical-question"]
        assert outcome["scores"] == {"coverage": 1.0, "critical_covered": 0.0}
        assert outcome["detail"]["missed_critical"] == ["upward-feedback.impeding"] and result.returncode == 1
    elif suite == "summary":  # the owner is Sam, not Dana: a wrong owner is a miss and an extra item
        assert data["suites"]["summary"]["metrics"]["action_item_f1"] == 0.0
        assert cases["one-meeting"]["detail"]["missed"] == ["Dana: survey results (due 2026-11-27)"]
        assert cases["one-meeting"]["detail"]["extra"] == ["Sam: send the survey results"] and result.returncode == 1
    elif suite == "retrieval":
        assert data["suites"]["retrieval"]["metrics"] == {"recall_at_5": 1.0, "mrr": 1.0} and result.returncode == 0
    else:
        assert cases["pair"]["passed"] and result.returncode == 0


def test_confidence_is_also_judged_on_text_the_model_never_saw(tmp_path: Path) -> None:
    """Over the cases the learned model was fitted on it is nearly always right, which says
    little of its confidence: `calibration_error_unseen` and the thresholded `overconfidence`
    are measured on the other files only."""
    from coach.core.calibration import calibration_error, overconfidence

    unseen = tmp_path / "mine.yaml"
    unseen.write_text(CASE_FILES["routing"], encoding="utf-8")
    trained = bundled_dir("evals") / "cases" / "scope.yaml"
    run = run_evals(load_settings(), suite="routing", cases=[trained, unseen])
    suite = run.suites[0]
    mine = [c for c in suite.cases if c.id.startswith("mine:")]
    assert len(mine) == 2 and len(suite.cases) > 2
    expected = calibration_error([(c.scores["confidence"], c.passed) for c in mine])
    assert suite.metrics["calibration_error_unseen"] == pytest.approx(expected)
    assert suite.metrics["calibration_error_unseen"] != pytest.approx(suite.metrics["calibration_error"])
    assert suite.metrics["overconfidence"] == pytest.approx(
        overconfidence([(c.scores["confidence"], c.passed) for c in mine])
    )
    alone = run_evals(load_settings(), suite="routing", cases=[unseen]).suites[0].metrics
    assert "calibration_error_unseen" not in alone and "overconfidence" in alone  # all of it unseen


def test_reports_and_the_baseline_gate(tmp_path: Path) -> None:
    baseline = json.loads((Path(__file__).resolve().parents[2] / "evals" / "baseline.json").read_text())
    today = baseline["metrics"]["routing"]["accuracy"]  # the committed figure, which today's run matches
    higher = round(today + 0.06, 3)  # more than 0.05 over today's, whatever today's is
    baseline["metrics"]["routing"]["accuracy"] = higher
    inflated = tmp_path / "baseline.json"
    inflated.write_text(json.dumps(baseline))
    result = coach("eval", "--suite", "routing", "--report", str(tmp_path / "report"), "--baseline", str(inflated))
    assert result.returncode == 1
    rows = [json.loads(line) for line in (tmp_path / "report" / "results.jsonl").read_text().splitlines()]
    correct = [r["passed"] for r in rows if r["metric"] == "correct"]
    measured = sum(correct) / len(correct)  # exact: the report rounds to four places
    assert f"routing accuracy {measured:.3f} is more than 0.05 worse than the baseline {higher:.3f}" in result.stderr
    assert rows[0]["metric"] == "accuracy" and rows[0]["case"] is None and {"revision", "eval_version"} <= set(rows[0])
    failing = [r["case"] for r in rows if r["case"] and r["passed"] is False]
    assert failing and all(
        case.split(":")[0] in {"routing", "scope", "scope-holdout", "routing-real", "routing-real-holdout"}
        for case in failing
    )
    journal = [json.loads(line) for line in (tmp_path / "report" / "cases.jsonl").read_text().splitlines()]
    assert [(r["case"], r["passed"]) for r in journal] == [
        (r["case"], r["passed"]) for r in rows if r["metric"] == "correct"
    ]
    summary = (tmp_path / "report" / "summary.md").read_text()
    assert f"| accuracy | {measured:.3f} ✗ | >= 0.85 | {measured - higher:+.3f} |" in summary
    cases = Path(__file__).resolve().parents[2] / "evals" / "cases"
    total = sum(len(load_routing_cases(cases / name)) for name in DEFAULT_CASES["routing"])
    assert f"Failing cases ({len(set(failing))} of {total}): {failing[0]}" in summary


def test_repeated_cases_options_run_every_file() -> None:
    """`--cases a.yaml --cases b.yaml` ran only b.yaml (argparse keeps the last), silently."""
    from coach.cli import build_parser

    args = build_parser().parse_args(["eval", "--cases", "a.yaml", "--cases", "b.yaml", "c.yaml"])
    assert args.cases == ["a.yaml", "b.yaml", "c.yaml"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cases", "/no/such/file.yaml"], "/no/such/file.yaml does not exist"),
        (["--suite", "routing", "--cases", "EVALS/summaries.yaml"], "is a summary file, not routing"),
        (["--backend", "llm"], "--backend llm needs a model"),
    ],
)
def test_bad_input_is_one_line(args: list[str], message: str) -> None:
    evals = str(Path(__file__).resolve().parents[2] / "evals" / "cases")
    result = coach("eval", *[a.replace("EVALS", evals) for a in args])
    assert result.returncode == 2 and message in result.stderr and result.stderr.count("\n") == 1


async def test_the_judge_needs_a_quote_it_can_find(llm_service, llm_env) -> None:
    rubric = load_rubric("fact")
    text = "Churn is at 6.2% against a 5% target.\nSam sends the survey by Friday."
    llm_env.script.add(
        "coach:judge",
        Reply(json={"verdict": "yes", "evidence": "Churn is at 6.2% against a 5% target"}),
        Reply(json={"verdict": "yes", "evidence": "NPS rose to 60 in November"}),
    )
    assert await judge(llm_service.parts.gateway, rubric, claim="churn 6.2%", text=text)
    assert not await judge(
        llm_service.parts.gateway, rubric, claim="NPS 60", text=text
    )  # an invented quote counts as no
    request = llm_env.chat_requests("judge")[-1]
    assert request["body"]["temperature"] == 0.0


def test_live_mode_runs_against_a_model(llm_env, tmp_path: Path) -> None:
    """The live command, end to end, with the scripted server standing in for the model."""
    from coach.testing.scripted_server import Script

    llm_env.script = Script.demo()
    llm_env.script.add("coach:judge", Reply(json={"verdict": "no", "evidence": ""}))
    cases = [bundled_dir("evals") / "cases" / name for name in ("summaries.yaml", "summaries-real-calls-holdout.yaml")]
    run = run_evals(load_settings(), suite="summary", cases=cases, backend="llm")  # a synthetic and a real set
    assert run.backend == "llm" and run.suites[0].metrics["invented_items"] == 0


def test_a_live_run_keeps_and_shows_each_case_as_it_finishes(llm_env, tmp_path: Path) -> None:
    """A live run takes minutes per case: each finished case is printed and written to
    cases.jsonl at once, so a run stopped midway keeps what it finished."""
    from coach.testing.scripted_server import Script

    llm_env.script = Script.demo()
    path = tmp_path / "cases.yaml"
    path.write_text(
        "suite: summary\ncases:\n"
        '  - {id: one, meeting_date: "2026-11-25", transcript: "Sam: I will send the plan by Friday.\\nDana: Thanks.",'
        " expect: {action_items: [{owner: Sam, keywords: [plan]}]}}\n"
        '  - {id: two, meeting_date: "2026-11-25", transcript: "Dana: I will book the room.\\nSam: Good.",'
        " expect: {action_items: [{owner: Dana, keywords: [room]}]}}\n",
        encoding="utf-8",
    )
    result = coach("eval", "--cases", str(path), "--backend", "llm", "--report", str(tmp_path / "out"))
    shown = [line for line in result.stderr.splitlines() if line.startswith("coach: summary ")]
    assert [line.split()[2] for line in shown] == ["one", "two"], result.stderr
    assert all(line.endswith(" s") for line in shown)
    journal = [json.loads(line) for line in (tmp_path / "out" / "cases.jsonl").read_text().splitlines()]
    assert [(r["suite"], r["case"]) for r in journal] == [("summary", "one"), ("summary", "two")]
    assert all(r["seconds"] >= 0 and "action_item_f1" in r["scores"] for r in journal)


def test_a_case_that_cannot_be_drafted_live_fails_alone(llm_env, tmp_path: Path) -> None:
    """A 73-minute live run against a real model was lost at its last case, which the app
    refused as "not a meeting": that case fails with its reason, the run goes on."""
    from coach.testing.scripted_server import Script

    llm_env.script = Script.demo()
    llm_env.script.add("coach:judge", Reply(json={"verdict": "no", "evidence": ""}))
    path = tmp_path / "cases.yaml"
    path.write_text(
        "suite: summary\ncases:\n"
        '  - {id: stray, meeting_date: "2026-11-25", transcript: "Note: buy milk", expect: {action_items: []}}\n'
        '  - {id: real, meeting_date: "2026-11-25", transcript: "Sam: I will send the plan by Friday.\\nDana: Thanks.",'
        " expect: {action_items: [{owner: Sam, keywords: [plan]}]}}\n",
        encoding="utf-8",
    )
    run = run_evals(load_settings(), suite="summary", cases=[path], backend="llm")
    cases = {c.id.split(":")[-1]: c for c in run.suites[0].cases}
    assert not cases["stray"].passed and "does not look like meeting notes" in cases["stray"].detail["error"]
    assert cases["real"].passed and run.suites[0].metrics["action_item_f1"] == 1.0


def test_live_coverage_has_a_model_play_the_persona(llm_env, tmp_path: Path) -> None:
    from coach.testing.scripted_server import Script

    llm_env.script = Script.demo()
    llm_env.script.add(
        "coach:simulate",
        Reply(text="Our 1:1s were cancelled three times in October, so I waited five days for a schema decision."),
    )
    path = tmp_path / "coverage.yaml"
    path.write_text(
        """suite: coverage
cases:
  - id: live
    conversation: upward-feedback
    role: contributor
    persona: A contributor whose manager cancels 1:1s.
    answers: {upward-feedback.helpful: ["unused in live mode"]}
    expect: [upward-feedback.helpful]
""",
        encoding="utf-8",
    )
    run = run_evals(load_settings(), suite="coverage", cases=[path], backend="llm")
    outcome = run.suites[0].cases[0]
    assert outcome.scores["coverage"] == 1.0 and outcome.detail["first_covered"]["upward-feedback.helpful"] == 1
    asked = llm_env.chat_requests("simulate")
    assert (
        asked
        and "A contributor whose manager cancels 1:1s." in asked[0]["text"]
        and "What does your manager do" in asked[0]["text"]
    )


def test_live_advice_shows_only_a_grounded_answer_and_never_an_internal_id(llm_env, tmp_path: Path) -> None:
    """The live advice suite had never run: it read an attribute the answer does not have.
    Run live against a real 0.5B model it then showed an answer that read its prompt back
    ("I am the contributor, and my question is (none)"). An answer is shown only when it
    cites an entry it was given and shows no internal id; otherwise the entries are."""
    from coach.testing.scripted_server import Script

    llm_env.script = Script().add(
        "coach:advice",
        Reply(text="Name the behaviour and its effect [Saying it without sounding harsh]."),
        Reply(text="Start from manager-prep.objectives [Saying it without sounding harsh], then ask."),
        Reply(text="The conversation is about coaching. I am the manager, and my question is (none)."),
    )
    question = '"How do I say this without sounding harsh?"'
    path = tmp_path / "advice.yaml"
    path.write_text(
        "suite: advice\ncases:\n"
        + "".join(
            f"  - {{id: {name}, role: manager, question: {question}, expect: {{any_of: [harsh]}}}}\n"
            for name in ("grounded", "leaky", "echo")
        ),
        encoding="utf-8",
    )
    run = run_evals(load_settings(), suite="advice", cases=[path], backend="llm")
    cases = {c.id.split(":")[-1]: c for c in run.suites[0].cases}
    assert cases["grounded"].detail["answered_by_model"] is True
    assert cases["leaky"].detail["answered_by_model"] is False and not cases["leaky"].detail["leaked"]
    assert cases["echo"].detail["answered_by_model"] is False
    assert run.suites[0].metrics["leaked_ids"] == 0.0 and all(c.passed for c in cases.values())


@pytest.mark.parametrize(
    "name", ["routing-real.yaml", "brief.yaml", "rehearsal-lines.yaml", "retrieval.yaml", "advice.yaml"]
)
def test_every_suite_runs_live_on_a_case_of_its_shipped_set(llm_env, tmp_path: Path, name: str) -> None:
    """A live suite that no test ran crashed at its first case (advice, stop 25): each suite
    the tests above do not run live (they run coverage and summary) runs here on the
    first case of its shipped file, against the scripted server."""
    import yaml

    from coach.testing.scripted_server import Script

    llm_env.script = Script.demo()
    data = yaml.safe_load((bundled_dir("evals") / "cases" / name).read_text(encoding="utf-8"))
    cases = data["cases"] if isinstance(data, dict) else data
    path = tmp_path / name
    kept = {**data, "cases": cases[:1]} if isinstance(data, dict) else cases[:1]
    path.write_text(yaml.safe_dump(kept, allow_unicode=True), encoding="utf-8")
    run = run_evals(load_settings(), cases=[path], backend="llm")
    suite = run.suites[0]
    assert len(suite.cases) == 1 and suite.metrics and "error" not in (suite.cases[0].detail or {})
