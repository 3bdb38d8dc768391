"""What reaches the terminal from the CLI, and numbers out of range (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli import main
from coach.core.terminal import clean

ESC = "\x1b"
TITLE = f"{ESC}]0;pwned{ESC}\\"  # retitles the window
CLIPBOARD = ESC + "]52;c;cm0gLXJmIH4=\x07"  # writes `rm -rf ~` to the clipboard
CLEAR = f"{ESC}[2J{ESC}[H"  # clears the screen to paint a fake prompt
EIGHT_BIT = "\x9b31m"  # an 8-bit CSI


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_clean(text: str) -> None:
    for bad in (ESC, "\x07", "\x9b", "\x9d"):
        assert bad not in text, repr(text[:300])


def test_the_sanitiser_removes_sequences_and_controls_but_keeps_lines() -> None:
    assert clean(f"a{TITLE}b{CLIPBOARD}c{CLEAR}d{EIGHT_BIT}e\tf\ng\r\x00") == "abcde\tf\ng\n"
    assert clean("Ana: one\r\nDana: two\rSam: three") == "Ana: one\nDana: two\nSam: three"  # CRLF, a paste's CR
    assert clean("plain text, [brackets] and émoji 🎯") == "plain text, [brackets] and émoji 🎯"


def test_no_escape_sequence_reaches_the_terminal_from_any_command(capsys, tmp_path: Path) -> None:
    name = "Mallory"
    assert run(capsys, "people", "add", name, "--role", "report")[0] == 0
    from coach.app.coach import Coach
    from coach.core.config import load_settings

    with Coach(load_settings()).memory.records.db.transaction() as conn:  # a name saved before names were checked
        conn.execute(
            "INSERT INTO people (name, role, created_at) VALUES (?, ?, 'x')", (f"Trudy{TITLE}", f"peer{CLEAR}")
        )
    note = f"Reviewed the rollout {CLIPBOARD}with {EIGHT_BIT}the team."
    assert run(capsys, "notes", "add", note, "--person", name)[0] == 0
    assert (
        run(
            capsys,
            "okr",
            "add",
            "--person",
            name,
            "--objective",
            f"Ship{CLEAR} it",
            "--quarter",
            "2026-Q4",
            "--kr",
            f"Latency{TITLE}:200",
        )[0]
        == 0
    )
    transcript = tmp_path / "meeting.txt"
    transcript.write_text(
        f"Attendees: {name}, Sam\nSam: I'll send the {CLIPBOARD}rollout plan by Friday.\n", encoding="utf-8"
    )
    outputs = [
        run(capsys, *args)
        for args in (
            ("people",),
            ("people", "show", name),
            ("people", "--json"),
            ("notes", "list"),
            ("notes", "list", "--json"),
            ("notes", "search", "rollout"),
            ("okr", "list"),
            ("okr", "list", "--json"),
            ("summarize", str(transcript), "--offline", "--save"),
            ("actions",),
            ("actions", "--json"),
            ("route", f"my report {TITLE} is behind on the rollout"),
            ("people", "show", f"Trudy{TITLE}"),
            ("people", "show", f"Nobody{TITLE}"),  # an error that quotes the input
        )
    ]
    for _code, out, err in outputs:
        assert_clean(out)
        assert_clean(err)
    assert "Mallory" in outputs[0][1] and "Reviewed the rollout with the team." in outputs[3][1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("actions", "done", "99999999999999999999"), "is not an id"),
        (("actions", "done", "0"), "is not an id"),
        (("sessions", "--limit", str(10**30)), "is not a whole number"),
        (("sessions", "--limit", "0"), "out of range"),
        (("notes", "list", "--limit", "-5"), "out of range"),
        (("okr", "update", "1", "--current", "inf"), "not a finite number"),
    ],
)
def test_numbers_out_of_range_are_one_line(capsys, args: tuple[str, ...], message: str) -> None:
    try:
        code = main(list(args))  # read by the command ("actions done ID")
    except SystemExit as exited:  # or by the parser
        code = exited.code  # type: ignore[assignment]
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and "Traceback" not in err and "OverflowError" not in err


def test_nul_bytes_past_the_first_8_kb_are_refused(capsys, tmp_path: Path) -> None:
    note = tmp_path / "long.md"
    note.write_bytes(b"A perfectly normal start. " * 400 + b"\x00\x01\x02 binary tail")
    code, _, err = run(capsys, "notes", "import", str(note))
    assert code == 2 and "NUL byte" in err and err.count("\n") == 1
    transcript = tmp_path / "meeting.txt"
    transcript.write_bytes(b"Sam: I'll send it by Friday.\n" * 400 + b"\x00")
    code, _, err = run(capsys, "summarize", str(transcript), "--offline")
    assert code == 2 and "NUL byte" in err


@pytest.mark.parametrize(
    ("name", "message"),
    [("x" * 100_000, "at most 100 characters"), ("Eve\x1b]0;t\x07", "control characters")],
)
def test_a_name_too_long_or_with_controls_is_refused(capsys, name: str, message: str) -> None:
    code, _, err = run(capsys, "people", "add", name)
    assert code == 2 and message in err and len(err) < 300


def test_route_answers_a_situation_out_of_scope(capsys) -> None:
    code, out, _ = run(capsys, "route", "I need to fire someone")
    assert code == 0 and out.startswith("out-of-scope  Dismissals and redundancies: coach does not cover this.")
    assert "Talk to HR" in out and "Manager-led coaching" in out
