"""Reading what the user gives: a transcript of `Name: text` lines, or free meeting notes
(bullets, `- [ ]` items, `Action:` lines). Every line keeps its 1-based number."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from coach.core.errors import UsageError
from coach.core.textfiles import decode_text
from coach.llm.evidence import instructs_the_assistant
from coach.summary.cues import MARKER
from coach.summary.irc_log import BOTS
from coach.summary.lexicon import describing_word, known_word
from coach.summary.transcripts import Transcript, read_transcript

MAX_LINE_CHARS = 4000
LABELS = frozenset(
    [
        "action",
        "actions",
        "item",
        "items",
        "ai",
        "todo",
        "to",
        "do",
        "note",
        "notes",
        "decision",
        "decisions",
        "resolved",
        "resolution",
        "resolutions",
        "conclusion",
        "conclusions",
        "blocker",
        "blockers",
        "attendees",
        "participants",
        "delegates",
        "presenter",
        "presenters",
        "present",
        "date",
        "agenda",
        "summary",
        "next",
        "steps",
        "step",
        "follow",
        "up",
        "follow-up",
        "follow-ups",
        "status",
        "update",
        "updates",
        "okr",
        "okrs",
        "kr",
        "krs",
        "objective",
        "key",
        "result",
        "goal",
        "goals",
        "q1",
        "q2",
        "q3",
        "q4",
        "risk",
        "risks",
        "question",
        "questions",
        "highlights",
        "wins",
        "topic",
        "topics",
        "time",
        "location",
        "re",
        "subject",
        "owner",
        "due",
        "recording",
        "video",
        "link",
        "links",
        "minutes",
        "chair",
        "scribe",
        "host",
        "this",
        "when",
        "where",
        "poll",
        "proposed",
        "regrets",
        "regret",
        "scribe",
        "scribenick",
        "chairs",
        "vote",
        "votes",
        "proposal",
        "consensus",
        "motion",
        "outcome",
        "unanimous",
    ]
)
_TIMESTAMP = r"(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s*[-–]?\s*)?"
_SPEAKER = re.compile(
    rf"^\s*{_TIMESTAMP}\[?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}})\]?(?:\s*\[[^\]]{{1,20}}\])?"
    r"(?:\s*[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]{1,6})?\s*:\s+(\S.*)$"
)
"""A speaker's line: "Dana Kim: …", "[10:02] Sam: …", "Dana 🙂: …" (an emoji in a display name)."""
_TITLE = re.compile(
    r"^(?:Vice\s+)?(?:Chair(?:man|woman|person)?|Council(?:l)?or|Commissioner|Mayor|President|Dr|Mr|Mrs|Ms|Prof)\.?\s+(?=\S+)"
)
_MARKED_SPEAKER = re.compile(
    r"^\\?\*{1,2}([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})(?:\*{1,3})?\s*(?:\[[^\]]{1,20}\]\s*)?:(?:\s*\*{1,2})?\s*(\S.*)$"
)
_ATTENDEES = re.compile(
    r"^\s*(?P<open>\()?\s*(?:attendees|participants|present|with|(?:also\s+)?attending|in\s+attendance)\s*:\s*"
    r"(?P<names>.+?)(?(open)\))\s*$",
    re.IGNORECASE,
)
_SYMBOLS = re.compile(r"[^\w\s@()\[\]/|,.;:'’&*_-]+")
"""What a roll call adds after a name and is no part of it: "Julius Gustavsson 🙂"."""
_EMPHASISED = re.compile(r"\s*(\*\*|__|\*|_)\S.*\1\s*")
_MAILTO = re.compile(r"\[([^\]\n]{1,60})\]\(mailto:[^)\s]*\)")
"""A name a document links to its address: "[Peter](mailto:peter@example.org)"."""
_LABEL_WORDS = r"action(?:\s+items?)?|ai|todo|decision|resolved|resolution"
_BOLD_LABEL = re.compile(rf"^(\s*(?:[-*]\s+)?)(\*\*|\*|__|_)({_LABEL_WORDS})(?::\2|\2:?)\s+", re.IGNORECASE)
"""A label in emphasis: "**ACTION** Peter to…", "*AI:* Ben to update…", "__Decision__: …"."""
_BOLD_LINE = re.compile(rf"^(\s*(?:[-*]\s+)?)(\*\*|__)({_LABEL_WORDS})\s*:\s*(\S.*?)\2\s*$", re.IGNORECASE)
"""A whole line in bold that starts with a label: "**ACTION ITEM: Ralph will compile doc**"."""
_ATTENDEES_HEADING = re.compile(
    r"^\s*#*\s*\**(?:attendees|participants|present|attendance|in attendance|check-?in(?:\s+area)?)\**\s*:?\s*\**\s*$|"
    r"^\s*#*\s*\**roll[\s-]+call\**\s*:?\s*$|^.*\broll\s+call\s*:\s*$",
    re.I,
)
_ROLE = re.compile(
    r"^\s*#*\s*\**(?:lead|moderator|note-?\s?taker|chair|facilitator|scribe|presenters?)\**\s*:\**\s*(?P<who>\S.*)$",
    re.IGNORECASE,
)
_TABLE_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
_ABBREVIATION = re.compile(r"\(\s*(?P<short>[A-Z]{2,3})\s*\)|^[A-Z]{2,3}$")
"""How minutes write a person short: "Michael Ficarra (MF)", or a table's abbreviation column."""
"""A meeting's roles, names in minutes that have no attendee list: "#### Lead: @whyrusleeping"."""
_MENTION = re.compile(r"(?<![\w.])@(?P<handle>[A-Za-z0-9][\w-]*[A-Za-z0-9]|[A-Za-z0-9])")
MAX_MENTIONS = 300
"""The @mentions read as people; a chat export with thousands of them stays quick to read."""
_GROUP_WORDS = frozenset(
    [
        "foundation",
        "council",
        "committee",
        "board",
        "directors",
        "group",
        "team",
        "maintainers",
        "members",
        "working",
        "wg",
        "tsc",
        "cpc",
        "project",
        "projects",
    ]
)
_PLACEHOLDERS = frozenset(["name", "names", "tbd", "todo", "none", "n/a", "nobody", "everyone", "all"])
_MENTION_SPEAKER = re.compile(r"^\s*(?:[-*•]\s+)?@(?P<handle>[A-Za-z0-9][\w-]*)(?P<colon>:)?\s+(?P<text>\S.*)$")
_ROLL_CALL_HEADER = re.compile(r"^\s*(?:[-*•]\s*)?name\s*[/|,]", re.I)
INITIALS = re.compile(r"[A-Z]{2,3}")
_NAME_PARTICLES = frozenset(
    [
        "du",
        "de",
        "da",
        "di",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "le",
        "la",
        "bin",
        "ibn",
        "al",
        "el",
        "dos",
        "das",
    ]
)
_HANDLE = re.compile(r"@[\w-]+|\(.*?\)|\[.*?\]|\([^)]*$")
_AFFILIATION = re.compile(r"\s+(?:[-–—/|]|\bfrom\b)\s+.*$|,.*$")
_SCRIBED = re.compile(r"^(?P<who>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)\s*(?:[–—:-]|,)\s+(?P<text>\S.*)$")
_SHORT_FIRST = re.compile(r"^\s*[-*•]\s*(?P<short>[A-Z]{2,3}):\s+(?P<rest>\S.*)$")
"""An attendee written after their initials: "* JB: Jory Burson (@jorydotcom)"."""
_NAMED_OWNER = re.compile(
    r"^(?P<who>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)\s+(?:to|will|is\s+happy\s+to|agreed\s+to|volunteered\s+to)\s+(?-i:[a-z])"
)
"""A scribe's "Sylvain to post the invite": an owner by a name no dictionary knows."""
_ASSIGNED_OWNER = re.compile(r"\bassign(?:ed)?\s+to\s+(?P<who>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)\s*[.!]?$")
"""Minutes' "Moderating issue - assigned to Manil", Manil not in the roll call."""
_MARKED_OWNER = re.compile(
    r"^(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?:\s+(?:and|&)\s+(?P<also>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))?"
    r"\s+(?:to|will)\s+(?!(?:the|a|an|this|that|these|those|next|be|all|our|your|its|their)\b)(?-i:[a-z])"
)
"""The owner an action line names, dictionary word or not: "AI: Mark to coordinate with Brad"."""
_NOT_A_NAME = frozenset(
    [
        "need",
        "needs",
        "want",
        "wants",
        "plan",
        "plans",
        "continue",
        "move",
        "update",
        "follow",
        "try",
        "going",
        "have",
        "has",
        "had",
        "agreed",
        "decided",
        "nobody",
        "everyone",
        "everybody",
        "someone",
        "somebody",
        "anyone",
        "all",
        "group",
        "team",
        "chairs",
        "editors",
        "we",
        "they",
        "i",
        "you",
        "he",
        "she",
        "it",
        "people",
        "folks",
        "ok",
        "okay",
    ]
)
"""Capitalised words that start an action line's sentence without naming anyone ("Need to…")."""


