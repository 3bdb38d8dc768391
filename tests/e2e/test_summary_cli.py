"""`coach summarize` offline from the command line: Markdown, export, JSON, --save, and
bad input, each bad input one line with nothing saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli import main

MEETING = """Dana: How is the churn key result?
Sam: It's at 6.2% against the 5% target, so it's at risk.
Dana: I'll talk to the platform lead tomorrow about the pipeline.
Sam: I'll send you the cancellation survey results by Friday.
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_markdown_export_and_save(capsys, tmp_path: Path) -> None:
    source = tmp_path / "meeting.txt"
    source.write_text(MEETING, encoding="utf-8")
    code, out, _ = run(capsys, "summarize", str(source), "--date", "2026-11-25", "--conversation", "progress-update")
    assert code == 0 and out.startswith("# Meeting summary, 2026-11-25")
    assert "- [ ] **Sam**: send Dana the cancellation survey results, due 2026-11-27 (line 4)" in out
    code, out, _ = run(capsys, "summarize", str(source), "--date", "2026-11-25", "-o", str(tmp_path))
    assert code == 0 and (tmp_path / "2026-11-25-summary.md").read_text(encoding="utf-8").startswith(
        "# Meeting summary"
    )
    run(capsys, "people", "add", "Sam")
    code, _, err = run(capsys, "summarize", str(source), "--date", "2026-11-25", "--save")
    assert code == 0 and "saved as summary note 1 for Sam; 2 action item(s) now tracked" in err
    code, out, _ = run(capsys, "actions", "--person", "Sam", "--json")
    assert [a["task"] for a in json.loads(out)] == [
        "talk to the platform lead about the pipeline",
        "send Dana the cancellation survey results",
    ]
    code, out, _ = run(capsys, "notes", "search", "cancellation survey", "--kind", "summary", "--json")
    assert json.loads(out)[0]["kind"] == "summary"


def test_a_two_megabyte_transcript_is_read_to_the_end(capsys, tmp_path: Path) -> None:
    filler = "Sam: Item {n} of the backlog is fine and needs nothing from anyone, thanks for asking about it.\n"
    text = "Dana: I'll book the offsite venue by Friday.\n" + "".join(filler.format(n=n) for n in range(21_000))
    text += "Sam: I'll send the churn numbers by December 4.\n"
    assert len(text.encode()) > 2_000_000
    source = tmp_path / "long.txt"
    source.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "summarize", str(source), "--date", "2026-11-25", "--json")
    items = json.loads(out)["action_items"]
    assert code == 0 and [(i["owner"], i["line"]) for i in items] == [("Dana", 1), ("Sam", 21_002)]


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (b"", [], "is empty: nothing to summarise"),
        (b"\x7fELF\x00\x00binary", [], "looks like a binary file"),
        (b"caf\xe9: notes", [], "is not UTF-8 text"),
        (b"Preheat the oven to 200 degrees and bake for 20 minutes.", [], "does not look like meeting notes"),
        (MEETING.encode(), ["--date", "31/11/2026"], "date '31/11/2026' is not a date; use YYYY-MM-DD"),
        (MEETING.encode(), ["--person", "Nobody"], "no person 'Nobody'"),
        (MEETING.encode(), ["--conversation", "retro"], "unknown conversation 'retro'"),
        (MEETING.encode(), ["-o", "/no/such/folder/summary.md"], "cannot write /no/such/folder/summary.md"),
    ],
)
def test_bad_input_is_one_line_and_saves_nothing(
    capsys, tmp_path: Path, content: bytes, args: list[str], message: str
) -> None:
    source = tmp_path / "input.txt"
    source.write_bytes(content)
    code, _out, err = run(capsys, "summarize", str(source), "--save", *args)
    assert code == 2 and message in err and err.count("\n") == 1
    assert "Traceback" not in err
    assert run(capsys, "notes", "list", "--json")[1].strip() == "[]"


def test_a_missing_file_or_a_folder(capsys, tmp_path: Path) -> None:
    assert "does not exist" in run(capsys, "summarize", str(tmp_path / "nope.md"))[2]
    assert "is a folder" in run(capsys, "summarize", str(tmp_path))[2]
