"""How minutes name people: an attendee line ("Michael Dawson @mhdawson (voting member)",
"* JB: jory burson"), initials and abbreviations, @handles, IRC nicks ("dape" for Daniel
Peintner), and the words that only look like a name ("Action", "Need", "Foundation")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from coach.summary.lexicon import describing_word, known_word

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
        "meeting",
        "duration",
        "moderator",
        "facilitator",
        "notetaker",
        "attendance",
    ]
)

SYMBOLS = re.compile(r"[^\w\s@()\[\]/|,.;:'’&*_-]+")
"""What a roll call adds after a name and is no part of it: "Julius Gustavsson 🙂"."""

TABLE_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
NAMES_APART = re.compile(r"\s*(?:,|/|&|<>|\band\b|\s[x×]\s)\s*")
"""What separates the names of a short list of people: "Dana / Sam", "Ana & Lee", "Sam x Priya"."""

ABBREVIATION = re.compile(r"\(\s*(?P<short>[A-Z]{2,3})\s*\)|^[A-Z]{2,3}$")
"""How minutes write a person short: "Michael Ficarra (MF)", or a table's abbreviation column."""

MENTION = re.compile(r"(?<![\w.])@(?P<handle>[A-Za-z0-9][\w-]*[A-Za-z0-9]|[A-Za-z0-9])")

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
        "teams",
        "staff",
        "leads",
        "chairs",
        "editors",
        "folks",
    ]
)

_PLACEHOLDERS = frozenset(
    ["name", "names", "tbd", "todo", "none", "n/a", "nobody", "everyone", "all", "empty seat", "vacant", "open seat"]
)

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

ROOM = frozenset(["everyone", "everybody", "all", "group", "audience", "room", "crowd", "multiple speakers"])
"""What a transcript calls the room ("Everyone: Thank you."): nobody's line, no participant."""


def a_group(name: str) -> bool:
    """Whether a speaker's label or an owner names a group, not a person: the room
    ("Everyone"), or dictionary words and acronyms that end with a group ("Committee
    Members", "SRE Team"; "Smart Contract Group Setup" is a topic)."""
    words = re.findall(r"[^\s&/,+]+", name)
    if name.lower() in ROOM:
        return True
    return bool(words) and words[-1].lower() in _GROUP_WORDS and all(w.isupper() or known_word(w) for w in words)


HANDLE = re.compile(r"@[\w-]+|\(.*?\)|\[.*?\]|\([^)]*$")

_AFFILIATION = re.compile(r"\s+(?:[-–—/|]|\bfrom\b)\s+.*$|,.*$")

