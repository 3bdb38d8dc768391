"""Who says a line: "Dana Kim: …", "[10:02] Sam: …", "**Sarah:** …", "<brent> …", a
lower-case IRC nick ("dape: …") or a scribe's "@j: …"."""

from __future__ import annotations

import re

from coach.summary.display_names import without_post_nominals
from coach.summary.irc_log import BOTS
from coach.summary.lexicon import known_word
from coach.summary.names import (
    BULLET,
    LABELS,
    MAX_MENTIONS,
    NAMES_APART,
    NUMBERED_SPEAKER,
    a_group,
    known_speaker,
    mentioned,
)

_CLOCKED = r"\d{1,2}:\d{2}(?::\d{2})?"
_TIMESTAMP = rf"(?:\[?\(?{_CLOCKED}\)?\]?\s*[-–]?\s*)?"
_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
"""A speaker's name as a transcript writes it: "Dana", "Dana Kim", "Z. Victor Zhou"."""

_SPEAKER = re.compile(
    rf"^\s*{_TIMESTAMP}\[?({NUMBERED_SPEAKER}|{_NAME})\]?(?:\s*\[[^\]]{{1,20}}\]|\s*\({_CLOCKED}\))?"
    r"(?:\s*[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f\u200d]{1,6})?\s*:\s+(\S.*)$"
)
"""A speaker's line: "Dana Kim: …", "[10:02] Sam: …", "Dana Kim (00:01:23): …" (as Rev writes
it), "Dana 🙂: …" (an emoji in a display name)."""

_TITLE = re.compile(
    r"^(?:Vice\s+)?(?:Chair(?:man|woman|person)?|Council(?:l)?or|Commissioner|Mayor|President|Dr|Mr|Mrs|Ms|Prof)\.?\s+(?=\S+)"
)

_MARKED_SPEAKER = re.compile(
    r"^\\?\*{1,2}([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})(?:\*{1,3})?\s*(?:\[[^\]]{1,20}\]\s*|\(\d{1,2}:\d{2}(?::\d{2})?\)\s*)?:"
    r"(?:\s*\*{1,2})?\s*(\S.*)$"
)

_MENTION_SPEAKER = re.compile(r"^\s*(?:[-*•]\s+)?@(?P<handle>[A-Za-z0-9][\w-]*)(?P<colon>:)?\s+(?P<text>\S.*)$")


_CAPTION = re.compile(rf"^\s*(?:\[({_NAME})\]|\*\*({_NAME})\*\*)\s+[\[(]?{_CLOCKED}[\])]?:?\s+(\S.*)$")
"""Zoom's saved captions, "[Dana Kim] 10:02:11 Where are we?", and a recording's transcript
written out in Markdown, "**Dana Kim** 00:48 Good morning."."""
_CHAT = re.compile(
    rf"^\s*(?:{_CLOCKED}\s+)?From\s+({_NAME})(?:\s+to\s+(?:Everyone|{_NAME})(?:\s*\(\w+\))?)?\s*:\s*(\S.*)$"
)
"""A call's saved chat: "10:02:11 From Dana Kim to Everyone: the link", "From Sam : ok"."""


def speaker_of(raw: str) -> tuple[str, str] | None:
    match = _CHAT.match(raw) or _SPEAKER.match(raw) or _CAPTION.match(raw)
    if not match:
        return None
    said, text = [group for group in match.groups() if group is not None]
    name = without_post_nominals(
        _without_avatar(_TITLE.sub("", said))
    )  # "[Chair Milva McDonald]:", "Kirsty Williams AM:"
    if name.lower() in LABELS or name.split()[0].lower() in LABELS:
        return None  # "Action items: ...", "ACTION BW: ..." are labels, not people
    return name, text


def _without_avatar(name: str) -> str:
    """ "GZ Gregor Zeitlinger", as Zoom writes a name after its avatar's initials: Gregor Zeitlinger."""
    first, *rest = name.split()
    return " ".join(rest) if len(rest) >= 2 and first == rest[0][0] + rest[-1][0] else name


