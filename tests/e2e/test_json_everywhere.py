"""Every command that takes `--json` prints one JSON document with it, including the ones
that change something (they print what they made or changed)."""

from __future__ import annotations

import argparse
import io
import json
from contextlib import redirect_stdout

import pytest

from coach.cli import build_parser, main

CALLS = [
    ["people", "add", "Bob", "--role", "report"],
    ["people"],
    ["people", "show", "Bob"],
    ["notes", "add", "Bob shipped the churn dashboard on Monday.", "--person", "Bob"],
    ["notes", "list"],
    ["notes", "search", "churn dashboard"],
    ["okr", "add", "--person", "Bob", "--objective", "Reduce churn", "--quarter", "2026-Q4", "--kr", "Churn %:5"],
    ["okr", "update", "1", "--current", "6"],
    ["okr", "list"],
    ["actions"],
    ["index", "status"],
    ["framework"],
    ["framework", "coaching"],
    ["route", "my report keeps missing deadlines"],
    ["sessions"],
    ["personas"],
    ["advise", "how do I open the conversation", "--offline"],
    ["config"],
    ["doctor"],
    ["logs"],
]
"""Each with `--json` added. `summarize`, `steps`, `debrief`, `eval` and `models` have their
own tests of their JSON (they need input or a server)."""
ELSEWHERE = {"summarize", "summarise", "steps", "debrief", "eval", "models", "rehearse"}


def test_every_call_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    for call in CALLS:
        code = main([*call, "--json"])
        out = capsys.readouterr().out
        assert code == 0, call
        json.loads(out)  # one document, nothing else on standard output


def test_every_command_that_takes_json_is_covered_here_or_elsewhere() -> None:
    parser = build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    takes_json = {
        name for name, sub in commands.choices.items() if any("--json" in a.option_strings for a in sub._actions)
    }
    covered = {call[0] for call in CALLS} | ELSEWHERE
    assert takes_json - covered == set(), "add the new command to CALLS"


def test_a_change_prints_what_it_made(capsys: pytest.CaptureFixture[str]) -> None:
    with redirect_stdout(io.StringIO()):
        main(["people", "add", "Ann"])
    assert main(["notes", "add", "Ann led the review.", "--person", "Ann", "--json"]) == 0
    note = json.loads(capsys.readouterr().out)
    assert note["person"] == "Ann" and note["text"] == "Ann led the review."
