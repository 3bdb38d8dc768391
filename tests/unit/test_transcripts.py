"""Transcript formats and encodings read into `Name: text` turns (issue 14)."""

from __future__ import annotations

import pytest

from coach.core.errors import UsageError
from coach.core.textfiles import decode_text
from coach.summary.irc_log import nick_name
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


def test_a_teams_transcript_saved_as_a_document() -> None:
    """Cues with no WEBVTT header, Teams' "0:0:3.480" timings and the name on its own line."""
    saved = (
        "0:0:3.480 --> 0:0:6.200\nDana Kim\nSam, could you send me the churn numbers?\n\n"
        "0:0:7.100 --> 0:0:9.0\nSam Patel\nSure.\nI will send them over.\n"
    )
    read = read_transcript(saved)
    assert read.format == "cues"
    assert turns(saved) == [
        "Dana Kim: Sam, could you send me the churn numbers?",
        "Sam Patel: Sure. I will send them over.",
    ]


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


def test_a_bracketed_name_then_the_time_over_each_turn() -> None:
    bracketed = "[Dana Kim] 10:02:11\nWhere are we?\n[Sam Patel] 10:02:19\nBehind.\nStaging is down.\n"
    assert read_transcript(bracketed).format == "bracketed"
    assert turns(bracketed) == ["Dana Kim: Where are we?", "Sam Patel: Behind. Staging is down."]


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


IRC = """[2023-04-11T17:33:07.000Z]\t<Transcriber>\tscribe+
[2023-04-11T17:33:20.000Z]\t<Dana_Kim_(acme.io)>\tpresent+
[2023-04-11T17:33:25.000Z]\t<Sam_-_Team>\tscribe+
[2023-04-11T17:33:26.000Z]\t<Transcriber>\tDana_Kim_(acme.io): Okay I will send the draft to the mailing list.
[2023-04-11T17:34:00.000Z]\t<Sam_-_Team>\tDana: the review is choppy
[2023-04-11T17:34:05.000Z]\t<Sam_-_Team>\t… and we need a second reviewer
[2023-04-11T17:34:09.000Z]\t<Dana_Kim_(acme.io)>\ts/choppy/blocked on CI/
[2023-04-11T17:34:10.000Z]\t<Dana_Kim_(acme.io)>\tq+
[2023-04-11T17:34:12.000Z]\t<Sam_-_Team>\tAlexx: I'll review it
[2023-04-11T17:34:13.000Z]\t<Alex_Moore>\thttps://example.org/pr/1
[2023-04-11T17:34:14.000Z]\t<Sam_-_Team>\tRESOLVED: merge after CI passes
[2023-04-11T17:34:20.000Z]\t<Alex_Moore>\tyes, with
two lines
"""


def test_an_irc_log_of_a_scribed_meeting_becomes_turns_of_the_people_who_spoke() -> None:
    read = read_transcript(IRC)
    assert read.format == "irc"
    assert turns(IRC) == [
        "Present: Dana Kim, Alex Moore",
        "Dana Kim: Okay I will send the draft to the mailing list. the review is blocked on CI. and we need a second reviewer.",
        "Alex Moore: I'll review it.",  # "Alexx": one slip in a name of five letters or more
        "RESOLVED: merge after CI passes",
        "Alex Moore: yes, with. two lines.",
    ]
    assert read.text.splitlines()[3].startswith("Dana Kim:")  # each turn on the line it starts on


def test_irc_nicks_read_as_names() -> None:
    assert [
        nick_name(n)
        for n in [
            "Russell_Hofvendahl_(mesur.io)",
            "TallTed_//_Ted_Thibodeau_(he/him)",
            "Balazs__DIF_",
            "kimhd_",
            "Ben_-_Transmute",
            "Jelle_Millenaar_[Impierce]",
        ]
    ] == ["Russell Hofvendahl", "Ted Thibodeau", "Balazs", "Kimhd", "Ben", "Jelle Millenaar"]


