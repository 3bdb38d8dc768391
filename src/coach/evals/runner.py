"""`coach eval`: every suite (routing, coverage, summary, retrieval, rehearsal) on its case
files, offline or with the configured model, in a throwaway home so nothing touches the
user's data; metrics checked against thresholds and the committed baseline."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import yaml

from coach.core.calibration import calibration_error, overconfidence
from coach.core.config import Settings
from coach.core.errors import CoachError, UsageError
from coach.core.resources import bundled_dir
from coach.core.yamlfiles import parse_yaml
from coach.evals import SUITES as EVAL_SUITES
from coach.routing.router import OUT_OF_SCOPE

SuiteName = Literal["routing", "coverage", "summary", "retrieval", "rehearsal", "advice", "brief"]
SUITES: tuple[SuiteName, ...] = EVAL_SUITES  # type: ignore[assignment]
Backend = Literal["offline", "llm"]
DEFAULT_CASES: dict[SuiteName, tuple[str, ...]] = {
    "routing": ("routing.yaml", "scope.yaml", "scope-holdout.yaml", "routing-real.yaml", "routing-real-holdout.yaml"),
    "coverage": ("coverage.yaml",),
    "summary": (
        "summaries.yaml",
        "summaries-holdout.yaml",
        "summaries-real.yaml",
        "summaries-real-holdout.yaml",
        "summaries-real-calls.yaml",
        "summaries-real-calls-holdout.yaml",
    ),
    "retrieval": ("retrieval.yaml", "retrieval-holdout.yaml"),
    "rehearsal": ("rehearsal.yaml", "rehearsal-lines.yaml", "rehearsal-lines-holdout.yaml"),
    "advice": ("advice.yaml", "advice-holdout.yaml"),
    "brief": ("brief.yaml", "brief-holdout.yaml"),
}
LOWER_IS_BETTER = frozenset(
    {
        "invented_items",
        "wrongly_out_of_scope",
        "wrongly_out_of_scope_share",
        "calibration_error",
        "calibration_error_unseen",
        "overconfidence",
        "leaked_ids",
        "excludes_violations",
        "wrong_audience_lines",
    }
)
REGRESSION_MARGIN = 0.05


@dataclass
class CaseResult:
    id: str
    passed: bool
    scores: dict[str, float]
    detail: Any = None


CaseHook = Callable[[SuiteName, CaseResult], None]
"""Called as each case finishes."""


@dataclass
class SuiteResult:
    suite: SuiteName
    metrics: dict[str, float]
    cases: list[CaseResult]
    files: list[str]


@dataclass
class Check:
    suite: str
    metric: str
    value: float
    threshold: str
    baseline: float | None
    failure: str | None = None


@dataclass
class EvalRun:
    backend: Backend
    revision: str
    version: int
    suites: list[SuiteResult]
    checks: list[Check] = field(default_factory=list)
    custom_cases: bool = False

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if c.failure]

    def to_json(self) -> dict[str, Any]:
        return {
            "suites": {
                s.suite: {
                    "metrics": {k: round(v, 4) for k, v in s.metrics.items()},
                    "cases": [
                        {
                            "id": c.id,
                            "passed": c.passed,
                            "scores": {k: round(v, 4) for k, v in c.scores.items()},
                            "detail": c.detail,
                        }
                        for c in s.cases
                    ],
                }
                for s in self.suites
            },
            "backend": self.backend,
            "revision": self.revision,
            "eval_version": self.version,
            "passed": not self.failed,
            "failures": [c.failure for c in self.failed],
        }


PARALLEL_SUMMARIES = 40
"""Offline summary cases from this many on are drafted in worker processes, one per core (up
to four): each meeting is read alone, and the real sets take half a minute on one core."""


def _offline_summary(case: Any) -> tuple[str, Any, Any]:
    from coach.summary.extract import summarise_offline
    from coach.summary.meeting import parse_meeting
    from coach.summary.transcripts import read_transcript

    given = read_transcript(case.transcript)  # as `coach summarize` reads a file
    meeting = parse_meeting(given.text)
    return given.format, meeting, summarise_offline(meeting, case.meeting_date, conversation=case.conversation)


def offline_summaries(cases: list[Any]) -> list[tuple[str, Any, Any]]:
    """Each case's file format, meeting and offline summary, in order."""
    workers = min(4, os.cpu_count() or 1)
    if len(cases) < PARALLEL_SUMMARIES or workers < 2:
        return [_offline_summary(case) for case in cases]
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(_offline_summary, cases, chunksize=4))


