"""Reading what the user gives: a transcript of `Name: text` lines, or free meeting notes
(bullets, `- [ ]` items, `Action:` lines). Every line keeps its 1-based number."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from coach.core.errors import UsageError
from coach.core.textfiles import decode_text
from coach.llm.evidence import instructs_the_assistant
from coach.summary.cues import AT_REQUEST, MARKER
from coach.summary.irc_log import BOTS
from coach.summary.lexicon import known_word
from coach.summary.names import (
    ABBREVIATION,
    BULLET,
    LINK_LABEL,
    MENTION,
    NAMES_APART,
    ROOM,
    TABLE_ROW,
    a_group,
    a_name,
    abbreviates,
    attendee_name,
    capitalised,
    handles_mentioned,
    known_speaker,
    misspelling_of,
    name_alone,
    named_elsewhere,
    nick_of,
    record_abbreviation,
    table_attendee,
    whole_mentions,
)
from coach.summary.speakers import (
    IRC_SAID,
    bold_speaker,
    bracket_speaker,
    marked_speaker,
    mention_speaker,
    nick_speaker,
    nicks_speaking,
    plain_label,
    repeated_labels,
    signed_speaker,
    speaker_of,
)
from coach.summary.transcripts import Transcript, read_transcript

MAX_LINE_CHARS = 20_000
_ATTENDEES = re.compile(
    r"^\s*(?P<open>\()?\s*(?:attendees|participants|present|with|(?:also\s+)?attending|in\s+attendance)\s*:\s*"
    r"(?P<names>.+?)(?(open)\))\s*$",
    re.IGNORECASE,
)
_EMPHASISED = re.compile(r"\s*(\*\*|__|\*|_)\S.*\1\s*")
_MAILTO = re.compile(r"\[([^\]\n]{1,60})\]\(mailto:[^)\s]*\)")
"""A name a document links to its address: "[Peter](mailto:peter@example.org)"."""
_LABEL_WORDS = r"action(?:\s+items?)?|ai|todo|decision|resolved|resolution"
_BOLD_LABEL = re.compile(rf"^(\s*(?:[-*]\s+)?)(\*\*|\*|__|_)({_LABEL_WORDS})(?::\2|\2:?)\s+", re.IGNORECASE)
"""A label in emphasis: "**ACTION** Peter to…", "*AI:* Ben to update…", "__Decision__: …"."""
_BOLD_LINE = re.compile(rf"^(\s*(?:[-*]\s+)?)(\*\*|__)({_LABEL_WORDS})\s*:\s*(\S.*?)\2\s*$", re.IGNORECASE)
"""A whole line in bold that starts with a label: "**ACTION ITEM: Ralph will compile doc**"."""
_ATTENDEES_HEADING = re.compile(
    r"^\s*#*\s*\**(?:(?:community|other|additional|external|guest|invited)\s*[/&,]?\s*)*"
    r"(?:attendees|participants|present|attendance|in attendance|check-?in(?:\s+area)?)\**\s*:?\s*\**\s*$|"
    r"^\s*#*\s*\**roll[\s-]+call\**\s*:?\s*$|^.*\broll\s+call\s*:\s*$",
    re.I,
)
_ROLE = re.compile(
    r"^\s*#*\s*\**(?:lead|moderator|note-?\s?taker|chair|facilitator|scribe|presenters?)\**\s*:\**\s*(?P<who>\S.*)$",
    re.IGNORECASE,
)
"""A meeting's roles, names in minutes that have no attendee list: "#### Lead: @whyrusleeping"."""
_ATTENDANCE_COLUMNS = frozenset(["attendance", "attended", "present", "here"])
_ABSENT = frozenset(["no", "n", "absent", "x", "✗", "❌", "regrets", "apologies"])
"""An attendee table's word for someone on the list who did not come."""
_ROLL_CALL_HEADER = re.compile(r"^\s*(?:[-*•>]\s*)?name\s*[/|,]", re.I)
_SCRIBED = re.compile(r"^(?P<who>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)\s*(?:[–—:-]|(?P<comma>,))\s+(?P<text>\S.*)$")
_SHORT_FIRST = re.compile(
    r"^\s*(?P<bullet>[-*•]\s*)?(?P<bold>\*\*|__)?(?P<short>[A-Z]{2,3})(?P=bold)?(?P<colon>:|\s+[-–—])(?P=bold)?\s+(?P<rest>\S.*)$"
)
"""An attendee written after their initials: "* JB: Jory Burson (@jorydotcom)"; unbulleted,
in bold or after a dash ("JB: Jory Burson", "- **JB**: Jory Burson", "- JB - Jory Burson")
only when the initials are the name's."""
_NAMED_OWNER = re.compile(
    r"(?:^|[.;!]\s+|,\s+(?:(?:and|so)\s+)?|\()(?P<who>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)(?:(?:,\s*|\s+and\s+)(?P<also>[A-Z][a-z]{2,}))?"
    r"\s+(?:to|will|(?:is\s+)?going\s+to|plans\s+to|needs\s+to|is\s+happy\s+to|agreed\s+to|volunteered\s+to|is\s+working\s+on(?=\s+(?:that|this|it)\b))\s+"
    r"(?!(?:now\s+)?automatically\b)(?-i:[a-z])"
)
"""A scribe's "Sylvain to post the invite", "…, and Musselman plans to update the chapter",
"Krishna, Wes to make accounts": owners by names no dictionary knows ("Bitcoin will now
automatically create…" is what software does, not a person)."""
_NAMED_OWNERS = re.compile(
    r"(?:^|[.;!]\s+)(?P<who>(?:[A-Z][a-z]{2,}(?:,\s*|,?\s+and\s+|\s*&\s*)){1,4}[A-Z][a-z]{2,})"
    r"\s+(?:will|to|are\s+going\s+to)\s+(?-i:[a-z])"
)
"""Several owners named together: "Tim, Jessica and Chris will tackle this"."""
_SHORT_OWNER = re.compile(r"(?:^|[.;!?]\s+)(?P<who>[A-Z]{2,4})\s+(?:will|to|is\s+going\s+to)\s+(?-i:[a-z])")
"""An owner by capitals of their own ("JZF will publish…"), read against the participants."""