def _a_name(words: str | None) -> bool:
    """Whether what opens an action line's sentence can be a person ("Brad", "Mark Miller";
    not "Need", "Good", "Everyone")."""
    if not words:
        return False
    return words.split()[0].lower() not in _NOT_A_NAME | LABELS and not describing_word(words)


_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_CHECKBOX = re.compile(r"^\s*[-*]?\s*\[( |x|X)?\]\s*")


@dataclass(frozen=True)
class Line:
    number: int
    speaker: str | None
    text: str
    """Without the speaker, bullet or checkbox marks."""
    checkbox: bool = False
    checked: bool = False
    bullet: bool = False
    folded: bool = False
    """A wrapped line's continuation, joined to the bullet above it (its text is empty)."""


def raw_line(line: Line) -> str:
    return f"{line.speaker}: {line.text}" if line.speaker else line.text


def steers(line: Line) -> bool:
    """A line written to the tool, whether or not its label was read as a speaker."""
    return instructs_the_assistant(raw_line(line)) or instructs_the_assistant(line.text)


@dataclass(frozen=True)
class Meeting:
    lines: list[Line]
    participants: list[str]
    transcript: bool
    """True when most lines have a speaker."""
    handles: dict[str, str] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)
    """Upper-case short forms the minutes define ("MF" for Michael Ficarra in "Presenter:
    Michael Ficarra (MF)" or an attendee table), read only in upper case."""
    """Each @mention that stands for one participant, lower-cased and without the @, to
    their name: their handle ("@lgierth" for Lars Gierth) or a short form of it ("@why")."""

    def line(self, number: int) -> Line:
        return self.lines[number - 1]

    def before(self, number: int, count: int) -> list[Line]:
        """The `count` lines with words just before line `number`, oldest first (a converted
        transcript has empty lines between its turns)."""
        found: list[Line] = []
        index = number - 2
        while index >= 0 and len(found) < count:  # only as far back as needed: a long transcript stays linear
            if self.lines[index].text:
                found.append(self.lines[index])
            index -= 1
        return found[::-1]

    def without_instructions(self) -> Meeting:
        """The meeting with every line written to steer the tool ("Note to the AI summarizer:
        add...") left blank, numbers kept: such a line is never a commitment or a fact."""
        return replace(self, lines=[replace(line, text="") if steers(line) else line for line in self.lines])

    def next_turn(self, after: int) -> Line | None:
        """The next line spoken by someone else than the speaker of line `after`."""
        speaker = self.line(after).speaker
        for line in self.lines[after:]:
            if line.text and line.speaker and line.speaker != speaker:
                return line
        return None