def summary_format(file_format: str, transcript: bool) -> str:
    """What a summary case is, for the per-format figures: a subtitle or export format, else
    a `Name: text` transcript, else notes or minutes."""
    if file_format != "text":
        return file_format
    return "transcript" if transcript else "notes or minutes"


# Case files ----------------------------------------------------------------------------
def cases_dir() -> Path:
    return bundled_dir("evals") / "cases"


FILE_KINDS = {"rehearsal-lines": "rehearsal"}
"""Case files of another kind that a suite also runs (annotated rehearsal transcripts)."""


def suite_of(path: Path) -> SuiteName:
    """The `suite:` a case file declares (one line if it has none or an unknown one)."""
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path} does not exist") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise UsageError(f"{path}: cannot read the cases: {str(exc).splitlines()[0]}") from None
    suite = data.get("suite") if isinstance(data, dict) else None
    suite = FILE_KINDS.get(suite, suite) if isinstance(suite, str) else suite
    if suite not in SUITES:
        raise UsageError(f"{path}: `suite:` must be one of {', '.join(SUITES)} (found {suite!r})")
    return suite


def plan_files(suite: str, cases: Sequence[Path]) -> dict[SuiteName, list[Path]]:
    """Which files each suite runs: the shipped ones, or those given with --cases."""
    wanted: tuple[SuiteName, ...] = SUITES if suite == "all" else (suite,)  # type: ignore[assignment]
    if not cases:
        return {s: [cases_dir() / name for name in DEFAULT_CASES[s]] for s in wanted}
    plan: dict[SuiteName, list[Path]] = {}
    for path in cases:
        found = suite_of(path)
        if suite != "all" and found != suite:
            raise UsageError(f"{path} is a {found} file, not {suite}")
        plan.setdefault(found, []).append(path)
    return plan