_ASSIGNED_OWNER = re.compile(
    r"(?:\bassign(?:ed)?\s+to\s+|(?:=>|⇒|→)\s*)(?P<who>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)"
    r"(?:\s+(?:does|will\s+do|takes?)\s+(?:that|it|this))?\s*\)?\s*[.!]?$"
)
"""Minutes' "Moderating issue - assigned to Manil" or "Announcement to do => Gael does that",
the owner not in the roll call."""
_NICK_THEN_NAME = re.compile(r"^\s+(?P<nick>[A-Za-z][\w.|-]{1,24})\s{2,}(?P<name>[\w.'’-]+(?: [\w.'’-]+){0,4})\s*$")
"""A roll call of IRC nicks and the names they stand for, in two columns."""


_FENCE = re.compile(r"^\s*(?:```|~~~|\{%-?\s*(?P<end>end)?highlight\b)")


def _fenced(text: str) -> set[int]:
    """The numbers of the lines inside fences (```, {% highlight %}) and of the fences: a log
    or code quoted in notes ("## Comic relief" over an IRC excerpt). None when most of the
    text is fenced: then the fence holds the meeting itself."""
    inside: set[int] = set()
    open_at: int | None = None
    lines = text.splitlines()
    for number, raw in enumerate(lines, start=1):
        if fence := _FENCE.match(raw):
            if open_at is None and not fence.group("end"):
                open_at = number
            elif open_at is not None:
                inside.update(range(open_at, number + 1))
                open_at = None
    said = sum(1 for raw in lines if raw.strip())
    return inside if len(inside) * 2 < said else set()


def _nick_columns(cells: list[str]) -> tuple[int, int] | None:
    """The header of a table of nicks and names ("| IRC nick | Name/Nym |"): their columns."""
    nick = next((i for i, c in enumerate(cells) if re.search(r"\b(?:nick|handle|irc|username|github)\b", c)), None)
    name = next((i for i, c in enumerate(cells) if i != nick and re.search(r"\bname\b", c)), None)
    return (nick, name) if nick is not None and name is not None else None