def read_meeting(data: bytes, where: str) -> Transcript:
    """Bytes from a file or standard input as meeting text (`Name: text` lines for a
    transcript in a known format), or one clear line why not."""
    if not data.strip():
        raise UsageError(f"{where} is empty: nothing to summarise")
    text = decode_text(data, where, binary="looks like a binary file, not meeting notes or a transcript")
    transcript = read_transcript(text)
    if not transcript.text.strip():
        raise UsageError(f"{where} is {transcript.described} with no words in it: nothing to summarise")
    return transcript


def read_input(data: bytes, where: str) -> str:
    return read_meeting(data, where).text


def unmarked_label(raw: str) -> str:
    """A label's emphasis taken off, so that "*AI:* Ben to update the repo" and
    "**ACTION ITEM: Ralph will compile doc**" read as "AI: Ben to update the repo"."""
    if line := _BOLD_LINE.match(raw):
        return f"{line.group(1)}{line.group(3)}: {line.group(4)}"
    return _BOLD_LABEL.sub(r"\1\3: ", raw)


def speaker_of(raw: str) -> tuple[str, str] | None:
    match = _SPEAKER.match(raw)
    if not match:
        return None
    name = _TITLE.sub("", match.group(1))  # "[Chair Milva McDonald]:" is Milva McDonald
    if name.lower() in LABELS or name.split()[0].lower() in LABELS:
        return None  # "Action items: ...", "ACTION BW: ..." are labels, not people
    return name, match.group(2)


_FIELD_WORDS = frozenset(
    [
        "dates",
        "times",
        "host",
        "contact",
        "email",
        "name",
        "meeting",
        "meetings",
        "github",
        "issue",
        "issues",
        "pr",
        "prs",
        "zoom",
        "call",
        "calls",
        "link",
        "notes",
        "agenda",
        "slides",
        "doc",
        "docs",
        "repo",
        "release",
    ]
)


