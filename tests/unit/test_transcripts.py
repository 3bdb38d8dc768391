"""Transcript formats and encodings read into `Name: text` turns (issue 14)."""

from __future__ import annotations

import pytest

from coach.core.errors import UsageError
from coach.core.textfiles import decode_text
from coach.summary.transcripts import Transcript, read_transcript, speaker_name


def turns(text: str) -> list[str]:
    """The turns of a converted transcript (each stands on the line it started on, with
    empty lines between)."""
    return [line for line in read_transcript(text).text.splitlines() if line]


def test_teams_copied_transcript_and_google_meet() -> None:
    teams = "[10:02 AM] Kim, Dana\nWhere are we?\n\n[10:03 AM] Sam Patel\nBehind.\nStaging is down.\n"
    read = read_transcript(teams)
    assert read.format == "teams" and turns(teams) == ["Dana Kim: Where are we?", "Sam Patel: Behind. Staging is down."]
    meet = "Weekly sync - Transcript\n00:00:00\n\nDana Kim: Where are we?\n00:05:00\nSam Patel: Behind.\n"
    read = read_transcript(meet)
    assert read.format == "google-meet" and "00:05:00" not in read.text and "Sam Patel: Behind." in read.text


def test_plain_notes_are_left_as_they_are() -> None:
    notes = "Attendees: Dana, Sam\n- Sam to send the plan by Friday\n"
    assert read_transcript(notes).text == notes and read_transcript(notes).format == "text"


def test_vtt_styling_and_timestamps_inside_cues_are_dropped() -> None:
    vtt = "WEBVTT\n\nNOTE made by a tool\n\n00:01.000 --> 00:02.000\n<v.loud Dana Kim><i>Ship</i> it <00:01.500>today</v>\n"
    assert turns(vtt) == ["Dana Kim: Ship it today"]


@pytest.mark.parametrize(
    ("raw", "name"), [("Kim, Dana", "Dana Kim"), ("Sam Patel (Guest)", "Sam Patel"), ("Ana", "Ana")]
)
def test_speaker_names_read_as_people_write_them(raw: str, name: str) -> None:
    assert speaker_name(raw) == name


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_encodings(encoding: str) -> None:
    text = "Dana: “ok” – café\n"
    assert decode_text(text.encode(encoding), "f", binary="is binary") == text


def test_binary_is_still_refused() -> None:
    with pytest.raises(UsageError, match="f is binary"):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "f", binary="is binary")


def test_timestamped_name_text_lines_are_a_plain_transcript_not_a_teams_copy() -> None:
    text = "[09:02] Lucia: Quick update on the backlog.\n[09:06] Owen: OK, I'll ask Jonas.\n"
    assert read_transcript(text) == Transcript(text, "text")


def test_zoom_display_names_are_speakers_and_a_colon_in_speech_is_not() -> None:
    vtt = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nTullio | Erigon: I can write a comment on the issue.\n\n"
        "2\n00:00:04.000 --> 00:00:06.000\nnflaig: Maybe two weeks.\n\n"
        "3\n00:00:07.000 --> 00:00:09.000\nZ. Victor Zhou (xinbenlv): So the plan is: ship it.\n\n"
        "4\n00:00:10.000 --> 00:00:12.000\nso the plan is: ship it.\n"
    )
    assert turns(vtt) == [
        "Tullio: I can write a comment on the issue.",
        "Nflaig: Maybe two weeks.",
        "Z. Victor Zhou: So the plan is: ship it.",
        "so the plan is: ship it.",  # no name: nobody's turn
    ]


def test_a_converted_turn_keeps_the_line_number_it_has_in_the_file() -> None:
    vtt = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nDana Kim: Where are we?\n\n"
        "2\n00:00:04.000 --> 00:00:06.000\nSam Patel: Behind.\n\n3\n00:00:07.000 --> 00:00:09.000\nSam Patel: I'll fix it.\n"
    )
    lines = read_transcript(vtt).text.splitlines()
    assert lines[4] == "Dana Kim: Where are we?" and lines[8] == "Sam Patel: Behind. I'll fix it."
    assert len(lines) == len(vtt.splitlines())  # "line 9" of the summary is line 9 of the file