_POINT = re.compile(r"^\s*(?:[-*•>]|\d+[.)])\s+")
_OWED = re.compile(
    r"^(?:todo|to-?do|action(?:[\s_]+items?)?|ai|next\s+steps?)\s*(?:for\s+)?[:\-–]?\s*"
    r"@?(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s*:\s*$",
    re.IGNORECASE,
)
"""A marker that names its owner over a list of that person's tasks: "- TODO: Gael:"."""
_MARKED_OWNER = re.compile(
    r"^(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?:\s+(?:and|&)\s+(?P<also>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))?"
    r"\s+(?:to|will)\s+(?!(?:the|a|an|this|that|these|those|next|be|all|our|your|its|their)\b)(?-i:[a-z])"
)
"""The owner an action line names, dictionary word or not: "AI: Mark to coordinate with Brad"."""


_CHECKBOX = re.compile(r"^\s*[-*]?\s*\[( |x|X)?\]\s*")


TOPIC_LINE = re.compile(r"^topic\s*:\s*(?P<topic>\S.*?)[.\s]*$", re.IGNORECASE)
"""A log's "Topic: traceability-vocab issue #462": what the call turned to."""


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
    under: int | None = None
    """The bullet this bullet sits under, in notes written as an outline."""
    inherited: bool = False
    """Its speaker is the point it sits under ("* Trott, propose a vote" over "* Plan to close the
    vote Monday"), not a name on the line itself."""


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
        transcript has empty lines between its turns; a log's "Topic:" line, where a link was
        posted between a question and its answer, is not a turn)."""
        found: list[Line] = []
        index = number - 2
        while index >= 0 and len(found) < count:  # only as far back as needed: a long transcript stays linear
            earlier = self.lines[index]
            if earlier.text and not (earlier.speaker is None and TOPIC_LINE.match(earlier.text)):
                found.append(earlier)
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


_PLACEHOLDER = re.compile(r"(?:Speaker|Participant|Guest|Unknown)(?: [A-Z0-9]{1,2})?", re.IGNORECASE)
"""A transcriber's name for a voice it could not tell ("Speaker B"): no sign of how the notes write names."""
_RUN_TOGETHER = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z]{2,}\b)")
"""A full stop with no space after it: "so we can discuss further.Anything else for NSM"."""
_LOST_APOSTROPHE = re.compile(
    r"\b(I|you|we|they|he|she|it|that|there|what|who|let|can|don|won|isn|aren|wasn|weren|doesn|didn|couldn|wouldn|"
    r"shouldn|haven|hasn)\.(ll|m|ve|re|d|s|t)\b(?=\s+[a-z])"
)
"""An apostrophe a copy turned into a full stop: "I.ll reach out to them", "aren.t on this call"."""
_A_TOPIC_LABEL = re.compile(r"[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){2,4}")
"""Three or more words before a colon, all but one in the dictionary: a topic ("Underrepresented
Groups Outreach: Hold"), not a name."""


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
    "**ACTION ITEM: Ralph will compile doc**" read as "AI: Ben to update the repo", and a
    bullet's when all its text is in emphasis."""
    if line := _BOLD_LINE.match(raw):
        return f"{line.group(1)}{line.group(3)}: {line.group(4)}"
    if marker := _BRACKETED_MARKER.match(raw):  # "* [AI: marky] build the spreadsheet", "[AI] triage the issues"
        who = f"({marker.group('who').strip()})" if marker.group("who") else ""
        return f"{marker.group(1)}{marker.group('label')}{who}: {raw[marker.end() :]}"
    if bullet := _EMPHASISED_BULLET.match(raw):  # "- ***Mikhail plans to close it next week.***"
        return f"{bullet.group(1)}{bullet.group(3)}"
    return _BOLD_LABEL.sub(r"\1\3: ", raw)


_BRACKETED_MARKER = re.compile(
    r"^(\s*(?:[-*•]\s+)?)\[(?P<label>AI|TODO|action(?:\s+item)?)\s*(?::\s*(?P<who>[^\]]{1,40}))?\]\s*", re.IGNORECASE
)
_EMPHASISED_BULLET = re.compile(r"^(\s*[-*•]\s+)(\*{1,3}|_{1,2})([^*_\s](?:.*?[^*_\s])?)\2\s*$")