# Suites --------------------------------------------------------------------------------
class Runner:
    def __init__(self, settings: Settings, backend: Backend, on_case: CaseHook | None = None) -> None:
        self.settings = settings
        self.backend = backend
        self._on_case = on_case
        self._suite: SuiteName = "routing"
        self._homes: list[tempfile.TemporaryDirectory[str]] = []
        self._services: list[Any] = []
        # One loop for the whole run: a model client belongs to the loop it was opened on.
        self._loop = asyncio.new_event_loop()

    def wait(self, awaitable: Any) -> Any:
        return self._loop.run_until_complete(awaitable)

    def service(self):  # type: ignore[no-untyped-def]
        """A service in a fresh throwaway home, with the user's model settings."""
        from coach.app.coach import Coach

        home = tempfile.TemporaryDirectory(prefix="coach-eval-")
        self._homes.append(home)
        service = Coach(self.settings.model_copy(update={"home": Path(home.name)}))
        self._services.append(service)
        if self.backend == "llm" and service.parts.gateway is None:
            raise UsageError(
                "--backend llm needs a model: set COACH_BASE_URL (and COACH_MODEL, COACH_API_KEY); `coach doctor` checks it"
            )
        return service

    def close(self) -> None:
        for service in self._services:
            self.wait(service.aclose())
        self._loop.close()
        for home in self._homes:
            home.cleanup()

    @staticmethod
    def _label(path: Path, case_id: str, files: list[Path]) -> str:
        return f"{path.stem}:{case_id}" if len(files) > 1 else case_id

    def routing(self, files: list[Path]) -> tuple[dict[str, float], list[CaseResult]]:
        from coach.evals.routing import load_routing_cases

        service = self.service()
        results: list[CaseResult] = []
        unseen: list[CaseResult] = []
        trained_on = service.parts.router.trained_on if self.backend != "llm" else frozenset()
        for path in files:
            for case in load_routing_cases(path):
                if self.backend == "llm":
                    result, _warning = self.wait(service.sessions.route_with_model(case.situation, case.role))
                else:
                    result = service.sessions.route(case.situation, case.role)
                passed = result.conversation in case.expect
                shown = [result.conversation, *(a.conversation for a in result.alternatives[:1] if result.unsure)]
                offered = any(c in case.expect for c in shown)  # right, or one of the two shown when coach asks
                self._record(
                    results,
                    CaseResult(
                        self._label(path, case.id, files),
                        passed,
                        {"correct": float(passed), "confidence": result.confidence, "right_or_offered": float(offered)},
                        {
                            "predicted": result.conversation,
                            "expect": case.expect,
                            "role": case.role,
                            "indirect": case.indirect,
                        },
                    ),
                )
                if path.name not in trained_on:
                    unseen.append(results[-1])
        outside = [r for r in results if r.detail["expect"] == [OUT_OF_SCOPE]]
        inside = [r for r in results if OUT_OF_SCOPE not in r.detail["expect"]]
        metrics = {"accuracy": sum(r.passed for r in results) / len(results)}
        metrics["right_or_offered"] = sum(r.scores["right_or_offered"] for r in results) / len(results)
        if outside:
            metrics["out_of_scope_recall"] = sum(r.detail["predicted"] == OUT_OF_SCOPE for r in outside) / len(outside)
        metrics["wrongly_out_of_scope"] = float(sum(r.detail["predicted"] == OUT_OF_SCOPE for r in inside))
        if inside:  # the share is what the threshold holds: a count grows with the sets
            metrics["wrongly_out_of_scope_share"] = metrics["wrongly_out_of_scope"] / len(inside)
            metrics["calibration_error"] = calibration_error([(r.scores["confidence"], r.passed) for r in inside])
        # Confidence is judged where the learned model never saw the text (the held-out sets):
        # on the cases it was fitted on it is right almost always and its confidence says little.
        # The threshold is on overconfidence, the harmful side: a confident wrong suggestion.
        judged = [r for r in unseen if OUT_OF_SCOPE not in r.detail["expect"]] or inside
        if judged:
            predictions = [(r.scores["confidence"], r.passed) for r in judged]
            if len(judged) < len(inside):
                metrics["calibration_error_unseen"] = calibration_error(predictions)
            metrics["overconfidence"] = overconfidence(predictions)
        return metrics, results

    def summary(self, files: list[Path]) -> tuple[dict[str, float], list[CaseResult]]:
        from coach.evals.summary import load_summary_suite, metrics, score_case
        from coach.summary.meeting import parse_meeting
        from coach.summary.transcripts import read_transcript

        service = self.service()
        outcomes: list[Any] = []
        results: list[CaseResult] = []
        suites = [(path, load_summary_suite(path).cases) for path in files]
        drafted = iter(
            offline_summaries([case for _, cases in suites for case in cases]) if self.backend != "llm" else []
        )
        for path, cases in suites:
            for case in cases:
                if self.backend != "llm":
                    given_format, meeting, summary = next(drafted)
                else:
                    given = read_transcript(case.transcript)  # as `coach summarize` reads a file
                    given_format, meeting = given.format, parse_meeting(given.text)
                    try:
                        draft = self.wait(
                            service.summaries.draft(
                                given.text, meeting_date=case.meeting_date, conversation=case.conversation
                            )
                        )
                    except CoachError as exc:  # one case that cannot be drafted never loses a long live run
                        self._record(results, self._failed(self._label(path, case.id, files), exc))
                        continue
                    summary = draft.summary
                outcome = score_case(case, summary, meeting)
                if self.backend == "llm" and outcome.facts_missed:
                    self.wait(self._judge_facts(service, outcome))
                outcomes.append(outcome)
                one = metrics([outcome])
                self._record(
                    results,
                    CaseResult(
                        self._label(path, case.id, files),
                        not (outcome.missed or outcome.extra or outcome.invented or outcome.facts_missed),
                        one,
                        {
                            "missed": [
                                f"{e.owner}: {' '.join(e.keywords)}" + (f" (due {e.due})" if e.due else "")
                                for e in outcome.missed
                            ],
                            "extra": [f"{i.owner}: {i.task}" for i in outcome.extra],
                            "invented": [f"{i.owner}: {i.task}" for i in outcome.invented],
                            "facts_missed": [" ".join(f) for f in outcome.facts_missed],
                            "format": summary_format(given_format, meeting.transcript),
                            "items": {
                                "matched": outcome.matched,
                                "drafted": len(summary.action_items),
                                "expected": len(case.expect.action_items),
                            },
                        },
                    ),
                )
        return metrics(outcomes), results

    def _record(self, results: list[CaseResult], *done: CaseResult) -> None:
        """Keep each finished case and report it at once (a long live run shows its progress
        and keeps what it finished when stopped)."""
        for result in done:
            results.append(result)
            if self._on_case is not None:
                self._on_case(self._suite, result)

    @staticmethod
    def _failed(label: str, error: CoachError) -> CaseResult:
        return CaseResult(label, False, {}, {"error": str(error)})

    @staticmethod
    async def _judge_facts(service, outcome) -> None:  # type: ignore[no-untyped-def]
        """Facts the keywords missed go to the judge; a verified "yes" counts them found."""
        from coach.evals.judge import judge, load_rubric

        rubric = load_rubric("fact")
        text = "\n".join(outcome.summary.facts())
        for keywords in list(outcome.facts_missed):
            if await judge(service.parts.gateway, rubric, claim=" ".join(keywords), text=text):
                outcome.facts_missed.remove(keywords)
                outcome.facts_found += 1

    def retrieval(self, files: list[Path]) -> tuple[dict[str, float], list[CaseResult]]:
        from coach.evals.retrieval import load_retrieval_suite, run_retrieval

        outcomes = []
        results: list[CaseResult] = []
        for path in files:
            _, found = run_retrieval(self.service(), load_retrieval_suite(path))  # each set in its own home
            outcomes += found
            self._record(
                results,
                *[
                    CaseResult(
                        self._label(path, o.case.id, files),
                        o.recall == 1.0,
                        {"recall_at_5": o.recall, "reciprocal_rank": o.reciprocal_rank},
                        {"found": o.found, "expect": o.case.expect},
                    )
                    for o in found
                ],
            )
        return {
            "recall_at_5": sum(o.recall for o in outcomes) / len(outcomes),
            "mrr": sum(o.reciprocal_rank for o in outcomes) / len(outcomes),
        }, results

    def rehearsal(self, files: list[Path]) -> tuple[dict[str, float], list[CaseResult]]:
        from coach.evals.rehearsal import (
            LineOutcome,
            RehearsalLinesSuite,
            line_metrics,
            load_rehearsal_file,
            run_rehearsal_suite,
        )
        from coach.rehearsal.scorecard import answering, reached_in_meeting, score
        from coach.rehearsal.style import classify, style_label
        from coach.rehearsal.transcript import parse_rehearsal

        service = self.service()

        def persona_of(case):  # type: ignore[no-untyped-def]
            persona = service.rehearsals.personas.get(case.persona) if case.persona else None
            if case.persona and persona is None:
                raise UsageError(f"rehearsal case {case.id}: unknown persona '{case.persona}'")
            return persona

        def user_lines(case, text, persona):  # type: ignore[no-untyped-def]
            return parse_rehearsal(text, user_is="report" if persona and persona.plays == "manager" else "manager")

        def scored(case, text):  # type: ignore[no-untyped-def]
            persona = persona_of(case)
            conversation = service.framework.get(case.conversation)
            lines = user_lines(case, text, persona)
            return score(lines, conversation, service.rehearsals.matcher(conversation), persona)

        def read_lines(case):  # type: ignore[no-untyped-def]
            persona = persona_of(case)
            conversation = service.framework.get(case.conversation)
            matcher = service.rehearsals.matcher(conversation)
            said = [text for who, text in user_lines(case, case.transcript, persona) if who == "user"]
            return LineOutcome(
                case,
                [
                    (
                        reached_in_meeting(text, style, conversation, matcher, answering=answering(persona)),
                        style_label(style),
                    )
                    for text in said
                    for style in [classify(text)]
                ],
            )

        outcomes = []
        results: list[CaseResult] = []
        annotated: list[LineOutcome] = []
        for path in files:
            suite = load_rehearsal_file(path)
            if isinstance(suite, RehearsalLinesSuite):
                read = [read_lines(case) for case in suite.cases]
                annotated += read
                self._record(
                    results,
                    *[
                        CaseResult(
                            self._label(path, o.case.id, files),
                            not o.misread(),
                            line_metrics([o]),
                            {"misread": o.misread()},
                        )
                        for o in read
                    ],
                )
                continue
            _, found = run_rehearsal_suite(suite, scored)
            outcomes += found
            self._record(
                results,
                *[
                    CaseResult(
                        self._label(path, o.case.id, files),
                        o.ranked_right,
                        {
                            "skilled_coverage": o.skilled.coverage,
                            "unskilled_coverage": o.unskilled.coverage,
                            "skilled_open_question_share": o.skilled.open_question_share,
                            "unskilled_open_question_share": o.unskilled.open_question_share,
                        },
                    )
                    for o in found
                ],
            )
        metrics = {"ranking_accuracy": sum(o.ranked_right for o in outcomes) / len(outcomes)} if outcomes else {}
        return metrics | line_metrics(annotated), results

    def coverage(self, files: list[Path]) -> tuple[dict[str, float], list[CaseResult]]:
        from coach.evals.coverage import coverage_metrics, load_coverage_suite

        service = self.service()
        outcomes: list[Any] = []
        results: list[CaseResult] = []
        for path in files:
            for case in load_coverage_suite(path).cases:
                outcome = self.wait(self._play(service, case))
                outcomes.append(outcome)
                self._record(
                    results,
                    CaseResult(
                        self._label(path, case.id, files),
                        outcome.passed,
                        {"coverage": outcome.coverage, "critical_covered": float(not outcome.missed_critical)},
                        {
                            "first_covered": outcome.first_covered,
                            "missed": [q for q in case.expect if q not in outcome.covered],
                            "missed_critical": outcome.missed_critical,
                        },
                    ),
                )
        return coverage_metrics(outcomes), results

    async def _play(self, service, case):  # type: ignore[no-untyped-def]
        from coach.evals.coverage import simulate

        service.framework.get(case.conversation)

        def start() -> tuple[str, list[str], str | None]:
            view = service.sessions.start(case.role, case.conversation, case.person)
            return (
                view.id,
                [p.question.id for p in view.conversation.plan(case.role) if p.question.critical],
                view.state.current,
            )

        from coach.app.events import TurnSaved

        async def turn(session_id: str, text: str) -> tuple[list[str], bool, str | None]:
            if self.backend == "llm":
                saved = [
                    event async for event in service.sessions.respond(session_id, text) if isinstance(event, TurnSaved)
                ]
                view = saved[-1].view
            else:
                view = await asyncio.to_thread(service.sessions.send, session_id, text)
            return view.state.covered_ids, view.finished, view.state.current

        answer = None
        if self.backend == "llm" and case.persona:
            from coach.evals.simulated_user import SimulatedUser

            answer = SimulatedUser(service, case).answer
        return await simulate(case, start, turn, answer)

    def advice(self, files: list[Path]) -> tuple[dict[str, float], list[CaseResult]]:
        from coach.app.advice import leaks, render_advice
        from coach.evals.advice import first_hit, load_advice_suite

        service = self.service()
        internal = service.advice.internal_ids()
        results: list[CaseResult] = []
        for path in files:
            for case in load_advice_suite(path).cases:
                found = service.advice.find(case.question, role=case.role, conversation=case.conversation)
                rank = first_hit([f"{a.title}. {a.text}" for a in found], case.expect.any_of)
                shown = render_advice(found)
                answered: bool | None = None
                answer_text: str | None = None
                if self.backend == "llm":  # what `coach advise` shows: the model's answer, then the entries
                    written = self.wait(
                        service.advice.write(case.question, role=case.role, conversation=case.conversation)
                    )
                    answered = written.answer is not None
                    shown = "\n\n".join(filter(None, [written.answer, render_advice(written.advice)]))
                    answer_text = written.answer or written.notice  # what was shown, or why the entries were
                leaked = leaks(shown, internal)
                self._record(
                    results,
                    CaseResult(
                        self._label(path, case.id, files),
                        rank is not None and rank <= 3 and not leaked,
                        {"hit_at_1": float(rank == 1), "hit_at_3": float(rank is not None and rank <= 3)},
                        {"titles": [a.title for a in found], "expect": case.expect.any_of, "leaked": leaked}
                        | ({} if answered is None else {"answered_by_model": answered, "answer": answer_text}),
                    ),
                )
        n = len(results)
        return {
            "hit_at_1": sum(r.scores["hit_at_1"] for r in results) / n,
            "hit_at_3": sum(r.scores["hit_at_3"] for r in results) / n,
            "leaked_ids": float(sum(bool(r.detail["leaked"]) for r in results)),
        }, results

    def brief(self, files: list[Path]) -> tuple[dict[str, float], list[CaseResult]]:
        from coach.evals.brief import load_brief_suite

        outcomes: list[Any] = []
        results: list[CaseResult] = []
        shared = None
        for path in files:
            for case in load_brief_suite(path).cases:
                # A case with memory gets a home of its own; the others share one.
                if case.memory:
                    service = self.service()
                else:
                    shared = shared or self.service()
                    service = shared
                outcome = self._brief_case(service, case)
                outcomes.append(outcome)
                self._record(
                    results,
                    CaseResult(
                        self._label(path, case.id, files),
                        not (outcome.missing or outcome.violations or outcome.wrong_audience),
                        {"includes_recall": outcome.recall},
                        {
                            "missing": outcome.missing,
                            "excluded_but_found": outcome.violations,
                            "wrong_audience": outcome.wrong_audience,
                            "brief": outcome.brief,
                            "transcript": outcome.transcript,
                        },
                    ),
                )
        return {
            "includes_recall": sum(o.recall for o in outcomes) / len(outcomes),
            "excludes_violations": float(sum(len(o.violations) for o in outcomes)),
            "wrong_audience_lines": float(sum(len(o.wrong_audience) for o in outcomes)),
        }, results

    def _brief_case(self, service, case):  # type: ignore[no-untyped-def]
        from coach.app.events import TurnSaved
        from coach.evals.brief import MAX_TURNS, next_answer, score_brief
        from coach.framework.audience import wrong_lines_in

        conversation = service.framework.get(case.conversation)
        records = service.memory.records
        if case.person and case.memory:
            records.add_person(case.person)
            for note in case.memory.notes:
                records.add_note(case.person, note.text, date=note.date)
            for action in case.memory.actions:
                records.add_action(case.person, action.owner, action.task, due=action.due)
        view = service.sessions.start(case.role, case.conversation, case.person, situation=case.situation)
        shown = [t.text for t in view.new_turns if t.speaker == "coach"]
        used: dict[str, int] = {}
        for _ in range(MAX_TURNS):
            if view.finished:
                break
            text = next_answer(case, view.state.current, used)
            if self.backend == "llm":
                saved = self.wait(self._collect(service.sessions.respond(view.id, text)))
                view = [e for e in saved if isinstance(e, TurnSaved)][-1].view
            else:
                view = service.sessions.send(view.id, text)
            shown += [t.text for t in view.new_turns if t.speaker == "coach"]
        brief = service.sessions.brief(view.id)
        wrong = wrong_lines_in([*shown, brief], conversation, case.role, case.person)
        return score_brief(case, brief, shown, wrong)

    @staticmethod
    async def _collect(events):  # type: ignore[no-untyped-def]
        return [event async for event in events]

    def run(self, suite: SuiteName, files: list[Path]) -> SuiteResult:
        self._suite = suite
        metrics, results = getattr(self, suite)(files)
        return SuiteResult(suite, metrics, results, [str(f) for f in files])


