"""IRC logs of a scribed meeting (W3C groups and others that minute on IRC), read into
`Name: text` lines: `[time] <nick> text`, with or without the time. A scribe writes what
others say as "name: text" and continues them with "…"; the channel's commands (present+,
q+, ack, scribe+, s/old/new/ corrections) are instructions to bots, not minutes. What is
kept: who said what, `RESOLVED:` and `ACTION:` lines, and a `Present:` line naming everyone
who took part."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.summary.display_names import speaker_name

Piece = tuple[int, str | None, str]

_MESSAGE = re.compile(
    r"^\s*(?:\[[^\]\n]{1,40}\]|\d{1,2}:\d{2}(?::\d{2})?)?\s*<(?P<nick>[^<>\s]{1,80})>\s?(?P<text>.*)$"
)
_EVENT = re.compile(
    r"^\s*(?:\[[^\]\n]{1,40}\]|\d{1,2}:\d{2}(?::\d{2})?)\s*(?:\*|-!-|-->|<--|==)\s|^\s*(?:-!-|-->|<--)\s"
)
"""Joins, quits and /me lines (a bare "* " is a bullet of notes, not an event)."""
BOTS = frozenset(["zakim", "rrsagent", "trackbot", "github-bot", "ghurlbot", "agendabot", "voip-cr", "voip"])
"""The bots of a W3C channel: what they write is no one's words."""
_TRANSCRIBERS = frozenset(["transcriber"])
"""Bots that write people's words as "name: text" lines: their lines are minutes."""
_COMMAND = re.compile(
    r"^(?:present[+-]|regrets?[+-]|q[+?-]|queue[+?-]|ack\b|scribe[+-]|zakim\b|rrsagent\b|trackbot\b|agenda[+?-]|"
    r"(?:agenda|meeting|chair|chairs|date|scribe|scribenick|topic|subtopic|sub-topic|regrets|previous|next|"
    r"minutes|recording|slides)\s*:|voip\b|[+-]\d(?:\.\d+)?\b|i/|s/|rrsagent,)",
    re.IGNORECASE,
)
_PRESENT = re.compile(r"^present\+\s*(?P<names>\S.*)?$", re.IGNORECASE)
_SCRIBE_IS = re.compile(r"^scribe(?:nick)?\s*:\s*(?P<nick>\S+)", re.IGNORECASE)
_SCRIBE_PLUS = re.compile(r"^scribe\+\s*(?P<nick>\S+)?\s*$", re.IGNORECASE)
_SCRIBE_MINUS = re.compile(r"^scribe-\s*$", re.IGNORECASE)
_CORRECTION = re.compile(r"^s/(?P<old>[^/]+)/(?P<new>[^/]*)/?g?\s*$")
_KEPT_LABEL = re.compile(r"^(?P<label>resolved|resolution|action|action\s+item)\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE)
_SCRIBED = re.compile(r"^(?P<who>[A-Za-z@][\w.'’/@()\[\]-]{0,80}(?: [A-Z][\w.'’-]{0,20})?)\s*:\s+(?P<text>\S.*)$")
_CONTINUED = re.compile(r"^\s*(?:…|\.\.\.+)\s*")
_URL_ONLY = re.compile(r"^\s*<?https?://\S+>?\s*$")
_ISSUE_LINK = re.compile(
    r"^\s*<?https?://github\.com/[\w.-]+/(?P<repo>[\w.-]+)/(?P<kind>issues|pull)/(?P<number>\d+)\S*?>?\s*$"
)
"""A link to an issue or a pull request posted on its own: what the call turns to next."""
_NOT_NAMES = frozenset(
    ["note", "example", "proposed", "proposal", "summary", "issue", "pr", "link", "question", "q", "re"]
)
MIN_MESSAGES = 3
_CUT_SHORT = re.compile(r"\b(uh|um|the|a|an|of|and|or|but|with|for|my|our|their|your)\.$", re.IGNORECASE)
"""A transcribing bot ends a line where the speaker paused: "I will post that to uh." goes on
in the next line ("The uh the mailing list"), so no full stop is kept after such a word."""


def looks_like_irc(lines: list[str]) -> bool:
    """At least three `<nick> text` messages, and most lines are messages or their
    continuations (a message pasted over several lines)."""
    messages = sum(1 for line in lines if _MESSAGE.match(line) or _EVENT.match(line))
    filled = sum(1 for line in lines if line.strip())
    return messages >= MIN_MESSAGES and messages * 2.5 >= filled


def nick_name(nick: str) -> str:
    """A person's name from their nick: "Russell_Hofvendahl_(mesur.io)" -> "Russell
    Hofvendahl", "TallTed_//_Ted_Thibodeau_(he/him)" -> "Ted Thibodeau", "Balazs__DIF_" ->
    "Balazs", "kimhd_" -> "Kimhd"."""
    name = nick.strip("_` ")
    if "//" in name:
        name = name.rsplit("//", 1)[1].strip("_ ") or name
    name = re.sub(r"__.*$", "", name)  # "Balazs__DIF_": "(DIF)" with its brackets made underscores
    name = name.replace("_", " ")
    while (shorter := speaker_name(name)) != name and shorter:
        name = shorter
    return speaker_name(name) or nick


def _one_edit_apart(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if a[:i] == b[:i] and (a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])):
            return True
    return False