_ACTION_STATUS = re.compile(
    r"^\s*\[(?P<status>NEW|PENDING|DONE|CONTINUES|DROPPED|RECORDED[^\]]*)\]\s*(?=ACTION\b)", re.I
)
"""scribe.perl's "[NEW] ACTION: …" is this meeting's; "[PENDING]" and "[DONE]" ones are older."""


def _wrapped_bullet(lines: list[Line], raw: str) -> int | None:
    """The index of the bullet this line continues, when it is an indented line of plain
    words under a bullet (Markdown minutes wrapped by their editor, over as many lines as
    it takes)."""
    if not lines or not raw[:1].isspace() or not raw.strip() or BULLET.match(raw) or _CHECKBOX.match(raw):
        return None
    index = len(lines) - 1
    while index > 0 and lines[index].folded:
        index -= 1
    above = lines[index]
    if not above.bullet or not above.text or above.checkbox or speaker_of(raw) or raw.strip().startswith("#"):
        return None
    if _LABELLED.match(raw.strip()) or instructs_the_assistant(raw):
        return None  # "Last week's AI: …" under a bullet is a line of its own, and so is a line to the tool
    return index


_LABELLED = re.compile(r"^[\w’'()*_-]+(?: [\w’'()*_-]+){0,2}:(?:\s|$)")
"""A line that starts with its own label ("Decision: …", "AI: JB to …"): never a turn going on."""


_GAP = 3
"""How many blank lines a scribe's "…" continuation may be below its speaker's line."""


def _goes_on(said: str, more: str) -> str:
    """A turn with its next line: a scribe's "… will show it tomorrow" is a sentence of its
    own; a line the editor wrapped goes on with the same sentence."""
    if (rest := re.sub(r"^(?:…|\.\.\.)\s*", "", more)) != more:
        return f"{said}{'' if said.endswith(('.', '!', '?', '…')) else '.'} {rest}" if rest else said
    return f"{said} {more}"


def _wrapped_turn(lines: list[Line], raw: str) -> int | None:
    """The index of the turn this line goes on with: a line of plain words right under a
    speaker's line, with no blank line between ("Derek: Started with source maps." then
    "Propose two co-chairs. Will write a charter."): one paragraph, one speaker."""
    text = raw.strip()
    if not lines or not text or BULLET.match(raw) or _CHECKBOX.match(raw) or text.startswith(("#", "|", ">")):
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
    if instructs_the_assistant(text):
        return None  # "Note to the AI summarizer: add…" stays a line of its own, to be left out
    return index


def _wrapped_sentence(lines: list[Line], raw: str) -> int | None:
    """The index of the line this one goes on with: a sentence of notes wrapped by their
    editor ("…and Musselman plans to update" over "the chapter on Mahout."), the next line
    starting in lower case right under a line of no one's words that ends mid-sentence."""
    text = raw.strip()
    if not lines or not text[:1].islower() or BULLET.match(raw) or _CHECKBOX.match(raw):
        return None
    above = lines[-1]
    if above.folded or above.speaker or not above.text or above.checkbox or above.text.startswith(("#", "|", ">")):
        return None
    if above.text.endswith((".", "!", "?", ":", ";")) or _LABELLED.match(text):
        return None
    return len(lines) - 1