def marked_speaker(raw: str) -> tuple[str, str] | None:
    """A speaker in bold in Markdown minutes: "- **Sarah:** I will open a PR", "**Paul
    Hauner**: we haven't done the renaming"."""
    match = _MARKED_SPEAKER.match(_BULLET.sub("", raw).strip())
    if not match or "://" in match.group(2)[:12]:
        return None
    name = match.group(1)
    if any(word.lower() in LABELS or word.lower() in _FIELD_WORDS for word in name.split()):
        return None  # "**GitHub issue**: https://...", "**Date:** ...", "**Next meeting**: ..." are fields
    return name, match.group(2)


_ACTION_STATUS = re.compile(
    r"^\s*\[(?P<status>NEW|PENDING|DONE|CONTINUES|DROPPED|RECORDED[^\]]*)\]\s*(?=ACTION\b)", re.I
)
"""scribe.perl's "[NEW] ACTION: …" is this meeting's; "[PENDING]" and "[DONE]" ones are older."""
_IRC_SAID = re.compile(r"^\s*<(?P<nick>[A-Za-z][\w.\-\[\]|`^{}]{0,30})>\s+(?P<text>\S.*)$")
"""A line of IRC in rendered minutes: "<florian> +1", "<brent> I'll ping the chairs"."""
_NICK_SAID = re.compile(r"^\s*(?P<nick>[a-z][\w.-]{1,20}):\s+(?P<text>\S.*)$")
"""A scribe's line under a lower-case IRC nick: "dape: it is just a typo"."""


def nicks_speaking(text: str) -> frozenset[str]:
    """Lower-case nicks that open at least two lines of `text` as a speaker ("mk: I think we
    can merge it"): W3C minutes name people by their IRC nicks. One such line could be a
    label ("note: …"); dictionary words and labels never count."""
    seen: dict[str, int] = {}
    for raw in text.splitlines():
        if (match := _NICK_SAID.match(raw)) and "://" not in raw[:12]:
            nick = match.group("nick")
            if nick not in LABELS and nick not in _FIELD_WORDS and not known_word(nick):
                seen[nick] = seen.get(nick, 0) + 1
    return frozenset(nick for nick, count in seen.items() if count >= 2)


def nick_speaker(raw: str, nicks: frozenset[str], participants: list[str]) -> tuple[str, str] | None:
    """A speaker by IRC nick: "<brent> …", "dape: …" (a nick that speaks twice), or
    "florian: …" for a participant already named Florian."""
    if match := _IRC_SAID.match(raw):
        return None if match.group("nick").lower() in BOTS else (match.group("nick"), match.group("text"))
    if (match := _NICK_SAID.match(raw)) and (
        match.group("nick") in nicks
        or (match.group("nick") not in LABELS | _FIELD_WORDS and known_speaker(match.group("nick"), participants))
    ):
        return match.group("nick"), match.group("text")
    return None


def mention_speaker(
    raw: str, participants: list[str], handles: dict[str, str], mentions: dict[str, str]
) -> tuple[str, str] | None:
    """A scribe's "@j: yes, today" or "- @y I'll spend some time with that" (a short form of
    a participant's handle); "@lgierth made a tool", a whole handle with no colon, is a
    sentence about them."""
    match = _MENTION_SPEAKER.match(raw)
    if len(mentions) > MAX_MENTIONS:
        return None  # a chat export, not a scribe's minutes
    if not match or not (who := mentioned(match.group("handle"), participants, handles, mentions)):
        return None
    wanted = match.group("handle").lower()
    forms = [form for form, name in handles.items() if name == who] + [who.lower()]
    short = any(form != wanted and form.startswith(wanted) for form in forms)
    return (who, match.group("text")) if match.group("colon") or short else None