@dataclass
class _Log:
    names: dict[str, str] = field(default_factory=dict)
    """Every nick and name seen, lower-cased, to the person's name."""

    def add(self, nick: str) -> str:
        name = nick_name(nick)
        for key in (nick.lower(), nick.strip("_").lower(), name.lower()):
            self.names.setdefault(key, name)
        return name

    def person(self, label: str) -> str | None:
        """The participant a scribe's label stands for: by nick or name, by a first name
        only one of them has, or by one typing slip in a first name of five letters or
        more ("Russel" for Russell Hofvendahl)."""
        key = label.strip("_").lower()
        if key in self.names:
            return self.names[key]
        people = sorted(set(self.names.values()))
        first = [p for p in people if p.split()[0].lower() == key]
        if len(first) == 1:
            return first[0]
        slipped = [p for p in people if len(key) >= 5 and _one_edit_apart(p.split()[0].lower(), key)]
        return slipped[0] if len(slipped) == 1 else None


def _ended(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?:;…" else f"{text}."


def irc_pieces(lines: list[str]) -> tuple[list[Piece], list[str]]:
    """What each line of the log says, by whom, and everyone who took part."""
    log = _Log()
    messages: list[tuple[int, str, str]] = []  # (line, nick, text), continuation lines as their own entries
    continuing: set[int] = set()  # lines that go on with the message above them
    current: str | None = None
    for number, line in enumerate(lines, start=1):
        if match := _MESSAGE.match(line):
            current = match.group("nick")
            messages.append((number, current, match.group("text")))
        elif _EVENT.match(line):
            current = None
        elif line.strip() and current is not None:
            messages.append((number, current, line))
            continuing.add(number)
    for _, nick, _ in messages:
        if nick.lower() not in BOTS | _TRANSCRIBERS:
            log.add(nick)
    present: list[str] = []
    for _, _, text in messages:
        if (listed := _PRESENT.match(text.strip())) and listed.group("names"):
            for nick in re.split(r"[,\s]+", listed.group("names")):
                if nick.strip("_") and nick.lower() not in BOTS:
                    log.add(nick)
    scribes: set[str] = set()
    pieces: list[Piece] = []
    last_said: dict[str, str] = {}  # each writer's last speaker, for their "…" lines
    for number, nick, raw in messages:
        text = raw.strip()
        writer = nick.lower()
        if (link := _ISSUE_LINK.match(text)) and writer not in BOTS:
            kind = "issue" if link.group("kind") == "issues" else "PR"
            pieces.append((number, None, f"Topic: {link.group('repo')} {kind} #{link.group('number')}."))
            continue
        if not text or writer in BOTS or _URL_ONLY.match(text):
            continue
        if correction := _CORRECTION.match(text):
            _correct(pieces, correction.group("old"), correction.group("new"))
            continue
        if scribe := _SCRIBE_IS.match(text):
            scribes = {scribe.group("nick").lower()}
        elif plus := _SCRIBE_PLUS.match(text):
            scribes.add((plus.group("nick") or nick).lower())
        elif _SCRIBE_MINUS.match(text):
            scribes.discard(writer)
        if (listed := _PRESENT.match(text)) and writer not in _TRANSCRIBERS:
            named = re.split(r"[,\s]+", listed.group("names") or "")  # "present+ Rosen, Rob": they are here
            present += [log.names[n.lower()] for n in named if n.lower() in log.names] or [log.names[writer]]
        if _COMMAND.match(text):
            continue
        if kept := _KEPT_LABEL.match(text):
            pieces.append((number, None, f"{kept.group('label').upper()}: {kept.group('rest')}"))
            continue
        minutes = writer in scribes or writer in _TRANSCRIBERS
        if continued := _CONTINUED.match(text):
            text = text[continued.end() :]
            speaker = last_said.get(writer) or (None if minutes else log.names.get(writer))
        elif (said := _SCRIBED.match(text)) and (who := _speaker(said.group("who"), log, minutes)):
            speaker, text = who, said.group("text")
        elif writer in _TRANSCRIBERS:
            speaker = None
        elif number in continuing and minutes and writer in last_said:
            speaker = last_said[writer]  # "orie: open a PR…" then, in the same message, "Will get PR ready"
        else:
            speaker = None if writer in scribes else log.names.get(writer)
        cut_short = writer in _TRANSCRIBERS and _CUT_SHORT.search(text)
        if cut_short:
            text = text[: cut_short.end() - 1]
        if speaker:
            last_said[writer] = speaker
            present.append(speaker)
        pieces.append((number, speaker, text if cut_short else _ended(text)))
    return pieces, list(dict.fromkeys(present))


def _speaker(label: str, log: _Log, minutes: bool) -> str | None:
    """Who "label: text" gives the words of: a participant, or for a scribe any name-like
    label ("Val/David: ..."); None when the label is no one ("Note: ...")."""
    if label.lower() in _NOT_NAMES or label.startswith("@"):
        return None
    if found := log.person(label.lstrip("@")):
        return found
    return nick_name(label) if minutes and " " not in label.strip() else None


def _correct(pieces: list[Piece], old: str, new: str) -> None:
    """A scribe's "s/choppy/conformance and interop/": the latest line with the words."""
    for index in range(len(pieces) - 1, -1, -1):
        number, speaker, text = pieces[index]
        if old in text:
            pieces[index] = (number, speaker, text.replace(old, new, 1))
            return


def present_line(present: list[str]) -> str:
    return "Present: " + ", ".join(present)