_NOT_A_NAME = frozenset(
    [
        "intro",
        "outro",
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


def a_name(words: str | None) -> bool:
    """Whether what opens an action line's sentence can be a person ("Brad", "Mark Miller";
    not "Need", "Good", "Everyone")."""
    if not words:
        return False
    return words.split()[0].lower() not in _NOT_A_NAME | LABELS and not describing_word(words)


BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


LINK_LABEL = re.compile(r"\[([^\]]+)\](?:\[[^\]]*\]|\([^)]*\))?")
"""A Markdown link, or a bracketed label, read as its label: "[Pieter Wuille][]", "[#45127](…)"."""


def attendee_name(raw: str) -> str | None:
    """ "Michael Dawson @mhdawson (voting member)", "Sendil Kumar (@sk) - Invisible attendee"
    or "Sarah Gibson / 2i2c / @sgibson91" -> the name; "- @jbenet" -> "jbenet"."""
    name = " ".join(HANDLE.sub(" ", BULLET.sub("", SYMBOLS.sub(" ", raw))).split()).strip(" .,;:*_/|")
    name = re.sub(r"\s[a-z]$", "", name)  # "Joe Sepi (@joesepi)w": a stray letter after the handle
    name = re.sub(r"\s*[()\[\]]+$", "", name)  # "Jory Burson @jorydotcom)": a bracket left by its handle
    handles = MENTION.findall(raw)
    if not name and len(handles) == 1:
        return handles[0]
    if name.lower() in _PLACEHOLDERS:
        return None  # "- __Names__": the template's, not a person
    name = _AFFILIATION.sub("", name).strip(" .,;:*")
    words = name.split()
    if handles and " / " in raw and words and all(w.isalpha() and w.islower() for w in words) and len(words) <= 3:
        words = [w.capitalize() for w in words]  # "* tim / wild tree tech / @betatim": a roll call typed in lower case
    elif handles and 2 <= len(words) <= 3 and all(w.isalpha() for w in words):
        # "* Michael dawson (@mhdawson)", "* glenn hinks (@ghinks)"; "Antoine du Hamel" keeps its "du"
        words = [w if w in _NAME_PARTICLES else w[:1].upper() + w[1:] for w in words]
    if any(w.lower().strip(":;,.") in _GROUP_WORDS for w in words):
        return None  # "OpenJS Foundation Board of Directors", "Diagnostics team: @nodejs/diagnostics": a group
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


def _letters(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower())


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
    spelt = [p for p in participants if len(p.split()) > 1 and _letters(p) == _letters(wanted)]
    if len(spelt) == 1:
        return spelt[0]  # "@mike-kaufman" for Mike Kaufman
    known = also | handles | {p.split()[0].lower(): p for p in participants if p.split()}
    starts = {name for form, name in known.items() if form.startswith(wanted)}
    return starts.pop() if len(starts) == 1 else None


def whole_mentions(written: dict[str, str]) -> dict[str, str]:
    """Who a short form can stand for: each whole @handle of the text, lower-cased, not "@why"
    beside "@whyrusleeping"."""
    said = sorted((m, name) for m, name in written.items() if len(m) >= 3)
    return {m: name for i, (m, name) in enumerate(said) if i + 1 == len(said) or not said[i + 1][0].startswith(m)}


def handles_mentioned(written: dict[str, str], participants: Sequence[str], handles: dict[str, str]) -> dict[str, str]:
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


NUMBERED_SPEAKER = r"(?:Speaker|Participant|Guest) \d{1,2}"
"""How a transcription service names a voice it does not know: "Speaker 1", "Guest 2"."""


def longer_form(name: str, names: Sequence[str]) -> str | None:
    """The one full name of which `name` is a short form ("Felix G" or "Felix" for Felix
    Gilcher, or the surname alone, "Gilcher", when no first name is "Gilcher"), when the
    list has exactly one."""
    parts = name.split()
    if len(parts) > 2 or (len(parts) == 2 and not re.fullmatch(r"[A-Z]{1,2}\.?", parts[1])):
        return None
    found = {
        other
        for other in names
        if len(other.split()) >= 2
        and len(other.split()[-1]) > 2
        and other.split()[0].lower() == parts[0].lower()
        and (len(parts) == 1 or other.split()[-1].upper().startswith(parts[1].rstrip(".")))
    }
    if not found and len(parts) == 1 and len(name) > 3:  # a call that shows "Stokes" for Alex Stokes
        found = {other for other in names if len(other.split()) == 2 and other.split()[-1].lower() == name.lower()}
    return found.pop() if len(found) == 1 else None


def known_speaker(name: str, participants: list[str], abbreviations: dict[str, str] | None = None) -> str | None:
    """A scribe's "Michael - ...", "Tobias, ..." or "JB: ...": a participant, by full,
    first or last name, by an abbreviation the minutes define, or by initials."""
    if abbreviations and name in abbreviations:
        return abbreviations[name]
    if re.fullmatch(NUMBERED_SPEAKER, name):  # "Speaker 2" is never "Speaker 1" by its first word
        return name if name in participants else None
    if INITIALS.fullmatch(name) and (owner := initials_of(participants).get(name)):
        return owner
    exact = [p for p in participants if p.lower() == name.lower()]
    if exact:
        return exact[0]
    first = [p for p in participants if p.split()[0].lower() == name.lower()]
    if first:
        return first[0] if len(first) == 1 else None
    quoted = [f"{opening}{name.lower()}{closing}" for opening in "'\"“‘" for closing in "'\"”’"]
    called = [p for p in participants if any(q in p.lower() for q in quoted)]
    if len(called) == 1:
        return called[0]  # "Tex:" is Terence 'Tex' McCutcheon
    if whole := longer_form(name, participants):  # "Stokes: ..." for Alex Stokes
        return whole
    if known_word(name):
        return None  # "Refs:" over a list of links is no nick of Russ Schlossbach's
    nicked = [p for p in participants if nick_of(name, p)]
    return nicked[0] if len(nicked) == 1 else misspelling_of(name, participants)  # "Dominikas, will see if…"


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


def record_abbreviation(abbreviations: dict[str, str], name: str, raw: str) -> None:
    """Record the short form an attendee line gives: "- Ralph Squillace (RS)", not "(TSC)"."""
    if (short := ABBREVIATION.search(raw)) and short.group("short") and abbreviates(short.group("short"), name):
        abbreviations.setdefault(short.group("short"), name)


def capitalised(rest: str, short: str) -> str:
    """ "jory burson (@jorydotcom)" after "JB:" is Jory Burson, written in lower case."""
    words = re.findall(r"[^\W\d_][\w'’-]*", HANDLE.sub(" ", rest))
    if words and all(w.islower() for w in words) and abbreviates(short, " ".join(words)):
        return " ".join(w.capitalize() for w in words)
    return rest


def abbreviates(short: str, name: str) -> bool:
    """Whether `short` can be `name` written short: its first letter, then its other letters
    in order ("RS" for Ralph Squillace, "MLS" for Michael Saboff; not "TSC" for Anna Henningsen)."""
    letters = iter(name.lower()[1:])
    return short[:1].lower() == name[:1].lower() and all(c in letters for c in short.lower()[1:])


def named_elsewhere(who: str, line: str, text: str) -> str | None:
    """ "Chengzhong: reaching out to Danil" (or "Dana — intro Sam"), Chengzhong not in the
    roll call: a name no dictionary knows, before a colon or a dash, that the minutes name
    again elsewhere."""
    if (
        " " in who
        or known_word(who)
        or who.lower() in LABELS
        or not re.match(rf"{re.escape(who)}\s*(?::|\s[–—])", line)
    ):
        return None
    return who if len(re.findall(rf"\b{re.escape(who)}\b", text)) >= 2 else None


def name_alone(text: str, participants: list[str], abbreviations: dict[str, str]) -> str | None:
    """The participant a bullet names and nothing more ("* Marco", "* Paolo:"): the bullets
    under it are what they said."""
    text = text.rstrip(": ")
    if not re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}", text):
        return None
    return known_speaker(text, participants, abbreviations)


def table_attendee(raw: str) -> tuple[str, str | None] | None:
    """A row of an attendee table ("| Michael Saboff | MLS | Apple |"): the name and its
    abbreviation, if a cell gives one; None for the header, the rule and empty rows."""
    match = TABLE_ROW.match(raw)
    if not match:
        return None
    cells = [c.strip() for c in match.group("cells").split("|")]
    if not cells or not cells[0] or set(cells[0]) <= set("-: ") or cells[0].lower() in ("name", "names"):
        return None
    name = attendee_name(cells[0])
    short = next((c for c in cells[1:] if ABBREVIATION.fullmatch(c)), None)
    return (name, short) if name else None


def without_accents(word: str) -> str:
    """ "michaël" -> "michael"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two different words are one letter apart: a letter changed, added or dropped,
    or two side by side swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    start = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        swapped = a[start + 1 : start + 2] + a[start : start + 1] + a[start + 2 :] == b[start:]
        return a[start + 1 :] == b[start + 1 :] or swapped
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[start + 1 :] == shorter[start:]


def misspelling_of(word: str, participants: Sequence[str]) -> str | None:
    """The participant a name the minutes misspell stands for ("Dominikas will add the link"
    for Dominykas Blyžė, "Geoffery will see…" for Geoffrey Booth): a word of five letters or
    more, no English word, one letter apart from the first name of exactly one participant
    written in full, with the same first letter. Not the same name without its accent: a
    "Michael" in minutes where Michaël Zasso is listed may well be another Michael."""
    lowered = word.lower()
    if len(word) < 5 or " " in word or known_word(word):
        return None
    close = {
        p
        for p in participants
        if len(p.split()) > 1
        and (first := p.split()[0].lower())[:1] == lowered[:1]
        and one_edit_apart(first, lowered)
        and without_accents(first) != lowered
    }
    return close.pop() if len(close) == 1 else None
