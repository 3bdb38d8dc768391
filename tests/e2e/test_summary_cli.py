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
    assert code == 0 and "saved as summary note 1 for Sam; 2 action items now tracked" in err
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
        (bytes(range(1, 9)) * 40, [], "looks like a binary file"),
        (b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n", [], "is a WebVTT transcript with no words in it"),
        (
            b"[10:01] <dana> present+\n[10:02] <sam> q+\n[10:03] <dana> ack sam\n",
            [],
            "is an IRC log with no words in it",
        ),
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


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("teams.vtt", "a WebVTT transcript"),
        ("zoom.vtt", "a WebVTT transcript"),
        ("meeting.srt", "an SRT subtitle file"),
        ("otter.txt", "a transcript export (Otter or Teams)"),
        ("meeting-irc.log", "an IRC log"),
    ],
)
def test_transcript_formats_people_have(capsys, name: str, kind: str) -> None:
    """Teams' `<v Name>` voice tags, Zoom's `Name:` cues, SRT, Otter's paragraphs and a
    scribe's IRC log all read as turns: the owner is the speaker, no tag leaks into the task."""
    source = Path(__file__).parent.parent / "data" / "transcripts" / name
    code, out, err = run(capsys, "summarize", str(source), "--date", "2026-11-26", "--json")
    assert code == 0 and f"as {kind} (4 turns)" in err
    data = json.loads(out)
    assert data["participants"] == ["Dana Kim", "Sam Patel"]
    (item,) = data["action_items"]
    assert item["owner"] == "Sam Patel" and "revised cutover plan" in item["task"] and "<" not in item["task"]
    assert item["due"] == "2026-11-27"


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-8-sig"])
def test_older_encodings_are_read(capsys, tmp_path: Path, encoding: str) -> None:
    text = "Attendees: Dana Kim, René François\nRené François: I’ll send the café budget by Friday.\n"
    if encoding == "latin-1":
        text = text.replace("’", "'")  # Latin-1 has no curly apostrophe
    source = tmp_path / "notes.txt"
    source.write_bytes(text.encode(encoding))
    code, out, _ = run(capsys, "summarize", str(source), "--date", "2026-11-26", "--json")
    assert code == 0
    (item,) = json.loads(out)["action_items"]
    assert (item["owner"], item["task"]) == ("René François", "send the café budget")


def test_a_saved_summary_offers_its_okr_updates_and_applies_them_when_asked(capsys, tmp_path: Path) -> None:
    source = tmp_path / "meeting.txt"
    source.write_text(MEETING, encoding="utf-8")
    run(capsys, "people", "add", "Sam")
    run(capsys, "okr", "add", "--person", "Sam", "--objective", "Keep customers", "--quarter", "2026-Q4",
        "--kr", "Reduce monthly churn to 5%:5")  # fmt: skip
    code, _, err = run(capsys, "summarize", str(source), "--date", "2026-11-25", "--save")
    assert code == 0 and "this meeting updates 1 key result(s) of Sam; to apply one:" in err
    assert "coach okr update 1 --status at-risk --current 6.2 --date 2026-11-25" in err
    code, out, _ = run(capsys, "okr", "--json")
    assert json.loads(out)[0]["key_results"][0]["status"] == "on-track"  # offered, not applied
    code, _, err = run(capsys, "summarize", str(source), "--date", "2026-11-25", "--save", "--update-okrs")
    assert code == 0 and "key result 1 updated: Reduce monthly churn to 5% (Keep customers): at-risk" in err
    (kr,) = json.loads(run(capsys, "okr", "--json")[1])[0]["key_results"]
    assert (kr["status"], kr["current"]) == ("at-risk", 6.2)
    assert kr["history"][-1][0] == "2026-11-25" and "6.2% against the 5% target" in kr["history"][-1][3]


def test_update_okrs_without_save_is_one_line(capsys, tmp_path: Path) -> None:
    source = tmp_path / "meeting.txt"
    source.write_text(MEETING, encoding="utf-8")
    code, out, err = run(capsys, "summarize", str(source), "--update-okrs")
    assert (
        code != 0
        and out == ""
        and err.strip().splitlines() == ["coach: --update-okrs applies the saved summary's OKR updates; add --save"]
    )


def test_the_meeting_date_the_notes_give_when_none_is_typed(capsys, tmp_path: Path) -> None:
    """Old minutes summarised today: "by Monday" is the Monday after the meeting they record."""
    source = tmp_path / "minutes.md"
    source.write_text("# (02/19/2026) Meeting Minutes\n\n**Actions**\n\n* **Terence:** Send the deck by Monday.\n")
    code, out, err = run(capsys, "summarize", str(source))
    assert code == 0 and out.startswith("# Meeting summary, 2026-02-19")
    assert "**Terence**: Send the deck, due 2026-02-23" in out
    assert f"coach: dated 2026-02-19, as {source} says (--date sets another)" in err
    code, out, err = run(capsys, "summarize", str(source), "--date", "2026-03-02")
    assert out.startswith("# Meeting summary, 2026-03-02") and "dated" not in err  # the date typed wins