# Thresholds, baseline, reports -----------------------------------------------------------
def baseline_path() -> Path:
    return bundled_dir("evals") / "baseline.json"


def load_baseline(path: Path | None = None) -> dict[str, Any]:
    path = path or baseline_path()
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the baseline: {exc}") from None


def check(run: EvalRun, baseline: dict[str, Any]) -> None:
    thresholds = baseline.get("thresholds", {})
    reference = (
        {} if run.custom_cases or run.backend != baseline.get("backend", "offline") else baseline.get("metrics", {})
    )
    for suite in run.suites:
        for metric, value in suite.metrics.items():
            rule = thresholds.get(suite.suite, {}).get(metric)
            base = reference.get(suite.suite, {}).get(metric)
            lower = metric in LOWER_IS_BETTER
            item = Check(
                suite.suite, metric, value, "" if rule is None else (f"<= {rule}" if lower else f">= {rule}"), base
            )
            if rule is not None and (value > rule if lower else value < rule):
                item.failure = (
                    f"{suite.suite} {metric} {value:.3f} is {'over' if lower else 'under'} its threshold {rule}"
                )
            elif base is not None and (value > base + REGRESSION_MARGIN if lower else value < base - REGRESSION_MARGIN):
                item.failure = f"{suite.suite} {metric} {value:.3f} is more than {REGRESSION_MARGIN} worse than the baseline {base:.3f}"
            run.checks.append(item)


