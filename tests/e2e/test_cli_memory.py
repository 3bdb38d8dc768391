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
    assert code == 0 and "320 of 500 (at-risk)" in out
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
        (["okr", "add"], "`coach okr add` needs --person --objective --quarter"),  # was a traceback
        (["okr", "update", "--current", "1"], "`coach okr update` needs the key result's id"),
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


def _seed_actions() -> None:
    from datetime import date, timedelta

    from coach.app.coach import Coach
    from coach.core.config import load_settings

    records = Coach(load_settings()).memory.records
    records.add_person("Sam Patel", "report")
    today = date.today()
    records.add_action("Sam Patel", "Sam Patel", "send the churn plan", due=(today - timedelta(days=3)).isoformat())
    records.add_action("Sam Patel", "Dana", "book the room", due=(today + timedelta(days=2)).isoformat())
    records.add_action("Sam Patel", "Sam Patel", "draft the career plan", due=(today + timedelta(days=30)).isoformat())
    records.add_action(None, "Dana", "review the hiring rubric")


def test_actions_flag_overdue_and_list_what_is_due(capsys) -> None:
    _seed_actions()
    code, out, _ = run(capsys, "actions")
    assert code == 0 and "send the churn plan (due " in out and ", overdue)" in out.splitlines()[0]
    assert "overdue" not in out.splitlines()[1]
    code, out, _ = run(capsys, "actions", "--due")
    assert [line.split()[0] for line in out.splitlines()] == ["[1]", "[2]"]
    code, out, _ = run(capsys, "actions", "--due", "--days", "60", "--json")
    assert [(a["id"], a["timing"]) for a in json.loads(out)] == [(1, "overdue"), (2, "due soon"), (3, "due soon")]
    code, out, _ = run(capsys, "people", "show", "Sam Patel")
    assert ", overdue)" in out


def test_actions_export_a_calendar_in_place_and_a_checklist(capsys, tmp_path: Path) -> None:
    import icalendar

    _seed_actions()
    target = tmp_path / "cal" / "actions.ics"
    code, out, _ = run(capsys, "actions", "export", str(target))
    assert code == 0 and out.startswith("Wrote 3 action items to ") and "(1 without a due date is left out)" in out
    first = icalendar.Calendar.from_ical(target.read_bytes())
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    run(capsys, "actions", "done", "2")
    assert run(capsys, "actions", "export", str(target), "--all")[0] == 0  # the same file, replaced
    again = icalendar.Calendar.from_ical(target.read_bytes())
    uids = [str(e["UID"]) for e in first.walk("VEVENT")]
    assert uids == [str(e["UID"]) for e in again.walk("VEVENT")]
    assert [str(e["SUMMARY"]) for e in again.walk("VEVENT")][1] == "Done: Dana: book the room"
    code, out, _ = run(capsys, "actions", "export", "-", "--format", "md")
    assert code == 0 and "- [ ] Dana: review the hiring rubric" in out
    code, out, _ = run(capsys, "actions", "export", str(tmp_path / "list.md"))
    assert code == 0 and (tmp_path / "list.md").read_text(encoding="utf-8").count("- [ ]") == 3
    code, _, err = run(capsys, "actions", "export", str(tmp_path / "list.txt"))
    assert code == 2 and "needs a file name ending in .ics" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "actions", "done", "two")
    assert code == 2 and "not a whole id" in err
    code, out, _ = run(capsys, "actions", "export")
    assert code == 0 and "coach-actions.ics" in out
    code, out, _ = run(capsys, "forget", "Sam Patel", "--yes")
    assert code == 0
    exports = Path(os.environ["COACH_HOME"]) / "exports"
    assert not (exports / "coach-actions.ics").exists(), "forgetting someone removes the exports that name them"


