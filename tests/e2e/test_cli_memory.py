"""The memory commands from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_people_notes_okrs_actions(capsys, tmp_path: Path) -> None:
    assert run(capsys, "people", "add", "Priya", "--role", "report")[0] == 0
    assert (
        run(
            capsys,
            "notes",
            "add",
            "Priya wants the lead role on the 2027 platform.",
            "--person",
            "Priya",
            "--date",
            "2026-11-02",
        )[0]
        == 0
    )
    assert (
        run(
            capsys,
            "okr",
            "add",
            "--person",
            "Priya",
            "--objective",
            "Grow self-serve",
            "--quarter",
            "2026-Q4",
            "--kr",
            "Signups per week:500",
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "okr", "update", "1", "--current", "320", "--status", "at-risk")
    assert code == 0 and "320/500 (at-risk)" in out
    code, out, _ = run(capsys, "people", "show", "priya", "--json")
    data = json.loads(out)
    assert data["person"]["name"] == "Priya" and data["okrs"][0]["key_results"][0]["current"] == 320
    code, out, _ = run(capsys, "notes", "search", "lead", "role", "--json")
    assert [n["date"] for n in json.loads(out)] == ["2026-11-02"]
    code, out, _ = run(capsys, "people", "--json")
    assert json.loads(out)[0] == {"name": "Priya", "role": "report", "notes": 1, "okrs": 1, "open_actions": 0}


def test_options_may_come_between_the_words(capsys) -> None:
    """As people type it: the option before the text, and a query in several words."""
    assert run(capsys, "people", "add", "--role", "report", "Sam")[0] == 0
    assert (
        run(
            capsys, "notes", "add", "--person", "Sam", "--date", "2026-10-01", "Sam worked every weekend in September."
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "notes", "search", "--person", "Sam", "signs", "of", "burnout", "--json")
    assert code == 0 and [n["date"] for n in json.loads(out)] == ["2026-10-01"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["people", "add"], "`coach people add` needs a NAME"),
        (["notes", "add", "hello", "--person", "Nobody"], "no person 'Nobody'"),
        (["notes", "add", "hello", "--date", "yesterday"], "date 'yesterday' is not a date"),
        (["notes", "import", "/no/such/folder"], "/no/such/folder does not exist"),
        (["actions", "done"], "needs the item's ID"),
        (["actions", "done", "42"], "no action item 42"),
        (["okr", "update", "7", "--current", "1"], "no key result 7"),
        (["forget", "Nobody", "--yes"], "no person 'Nobody'"),
        (["restore", "/no/such/backup.db"], "does not exist"),
    ],
)
def test_bad_input_is_one_line(capsys, args: list[str], message: str) -> None:
    code, _, err = run(capsys, *args)
    assert code != 0 and message in err and err.count("\n") == 1


def test_forget_asks_unless_yes(capsys, coach_home: Path) -> None:
    run(capsys, "people", "add", "Sam")
    run(capsys, "notes", "add", "Sam's private note", "--person", "Sam")
    no_tty = subprocess.run(
        [sys.executable, "-m", "coach", "forget", "Sam"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env=os.environ.copy(),
    )
    assert no_tty.returncode == 2 and "add --yes to confirm" in no_tty.stderr
    code, out, _ = run(capsys, "forget", "Sam", "--yes")
    assert code == 0 and out.startswith("Forgot Sam: 1 notes")
    code, out, _ = run(capsys, "notes", "search", "private")
    assert out.strip() == "No notes match."


def test_backup_and_restore(capsys, tmp_path: Path) -> None:
    run(capsys, "people", "add", "Sam")
    target = tmp_path / "coach-backup.db"
    code, out, _ = run(capsys, "backup", str(target))
    assert code == 0 and target.is_file()
    run(capsys, "people", "add", "Ana")
    code, out, _ = run(capsys, "restore", str(target))
    assert code == 0 and "The previous database is kept as" in out
    code, out, _ = run(capsys, "people", "--json")
    assert [p["name"] for p in json.loads(out)] == ["Sam"]
