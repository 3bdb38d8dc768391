"""Imports and saves that are atomic and idempotent, and links that are not followed (issue 12)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from coach.app.coach import Coach
from coach.cli import main
from coach.core.config import load_settings
from coach.summary.models import ActionItem, MeetingSummary

REPO = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def kill_during(args: list[str], delay: float) -> None:
    """Start `coach ARGS` and `kill -9` it after `delay` seconds."""
    child = subprocess.Popen(
        [sys.executable, "-m", "coach", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=os.environ.copy(),
    )
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()


def _folder_of_notes(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    for n in range(count):
        (folder / f"2026-10-{n % 28 + 1:02d}-note-{n:04d}.md").write_text(
            f"Note {n}: Dana and the rollout, part {n}.\n"
        )
    return folder


def test_a_killed_import_leaves_all_or_nothing_and_a_retry_adds_no_duplicate(capsys, tmp_path: Path) -> None:
    folder = _folder_of_notes(tmp_path, 400)
    run(capsys, "people", "add", "Dana")
    counts = []
    for delay in (0.3, 0.5, 0.7, 0.9, 1.1):
        kill_during(["notes", "import", str(folder), "--person", "Dana"], delay)
        counts.append(len(Coach(load_settings()).memory.records.notes("Dana", limit=1000)))
    assert all(count in (0, 400) for count in counts), counts  # never a partial import
    assert run(capsys, "notes", "import", str(folder), "--person", "Dana")[0] == 0
    assert run(capsys, "notes", "import", str(folder), "--person", "Dana")[1] == "Imported 0 notes.\n"
    assert len(Coach(load_settings()).memory.records.notes("Dana", limit=1000)) == 400


def test_a_symbolic_link_is_never_imported(capsys, tmp_path: Path) -> None:
    folder = _folder_of_notes(tmp_path, 2)
    secret = tmp_path / "passwd.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    (folder / "innocent.md").symlink_to(secret)
    code, _, err = run(capsys, "notes", "import", str(folder))
    assert code == 2 and "symbolic links (innocent.md)" in err and "nothing was imported" in err
    assert "root:x" not in run(capsys, "notes", "list")[1]
    linked = tmp_path / "linked.md"
    linked.symlink_to(secret)
    code, _, err = run(capsys, "notes", "import", str(linked))
    assert code == 2 and "symbolic link" in err


def test_an_okr_csv_import_is_linear_and_idempotent(capsys, tmp_path: Path) -> None:
    run(capsys, "people", "add", "Dana")
    rows = ["person,objective,quarter,key_result,target"]
    rows += [f"Dana,Objective {n // 2},2026-Q4,KR {n},{n}" for n in range(4000)]
    csv = tmp_path / "okrs.csv"
    csv.write_text("\n".join(rows) + "\n")
    assert run(capsys, "notes", "import", str(csv))[1] == "Imported 2000 OKRs.\n"
    assert run(capsys, "notes", "import", str(csv))[1] == "Imported 0 OKRs.\n"


def test_saving_the_same_summary_twice_does_not_double_its_action_items() -> None:
    coach = Coach(load_settings())
    coach.memory.records.add_person("Dana")
    summary = MeetingSummary(
        date=date(2026, 11, 24),
        participants=["Dana", "Sam"],
        action_items=[
            ActionItem(
                owner="Dana",
                task="send the plan",
                due=date(2026, 11, 27),
                evidence="I'll send the plan by Friday.",
                line=2,
            )
        ],
    )
    first = coach.summaries.save(summary, "Dana")
    second = coach.summaries.save(summary, "Dana")
    assert second.note.id == first.note.id
    assert [a.id for a in second.actions] == [a.id for a in first.actions]
    assert len(coach.memory.records.actions("Dana")) == 1


def test_forget_leaves_no_trace_in_the_database_the_index_or_the_exports(
    capsys, coach_home: Path, tmp_path: Path
) -> None:
    run(capsys, "people", "add", "Zebediah")
    run(capsys, "people", "add", "Sam")
    run(capsys, "notes", "add", "Zebediah is worried about the reorg.", "--person", "Zebediah")
    run(capsys, "notes", "add", "Team lunch: Zebediah brought the cake.")  # about nobody, names them
    run(capsys, "notes", "add", "Sam mentioned Zebediah in passing.", "--person", "Sam")  # about Sam: kept
    transcript = tmp_path / "m.txt"
    transcript.write_text(
        "Attendees: Sam, Zebediah\nZebediah: I'll send the reorg notes by Friday.\n", encoding="utf-8"
    )
    run(
        capsys,
        "summarize",
        str(transcript),
        "--offline",
        "--save",
        "--person",
        "Sam",
        "-o",
        str(coach_home / "exports") + "/",
    )
    assert run(capsys, "notes", "search", "reorg cake")[0] == 0  # the index now holds their notes
    code, out, _ = run(capsys, "forget", "Zebediah", "--yes")
    assert code == 0 and "1 exports" in out and "2 notes about others that still mention them" in out
    assert "2 notes" in out and "1 action items" in out  # their note and the lunch note; the item they owned
    assert "Zebediah" not in run(capsys, "actions", "--all")[1]
    traces = [
        path.relative_to(coach_home)
        for path in coach_home.rglob("*")
        if path.is_file() and b"Zebediah" in path.read_bytes() and path.name != "coach.db"
    ]
    assert traces == [], traces  # no index log, no old segment, no export
    kept = Coach(load_settings()).memory.records.notes("Sam", limit=10)  # about Sam: the user keeps them
    in_kept_notes = sum(note.text.count("Zebediah") for note in kept)
    assert (coach_home / "coach.db").read_bytes().count(b"Zebediah") == in_kept_notes == 3


def test_a_killed_restore_leaves_a_whole_database(capsys, tmp_path: Path) -> None:
    """kill -9 at several moments of a restore: the database is either the one before or
    the backup, never a mix, and coach opens it."""
    run(capsys, "people", "add", "Dana")
    folder = _folder_of_notes(tmp_path, 300)
    run(capsys, "notes", "import", str(folder), "--person", "Dana")
    backup = tmp_path / "full.db"
    run(capsys, "backup", str(backup))
    run(capsys, "forget", "Dana", "--yes")
    run(capsys, "people", "add", "Sam")
    for delay in (0.2, 0.4, 0.6, 0.8):
        kill_during(["restore", str(backup)], delay)
        code, out, err = run(capsys, "people", "--json")
        assert code == 0, err
        names = {p["name"] for p in json.loads(out)}
        assert names in ({"Sam"}, {"Dana"}), names
        if names == {"Dana"}:
            assert len(Coach(load_settings()).memory.records.notes("Dana", limit=1000)) == 300
