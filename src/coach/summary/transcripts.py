"""Transcript formats people actually have, read into `Name: text` lines: WebVTT (Teams
writes `<v Name>` voice tags, Zoom `Name: text` cues), SRT, Otter and Teams text exports
(`Name  0:03` over each paragraph), Teams' copied transcript (`[10:02 AM] Name`), and
Google Meet's (timestamp lines between `Name: text` lines), and IRC logs of scribed
meetings (`irc_log`). Consecutive cues of one speaker
become one turn. Anything else (notes, minutes, a plain `Name: text` transcript) is
returned as it is."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from itertools import pairwise

from coach.summary.display_names import speaker_name
from coach.summary.html_page import looks_like_html, page_text
from coach.summary.irc_log import irc_pieces, looks_like_irc, present_line
from coach.summary.names import NUMBERED_SPEAKER
from coach.summary.tables import read_tables

_VTT_TIMING = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}")
"""A cue's timing: "00:01:02.480 --> 00:01:05.000", and Teams' "0:0:3.480 --> 0:0:6.200"."""
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[a-z][^>]*>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>", re.I)
_SRT_INDEX = re.compile(r"^\s*\d+\s*$")
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?"
_TIMESTAMP_ONLY = re.compile(rf"^\s*\(?\[?(?:\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}},?\s+)?{_CLOCK}\]?\)?\s*$", re.I)
"""A time alone on a line, with its date or not: "10:02 AM", "8/20/2020 4:31:46 PM" (a Teams
live event's Q&A)."""
_VOICE_NAME = (
    rf"[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’()-]*){{0,3}}(?:\s*\([^()\n]{{1,40}}\)){{0,2}}|{NUMBERED_SPEAKER}|Unknown Speaker"
)
"""A name as a call's export shows it over a turn: "Dana Kim", "Kim, Dana", "Sam Patel
(Guest)", "Speaker 2"."""
_OTTER_HEAD = re.compile(rf"^\s*({_VOICE_NAME})\s+(?:[-–·|]\s+)?{_CLOCK}\s*$")
_TEAMS_HEAD = re.compile(rf"^\s*\[{_CLOCK}\]\s+([^:\[\]]{{1,60}}?)\s*$", re.I)
"""A name alone after the time: "[10:02 AM] Dana Kim" (never "[09:02] Dana: text")."""
_TIME_NAME_HEAD = re.compile(rf"^\s*{_CLOCK}\s+[-–—]\s+({_VOICE_NAME})\s*$")
"""The time, a dash, then the name over what was said: "0:00 - Dana Kim (Acme)", as Fathom
exports it."""
_BRACKETED_HEAD = re.compile(rf"^\s*\[([^\[\]:]{{1,60}}?)\]\s+{_CLOCK}\s*$", re.I)
"""The name in brackets, then the time: "[Dana Kim] 10:02:11", what was said below it."""
_NAME_HEAD = re.compile(
    rf"^\s*(?:\*\*)?({NUMBERED_SPEAKER}(?:\s*\([^()\n]{{1,30}}\))?|"
    r"[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}(?:\s*\([^()\n]{1,30}\))?)(?:\*\*)?\s*:\s*(?:\*\*)?\s*$"
)
"""A name alone with a colon, what was said on the lines below: "Danny:", "Terence (Prysm):",
"Speaker 1 (00:00:05):" (as Rev writes it)."""
_NAME_COLON_TIME = re.compile(
    r"^\s*(?:\*\*)?(?!(?:time|date|start|end|duration|when|meeting|next\s+meeting|starts|ends)\s*:)"
    r"([A-Za-z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:\s*\([^()\n]{1,40}\))?)(?:\*\*)?\s*(?::\s*|\s{2,})(?:\*\*)?"
    r"\(?\d{1,2}[:;]\d{1,2}(?:[:;]\d{2}){0,2}(?:\s?[AP]M)?\)?\s*$",
    re.IGNORECASE,
)
"""A name, a colon (or a wide gap) and the time, over what was said: "Pili: 00:02:00", "mark
1:13:02", as call notes written from a recording head each turn (typos in the time kept)."""
_BARE_NAME = re.compile(rf"^\s*({_VOICE_NAME})\s*$")
"""A name alone on a line, as a call's copied transcript shows it over the time of the turn."""
_ENDS_TURN = re.compile(r"^\s*(?:#{1,6}\s|(\*{1,3}|_{1,2})\S.*\1\s*$)")
"""What the notes write between turns: a Markdown heading, or a line all in emphasis."""
_SECTION_WORDS = frozenset(
    [
        "action",
        "actions",
        "agenda",
        "attendees",
        "background",
        "blockers",
        "decision",
        "decisions",
        "discussion",
        "issues",
        "minutes",
        "next",
        "notes",
        "outcome",
        "outcomes",
        "owner",
        "present",
        "proposal",
        "questions",
        "resolution",
        "status",
        "summary",
        "topic",
        "topics",
        "update",
        "updates",
    ]
)
"""Headings that notes put alone on a line with a colon ("Discussion:", "Next steps:")."""


FORMAT_NAMES = {
    "webvtt": "a WebVTT transcript",
    "srt": "an SRT subtitle file",
    "cues": "a transcript with a timing line over each cue (as Teams saves one in a document)",
    "otter": "a transcript export (Otter or Teams)",
    "teams": "a copied Teams transcript",
    "bracketed": "a transcript with a [Name] time line over each turn",
    "names": "a transcript with each speaker's name on a line over what they said",
    "time-name": "a transcript with a time and a name line over each turn",
    "name-time": "a transcript with a name line and a time line over each turn",
    "name-colon-time": 'a transcript with a "Name: time" line over each turn',
    "google-meet": "a Google Meet transcript",
    "irc": "an IRC log",
    "chat": 'a meeting chat copied out of the call ("Name says:" lines)',
    "html": "an HTML page",
    "text": "notes or a transcript",
}


@dataclass(frozen=True)
class Transcript:
    text: str
    format: str
    """`webvtt`, `srt`, `cues`, `otter`, `teams`, `bracketed`, `names`, `name-time`, `time-name`,
    `name-colon-time`, `google-meet`, `irc`, `chat`, `html` or `text` (given as it was)."""
    extra_lines: int = 0
    """Lines the reader added that nobody said (an IRC log's `Present:` line)."""

    @property
    def turns(self) -> int:
        return sum(1 for line in self.text.splitlines() if line.strip()) - self.extra_lines

    @property
    def extent(self) -> str:
        """ "118 turns" for a transcript, "85 lines" for a page of minutes."""
        return f"{self.turns} {'lines' if self.format == 'html' else 'turns'}"

    @property
    def described(self) -> str:
        """The format in words, for "read notes.vtt as a WebVTT transcript"."""
        return FORMAT_NAMES[self.format]


_LISTED = re.compile(r"^(?:[-*•]|\d{1,2}[.)])\s")
"""A bullet under a speaker's name (notes kept per person): a line of its own, not more of the turn."""

Piece = tuple[int, str | None, str]
"""(line of the original file, speaker, text)."""


def _turns(pieces: list[Piece], total: int) -> str:
    """`Name: text` lines, consecutive pieces of one speaker joined into one turn (a bullet
    stays a line of its own), each turn on the line where it starts in the original, so that
    "line 12" in a summary is line 12 of the file the user has (the lines in between are
    left empty)."""
    merged: list[Piece] = []
    for number, speaker, text in pieces:
        text = " ".join(text.split())
        if not text:
            continue
        if merged and merged[-1][1] == speaker and speaker is not None and not _LISTED.match(text):
            merged[-1] = (merged[-1][0], speaker, f"{merged[-1][2]} {text}")
        else:
            merged.append((number, speaker, text))
    lines = [""] * max(total, merged[-1][0] if merged else 0)
    for number, speaker, text in merged:
        lines[number - 1] = f"{speaker}: {text}" if speaker else text
    return "\n".join(lines) + "\n"


def _cues(text: str) -> list[tuple[int, list[str]]]:
    """Blocks of a subtitle file, each the lines after its timing line, with the line number
    of the first of them."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if _VTT_TIMING.match(line):
            current = []
            blocks.append((number + 1, current))
        elif not line.strip():
            current = None
        elif current is not None:
            current.append(line)
    return blocks


def _subtitle_pairs(text: str) -> list[Piece]:
    pairs: list[Piece] = []
    for first, block in _cues(text):
        speaker: str | None = None
        words: list[str] = []
        for line in block:
            if voice := _VOICE.search(line):
                speaker = speaker_name(voice.group(1))
            line = _TAG.sub("", line).strip()
            if not words and speaker is None and len(block) > 1 and _NAME_OVER_CUE.match(line):
                speaker = speaker_name(line)  # Teams: the name on a line of its own over what was said
                continue
            if not words and (said := cue_speaker(line)):
                speaker, line = said
            line = re.sub(r"^-\s*", "", line)
            if line:
                words.append(line)
        pairs.append((first, speaker, " ".join(words)))
    return pairs


_NAME_OVER_CUE = re.compile(r"^[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’()-]*){0,3}$")
_CUE_SPEECH = re.compile(r"^\s*([^:<>]{1,60}?)\s*:\s+(.*)$")


def cue_speaker(line: str) -> tuple[str, str] | None:
    """ "Dana Kim: text", "nflaig: text" or "Tullio | Erigon: text" at the start of a cue:
    the speaker, as Zoom writes them; "So the plan is: ship it" is not one."""
    if not (match := _CUE_SPEECH.match(line)):
        return None
    name = speaker_name(match.group(1))
    tokens = name.split()
    if not 1 <= len(tokens) <= 4 or not all(t[:1].isupper() for t in tokens):
        return None
    return name, match.group(2)


def _paragraph_pairs(lines: list[str], head: re.Pattern[str]) -> list[Piece]:
    """Exports that put the speaker (and a time) on a line of its own over what they said."""
    pairs: list[Piece] = []
    speaker: str | None = None
    for number, line in enumerate(lines, start=1):
        if match := head.match(line):
            speaker = speaker_name(match.group(1))
        elif _ENDS_TURN.match(line):  # a heading, or a line all in emphasis ("***Summary***"), is the notes'
            speaker = None
            pairs.append((number, None, line))
        elif line.strip() and not _TIMESTAMP_ONLY.match(line):
            pairs.append((number, speaker, line))
    return pairs


def _name_lines(lines: list[str]) -> set[int]:
    """The lines (from 1) that hold a name alone with a time alone on the next filled line:
    "Dana Kim" then "10:02 AM", as a call's copied transcript shows each turn."""
    filled = [(number, line) for number, line in enumerate(lines, start=1) if line.strip()]
    return {
        number
        for (number, line), (_, following) in pairwise(filled)
        if _BARE_NAME.match(line) and _TIMESTAMP_ONLY.match(following)
    }


def _name_then_time_pairs(lines: list[str], heads: set[int]) -> list[Piece]:
    pairs: list[Piece] = []
    speaker: str | None = None
    for number, line in enumerate(lines, start=1):
        if number in heads:
            speaker = speaker_name(line.strip())
        elif line.strip() and not _TIMESTAMP_ONLY.match(line):
            pairs.append((number, speaker, line))
    return pairs


def _names_over_turns(filled: list[str]) -> bool:
    """Whether the speakers' names stand alone over their turns ("Danny:" then what Danny
    said): at least three such lines, a name that comes back, none of them a heading that
    notes write that way, and as many as the other exports have."""
    heads = [speaker_name(match.group(1)) for line in filled if (match := _NAME_HEAD.match(line))]
    if len(heads) < 3 or len(set(heads)) == len(heads) or len(heads) * 4 < len(filled) * 0.5:
        return False
    return not any(word.lower() in _SECTION_WORDS for head in heads for word in head.split()[:2])


def _irc(lines: list[str]) -> Transcript:
    """An IRC log's turns, with a `Present:` line of everyone who took part on the first
    line the log gave to the channel's commands."""
    pieces, present = irc_pieces(lines)
    said = _turns(pieces, len(lines)).split("\n")
    free = next((index for index, line in enumerate(said) if not line.strip()), None)
    if present and free is not None and any(speaker for _, speaker, _ in pieces):
        said[free] = present_line(present)
        return Transcript("\n".join(said), "irc", extra_lines=1)
    return Transcript("\n".join(said), "irc")


_SAYS = re.compile(r"^\s*(?P<name>[^\s:][^:\n]{0,60}?)\s+says:\s?(?P<text>.*)$")
"""A meeting's chat copied out of the call: "Ben - Transmute says:Russell: starting with PRs"."""


def _chat_as_log(lines: list[str]) -> list[str] | None:
    """A copied chat (each message under "Name says:", with the sender's name and the time on
    lines of their own) as the lines of an IRC log, so that scribes, links and the rest read
    as in one; None when `lines` are no such chat. Line numbers are kept."""
    said = [match for line in lines if (match := _SAYS.match(line))]
    filled = [line for line in lines if line.strip()]
    if len(said) < MIN_CHAT_MESSAGES or len(said) * 4 < len(filled):
        return None
    senders = {match.group("name").strip() for match in said}
    log: list[str] = []
    for line in lines:
        if match := _SAYS.match(line):
            nick = "_".join(match.group("name").split())
            log.append(f"<{nick}> {match.group('text')}")
        elif _TIMESTAMP_ONLY.match(line) or line.strip() in senders:
            log.append("")  # the time and the sender's name over each message
        else:
            log.append(line)  # the message goes on, or a line of the page around the chat
    return log


MIN_CHAT_MESSAGES = 3

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_ENTITY = re.compile(r"&(?:#[0-9]{1,6}|#x[0-9a-f]{1,6}|nbsp|amp|lt|gt|quot|apos);", re.IGNORECASE)
"""A character Markdown notes write as an HTML entity ("## Attendees:&#x20;", as GitBook saves
a page): read as the character a reader sees."""


_NOISES = r"inaudible|unintelligible|indiscernible|crosstalk|overlapping|laugh(?:s|ter|ing)?|silence|pause|music|noise|coughs?|sighs?"
_NON_SPEECH = re.compile(
    rf"\s?(?:\{{(?:vocalsound|disfmarker|gap|pause|nonvocalsound|comment|[a-z]+sound)\}}|\[(?:{_NOISES})\b[^\]\n]{{0,30}}\]|"
    rf"\((?:{_NOISES})\b[^)\n]{{0,30}}\))",
    re.IGNORECASE,
)
"""What a transcriber notes that nobody said: "{vocalsound}", "[inaudible 00:12:03]", "(laughs)"."""


_TERMINAL_CODES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
"""ANSI escape sequences (CSI, OSC and the two-character ones), as a terminal's log keeps them."""


_SPACE_BEFORE_MARK = re.compile(r"(?<=\w) +([,.;!?])(?=\s|$)", re.MULTILINE)
"""A space a transcription writes before punctuation ("Okay , so we decided ."): not read."""


_COMMENT_HEAD = re.compile(r"^\[(?P<mark>[a-z]{1,2})\](?=\S)")
"""A comment a Google Docs export puts at the end of the document: "[a]Owen is going to review…"."""


def without_doc_comments(text: str) -> str:
    """Notes exported from Google Docs with their comments: the comments, each "[a]…" at the end
    with any lines under it ("_Assigned to Owen Buckley_"), and their "[a]" marks in the text
    are the margin, not the meeting; each comment's line is kept blank, so lines keep their
    numbers."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if _COMMENT_HEAD.match(line)), None)
    if start is None:
        return text
    marks = {m.group("mark") for line in lines[start:] if (m := _COMMENT_HEAD.match(line))}
    body = "\n".join(lines[:start])
    if not marks or not all(re.search(rf"\S\s*\[{mark}\]", body) for mark in marks):
        return text  # "[a]" here is no comment's mark: leave the text as it is
    body = re.sub(rf"\s*\[(?:{'|'.join(sorted(marks))})\](?=\s|$)", "", body)
    return body + "\n" * (len(lines) - start)


def read_transcript(text: str) -> Transcript:
    text = _TERMINAL_CODES.sub("", text)  # colours and cursor moves from a terminal's log: not words
    text = without_doc_comments(_SPACE_BEFORE_MARK.sub(r"\1", text))
    read = _read(text.translate(_APOSTROPHES))  # word processors write a curly apostrophe in "I'll"
    if _NON_SPEECH.search(read.text):
        return Transcript(_NON_SPEECH.sub("", read.text), read.format, read.extra_lines)
    return read


def _read(text: str) -> Transcript:
    if looks_like_html(text):  # scribe.perl's minutes, a saved wiki page: read what the page shows
        shown = _read(page_text(text))
        return Transcript(shown.text, "html", shown.extra_lines)
    text = _ENTITY.sub(lambda entity: html.unescape(entity.group(0)), text)
    lines = text.splitlines()
    head = text.lstrip("\ufeff").lstrip()
    if head.startswith("WEBVTT"):
        return Transcript(_turns(_subtitle_pairs(text), len(lines)), "webvtt")
    timings = sum(1 for line in lines[:200] if _VTT_TIMING.match(line))
    if timings >= 2 and any(_SRT_INDEX.match(line) for line in lines[:5]):
        return Transcript(_turns(_subtitle_pairs(text), len(lines)), "srt")
    filled = [line for line in lines if line.strip()]
    if timings >= 2 and timings * 4 >= len(filled):  # cues with no header: a Teams transcript saved as a document
        return Transcript(_turns(_subtitle_pairs(text), len(lines)), "cues")
    if not filled:
        return Transcript(text, "text")
    if looks_like_irc(lines):
        return _irc(lines)
    if (chat := _chat_as_log(lines)) is not None:
        read = _irc(chat)
        return Transcript(read.text, "chat", read.extra_lines)
    otter = sum(1 for line in filled if _OTTER_HEAD.match(line))
    if otter >= 2 and otter * 4 >= len(filled) * 0.5:
        return Transcript(_turns(_paragraph_pairs(lines, _OTTER_HEAD), len(lines)), "otter")
    for name, over_each_turn in (
        ("teams", _TEAMS_HEAD),
        ("bracketed", _BRACKETED_HEAD),
        ("time-name", _TIME_NAME_HEAD),
        ("name-colon-time", _NAME_COLON_TIME),
    ):
        found = sum(1 for line in filled if over_each_turn.match(line))
        if found >= 2 and found * 4 >= len(filled) * 0.5:
            return Transcript(_turns(_paragraph_pairs(lines, over_each_turn), len(lines)), name)
    heads = _name_lines(lines)
    if len(heads) >= 2 and len(heads) * 4 >= len(filled) * 0.5:
        return Transcript(_turns(_name_then_time_pairs(lines, heads), len(lines)), "name-time")
    if _names_over_turns(filled):
        return Transcript(_turns(_paragraph_pairs(lines, _NAME_HEAD), len(lines)), "names")
    if (tabled := read_tables(lines)) is not None:
        return Transcript("\n".join(tabled) + "\n", "text")  # notes with tables of actions or topics
    stamps = sum(1 for line in filled if _TIMESTAMP_ONLY.match(line))
    if stamps >= 2:
        kept = ["" if _TIMESTAMP_ONLY.match(line) else line for line in lines]  # line numbers kept
        return Transcript("\n".join(kept) + "\n", "google-meet")
    return Transcript(text, "text")