def test_notes_with_star_bullets_and_angle_brackets_are_not_an_irc_log() -> None:
    notes = "Attendees: Lucia, Owen\n* Objective: faster support\n* KR: <2 hours\n* Owen - ask the docs lead\n"
    assert read_transcript(notes).format == "text"


SCRIBED_PAGE = """<!DOCTYPE html>
<html lang=en><head><title>Web of Things &ndash; 15 October 2025</title>
<style>p { color: red }</style></head>
<body>
<header><h1>WoT Thing Description</h1><h2>15 October 2025</h2>
<nav id=links><a href="irc">IRC log</a></nav></header>
<div id=prelims><div id=attendees><h2>Attendees</h2>
<dl class=intro><dt>Present</dt><dd>Ege_Korkan, Klaus_Hartke, Daniel_Peintner</dd>
<dt>Regrets</dt><dd>-</dd><dt>Chair</dt><dd>Ege_Korkan</dd><dt>Scribe</dt><dd>dape</dd></dl></div>
<nav id=toc><h2>Contents</h2><ol><li><a href="#t1">Bindings</a></li></ol></nav></div>
<main id=meeting class=meeting><h2>Meeting minutes</h2>
<section><h3 id=t1>Bindings</h3>
<p class="phone s01"><cite>EK:</cite> Do you see more useful examples?<br>
<span>&hellip; will show it tomorrow in more details</span></p>
<p class=irc><cite>&lt;egekorkan&gt;</cite> <a href="https://example.org/pr/446">w3c/<wbr>bindings#446</a></p>
<p class="phone s02"><cite>dape:</cite> I can have a look at the PR and get back to you</p>
<p class="phone s02"><cite>dape:</cite> the Modbus rendering is broken</p>
</section></main>
<address>formatted by scribe.perl</address>
<div class=diagnostics><h2>Diagnostics</h2><p class=warning>Maybe present: dape, EK</p></div>
</body></html>
"""


def test_a_minutes_page_is_read_as_the_lines_it_shows() -> None:
    """scribe.perl's HTML minutes (W3C groups publish them so): headings, `Present: …`, a
    line per paragraph and per line break, the `<nick>` of IRC lines; not the page's head,
    navigation or diagnostics."""
    read = read_transcript(SCRIBED_PAGE)
    lines = [line for line in read.text.splitlines() if line]
    assert read.format == "html" and read.described == "an HTML page"
    assert lines[:3] == ["# WoT Thing Description", "## 15 October 2025", "## Attendees"]
    assert "Present: Ege_Korkan, Klaus_Hartke, Daniel_Peintner" in lines
    assert "EK: Do you see more useful examples?" in lines and "… will show it tomorrow in more details" in lines
    assert "<egekorkan> w3c/bindings#446" in lines
    assert not any(word in read.text for word in ("IRC log", "Contents", "Diagnostics", "Maybe present", "color"))
    assert read_transcript("<p>Not a page: a note that mentions a <b>tag</b>.</p>\n").format == "text"


def test_a_page_with_elements_left_open_is_still_read_to_its_end() -> None:
    """HTML lets a `<p>` or `<li>` go unclosed, and `<dt>`/`<dd>` too: a paragraph left
    open in the navigation must not hide the rest of the page."""
    page = (
        "<html><body><nav><p>menu<li>one</nav><h2>Minutes</h2><p>Sam: I will send it"
        "<dl><dt>Present<dd>Sam, Dana<dt>Chair</dt><dd>Dana</dd></dl></body></html>"
    )
    assert turns(page) == ["## Minutes", "Sam: I will send it", "Present: Sam, Dana", "Chair: Dana"]


def test_a_log_copied_from_a_terminal_keeps_its_words_not_its_colour_codes() -> None:
    """A transcript with a terminal's colour codes was refused as "a binary file"; pasted in
    the app, a code came out as a highlight ("^[31mred^[0m")."""
    data = b"Dana: I will send the \x1b[1;31mdraft\x1b[0m by Friday\nSam: ok \x1b]0;title\x07\n"
    assert decode_text(data, "notes.txt", binary="is binary") == "Dana: I will send the draft by Friday\nSam: ok \n"