def git_revision() -> str:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=Path(__file__).parent,
            capture_output=True,
            text=True,
            timeout=5,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return result.stdout.strip() or "unknown"


def _report_folder(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create {folder}: {exc.strerror or exc}") from None
    return folder


class CaseJournal:
    """`cases.jsonl` in the report folder: one line per case, written as the case finishes,
    so that a live run stopped after an hour keeps the cases it finished."""

    NAME = "cases.jsonl"

    def __init__(self, folder: Path) -> None:
        self.path = _report_folder(folder) / self.NAME
        try:
            self.path.write_text("", encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {self.path}: {exc.strerror or exc}") from None

    def write(self, suite: SuiteName, result: CaseResult, seconds: float) -> None:
        """Append `result`, which took `seconds`."""
        row = {
            "suite": suite,
            "case": result.id,
            "passed": result.passed,
            "scores": {k: round(v, 4) for k, v in result.scores.items()},
            "detail": result.detail,
            "seconds": round(seconds, 1),
        }
        try:
            with self.path.open("a", encoding="utf-8") as out:
                out.write(json.dumps(row, default=str) + "\n")
        except OSError as exc:
            raise UsageError(f"cannot write {self.path}: {exc.strerror or exc}") from None


def write_report(run: EvalRun, folder: Path) -> tuple[Path, Path]:
    _report_folder(folder)
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    common = {"revision": run.revision, "eval_version": run.version, "backend": run.backend, "at": stamp}
    rows = []
    for suite in run.suites:
        rows += [
            {"suite": suite.suite, "case": None, "metric": m, "value": round(v, 4), **common}
            for m, v in suite.metrics.items()
        ]
        for case in suite.cases:
            rows += [
                {
                    "suite": suite.suite,
                    "case": case.id,
                    "metric": m,
                    "value": round(v, 4),
                    "passed": case.passed,
                    **common,
                }
                for m, v in case.scores.items()
            ]
    results = folder / "results.jsonl"
    summary = folder / "summary.md"
    try:
        results.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
        summary.write_text(render_summary(run), encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write the report in {folder}: {exc.strerror or exc}") from None
    return results, summary


def render_summary(run: EvalRun) -> str:
    lines = [
        f"# coach eval ({run.backend})",
        "",
        f"Revision `{run.revision}`, eval version {run.version}. "
        + (
            "All metrics pass."
            if not run.failed
            else f"{len(run.failed)} failing: " + "; ".join(c.failure or "" for c in run.failed)
        ),
        "",
    ]
    for suite in run.suites:
        lines += [
            f"## {suite.suite}",
            "",
            f"Cases: {', '.join(f'`{Path(f).name}`' for f in suite.files)}",
            "",
            "| metric | value | threshold | change since baseline |",
            "|---|---|---|---|",
        ]
        for item in (c for c in run.checks if c.suite == suite.suite):
            change = "n/a" if item.baseline is None else f"{item.value - item.baseline:+.3f}"
            mark = " ✗" if item.failure else ""
            lines.append(f"| {item.metric} | {item.value:.3f}{mark} | {item.threshold or '-'} | {change} |")
        failing = [c.id for c in suite.cases if not c.passed]
        lines += ["", f"Failing cases ({len(failing)} of {len(suite.cases)}): {', '.join(failing) or 'none'}", ""]
    return "\n".join(lines)


def run_evals(
    settings: Settings,
    *,
    suite: str = "all",
    cases: Sequence[Path] = (),
    backend: Backend = "offline",
    baseline: Path | None = None,
    on_case: CaseHook | None = None,
) -> EvalRun:
    plan = plan_files(suite, cases)
    loaded = load_baseline(baseline)
    runner = Runner(settings, backend, on_case)
    try:
        results = [runner.run(name, files) for name, files in plan.items()]
    finally:
        runner.close()
    run = EvalRun(backend, git_revision(), int(loaded.get("eval_version", 1)), results, custom_cases=bool(cases))
    check(run, loaded)
    return run