FIELD_WORDS = frozenset(
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
    match = _MARKED_SPEAKER.match(BULLET.sub("", raw).strip())
    if not match or "://" in match.group(2)[:12]:
        return None
    name = match.group(1)
    if any(word.lower() in LABELS or word.lower() in FIELD_WORDS for word in name.split()):
        return None  # "**GitHub issue**: https://...", "**Date:** ...", "**Next meeting**: ..." are fields
    return name, match.group(2)


_BOLD_OPENING = re.compile(
    r"^(?P<bullet>\s*(?:[-*•]\s+)?)(?P<mark>\*\*|__)(?P<label>[^*_\n]{2,80}?)\s*(?::(?P=mark)|(?P=mark)\s*:)\s*(?P<rest>\S.*)$"
)
_TOPIC_WORD = re.compile(r"[A-Z0-9]{1,6}s?|[A-Z]?[a-z]+(?:['’]s)?|\d+\w*")
"""An acronym ("CR", "Q1", "TSPs"), a number or a word; a topic's words are all in the dictionary."""
_ABSTRACT_NOUN = re.compile(r"(?:tion|sion|ment|ness|ance|ence|ity|ship)s?$", re.IGNORECASE)
"""How a topic's last word ends ("Representation", "Management"), which no surname does."""
_JOINING = frozenset(["and", "of", "for", "the", "to", "on", "in", "with", "a", "an", "at", "by", "vs"])


def repeated_labels(text: str) -> frozenset[str]:
    """The bold labels that open more than one line of `text` (a speaker's, not a topic's)."""
    seen: dict[str, int] = {}
    for line in text.splitlines():
        if match := _BOLD_OPENING.match(line):
            seen[match.group("label").strip()] = seen.get(match.group("label").strip(), 0) + 1
    return frozenset(label for label, count in seen.items() if count > 1)


def plain_label(
    raw: str, participants: list[str], abbreviations: dict[str, str], repeated: frozenset[str]
) -> str | None:
    """The line with the bold label it opens with read, as Gemini and Confluence notes write
    minutes: a topic taken off ("* **Summit Access Follow-up:** Terence will send the
    details": the sentence is what the minutes say, the topic is no speaker), several
    people left as a plain label ("* **Georg & Sebastian:** draft the talk", their action).
    None when the line opens with no bold label or with one person's name (a speaker); a
    label that opens more than one line (in `repeated`: "**Will Young:**") is a speaker too."""
    match = _BOLD_OPENING.match(raw)
    if not match:
        return None
    label = match.group("label").strip()
    if known_speaker(label, participants, abbreviations) or label.lower() in LABELS or a_group(label):
        return None  # a person or a group ("**Committee Members:** review…"), read as one
    people = [part.strip() for part in NAMES_APART.split(label) if part.strip()]
    if len(people) > 1 and all(
        known_speaker(who, participants, abbreviations) or not any(known_word(w) for w in who.split()) for who in people
    ):
        return f"{match.group('bullet')}{label}: {match.group('rest')}"
    words = re.findall(r"[^\s/()&+,:-]+", label)
    single = len(words) == 1
    if single and not (participants and known_word(words[0])):
        return None  # "**Mark:**" with no attendee list to say who Mark is: a speaker
    abstract = not single and _ABSTRACT_NOUN.search(words[-1]) and known_word(words[-1])  # "Buidlerfest Representation"
    for word in [] if abstract else [w for w in words if w.lower() not in _JOINING]:
        if not _TOPIC_WORD.fullmatch(word):
            return None
        if not (word.isupper() or word[0].isdigit() or known_word(re.sub(r"['’]s$", "", word))):
            return None
    if label in repeated:
        return None
    return f"{match.group('bullet')}{match.group('rest')}"


IRC_SAID = re.compile(r"^\s*<(?P<nick>[A-Za-z][\w.\-\[\]|`^{}]{0,30})>\s+(?P<text>\S.*)$")
"""A line of IRC in rendered minutes: "<florian> +1", "<brent> I'll ping the chairs"."""

_NICK_SAID = re.compile(r"^\s*(?P<nick>[a-z][\w.-]{1,20}):\s+(?P<text>\S.*)$")
"""A scribe's line under a lower-case IRC nick: "dape: it is just a typo"."""


def nicks_speaking(text: str) -> frozenset[str]:
    """Lower-case nicks that open at least two lines of `text` as a speaker ("mk: I think we
    can merge it"): W3C minutes name people by their IRC nicks. One such line could be a
    label ("note: …"); dictionary words and labels never count. In a transcript whose lines
    nearly all open with a nick ("me013: …", "fe008: …", as research groups label their
    speakers) a nick that speaks once is a speaker too."""
    seen: dict[str, int] = {}
    filled = 0
    for raw in text.splitlines():
        filled += bool(raw.strip())
        if (match := _NICK_SAID.match(raw)) and "://" not in raw[:12]:
            nick = match.group("nick")
            if nick not in LABELS and nick not in FIELD_WORDS and not known_word(nick):
                seen[nick] = seen.get(nick, 0) + 1
    twice = [nick for nick, count in seen.items() if count >= 2]
    if len(twice) >= 2 and sum(seen.values()) >= 0.8 * filled:
        return frozenset(seen)
    return frozenset(twice)


def nick_speaker(raw: str, nicks: frozenset[str], participants: list[str]) -> tuple[str, str] | None:
    """A speaker by IRC nick: "<brent> …", "dape: …" (a nick that speaks twice), or
    "florian: …" for a participant already named Florian."""
    if match := IRC_SAID.match(raw):
        return None if match.group("nick").lower() in BOTS else (match.group("nick"), match.group("text"))
    if (match := _NICK_SAID.match(raw)) and (
        match.group("nick") in nicks
        or (match.group("nick") not in LABELS | FIELD_WORDS and known_speaker(match.group("nick"), participants))
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


_BRACKETED = re.compile(r"^\s*(?:[-*•]\s+)?\[(?P<nick>[A-Za-z][\w.'-]{1,20})\]\s+(?P<text>\S.*)$")


_SIGNED = re.compile(r"^\s*(?:[-*•>]\s*)*\[name=(?P<who>[^\],;=\[]{2,40})\]\s*:?\s*(?P<text>\S.*)$")


_BOLD_NAME = re.compile(
    r"^\s*(?:[-*•]\s+)?\*\*(?P<who>[^\W\d_][\w'.-]*(?:\s[^\W\d_][\w'.-]*)?)\*\*\s+(?P<text>[^\s:].*)$"
)


def bold_speaker(raw: str, participants: list[str]) -> tuple[str, str] | None:
    """A point opened by an attendee's name in bold and no colon, as team notes write who
    said it: "* **Erik** I'll update this PR…". Only a name of the roll call: "**Decision**
    …" is no one."""
    if not (match := _BOLD_NAME.match(raw)) or not (who := known_speaker(match.group("who"), participants)):
        return None
    if ":" in match.group("text")[:16]:
        return None  # "- **Simon** [5 mins]: Planning to…": the agenda's label, read as such
    return who, match.group("text")


def signed_speaker(raw: str) -> tuple[str, str] | None:
    """A point signed the way HackMD signs it, "- [name=Julien] I will review this PR.": said
    by Julien. Signed by several ("[name=Juan Martin, Reshama]"), it is no one's."""
    if not (match := _SIGNED.match(raw)):
        return None
    who = match.group("who").strip()
    return (who, match.group("text")) if re.search(r"[^\W\d_]", who) else None


def bracket_speaker(raw: str, participants: list[str], abbreviations: dict[str, str]) -> tuple[str, str] | None:
    """A speaker in brackets, as shared notes write who said a point: "* [yang] I'll open an
    issue", "[Ilaya] What's the plan?" (Ilayaperumal Gopinathan): a participant by first name
    or its start, else a name no dictionary knows; "[AI]" and "[TBD]" are labels."""
    match = _BRACKETED.match(raw)
    if not match or match.group("nick").lower() in LABELS | FIELD_WORDS or "://" in match.group("text")[:12]:
        return None
    nick = match.group("nick")
    found = known_speaker(nick, participants, abbreviations) or next(
        (p for p in participants if len(nick) >= 3 and p.split()[0].lower().startswith(nick.lower())), None
    )
    if found:
        return found, match.group("text")
    return (nick[:1].upper() + nick[1:], match.group("text")) if not known_word(nick) and not nick.isupper() else None