def test_a_name_alone_with_a_colon_over_each_turn() -> None:
    """As call notes write a cleaned transcript (ethereum/pm): the heading and the notes'
    emphasised summary lines end a turn and stay nobody's."""
    text = (
        "## Updates\n***Summary***\n- ***Devnet next week.***\n\n"
        "Danny:\nDo we have a shadow fork?\n\nPari:\nYes.\nThe nodes are up.\n\n"
        "Terence (Prysm):\nI will DM you offline.\n\nDanny:\nGreat.\n"
    )
    assert read_transcript(text).format == "names"
    assert turns(text) == [
        "## Updates",
        "***Summary***",
        "- ***Devnet next week.***",
        "Danny: Do we have a shadow fork?",
        "Pari: Yes. The nodes are up.",
        "Terence: I will DM you offline.",
        "Danny: Great.",
    ]


@pytest.mark.parametrize(
    "notes",
    [
        "Discussion:\nThe release slipped.\nAction:\nDana to send the plan.\nDiscussion:\nHiring.\nAction:\nSam to post the role.\n",
        "Agenda:\n- budget\nAttendees:\n- Dana\n- Sam\nNotes:\n- Sam to post the role\n",
    ],
)
def test_headings_alone_with_a_colon_are_notes_not_speakers(notes: str) -> None:
    assert read_transcript(notes).format == "text"


def test_a_name_line_then_a_time_line_over_each_turn() -> None:
    """As a call's transcript view copies: "Dana Kim", "10:02 AM", then the turn."""
    text = "Dana Kim\n10:02 AM\nWhere are we on churn?\n\nSam Patel (Guest)\n10:03 AM\nBehind.\nI'll send the plan.\n"
    assert read_transcript(text).format == "name-time"
    assert turns(text) == ["Dana Kim: Where are we on churn?", "Sam Patel: Behind. I'll send the plan."]


def test_a_live_events_questions_and_answers_with_a_date_and_an_address_on_each_name() -> None:
    """A Teams live event's Q&A as saved: the name with its team and address, then the date
    and the time, then the message."""
    text = (
        "Steve Lee (POWERSHELL) (slee@example.com)\n8/20/2020 4:31:46 PM\nHappy Thursday!\n\n"
        "Rob Holt (roholt@example.com)\n8/20/2020 5:20:56 PM\nI will open an issue for that one.\n"
    )
    assert read_transcript(text).format == "name-time"
    assert turns(text) == ["Steve Lee: Happy Thursday!", "Rob Holt: I will open an issue for that one."]


@pytest.mark.parametrize(
    "text",
    [
        "Speaker 1 (00:00:05):\nWhere are we?\n\nSpeaker 2 (00:00:09):\nBehind.\n\nSpeaker 1 (00:00:15):\nThanks.\n",
        "Speaker 1 (00:00:05): Where are we?\nSpeaker 2 (00:00:09): Behind.\nSpeaker 1 (00:00:15): Thanks.\n",
        "Speaker 1 - 00:05\nWhere are we?\n\nSpeaker 2 - 00:09\nBehind.\n\nSpeaker 1 - 00:15\nThanks.\n",
    ],
)
def test_rev_style_speakers_with_the_time_in_brackets_or_after_a_dash(text: str) -> None:
    from coach.summary.meeting import parse_meeting

    spoken = [(line.speaker, line.text) for line in parse_meeting(read_transcript(text).text).lines if line.text]
    assert spoken == [("Speaker 1", "Where are we?"), ("Speaker 2", "Behind."), ("Speaker 1", "Thanks.")]