def test_notes_edit_and_delete_reach_search_too(capsys) -> None:
    assert run(capsys, "people", "add", "Sam")[0] == 0
    run(capsys, "notes", "add", "Sam led the churn review well", "--person", "Sam")
    code, out, _ = run(capsys, "notes", "edit", "1", "Sam", "led", "the", "pricing", "review")
    assert code == 0 and "now reads: Sam led the pricing review" in out
    code, out, _ = run(capsys, "notes", "search", "pricing", "--json")
    assert [hit["note_id"] for hit in json.loads(out)] == [1]
    code, out, _ = run(capsys, "notes", "search", "churn", "--json")
    assert all("churn" not in hit["text"] for hit in json.loads(out)), "the old wording is gone from search"
    code, _, err = run(capsys, "notes", "delete", "1")  # no terminal to ask at: --yes is needed
    assert code == 2 and "add --yes to confirm" in err
    assert run(capsys, "notes", "delete", "1", "--yes")[0] == 0
    code, out, _ = run(capsys, "notes", "search", "pricing", "--json")
    assert json.loads(out) == []
    code, _, err = run(capsys, "notes", "edit", "1", "anything")
    assert code == 2 and "no note 1" in err


def test_actions_edit_reopen_delete_and_sessions_delete(capsys) -> None:
    from coach.app.coach import Coach
    from coach.core.config import load_settings

    service = Coach(load_settings())
    service.memory.records.add_person("Sam")
    service.memory.records.add_action("Sam", "Sam", "send the plan", due="2026-12-01")
    view = service.sessions.start("manager", "coaching", "Sam")
    code, out, _ = run(capsys, "actions", "edit", "1", "--task", "send the revised plan", "--due-on", "2026-12-03")
    assert code == 0 and out.strip() == "[1] Sam: send the revised plan (due 2026-12-03)"
    assert json.loads(run(capsys, "actions", "edit", "1", "--due-on", "none", "--json")[1])["due"] is None
    code, _, err = run(capsys, "actions", "edit", "1", "--due-on", "soon")
    assert code == 2 and "not a date" in err
    run(capsys, "actions", "done", "1")
    assert run(capsys, "actions", "reopen", "1")[1].startswith("Open again: [1]")
    code, _, err = run(capsys, "actions", "reopen", "1")
    assert code == 2 and "open already" in err
    assert run(capsys, "actions", "delete", "1", "--yes")[0] == 0
    assert json.loads(run(capsys, "actions", "--all", "--json")[1]) == []
    code, out, _ = run(capsys, "sessions", "delete", view.id[:6], "--yes")
    assert code == 0 and f"Deleted session {view.id}" in out
    assert json.loads(run(capsys, "sessions", "--json")[1]) == []
    code, _, err = run(capsys, "sessions", "delete", view.id, "--yes")
    assert code == 2 and "no session" in err


def test_okr_targets_with_a_direction_from_the_cli_and_a_csv(capsys, tmp_path: Path) -> None:
    run(capsys, "people", "add", "Sam")
    code, _, _ = run(
        capsys,
        "okr",
        "add",
        "--person",
        "Sam",
        "--objective",
        "Keep customers",
        "--quarter",
        "2026-Q4",
        "--kr",
        "Monthly churn %:<5",
        "--kr",
        "Time to first reply: under 2h",
    )
    assert code == 0
    (okr,) = json.loads(run(capsys, "okr", "list", "--json")[1])
    assert [(k["description"], k["target"], k["lower_is_better"]) for k in okr["key_results"]] == [
        ("Monthly churn %", 5.0, True),
        ("Time to first reply: under 2h", None, False),
    ]
    run(capsys, "okr", "update", "1", "--current", "6.2")
    assert "6.2 (target: 5 or less)" in run(capsys, "okr", "list")[1]
    sheet = tmp_path / "okrs.csv"
    sheet.write_text(
        "person,objective,quarter,key_result,target\nSam,Quality,2026-Q4,Escaped defects,<=3\nSam,Quality,2026-Q4,Coverage %,80\n"
    )
    assert run(capsys, "notes", "import", str(sheet))[0] == 0
    quality = next(o for o in json.loads(run(capsys, "okr", "list", "--json")[1]) if o["objective"] == "Quality")
    assert [k["lower_is_better"] for k in quality["key_results"]] == [True, False]