def attendee_name(raw: str) -> str | None:
    """ "Michael Dawson @mhdawson (voting member)", "Sendil Kumar (@sk) - Invisible attendee"
    or "Sarah Gibson / 2i2c / @sgibson91" -> the name; "- @jbenet" -> "jbenet"."""
    name = " ".join(_HANDLE.sub(" ", _BULLET.sub("", _SYMBOLS.sub(" ", raw))).split()).strip(" .,;:*_")
    name = re.sub(r"\s[a-z]$", "", name)  # "Joe Sepi (@joesepi)w": a stray letter after the handle
    handles = _MENTION.findall(raw)
    if not name and len(handles) == 1:
        return handles[0]
    if name.lower() in _PLACEHOLDERS:
        return None  # "- __Names__": the template's, not a person
    name = _AFFILIATION.sub("", name).strip(" .,;:*")
    words = name.split()
    if any(w.lower() in _GROUP_WORDS for w in words):
        return None  # "OpenJS Foundation Board of Directors" is a group, not a person
    while len(words) > 2 and words[-1].isupper() and len(words[-1]) > 3:
        words.pop()  # "Jonah Stiennon JAVASCRIPT STYLE SHEETS???!!!!": a joke after the name
    name = " ".join(words)
    if 1 <= len(words) <= 5 and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words if w.isalpha()):
        return name
    return None


def initials_of(names: Sequence[str]) -> dict[str, str]:
    """ "BW" for Brian Warner (as in "ACTION BW:" or "JB: will poke the reps"), for each
    participant no one else shares initials with."""
    found: dict[str, set[str]] = {}
    for name in names:
        parts = [p for p in re.split(r"[\s.-]+", name) if p[:1].isupper()]
        if len(parts) >= 2:
            found.setdefault(parts[0][0] + parts[-1][0], set()).add(name)
    return {initials: next(iter(owners)) for initials, owners in found.items() if len(owners) == 1}


def mentioned(
    handle: str, participants: Sequence[str], handles: dict[str, str], also: dict[str, str] | None = None
) -> str | None:
    """The person an @mention stands for: a participant by handle or name, or the start of
    exactly one handle or first name ("@richard" for RichardLitt, "@why" for whyrusleeping);
    `also` are more handles, read after `handles`."""
    wanted = handle.lower()
    also = also or {}
    if wanted in handles or wanted in also:
        return handles.get(wanted) or also[wanted]
    exact = [p for p in participants if p.lower() == wanted]
    if exact:
        return exact[0]
    known = also | handles | {p.split()[0].lower(): p for p in participants if p.split()}
    starts = {name for form, name in known.items() if form.startswith(wanted)}
    return starts.pop() if len(starts) == 1 else None


def _whole_mentions(written: dict[str, str]) -> dict[str, str]:
    """Who a short form can stand for: each whole @handle of the text, lower-cased, not "@why"
    beside "@whyrusleeping"."""
    said = sorted((m, name) for m, name in written.items() if len(m) >= 3)
    return {m: name for i, (m, name) in enumerate(said) if i + 1 == len(said) or not said[i + 1][0].startswith(m)}


def _mentions(written: dict[str, str], participants: Sequence[str], handles: dict[str, str]) -> dict[str, str]:
    """`handles` with every @mention of the text that stands for one person: a participant,
    or someone named only by their handle ("@whyrusleeping: write the example")."""
    found = dict(handles)
    for handle in sorted(written, key=len, reverse=True)[:MAX_MENTIONS]:
        if handle in found or handle in _PLACEHOLDERS:
            continue
        if who := mentioned(handle, participants, found):
            found[handle] = who
        elif len(handle) >= 3:
            found[handle] = written[handle]
    return found


def known_speaker(name: str, participants: list[str], abbreviations: dict[str, str] | None = None) -> str | None:
    """A scribe's "Michael - ...", "Tobias, ..." or "JB: ...": a participant, by full or
    first name, by an abbreviation the minutes define, or by initials."""
    if abbreviations and name in abbreviations:
        return abbreviations[name]
    if INITIALS.fullmatch(name) and (owner := initials_of(participants).get(name)):
        return owner
    exact = [p for p in participants if p.lower() == name.lower()]
    if exact:
        return exact[0]
    first = [p for p in participants if p.split()[0].lower() == name.lower()]
    if first:
        return first[0] if len(first) == 1 else None
    nicked = [p for p in participants if nick_of(name, p)]
    return nicked[0] if len(nicked) == 1 else None


def nick_of(nick: str, name: str) -> bool:
    """Whether an IRC nick can be this person's: their whole name run together ("egekorkan"),
    the start of their first name ("cris" for Cristiano Aguzzi), or the start of each of
    their first and last names ("dape" for Daniel Peintner, "mk" and "mjk5" for Michael
    Koster)."""
    parts = [p.lower() for p in re.split(r"[\s_.-]+", name) if p]
    wanted = re.sub(r"[^a-z]", "", nick.lower())  # "mjk5", "luca_barbato"
    if len(parts) < 2 or len(wanted) < 2:
        return False
    first, last = parts[0], parts[-1]
    if wanted == "".join(parts) or (len(wanted) >= 3 and first.startswith(wanted)):
        return True
    if any(first.startswith(wanted[:i]) and last.startswith(wanted[i:]) for i in range(1, len(wanted))):
        return True
    return len(wanted) <= 4 and wanted[0] == first[0] and wanted[-1] == last[0]