def _as_they_write_themselves(
    lines: list[Line], participants: list[str], handles: dict[str, str], abbreviations: dict[str, str]
) -> tuple[list[Line], list[str], dict[str, str], dict[str, str]]:
    """One name per person: a header's "Moderator: DAN" is the "Dan" the rest of the notes
    name, in every line, handle and short form; where every speaker is written in capitals,
    as some notes do, each is named as a person is ("DAIRA EMMA" is Daira Emma)."""
    written = {p.casefold(): p for p in participants if not p.isupper()}
    better = {p: written[p.casefold()] for p in participants if p.isupper() and p.casefold() in written}
    speakers = {line.speaker for line in lines if line.speaker and not _PLACEHOLDER.fullmatch(line.speaker)}
    if len(speakers) >= 2 and all(s.isupper() for s in speakers):  # "PACU: 00:14:28": the notes' way, not a shout
        better |= {
            p: p.title()
            for p in participants
            if p not in better and p.isupper() and all(len(w) >= 3 and w.isalpha() for w in p.split())
        }
    if not better:
        return lines, participants, handles, abbreviations
    lines = [replace(line, speaker=better[line.speaker]) if line.speaker in better else line for line in lines]
    participants = list(dict.fromkeys(better.get(p, p) for p in participants))
    handles = {k: better.get(v, v) for k, v in handles.items()}
    abbreviations = {k: better.get(v, v) for k, v in abbreviations.items()}
    return lines, participants, handles, abbreviations


def _listed_people(scribed: re.Match[str], participants: list[str]) -> bool:
    """Whether "Christian, Georg and Bernard will meet" opens with a list of people, not a
    scribe's "Tobias, downloads should…" (Tobias speaking)."""
    after = re.match(r"([A-Z][\w'’-]*)(?P<listing>\s*(?:,|&|\band\b|\bto\b|\bwill\b))?", scribed.group("text"))
    if not scribed.group("comma") or not after:
        return False
    name = after.group(1)  # a participant, or a name no dictionary knows with the list going on ("Krishna, Wes to…")
    return bool(known_speaker(name, participants) or (after.group("listing") and not known_word(name)))


def _attend(participants: list[str], handles: dict[str, str], name: str, raw: str) -> None:
    if name not in participants:
        participants.append(name)
    for handle in MENTION.findall(raw):
        handles.setdefault(handle.lower(), name)


_HEAD_LINES = 3
_HEADED = re.compile(
    r"^\s*#*\s*(?:(?:weekly|biweekly|monthly)\s+)?(?:1[:\-]1|1\s*on\s*1|one[- ]on[- ]one|sync|check[- ]?in|meeting)?\s*[:\-–—]?\s*",
    re.IGNORECASE,
)