def test_notes_kept_per_person_keep_each_bullet() -> None:
    notes = "Dana:\n- shipped the export job\n- worried about hiring\n\nSam:\n- will send the plan by Friday\n\nDana:\n- thanks\n"
    assert turns(notes) == [
        "Dana: - shipped the export job",
        "Dana: - worried about hiring",
        "Sam: - will send the plan by Friday",
        "Dana: - thanks",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "[Dana Kim] 10:02:11 Where are we?\n[Sam Patel] 10:02:19 Behind.\n",  # Zoom's saved captions
        "10:02:11 From Dana Kim : Where are we?\n10:02:19 From Sam Patel to Everyone: Behind.\n",  # a saved chat
        "**Dana Kim** (10:02): Where are we?\n**Sam Patel** (10:03): Behind.\n",
        "**DK Dana Kim** 00:48 Where are we?\n**Sam Patel** 01:07 Behind.\n",  # a recording written out, avatar initials
    ],
)
def test_one_line_turns_with_the_time_beside_the_name(text: str) -> None:
    from coach.summary.meeting import parse_meeting

    spoken = [(line.speaker, line.text) for line in parse_meeting(read_transcript(text).text).lines if line.text]
    assert spoken == [("Dana Kim", "Where are we?"), ("Sam Patel", "Behind.")]


def test_the_time_a_dash_and_the_name_over_each_turn() -> None:
    """As Fathom exports a call: "0:00 - Dana Kim (Acme)" over the indented turn."""
    text = "0:00 - Dana Kim (Acme)\n  Where are we?\n\n0:09 - Sam Patel\n  Behind.\n  I'll send the plan.\n"
    assert read_transcript(text).format == "time-name"
    assert turns(text) == ["Dana Kim: Where are we?", "Sam Patel: Behind. I'll send the plan."]


def test_a_terminals_colours_and_title_codes_are_not_words() -> None:
    read = read_transcript("Sam: I will send the \x1b[1;31mdeck\x1b[0m by Friday.\x1b]0;title\x07\nDana: ok\x1bM\n")
    assert "\x1b" not in read.text and "Sam: I will send the deck by Friday." in read.text


def test_an_issue_link_posted_on_its_own_is_the_topic_and_a_scribes_message_goes_on_under_its_name() -> None:
    log = """[2023-06-20T17:33:00.000Z]\t<Sam_-_Team>\tscribe+
[2023-06-20T17:33:05.000Z]\t<Dana_Kim>\tpresent+
[2023-06-20T17:33:10.000Z]\t<Dana_Kim>\thttps://github.com/acme/vocab/issues/462
[2023-06-20T17:33:20.000Z]\t<Sam_-_Team>\tdana: helps to open a PR first

Will get the PR ready with images
[2023-06-20T17:33:30.000Z]\t<Dana_Kim>\thttps://example.org/slides
"""
    said = [line for line in read_transcript(log).text.splitlines() if line.strip()]
    assert "Topic: vocab issue #462." in said
    assert "Dana Kim: helps to open a PR first. Will get the PR ready with images." in said  # one message: Dana's
    assert not any("example.org" in line for line in said)  # any other link on its own is no turn


def test_a_meeting_chat_copied_out_of_the_call_reads_as_a_scribed_log() -> None:
    """ "Name says:" messages under their sender's name and the time, a scribe writing "Sam: …"."""
    chat = """Dana Lee - Scribe
Dana Lee - Scribe says:scribe+
19:35
Sam Park
Sam Park says:
https://github.com/acme/vocab/issues/12

19:36
Dana Lee - Scribe
Dana Lee - Scribe says:Sam: moving on to 12, this one needs a second reviewer.
Dana Lee - Scribe says:Ola: I can't review it right now
Dana Lee - Scribe says:Sam: I'll leave a comment to ping Ola and Priya
19:40
Ola Berg
Ola Berg says:sorry I am late
"""
    read = read_transcript(chat)
    assert read.format == "chat"
    said = [line for line in read.text.splitlines() if line.strip()]
    assert said == [
        "Present: Sam Park, Ola Berg",
        "Topic: vocab issue #12.",
        "Sam Park: moving on to 12, this one needs a second reviewer.",
        "Ola Berg: I can't review it right now.",
        "Sam Park: I'll leave a comment to ping Ola and Priya.",
        "Ola Berg: sorry I am late.",
    ]
    assert len(read.text.splitlines()) >= len(chat.splitlines())  # each turn stays on its own line
    assert read_transcript("Ana says: hi\nnotes follow\n").format == "text"  # one message is no chat