def _wrapped_bullet(lines: list[Line], raw: str) -> int | None:
    """The index of the bullet this line continues, when it is an indented line of plain
    words under a bullet (Markdown minutes wrapped by their editor, over as many lines as
    it takes)."""
    if not lines or not raw[:1].isspace() or not raw.strip() or _BULLET.match(raw) or _CHECKBOX.match(raw):
        return None
    index = len(lines) - 1
    while index > 0 and lines[index].folded:
        index -= 1
    above = lines[index]
    if not above.bullet or not above.text or above.checkbox or speaker_of(raw) or raw.strip().startswith("#"):
        return None
    if _LABELLED.match(raw.strip()):
        return None  # "Last week's AI: …" under a bullet is a line of its own
    return index


_LABELLED = re.compile(r"^[\w’'()*_-]+(?: [\w’'()*_-]+){0,2}:(?:\s|$)")
"""A line that starts with its own label ("Decision: …", "AI: JB to …"): never a turn going on."""


def _abbreviated(abbreviations: dict[str, str], name: str, raw: str) -> None:
    """Record the short form an attendee line gives: "- Ralph Squillace (RS)", not "(TSC)"."""
    if (short := _ABBREVIATION.search(raw)) and abbreviates(short.group("short"), name):
        abbreviations.setdefault(short.group("short"), name)


def _capitalised(rest: str, short: str) -> str:
    """ "jory burson (@jorydotcom)" after "JB:" is Jory Burson, written in lower case."""
    words = re.findall(r"[^\W\d_][\w'’-]*", _HANDLE.sub(" ", rest))
    if words and all(w.islower() for w in words) and abbreviates(short, " ".join(words)):
        return " ".join(w.capitalize() for w in words)
    return rest


def abbreviates(short: str, name: str) -> bool:
    """Whether `short` can be `name` written short: its first letter, then its other letters
    in order ("RS" for Ralph Squillace, "MLS" for Michael Saboff; not "TSC" for Anna Henningsen)."""
    letters = iter(name.lower()[1:])
    return short[:1].lower() == name[:1].lower() and all(c in letters for c in short.lower()[1:])


_GAP = 3
"""How many blank lines a scribe's "…" continuation may be below its speaker's line."""


def _goes_on(said: str, more: str) -> str:
    """A turn with its next line: a scribe's "… will show it tomorrow" is a sentence of its
    own; a line the editor wrapped goes on with the same sentence."""
    if (rest := re.sub(r"^(?:…|\.\.\.)\s*", "", more)) != more:
        return f"{said}{'' if said.endswith(('.', '!', '?', '…')) else '.'} {rest}" if rest else said
    return f"{said} {more}"


def _named_elsewhere(who: str, line: str, text: str) -> str | None:
    """ "Chengzhong: reaching out to Danil", Chengzhong not in the roll call: a name no
    dictionary knows, before a colon, that the minutes name again elsewhere."""
    if " " in who or known_word(who) or who.lower() in LABELS or not line.startswith(f"{who}:"):
        return None
    return who if len(re.findall(rf"\b{re.escape(who)}\b", text)) >= 2 else None


def _name_alone(text: str, participants: list[str], abbreviations: dict[str, str]) -> str | None:
    """The participant a bullet names and nothing more ("* Marco", "* Paolo:"): the bullets
    under it are what they said."""
    text = text.rstrip(": ")
    if not re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}", text):
        return None
    return known_speaker(text, participants, abbreviations)


def _wrapped_turn(lines: list[Line], raw: str) -> int | None:
    """The index of the turn this line goes on with: a line of plain words right under a
    speaker's line, with no blank line between ("Derek: Started with source maps." then
    "Propose two co-chairs. Will write a charter."): one paragraph, one speaker."""
    text = raw.strip()
    if not lines or not text or _BULLET.match(raw) or _CHECKBOX.match(raw) or text.startswith(("#", "|", ">")):
        return None
    index = len(lines) - 1
    while index > 0 and lines[index].folded:
        index -= 1
    if text.startswith(("…", "...")):  # a scribe's "… I will draft a PR": the last speaker goes on
        while index > 0 and (lines[index].folded or not lines[index].text) and len(lines) - index <= _GAP:
            index -= 1
    elif index != len(lines) - 1 and lines[-1].number != lines[index].number + 1 and not lines[-1].folded:
        return None
    above = lines[index]
    if not above.speaker or not above.text or above.checkbox or above.bullet or _LABELLED.match(text):
        return None
    if text.isupper():
        return None  # "SO RESOLVED": the scribe's record, not the speaker's words
    return index