def _names_heading(raw: str) -> list[str] | None:
    """The people a note's first lines name and nothing else: "1:1 Dana / Sam", "Dana Kim,
    Sam Patel", "# Weekly sync: Ana & Lee"; None for any other line."""
    parts = [p.strip(" *_") for p in NAMES_APART.split(_HEADED.sub("", raw, count=1).strip())]
    if not 2 <= len(parts) <= 4 or not all(re.fullmatch(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}", p) for p in parts):
        return None
    if all(any(known_word(word) for word in part.split()) for part in parts):
        return None  # "Budget, Hiring" are topics, not people ("Ana & Lee" are people)
    return parts


def parse_meeting(text: str) -> Meeting:
    lines: list[Line] = []
    participants: list[str] = []
    handles: dict[str, str] = {}
    abbreviations: dict[str, str] = {}
    written = {m.lower(): m for m in MENTION.findall(text)}  # every @mention, lower-cased, as written
    mentions = whole_mentions(written)
    nicks = nicks_speaking(text)
    repeated = repeated_labels(text)
    parent: tuple[int, str] | None = None  # a bullet that only names someone, and its indent
    in_attendees = False
    attendance: int | None = None  # the column of an attendee table that says who came
    nick_column: tuple[int, int] | None = None  # an attendee table's columns of nicks and names
    absent: list[str] = []  # who that column says did not
    inherited: set[int] = set()  # lines whose speaker is the bullet they sit under, or a signature
    owed: tuple[int, str] | None = None  # a "- TODO: Gael:" bullet over Gael's tasks, and its indent
    outline: list[tuple[int, int]] = []  # the bullets open above this one: (indent, line number)
    quoted = _fenced(text)
    for number, raw in enumerate(text.splitlines(), start=1):
        if number in quoted:
            lines.append(Line(number, None, ""))  # a log or code in a fence: quoted, not said in the meeting
            continue
        if number <= _HEAD_LINES and not participants and (pair := _names_heading(raw)):
            for person in pair:
                _attend(participants, handles, person, person)  # "1:1 Dana / Sam", "Dana Kim, Sam Patel"
            lines.append(Line(number, None, raw.strip()))
            continue
        raw = unmarked_label(
            _MAILTO.sub(r"\1", _RUN_TOGETHER.sub(". ", _LOST_APOSTROPHE.sub(r"\1'\2", raw[:MAX_LINE_CHARS])))
        )
        if status := _ACTION_STATUS.match(raw):  # scribe.perl's summary of action items
            raw = raw[status.end() :] if status.group("status").upper() == "NEW" else ""
        if (irc := IRC_SAID.match(raw)) and irc.group("nick").lower() in BOTS:
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
            plain = short_first is not None and bool(short_first.group("bullet")) and short_first.group("colon") == ":"
            if (
                short_first
                and (name := attendee_name(capitalised(short_first.group("rest"), short_first.group("short"))))
                and ((plain and not short_first.group("bold")) or abbreviates(short_first.group("short"), name))
            ):
                _attend(participants, handles, name, short_first.group("rest"))
                abbreviations.setdefault(short_first.group("short"), name)
                lines.append(Line(number, None, raw.strip()))
                continue
            if BULLET.match(raw) and (name := attendee_name(raw)):
                _attend(participants, handles, name, raw)
                record_abbreviation(abbreviations, name, raw)
                lines.append(Line(number, None, raw.strip()))
                continue
            if row_cells := TABLE_ROW.match(raw):
                as_written = [c.strip() for c in row_cells.group("cells").split("|")]
                cells = [c.lower() for c in as_written]
                heads_nicks = _nick_columns(cells)
                nick_column = heads_nicks or nick_column
                rule = all(set(cell) <= set("-: ") for cell in cells)  # "|---|---|"
                if (
                    not heads_nicks
                    and not rule
                    and nick_column
                    and max(nick_column) < len(cells)
                    and (name := attendee_name(LINK_LABEL.sub(r"\1", as_written[nick_column[1]])))
                ):  # "| sipa | [Pieter Wuille][] |" under "| IRC nick | Name/Nym |"
                    _attend(participants, handles, name, raw)
                    if as_written[nick_column[0]].lower() != name.lower():
                        handles.setdefault(as_written[nick_column[0]].lower().lstrip("@"), name)
                    lines.append(Line(number, None, raw.strip()))
                    continue
                if header := [i for i, cell in enumerate(cells) if cell in _ATTENDANCE_COLUMNS]:
                    attendance = header[0]  # "| Name | Attendance | Role |": who came is in that column
                if attendance is not None and attendance < len(cells) and cells[attendance] in _ABSENT:
                    if row := table_attendee(raw):
                        absent.append(row[0])
                    lines.append(Line(number, None, raw.strip()))
                    continue  # on the committee's list, not at the meeting
                if row := table_attendee(raw):
                    _attend(participants, handles, row[0], raw)
                    if row[1]:
                        abbreviations.setdefault(row[1], row[0])
                lines.append(Line(number, None, raw.strip()))
                continue
            if two := _NICK_THEN_NAME.match(raw):  # "    wumpus     Wladimir J. van der Laan"
                if (name := attendee_name(two.group("name"))) and " " in name:
                    _attend(participants, handles, name, raw)
                    handles.setdefault(two.group("nick").lower(), name)
                elif two.group("nick") not in participants:
                    participants.append(two.group("nick"))  # "    btcdrak     btcdrak": known by the nick
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
                record_abbreviation(abbreviations, name, raw)
                lines.append(Line(number, None, raw.strip()))
                continue
            if _EMPHASISED.fullmatch(raw):  # "**Please add your name**" under the heading: the list follows
                lines.append(Line(number, None, raw.strip()))
                continue
            if BULLET.match(raw):  # "* OpenJS Foundation Board of Directors": not a person, still the list
                lines.append(Line(number, None, raw.strip()))
                continue
            if raw.strip():
                in_attendees = False
        if role := _ROLE.match(raw):
            for who in re.split(r",|;|&|\band\b", role.group("who")):
                if (name := attendee_name(who.replace("_", " "))) and re.search(r"[^\W\d_]", name):
                    _attend(participants, handles, name, who)
                    if (short := ABBREVIATION.search(who)) and short.group(
                        "short"
                    ):  # "Presenter: Michael Ficarra (MF)"
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
        if (plain := plain_label(raw, participants, abbreviations, repeated)) is not None:
            raw = plain  # "* **Summit Access Follow-up:** Terence will…": the topic is no speaker
        signed = signed_speaker(raw) or bold_speaker(
            raw, participants
        )  # "> [name=Julien] I'll try", "* **Erik** I'll…"
        if not signed and (index := _wrapped_bullet(lines, raw)) is not None:
            lines[index] = replace(lines[index], text=f"{lines[index].text} {raw.strip()}")
            lines.append(Line(number, None, "", folded=True))
            continue
        if signed:
            inherited.add(number)  # a signed point of notes, not a turn of a transcript
        speaker, body = (
            speaker_of(raw)
            or signed
            or marked_speaker(raw)
            or nick_speaker(raw, nicks, participants)
            or mention_speaker(raw, participants, handles, mentions)
            or bracket_speaker(raw, participants, abbreviations)
            or (None, raw)
        )
        ticked = _CHECKBOX.match(raw)  # "- [ ] Sam: send the analysis": the box stays with the task
        unboxed = BULLET.sub("", raw[ticked.end() :] if ticked else raw).strip()
        if speaker is None and (scribed := _SCRIBED.match(unboxed)) and not _listed_people(scribed, participants):
            # Minutes: "* Tobias, downloads should ..." or "* Claudio - the website ...".
            if who := known_speaker(scribed.group("who"), participants, abbreviations) or named_elsewhere(
                scribed.group("who"), unboxed, text
            ):
                speaker, body = who, (ticked.group(0) if ticked else "") + scribed.group("text")
            elif (
                (inner := _SCRIBED.match(scribed.group("text")))
                and inner.group("comma")
                and not scribed.group("comma")
                and not _listed_people(inner, participants)  # "AI: Myles, Jory Tobie will…": owners
            ):
                # "Shadow Realm: Legendecas, update…": a topic, then who spoke (by name or handle)
                said_by = inner.group("who")
                if who := known_speaker(said_by, participants, abbreviations) or handles.get(said_by.lower()):
                    speaker, body = who, (ticked.group(0) if ticked else "") + inner.group("text")
        elif speaker and (who := known_speaker(speaker, participants, abbreviations)):
            speaker = who  # "Sam:" in a meeting whose attendees list "Sam Patel"
        elif (
            speaker
            and participants
            and _A_TOPIC_LABEL.fullmatch(speaker)
            and sum(not known_word(word) for word in speaker.split()) <= 1
        ):
            speaker, body = None, raw  # "Underrepresented Groups Outreach: Hold" under a roll call: a topic
        if speaker is None and (index := _wrapped_turn(lines, raw) or _wrapped_sentence(lines, raw)) is not None:
            lines[index] = replace(lines[index], text=_goes_on(lines[index].text, raw.strip()))
            lines.append(Line(number, None, "", folded=True))
            continue
        if speaker and a_group(speaker):  # "Everyone: Thank you.", "Committee Members: review the doc"
            body = body if speaker.lower() in ROOM else f"{speaker}: {body}"  # no one person; a group is named
            speaker = None
        if speaker and speaker not in participants and not known_speaker(speaker, absent):
            participants.append(speaker)  # "**Reshma:** TBD" in the intros of someone who did not come: not there
        checkbox = _CHECKBOX.match(body)
        if checkbox:
            checked = (checkbox.group(1) or " ").strip().lower() == "x"
            lines.append(Line(number, speaker, body[checkbox.end() :].strip(), True, checked))
            continue
        bullet = BULLET.match(body)
        said = BULLET.sub("", body).strip()
        under = None
        indent = len(raw) - len(raw.lstrip())
        if _POINT.match(raw):  # a bullet, or a quote under one: where it sits in an outline
            while outline and outline[-1][0] >= indent:
                outline.pop()
            under = outline[-1][1] if outline else None
            outline.append((indent, number))
        if BULLET.match(raw):  # "* Marco" or "* Marco, we have feedback" over bullets of what Marco said
            if owed and indent <= owed[0]:
                owed = None
            if owed and not speaker:
                said = f"TODO: {owed[1]}: {said}"  # each point under "- TODO: Gael:" is a task of Gael's
            elif (head := _OWED.match(said)) and not speaker:
                owed = (indent, head.group("who"))
                if not known_speaker(owed[1], participants, abbreviations) and owed[1] not in participants:
                    participants.append(owed[1])
                lines.append(Line(number, None, ""))
                continue
            if parent and indent <= parent[0]:
                parent = None
            if parent and not speaker and not MARKER.match(said):  # "- action: open an issue" is no one's
                speaker = parent[1]
                inherited.add(number)  # a point under "* [yang] …": Yang's, in notes about what was said
            elif not parent and (who := speaker or name_alone(said, participants, abbreviations)):
                parent = (indent, who)
        elif said:
            parent = None
        lines.append(Line(number, speaker, said, bullet=bool(bullet), under=under, inherited=number in inherited))
    for line in lines:
        if not line.speaker and (asked := AT_REQUEST.match(line.text)):
            who = asked.group("who").capitalize()
            if a_name(who) and who not in participants and not known_speaker(who, participants, abbreviations):
                participants.append(who)  # "@ana please draft the OKRs": Ana takes part
            continue
        if not line.speaker and (marker := MARKER.match(line.text)):
            for who in NAMES_APART.split(marker.group("who") or marker.group("named") or ""):  # "TODO(Sam):"
                who = who.strip().lstrip("@")
                who = who[:1].upper() + who[1:]  # "TODO(@sam)": Sam
                if a_name(who) and who not in participants and not known_speaker(who, participants, abbreviations):
                    participants.append(who)
            for part in re.split(r"[.;]\s+|,\s+and\s+", marker.group("rest")):  # "Ben to …, and JF to …"
                named = _MARKED_OWNER.match(part.strip())
                if not named or not a_name(named.group("who")):
                    continue
                for who in (named.group("who"), named.group("also")):  # "Ana and Lee to…": Lee is a name here
                    if who and who not in participants and not known_speaker(who, participants, abbreviations):
                        participants.append(who)  # "AI: Brad to ping the tooling people", Brad not in the roll call
            continue
        if line.speaker and line.number not in inherited:
            continue
        owners = [*_NAMED_OWNER.finditer(line.text), *_ASSIGNED_OWNER.finditer(line.text)]
        owned_by = [w for match in owners for w in (match.group("who"), match.groupdict().get("also")) if w]
        for several in _NAMED_OWNERS.finditer(line.text):  # "Tim, Jessica and Chris will tackle this"
            owned_by += [w for w in NAMES_APART.split(several.group("who")) if w]
        for who in owned_by:
            known = who in participants or who.lower() in handles or known_speaker(who, participants, abbreviations)
            if who not in participants and (meant := misspelling_of(who, participants)):
                abbreviations[who] = meant  # "Dominikas will add the link": Dominykas Blyžė, misspelt
            elif not known and a_name(who) and not any(known_word(word) for word in who.split()):
                participants.append(who)  # "Sylvain to post a calendar invite": a person the roll call missed
        for short in _SHORT_OWNER.finditer(line.text):  # "JZF will publish the data": Jessica Forde (@jzf2101)
            who = short.group("who")
            found = {p for p in participants if nick_of(who, p)} | {
                name for handle, name in handles.items() if len(who) >= 3 and handle.startswith(who.lower())
            }  # "JZF" for Jessica, whose handle is @jzf2101
            if who not in abbreviations and len(found) == 1:
                abbreviations[who] = found.pop()
    lines, participants, handles, abbreviations = _as_they_write_themselves(lines, participants, handles, abbreviations)
    spoken = sum(1 for line in lines if line.speaker and line.number not in inherited)
    filled = sum(1 for line in lines if line.text)
    handles = handles_mentioned(written, participants, handles)
    return Meeting(
        lines,
        participants,
        transcript=filled > 0 and spoken / filled >= 0.5,
        handles=handles,
        abbreviations=abbreviations,
    )
