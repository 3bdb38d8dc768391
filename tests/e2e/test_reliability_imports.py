"""Imports and saves that are atomic and idempotent, and links that are not followed (issue 12)."""

from __future__ import annotations

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
        child = subprocess.Popen(
            [sys.executable, "-m", "coach", "notes", "import", str(folder), "--person", "Dana"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=os.environ.copy(),
        )
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
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