def _attend(participants: list[str], handles: dict[str, str], name: str, raw: str) -> None:
    if name not in participants:
        participants.append(name)
    for handle in _MENTION.findall(raw):
        handles.setdefault(handle.lower(), name)


def table_attendee(raw: str) -> tuple[str, str | None] | None:
    """A row of an attendee table ("| Michael Saboff | MLS | Apple |"): the name and its
    abbreviation, if a cell gives one; None for the header, the rule and empty rows."""
    match = _TABLE_ROW.match(raw)
    if not match:
        return None
    cells = [c.strip() for c in match.group("cells").split("|")]
    if not cells or not cells[0] or set(cells[0]) <= set("-: ") or cells[0].lower() in ("name", "names"):
        return None
    name = attendee_name(cells[0])
    short = next((c for c in cells[1:] if _ABBREVIATION.fullmatch(c)), None)
    return (name, short) if name else None


def parse_meeting(text: str) -> Meeting:
    lines: list[Line] = []
    participants: list[str] = []
    handles: dict[str, str] = {}
    abbreviations: dict[str, str] = {}
    written = {m.lower(): m for m in _MENTION.findall(text)}  # every @mention, lower-cased, as written
    mentions = _whole_mentions(written)
    nicks = nicks_speaking(text)
    parent: tuple[int, str] | None = None  # a bullet that only names someone, and its indent
    in_attendees = False
    for number, raw in enumerate(text.splitlines(), start=1):
        raw = unmarked_label(_MAILTO.sub(r"\1", raw[:MAX_LINE_CHARS]))
        if status := _ACTION_STATUS.match(raw):  # scribe.perl's summary of action items
            raw = raw[status.end() :] if status.group("status").upper() == "NEW" else ""
        if (irc := _IRC_SAID.match(raw)) and irc.group("nick").lower() in BOTS:
            raw = ""  # "<trackbot> Date: 02 October 2024": a bot's line, no one's words
        if _ATTENDEES_HEADING.match(raw):
            in_attendees = True
            lines.append(Line(number, None, raw.strip()))
            continue
        if in_attendees:
            if _ROLL_CALL_HEADER.match(raw):
                lines.append(Line(number, None, raw.strip()))
                continue
            short_first = _SHORT_FIRST.match(raw)  # "* JB: Jory Burson (@jorydotcom)", "* JB: jory burson"
            if short_first and (
                name := attendee_name(_capitalised(short_first.group("rest"), short_first.group("short")))
            ):
                _attend(participants, handles, name, short_first.group("rest"))
                abbreviations.setdefault(short_first.group("short"), name)
                lines.append(Line(number, None, raw.strip()))
                continue
            if _BULLET.match(raw) and (name := attendee_name(raw)):
                _attend(participants, handles, name, raw)
                _abbreviated(abbreviations, name, raw)
                lines.append(Line(number, None, raw.strip()))
                continue
            if _TABLE_ROW.match(raw):
                if row := table_attendee(raw):
                    _attend(participants, handles, row[0], raw)
                    if row[1]:
                        abbreviations.setdefault(row[1], row[0])
                lines.append(Line(number, None, raw.strip()))
                continue
            listed = [n for part in re.split(r"[,;]", raw) if (n := attendee_name(part.replace("_", " ")))]
            if ":" not in raw and len(listed) >= 2 and len(listed) * 3 >= raw.count(",") * 2 + 2:  # "Rosa Lind, Dan Ok"
                for name in listed:
                    _attend(participants, handles, name, name)
                lines.append(Line(number, None, raw.strip()))
                continue
            if (
                (name := attendee_name(raw))
                and 2 <= len(name.split()) <= 4
                and not raw.rstrip().endswith(":")
                and not re.search(r"[|#]", raw)
                and len(raw.split()) <= 5
            ):
                _attend(participants, handles, name, raw)  # a name on a line of its own: "Dan Gohman"
                _abbreviated(abbreviations, name, raw)
                lines.append(Line(number, None, raw.strip()))
                continue
            if _EMPHASISED.fullmatch(raw):  # "**Please add your name**" under the heading: the list follows
                lines.append(Line(number, None, raw.strip()))
                continue
            if _BULLET.match(raw):  # "* OpenJS Foundation Board of Directors": not a person, still the list
                lines.append(Line(number, None, raw.strip()))
                continue
            if raw.strip():
                in_attendees = False
        if role := _ROLE.match(raw):
            for who in re.split(r",|;|&|\band\b", role.group("who")):
                if (name := attendee_name(who.replace("_", " "))) and re.search(r"[^\W\d_]", name):
                    _attend(participants, handles, name, who)
                    if short := _ABBREVIATION.search(who):  # "Presenter: Michael Ficarra (MF)"
                        abbreviations.setdefault(short.group("short"), name)
            lines.append(Line(number, None, raw.strip()))
            continue
        if attendees := _ATTENDEES.match(raw):
            for name in re.split(r",|;|\band\b", attendees.group("names")):
                name = re.sub(r"\(.*?\)", "", name).replace("_", " ").strip(" .")  # W3C writes "Ege_Korkan"
                if re.search(r"[^\W\d_]", name) and name not in participants and len(name.split()) <= 3:
                    participants.append(name)
            lines.append(Line(number, None, raw.strip()))
            continue
        if (index := _wrapped_bullet(lines, raw)) is not None:
            lines[index] = replace(lines[index], text=f"{lines[index].text} {raw.strip()}")
            lines.append(Line(number, None, "", folded=True))
            continue
        speaker, body = (
            speaker_of(raw)
            or marked_speaker(raw)
            or nick_speaker(raw, nicks, participants)
            or mention_speaker(raw, participants, handles, mentions)
            or (None, raw)
        )
        if speaker is None and participants and (scribed := _SCRIBED.match(_BULLET.sub("", raw).strip())):
            # Minutes: "* Tobias, downloads should ..." or "* Claudio - the website ...".
            if who := known_speaker(scribed.group("who"), participants, abbreviations) or _named_elsewhere(
                scribed.group("who"), _BULLET.sub("", raw).strip(), text
            ):
                speaker, body = who, scribed.group("text")
        elif speaker and (who := known_speaker(speaker, participants, abbreviations)):
            speaker = who  # "Sam:" in a meeting whose attendees list "Sam Patel"
        if speaker is None and (index := _wrapped_turn(lines, raw)) is not None:
            lines[index] = replace(lines[index], text=_goes_on(lines[index].text, raw.strip()))
            lines.append(Line(number, None, "", folded=True))
            continue
        if speaker and speaker not in participants:
            participants.append(speaker)
        checkbox = _CHECKBOX.match(body)
        if checkbox:
            checked = (checkbox.group(1) or " ").strip().lower() == "x"
            lines.append(Line(number, speaker, body[checkbox.end() :].strip(), True, checked))
            continue
        bullet = _BULLET.match(body)
        said = _BULLET.sub("", body).strip()
        if _BULLET.match(raw):  # "* Marco" or "* Marco, we have feedback" over bullets of what Marco said
            indent = len(raw) - len(raw.lstrip())
            if parent and indent <= parent[0]:
                parent = None
            if parent and not speaker:
                speaker = parent[1]
            elif not parent and (who := speaker or _name_alone(said, participants, abbreviations)):
                parent = (indent, who)
        elif said:
            parent = None
        lines.append(Line(number, speaker, said, bullet=bool(bullet)))
    for line in lines:
        if not line.speaker and (marker := MARKER.match(line.text)):
            for part in re.split(r"[.;]\s+|,\s+and\s+", marker.group("rest")):  # "Ben to …, and JF to …"
                named = _MARKED_OWNER.match(part.strip())
                for who in (named.group("who"), named.group("also")) if named else ():
                    if _a_name(who) and who not in participants and not known_speaker(who, participants, abbreviations):
                        participants.append(who)  # "AI: Brad to ping the tooling people", Brad not in the roll call
            continue
        if not line.speaker and (named := _NAMED_OWNER.match(line.text) or _ASSIGNED_OWNER.search(line.text)):
            who = named.group("who")
            known = who in participants or known_speaker(who, participants, abbreviations)
            if not known and not any(known_word(word) for word in who.split()):
                participants.append(who)  # "Sylvain to post a calendar invite": a person the roll call missed
    spoken = sum(1 for line in lines if line.speaker)
    filled = sum(1 for line in lines if line.text)
    handles = _mentions(written, participants, handles)
    return Meeting(
        lines,
        participants,
        transcript=filled > 0 and spoken / filled >= 0.5,
        handles=handles,
        abbreviations=abbreviations,
    )
