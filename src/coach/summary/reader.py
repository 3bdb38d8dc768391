"""The base of reading a meeting for commitments: who the people are (names, short forms,
initials, handles), who a sentence is addressed to and whether the reply accepts, and a task's
words and due date as an item keeps them. `spoken.py` reads sentences with it; `extract.py`
reads the meeting."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as Date

from coach.summary.cues import (
    ACCEPT,
    AGENDA,
    BARE_CHECK,
    COMMITTING,
    DECLINE,
    FIRST_PERSON,
    FOR_THE_TEAM,
    HEDGED,
    LEFT_FOR,
    MARKDOWN_LINK,
    TAKEN_ON,
    TASK_VERBS,
    TRAILING_FUNCTION_WORDS,
)
from coach.summary.dates import find_due
from coach.summary.lexicon import known_word
from coach.summary.meeting import Line, Meeting
from coach.summary.names import LABELS, initials_of, longer_form
from coach.summary.wording import (
    HAVE_TO_DO,
    base_form,
    broke_off,
    clauses,
    is_task,
    name_pattern,
    numbered,
    on_the_topic,
    progressive_to_base,
    short_forms,
    unique_short_forms,
)

MAX_OWN_NOTES_PEOPLE = 2
NOTE_TAKER = "You"
"""Who "I" is in notes with no speakers ("I need to send her my draft"): the person who
wrote them, the user."""
_IT_OBJECT = re.compile(r"^(?P<verb>[a-z]+)\s+it(?:\s+(?P<particle>up|down|out|over))?\b(?P<rest>.*)$", re.IGNORECASE)
_TOPIC_LABEL = re.compile(r"^(?P<topic>[A-Za-z][\w'/&-]*(?:\s+[\w'/&-]+){0,4})\s*:\s+\S")
"""A point of minutes that opens with its topic: "DNS incident postmortem: root cause …"."""


BETWEEN_NAMES = r"(?:,\s*(?:and\s+)?|&|/|\band\b)"
"""What joins the names of several owners: "Ana, Lee, and Bo" (the Oxford comma too)."""
_NICE_IF = re.compile(
    r",?\s+(?:that|it|this)(?:'d|\s+would)\s+be\s+(?:great|helpful|awesome|nice|good|amazing|appreciated)\b.*$",
    re.IGNORECASE,
)
"""A request's closing courtesy, not its task: "…, that would be great"."""
_OTHERS_AFTER = re.compile(
    r"(?:,?\s+and|,\s*so)\s+(?:then\s+|hopefully\s+|if\s+)?(?:we|you|they|everyone|everybody|people|folks|anybody|anyone)(?:\s+all)?"
    r"(?:\s+(?:can|could|will|would|should|might|has|have|want|need)|'ll)\b.*$"
    r"|,?\s+and\s+if\s+(?:anyone|anybody|you|people|someone|somebody)\b.*$"
    r"|,?\s+and\s+(?:anyone|anybody|everyone|everybody|whoever|those)\s+(?:who|that)\b.*$"
    r"|,\s*(?:let's|lets|let\s+us)\s+\w.*$",
    re.IGNORECASE,
)
"""What others may do once the task is done is not the task ("…, so hopefully we'll get some
feedback", "…and we want voting members to approve", "…, and if anybody has anything…" is
cut by the case after it, "…and anyone who wants to be added to raise it on that issue",
"create issue, lets work to get open before the end of the week")."""
_RESTARTED_PHRASE = re.compile(
    r"\b(?:the|a|an|all|any|some|my|our|your|this|these|those)\b(?:\s+[\w-]+){0,2}?\s*(?:…|\.\.\.)\s*"
    r"(?=(?:the|a|an|all|any|some|my|our|your|this|these|those)\b)",
    re.IGNORECASE,
)
"""A phrase broken off and begun again: "send me the… all the open… any of the open PRs"."""
_BUT_ABOUT = re.compile(
    r",\s+but\s+(?:(?:this|that|it|there|we|they)\s+(?:is|are|was|were|'s|'re)|in\s+the\s+end|anyway|I\s+think|I\s+guess|if)\b.*$",
    re.IGNORECASE,
)
"""A remark about the task after it, not part of it."""
_READY_THEN = re.compile(
    r",\s*(?:(?:it|that|this|which|they)\s+)?(?:should|will|would|'ll)\s+(?:all\s+)?be\s+"
    r"(?:done|ready|finished|complete[d]?|out)\s*$",
    re.IGNORECASE,
)
"""When a promise will be ready, said before its date: "…, should be done Monday"."""
_HAD_THEN = (
    r"\s+(?:(?:mentioned|said|noted|explained)\s+(?:that\s+)?(?:he|she|they)\s+)?(?:had|has|ran\s+into|hit)\s+"
    r"[^.;,]{1,40}?\s+and"
)
"""What happened to someone before their promise: "Rafael mentioned he had some issues and will
share how he fixed it"."""
_EITHER = re.compile(r"\s*,?\s+either\s+(?P<first>[^,.;]{1,30}?)\s+or\s+(?P<second>[^,.;]{1,30})")
"""A choice of two dates for one task: "either later today or by Monday"."""


@dataclass
class Draft:
    owner: str | None
    task: str
    due: Date | None
    evidence: str
    line: int
    listed: bool = False
    """Said in the first person in notes with no speaker ("I'll send the deck"): the writer's,
    kept with no owner for the user to assign, where other ownerless items are follow-ups."""


_MONTH_START = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)


ROLE_NOUNS = ("designer", "expert", "specialist", "manager", "lead", "engineer", "person", "representative")


def role_long_forms(full: Sequence[str]) -> dict[str, str]:
    """A speaker labelled by a role of plain words ("User Interface", "Marketing") said in
    full, lower-cased: "the User Interface Designer", "the Marketing Expert"."""
    roles = [name for name in full if all(known_word(word) for word in name.split())]
    return {
        f"{role} {noun}".lower(): role
        for role in roles
        for noun in ROLE_NOUNS
        if role.split()[-1].lower() != noun and f"{role} {noun}".lower() not in {n.lower() for n in full}
    }


_GAPPED_PART = r"(?:on|to|with|for|about|at|into|the|a|an|their|his|her|some)\b[^,;]+?"
"""What one person of a list gets when the verb is said once: "…, the User Interface Designer on the interface"."""
_OPENING_SOUNDS = re.compile(r"^(?:(?:u+h+|u+m+|uhm|erm|ehm|oh|well)\b[,.…]*\s*)+", re.IGNORECASE)
"""Sounds before an answer: "Uh, I can do that" is a yes."""


_BUT_AFTER = re.compile(
    r",?\s+but\s+(?:yes|yeah|sure)\b.*$|,\s*and\s+(?:they|it|that|this|there)(?:'re|'s|\s+(?:are|is|were|was))\s+(?:all\s+)?(?!going\b)\w+.*$|"
    r",?\s+but\s+(?:my|our|the|I|I'm|it|it's|we|we're|that|that's|this|there|there's)\s+(?:concern|worry|question|problem|issue|"
    r"thing|point|guess|think|not\s+sure|don't\s+know|is|might|may|would|could|basically|called|just|actually|really)\b.*$",
    re.IGNORECASE,
)
"""A doubt said after a promise: "I will be looking into that soon, but my concern is the…"."""
_BARE_VERBS = (
    r"work|do(?=\s+(?:a|an|the|some|this|that|it|our|their|his|her)\b)|take|talk|meet|sync|look|run|organi[sz]e|coordinate|ask|find|test|try|help|get|make|give|tell|invite|"
    r"move|start|finish|lead|host|drive|handle|chase|reply|respond|bring|reach|clarify|confirm|verify|announce|land|put"
)
"""Verbs minutes put bare after a name as a task ("Ben work with Tierney on…", "Sarah take a look"):
with no -s a person's present ("Ben works at IBM") is not meant, and "do" only before what is
done ("Myles do want to…" is emphasis)."""
_ACTION_OF = re.compile(
    r"^(?:can\s+|will\s+)?(?:take|took|have|has)\s+(?:on\s+)?(?:the\s+|an\s+)?(?:action(?:\s+item)?|AI|task)\s+of\s+(?=\w+ing\b)",
    re.IGNORECASE,
)
_NEW_CLAUSE = re.compile(
    r"(?<!\bthat)(?<!\bif)(?<!\bsure)(?<!\bwhether)(?<!\bwhat)(?<!\bhow)(?<!\bwhy)(?<!\bwhen)(?<!\bso)"
    r"\s+(?:I|we)\s+(?:have\s+not|haven't|have\s+no|don't|didn't|am\s+not|wasn't)\b.*$",
    re.IGNORECASE,
)
"""A run-on line of captions where the next sentence starts with no full stop: "assign this to
myself I have not done any work on this yet"."""
_RATHER_THAN = re.compile(r",?\s+rather\s+than\s+\w+ing\b.*$", re.IGNORECASE)
"""The way not taken, after a promise: "…yourselves rather than going to ping us today"."""
_EMOTICONS = re.compile(r"\s*(?:[:;]-?[()DPp]|:[a-z_+-]{2,30}:)(?=[\s)!.]|$)[\s)!.]*$")
"""A smiley or an emoji shortcode at the end of a task, and what closes after it."""


class MeetingReader:
    def __init__(self, meeting: Meeting, meeting_date: Date, people: Sequence[str] = ()) -> None:
        self.meeting = meeting
        self.date = meeting_date
        self.participants = list(meeting.participants)
        full = list(dict.fromkeys([*self.participants, *people, *meeting.handles.values()]))
        shortened = {name: whole for name in full if (whole := longer_form(name, full))}
        full = [name for name in full if name not in shortened]  # "Felix G" and "Felix" are Felix Gilcher
        self.aliases = (
            unique_short_forms(full)
            | meeting.handles
            | {n.lower(): w for n, w in shortened.items()}
            | (roles := role_long_forms(full))
        )
        self.initials = initials_of(full) | meeting.abbreviations
        self.names = list(
            dict.fromkeys(
                [
                    *full,
                    *(a for name in full for a in short_forms(name) if a.lower() in self.aliases),
                    *self.initials,
                    *meeting.handles,
                    *roles,
                ]
            )
        )
        self.ownerless: list[tuple[int, str]] = []
        """Action lines with no owner (line, text): follow-ups, not action items."""
        self._subject: str | None = None
        self._answerable = True
        self._opening = True
        """Whether it is at the start of its turn, where "it" can be what the last speaker named."""
        """Whether the sentence being read is at the end of its turn, where a reply answers it."""
        self._before = ""
        self._handed: tuple[str, str, int] | None = None
        self._recap = False
        """Whether the line being read has said it recaps the actions ("So, action items."):
        what follows in it hands out work even in the present ("Dana, you're sending the deck")."""
        """The line being read: who its first words name, and its sentences so far."""
        self._sentence = ""
        self._context = ""
        self._in_the_call = False
        self._reporting = False
        """Under a heading of reports and celebrations, where "X will be working on…" tells news."""
        """The point the line being read sits under, in notes written as an outline."""
        written = " ".join(f"{line.speaker or ''} {line.text}" for line in meeting.lines).casefold()
        self._names = name_pattern([name for name in self.names if name.casefold() in written])
        """The meeting's names as one alternation, only those its text writes (a name it never
        writes can match nothing, and each one more makes every pattern built on it slower to
        compile); the patterns are compiled the first time a line needs them (each meeting has
        names of its own, so none is reused)."""
        self._one = rf"@?(?:{self._names})\b"

    @functools.cached_property
    def _owner_first(self) -> re.Pattern[str]:
        names = self._names
        return re.compile(
            rf"^(?:@)?(?P<who>{names})(?:\s*(?:\band\b|&|/)\s*(?P<also>{names}))?\s*(?:[:\-–—]\s+|\s+(?:{COMMITTING}|should|needs\s+to|must)\s+)(?P<task>.+)$",
            re.IGNORECASE,
        )

    @functools.cached_property
    def _owner_last(self) -> re.Pattern[str]:
        names = self._names
        return re.compile(
            rf"(?:\((?:owner:\s*|{LEFT_FOR})?(?P<who>{names})\)|@(?P<at>{names})|"
            rf"[-–—]\s*(?P<dash>{names}))\s*\.?$",
            re.IGNORECASE,
        )

    @functools.cached_property
    def _third_person(self) -> re.Pattern[str]:
        names = self._names
        return re.compile(
            rf"\b(?P<who>{names})(?:\s+(?:is|was)\s+[a-z]+\s+and|{_HAD_THEN})?"
            rf"(?:'ll|'s\s+(?:happy|glad)\s+to|\s+(?!to\b){COMMITTING})\s+(?P<task>.+)$",
            re.IGNORECASE,
        )

    @functools.cached_property
    def _named_to(self) -> re.Pattern[str]:
        names = self._names
        return re.compile(rf"(?:^|[,;:(]\s*)(?P<who>{names})\s+to\s+(?P<task>\w.+)$", re.IGNORECASE)

    @functools.cached_property
    def _gapped(self) -> re.Pattern[str]:
        """ "the Industrial Designer will work on the components, the User Interface Designer
        on the interface, and Marketing on the trends": one verb for several people."""
        names, what = self._names, _GAPPED_PART
        return re.compile(
            rf"\b(?:the\s+)?(?P<who>{names})(?:'ll|\s+will|(?:\s+is|'s)\s+(?:going\s+to|gonna))\s+(?P<verb>(?-i:[a-z])\w+)\s+"
            rf"(?P<first>{what})(?P<rest>(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:{names})\s+{what})+)\s*[.!]?$",
            re.IGNORECASE,
        )

    @functools.cached_property
    def _gap(self) -> re.Pattern[str]:
        names = self._names
        return re.compile(
            rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<who>{names})\s+(?P<what>{_GAPPED_PART})(?=,|\s+and\s+|\s*[.!]?$)",
            re.IGNORECASE,
        )

    @functools.cached_property
    def _recap_clause(self) -> re.Pattern[str]:
        """Where a recap hands the next person their part: ", Sam is running the survey"."""
        names = self._names
        return re.compile(
            rf"[,;]\s+(?:and\s+)?(?=(?:{names})(?:\s+(?:will|'ll|to)\s|(?:'s|\s+is)\s+\w+ing\b))", re.IGNORECASE
        )

    @functools.cached_property
    def _recap_said(self) -> re.Pattern[str]:
        names = self._names
        return re.compile(
            rf"^(?:(?:ok(?:ay)?|so|right|alright)[,\s]+)*(?:(?:the\s+)?(?:action\s+items?|next\s+steps)|to\s+(?:recap|sum\s+up|summari[sz]e)|"
            r"recap)?\s*[:,-]?\s*"
            rf"(?:(?:and|then|so)[,\s]+)?(?:(?P<who>{names})(?:'s|\s+is)|(?P<me>I'm|I\s+am)|(?:(?:{names}),\s*)?(?:you're|you\s+are))"
            r"\s+(?:(?:also|then|still)\s+)?(?P<task>(?-i:[a-z])\w+ing\b.+)$",
            re.IGNORECASE,
        )

    @functools.cached_property
    def _lets_have(self) -> re.Pattern[str]:
        """ "let's have PhD B send out the summary", "let's get Dana to book the room"."""
        names = self._names
        return re.compile(
            rf"\blet(?:'s|\s+us)\s+(?:have\s+(?P<who>{names})\s+|get\s+(?P<got>{names})\s+to\s+)(?P<task>(?-i:[a-z])\w.+)$",
            re.IGNORECASE,
        )

    @functools.cached_property
    def _named_clause(self) -> re.Pattern[str]:
        names = self._names
        will = r"(?:will|'ll|(?:is|'s)\s+(?:going\s+to|gonna))"
        return re.compile(
            rf"(?:[,;]|\s+[-–—])\s+(?:and\s+)?(?=(?:the\s+)?(?:{names})(?:\s+{will}\s|,\s*you{will}?\s)|(?:{names})\s+to\s)"
            rf"|\s+and\s+(?=(?:the\s+)?(?:{names})(?:\s+{will}\s|,\s*you{will}?\s))",
            re.IGNORECASE,
        )

    @functools.cached_property
    def _should(self) -> re.Pattern[str]:
        names = self._names
        return re.compile(
            rf"^(?:(?:and|so|then|okay|ok|right)[,\s]+)*(?:the\s+)?(?P<who>{names})\s+should\s+(?:also\s+|probably\s+)?"
            r"(?P<task>(?-i:[a-z])\w.+)$",
            re.IGNORECASE,
        )

    @functools.cached_property
    def _handed_on(self) -> re.Pattern[str]:
        """ "And the User Interface Designer, the technical functions design": a name and a piece of work."""
        names = self._names
        return re.compile(
            rf"^(?:(?:and|then|so|um|uh|also)[,\s]+)*(?:the\s+)?(?P<who>{names})\s*,?\s+"
            r"(?P<what>(?:the|a|an|some|their|his|her|on|at|with|for|to)\b"
            r"(?![^?!]*\b(?:is|are|was|were|will|would|has|have|had|can|could|should|did|does|do|'s|'re)\b)[^?!]+?)\s*[.!]?$",
            re.IGNORECASE,
        )

    @functools.cached_property
    def _only_names(self) -> re.Pattern[str]:
        names = self._names
        return re.compile(rf"(?:the\s+)?(?:{names})(?:\s*(?:,|\band\b)\s*(?:the\s+)?(?:{names}))*", re.IGNORECASE)

    @functools.cached_property
    def _needs_to(self) -> re.Pattern[str]:
        names = self._names
        return re.compile(rf"^(?P<who>{names})\s+(?:needs|has)\s+to\s+(?P<task>\w.+)$", re.IGNORECASE)

    @functools.cached_property
    def _name_then_verb(self) -> re.Pattern[str]:
        names = self._names
        return re.compile(
            rf"^(?:[A-Z][\w-]+\s+(?:and|&)\s+)?(?P<who>{names})\s+"
            rf"(?:(?P<verb>{TASK_VERBS})(?:e?s)?|(?P<bare>(?-i:{_BARE_VERBS})))(?P<rest>\s+\w.*)$",
            re.IGNORECASE,
        )

    @functools.cached_property
    def _leading_name(self) -> re.Pattern[str]:
        names = self._names
        return re.compile(rf"^(?P<who>{names})\b(?!\s*[:,-])", re.IGNORECASE)

    @functools.cached_property
    def _bracketed_owner(self) -> re.Pattern[str]:
        names = self._names
        return re.compile(rf"\((?P<who>{names})\s+(?:to|will)\s+(?P<task>[^)]+)\)\s*\.?$", re.IGNORECASE)

    @functools.cached_property
    def _task_then_name(self) -> re.Pattern[str]:
        """Minutes that name the owner after the task: "Move to tier 3, Tony", "Raise a PR to
        remove it from the list, Tony"."""
        return re.compile(
            rf"^(?P<task>(?:{TASK_VERBS}|{_BARE_VERBS}|raise|collect|investigate|propose)\b.+?),\s*(?P<who>{self._names})\s*[.!]?$",
            re.IGNORECASE,
        )

    @functools.cached_property
    def _taking_point(self) -> re.Pattern[str]:
        """ "…we should discuss tier with release group (Matheus is taking point on this)"."""
        lead = r"(?:take|taking|takes)\s+(?:the\s+)?(?:point|lead)"
        return re.compile(
            rf"^(?P<task>.+?)\s*\((?P<who>{self._names})\s+(?:is\s+{lead}|will\s+{lead}|{lead}|owns|is\s+on)"
            r"(?:\s+(?:on\s+)?(?:this|that|it))?\s*\)\s*[.!]?$",
            re.IGNORECASE,
        )

    def _update_from(self, text: str) -> str | None:
        """Whose news a point of notes gives: "Update from Adam from Ostif, working on fuzzing,
        found some issues, will report privately" is Adam's (and so is the promise in it)."""
        if not re.match(r"^\W*(?:an?\s+)?(?:update|news|report)\s+from\s", text, re.I):
            return None
        named = re.match(rf"^\W*(?:an?\s+)?(?:update|news|report)\s+from\s+(?P<who>{self._names})\b", text, re.I)
        return self.canonical(named.group("who")) if named else None

    @functools.cached_property
    def _bracketed_volunteer(self) -> re.Pattern[str]:
        """ "Outreach (Robin volunteered) to clarify what will happen": Robin's item."""
        names = self._names
        return re.compile(rf"\s*\((?P<who>{names})\s+(?:volunteered|volunteers|has\s+volunteered)\)", re.IGNORECASE)

    @functools.cached_property
    def _owners_first(self) -> re.Pattern[str]:
        one, between = self._one, BETWEEN_NAMES
        return re.compile(
            rf"^(?P<owners>{one}(?:\s*{between}?\s*{one})*)\s*"
            rf"(?:[:\-–—]\s+|\s+(?:{COMMITTING}|should|needs\s+to|must)\s+|\s+(?=(?-i:[a-z])))(?P<task>.+)$",
            re.IGNORECASE,
        )

    @functools.cached_property
    def _one_name(self) -> re.Pattern[str]:
        return re.compile(self._one, re.IGNORECASE)

    @functools.cached_property
    def _assigned_to(self) -> re.Pattern[str]:
        one, between = self._one, BETWEEN_NAMES
        return re.compile(
            rf"^(?P<task>\w.*?)(?:(?:\s*[;,]\s*|\s+[-–—]\s+)assign(?:ed)?\s+to\s+|\s*\(?\s*(?:=>|⇒|→)\s*|\s*,\s*(?={one}\s*[-–—,]\s*(?:can|could|would)\s+you\b))"
            rf"(?P<owners>{one}(?:\s*{between}\s*{one})*)(?:\s+(?:does|will\s+do|takes?)\s+(?:that|it|this)"
            r"|\s*[-–—,]\s*(?:can|could|would)\s+you\s+(?:do|take(?:\s+on)?|handle)\s+(?:this|that|it)\b[^.!]*?)?"
            r"\s*\)?\s*[.!?]?$",
            re.IGNORECASE,
        )

    @functools.cached_property
    def _vocative(self) -> re.Pattern[str]:
        names = self._names
        return re.compile(
            rf"^(?:(?:so|and|okay|ok|right|now|then|um|uh)[,\s]+)*(?P<who>{names}),|,\s*(?P<end>{names})\s*[?.!]?$",
            re.IGNORECASE,
        )

    def clauses(self, sentence: str) -> list[str]:
        """ "Myles will remove the item, Jory will submit the session": two commitments."""
        split = self._recap_clause.split if self._recap else self._named_clause.split
        parts: list[str] = []
        for part in (part.strip() for clause in clauses(sentence) for part in split(clause) if part.strip()):
            if (
                parts and self._only_names.fullmatch(parts[-1]) and self._only_names.match(part)
            ):  # "Tim, Jo and Al will…"
                parts[-1] = f"{parts[-1]} and {part}"
            else:
                parts.append(part)
        for i in range(len(parts) - 1):  # "Dana, you'll do X, and Sam, you'll do Y": Sam starts the next
            named = re.search(rf"[,\s]+and\s+(?:the\s+)?(?P<who>{self._names})\s*$", parts[i], re.IGNORECASE)
            if named and re.match(r"you\b", parts[i + 1], re.IGNORECASE):
                parts[i], parts[i + 1] = parts[i][: named.start()], f"{named.group('who')}, {parts[i + 1]}"
        return parts

    # Owners --------------------------------------------------------------------------
    def canonical(self, name: str | None) -> str | None:
        if not name:
            return None
        if name.strip() in self.initials:
            return self.initials[name.strip()]
        wanted = name.strip().lower()
        if wanted in self.aliases:
            return self.aliases[wanted]
        return next((n for n in self.names if n.lower() == wanted), None)

    def other_participant(self, speaker: str | None) -> str | None:
        others = [p for p in self.participants if p != speaker]
        return others[0] if len(others) == 1 else None

    def between(self, line: Line) -> str | None:
        """Who "you" is in a turn between two of the same other person's: "Where can I learn
        about it?" / "I can send you a link." / "Okay, thanks."."""
        before = self.meeting.before(line.number, 1) if line.speaker else []
        after = self.meeting.next_turn(line.number) if line.speaker else None
        if before and after and before[0].speaker == after.speaker and before[0].speaker not in (None, line.speaker):
            return before[0].speaker
        return None

    def addressee(self, line: Line, sentence: str) -> str | None:
        if match := self._vocative.search(sentence):
            return self.canonical(match.group("who") or match.group("end"))
        if other := self.other_participant(line.speaker):
            return other
        reply = self.meeting.next_turn(line.number) if line.speaker else None
        return reply.speaker if reply else None

    def asks_the_next_speaker(self, line: Line, sentence: str) -> bool:
        """Whether a question deep in a turn is put by name to whoever speaks next: "Ben,
        would you be able to work on the implementation side…? … we can take a call next
        week." / "Sure." answers it."""
        reply = self.meeting.next_turn(line.number) if line.speaker and self.meeting.transcript else None
        if reply is None or not sentence.rstrip().endswith("?"):
            return False
        match = self._vocative.search(sentence)
        return bool(match and self.canonical(match.group("who") or match.group("end")) == reply.speaker)

    def accepted(self, line: Line) -> bool | None:
        """Whether the reply to this line accepts (True), declines (False) or neither (None).
        Only the end of a turn is answered: a request followed by more of the speaker's own
        talk ("…please give it a review. And then, next PR…") gets no reply."""
        reply = self.meeting.next_turn(line.number) if line.speaker and self._answerable else None
        if reply is None:
            return None
        said = _OPENING_SOUNDS.sub("", reply.text)  # "Uh, I can do that."
        if DECLINE.match(said):
            return False
        if HEDGED.match(said) and not TAKEN_ON.search(said):
            return None  # "Yeah, I mean… I think…": a start, not a yes
        if len(self.participants) > 2 and FOR_THE_TEAM.match(said):
            return None  # "Okay, yeah, we'll revisit": a team's answer, nobody's item
        return True if ACCEPT.match(said) else None

    def about_the_topic(self, line: Line, task: str) -> str:
        """ "DNS incident postmortem: root cause was the cert. Omar to write it up": "it" is
        the topic the line opens with, in minutes that label their points."""
        if self.meeting.transcript or not (it := _IT_OBJECT.match(task)):
            return task
        label = _TOPIC_LABEL.match(line.text.lstrip("-*• "))
        if not label or self.canonical(label.group("topic")) or label.group("topic").lower() in LABELS:
            return task
        topic = label.group("topic").strip()
        topic = topic[:1].lower() + topic[1:] if topic[1:2].islower() else topic  # "DNS …" stays
        return " ".join([it.group("verb"), *filter(None, [it.group("particle")]), "the", topic]) + it.group("rest")

    def due_in_reply(self, line: Line) -> Date | None:
        """The date the answer to a request gives ("Sure, I can have that by Thursday")."""
        reply = self.meeting.next_turn(line.number) if line.speaker else None
        return find_due(reply.text, self.date)[0] if reply is not None else None

    # Tasks ---------------------------------------------------------------------------
    @functools.cached_property
    def _end_vocative(self) -> re.Pattern[str]:
        return re.compile(rf",\s*(?:{self._names})\s*[?.!]*$", re.IGNORECASE)

    def task_and_due(self, text: str, *, me: str | None, you: str | None) -> tuple[str, Date | None]:
        text = self._end_vocative.sub("", text.rstrip())  # "send me the cutover plan, Priya?": Priya is asked
        text = _RATHER_THAN.sub("", text)  # "give you permission… rather than going to ping us today": the other way
        text = re.sub(r",\s+because\b.*$", "", text, flags=re.I)  # "get in touch with Aave, because…": the reason
        text = re.sub(
            r",\s*or\b(?:[,\s]+\w+)?[\s.?!…]*$", "", text, flags=re.I
        )  # "add a PR to include them, or, Sure."
        by_then = re.search(r"\s(?:by|before)\s+then\b", text, re.I)
        due, span = find_due(text, self.date)
        if choice := _EITHER.search(text):
            one, other = (find_due(choice.group(part), self.date)[0] for part in ("first", "second"))
            if one and other:  # "either later today or by Monday": the later of the two is the deadline
                due, span = max(one, other), (choice.start(), choice.end())
        if span:
            head = re.sub(r"\s+(?:at|by|on|in|before|until|within)\s*$", "", text[: span[0]], flags=re.I)
            head = _READY_THEN.sub("", head)  # "write the upgrade notes, should be done Monday"
            text, span = head + text[span[1] :], (len(head), span[1])  # "tally votes at end of the week": no "at"
            rest = text[span[0] :].lstrip(" ,")
            again, second = find_due(f"by {rest}", self.date)
            if again == due and second and second[0] == 0 and rest.lower().startswith(_MONTH_START):
                # "by Wednesday December 2", "by Friday, December 4,": the date naming the same day goes too
                text = f"{text[: span[0]]} {rest[second[1] - 3 :].lstrip(' ,')}"
            text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)  # "postmortem doc (Fri)": the date was all the brackets held
        text = re.sub(
            r"^(?:(?:yeah|yes|okay|ok|so|um|uh|well),\s+|let\s+me\s+)*"
            r"(?:(?:to|will|go\s+ahead\s+and|go\s+back\s+and|please|also|then|just|maybe|probably|definitely|certainly|at\s+least|"
            r"actually|happily|gladly|make\s+sure\s+(?:to|that\s+I)|(?:try|do)\s+(?:my\s+best\s+)?(?:to|and)|(?:need|have)\s+to|"
            r"take\s+(?:(?:the|an)\s+)?(?:AI|action(?:\s+item)?)\s+to)\s+)?(?:again\s+)?",
            "",
            text.strip(),
            flags=re.I,
        )
        if taken := _ACTION_OF.match(text):  # "can take on the action item of talking to Node": talk to Node
            text = progressive_to_base(text[taken.end() :])
        if hedge := re.match(r"(?:probably|maybe|perhaps|hopefully)\s*,\s*(?=\w)", text, re.I):
            rest = text[
                hedge.end() :
            ]  # "I'll probably, Include the additional clients": a pause, not a word of the task
            text = rest[:1].lower() + rest[1:] if rest[1:2].islower() else rest
        text = _BUT_AFTER.sub("", text)  # "look into that soon, but my concern is the…": the promise ends there
        text = _NEW_CLAUSE.sub("", text)  # "assign this to myself I have not done any work on this yet…"
        text = re.sub(r"^see\s+if\s+I\s+can\s+", "try to ", text, flags=re.I)  # "I'll see if I can give you access"
        text = _EMOTICONS.sub("", text)  # "keep approving the payments :-) )", "Min to the rescue :smiley:"
        text = MARKDOWN_LINK.sub(r"\g<text>", text)  # "open an issue: [#786](https://…)"
        text = base_form(re.sub(r"[\s.,;:]*<?https?://\S+>?[\s.]*$", "", text))  # "...the tracker. <https://...>"
        text = on_the_topic(numbered(text, self._context), self._context, in_the_call=self._in_the_call)
        text = _NICE_IF.sub("", text)  # "put eyes on it, that would be great"
        text = re.sub(  # "make a PR for that, if you want, or… It's up to."
            r",?\s+if\s+you\s+(?:want|like|need|prefer)(?:\s+(?:me\s+)?to)?(?:\s*[.!]?$|,\s*(?:or|and)\b.*$)",
            "",
            text,
            flags=re.I,
        )
        if text.endswith(")") and text.count(")") > text.count("("):
            text = text[:-1].rstrip(" .")  # "Google doc (Reshama will begin Google doc)": its bracket closes
        text = _RESTARTED_PHRASE.sub("", text)  # the phrase as it was said the last time
        said, *broke = re.split(
            r"\s*(?:…|\.\.\.)\s*|\s+[–—]\s+", text, maxsplit=1
        )  # a spaced dash breaks speech off too
        if broke and said.strip().lower() in ("", "just", "also", "maybe", "probably", "quickly", "so"):
            resumed = re.sub(r"^(?:(?:I'll|I\s+will)\s+(?:just\s*(?:…|\.\.\.)?\s*)?)+", "", broke[0], flags=re.I)
            resumed = "" if AGENDA.match(resumed) else resumed  # "I'll just… I'll just get started now": the call
            text, said, broke = resumed, resumed, []  # "just… Thank you", "just… I'll just get started": what follows
        anew = re.match(r"(?:I'll|I\s+will)\s+(?:just\s+)?(?P<task>.+)$", broke[0], re.I) if broke else None
        if (
            anew
            and is_task(anew.group("task"))
            and (not is_task(said) or BARE_CHECK.fullmatch(re.sub(r"[\s,]+so$", "", said.strip(" ,."), flags=re.I)))
        ):
            text = anew.group("task")  # "I'll ask… I will post the question": the post
            said, *broke = re.split(r"\s*(?:…|\.\.\.)\s*", text, maxsplit=1)
        if broke and (is_task(said) or broke_off(said) or re.match(r"(?:I|we|you|it|this|that|so)\b", broke[0], re.I)):
            text = said  # "take a look into it, and then… share something, if I found…": speech broke off
            text = TRAILING_FUNCTION_WORDS.sub("", text)  # "get another test release out, with…"
        if assigned := re.match(  # "I'll assign myself to this to make an issue on schema dot org": the issue
            r"assign\s+(?:myself|me)(?:\s+(?:to|on)\s+(?:it|this|that|the\s+issue))?\s+to\s+(?P<task>\w.+)$",
            text.strip(" ."),
            re.I,
        ):
            text = f"{assigned.group('task')} (self-assigned)"
        if self._context and re.fullmatch(
            r"assign\s+(?:myself|me)(?:\s+to\s+(?:it|this|that))?", text.strip(" ."), re.I
        ):
            text = f"take on {self._context} (self-assigned)"  # "I'll assign myself" with issue #554 on screen
        text = _OTHERS_AFTER.sub("", text)  # "do that blog post, and then we can all read that"
        text = _BUT_ABOUT.sub("", text)  # "make a forum post related to this, but this is all in response to…"
        text = re.sub(r",?\s*self[- ]assign(?:ing|ed)?[.!]*\s*$", "", text, flags=re.I)  # "do this, self-assigning"
        for _ in range(2):  # "as a team, so, yeah"
            text = re.sub(
                r"(?:[\s,]+(?:and|then|so|but|or|because|probably|maybe|hopefully|basically|I\s+guess|I\s+think))+[\s,]*$",
                "",
                text,
                flags=re.I,
            )
            text = re.sub(
                r"(?:,\s*(?:ok(?:ay)?|right|alright|please|yeah)|[\s,]+so\s+yeah)?[\s,;:–-]*[?.!]*\s*$",
                "",
                text,
                flags=re.I,
            )
        text = re.sub(
            r"(?<!now)(?:\s+(?:by|on|before|until|for|due|the|from|starting|after|within|in))+\s*$",
            "",
            text,
            flags=re.I,
        )
        if (due or by_then) and re.match(r"have\s", text, re.I) and not HAVE_TO_DO.search(text):
            text = re.sub(r"[,\s]+(?:by|before)\s+then$", "", text, flags=re.I) + " ready"  # "I'll have them by then"
        if me:
            text = re.sub(r"\bme\b", me, text)
            text = re.sub(r"\bmy\b", f"{me}'s", text)
        if you:
            text = re.sub(r"\byou\b", you, text)
            text = re.sub(r"\byour\b", f"{you}'s", text)
        elif len(self.participants) > 2:  # "I'll send you the minutes" to a room: everyone gets them
            text = re.sub(
                r"^(send|email|mail|forward|give|show)\s+you(?:\s+(?:all|guys))?\b", r"\1 everyone", text, flags=re.I
            )
        return re.sub(r"\s+([,;:])", r"\1", " ".join(text.split()))[:240], due  # "chat , make" once "tuesday" is out

    def explicit_item(self, line: Line, text: str) -> Draft | None:
        who: str | None = None
        if match := self._owner_first.match(text):
            who, text = match.group("who"), match.group("task")
            text = text[first.end() :] if (first := FIRST_PERSON.match(text)) else text  # "@m: I'll keep an eye on it"
        elif match := self._owner_last.search(text):
            who = match.group("who") or match.group("at") or match.group("dash")
            text = text[: match.start()]
        elif re.match(r"^I(?:'ll|\s+will|\s+to)\s", text, re.IGNORECASE):
            text = FIRST_PERSON.sub("", text, count=1) if FIRST_PERSON.match(text) else text[2:]
            who = line.speaker or self.note_taker()
            if who == NOTE_TAKER:
                task, due = self.task_and_due(text, me=None, you=None)
                return Draft(who, self.for_the_note_taker(task), due, line.text, line.number) if task else None
        else:
            who = line.speaker
        owner = self.canonical(who)
        task, due = self.task_and_due(text, me=None, you=None)
        return Draft(owner, task, due, line.text, line.number) if task else None

    def note_taker(self) -> str | None:
        """Who "I" is on a line with no speaker: the writer of one's own notes of a 1:1 or a
        small meeting. Not in a transcript, nor in a group's minutes, where "I plan to split
        the fix out" is a member's update pasted in."""
        return None if self.meeting.transcript or len(self.participants) > MAX_OWN_NOTES_PEOPLE else NOTE_TAKER

    def for_the_note_taker(self, task: str) -> str:
        """The note-taker's own task in the second person: "send her my draft" -> "send Dana
        your draft" when Dana is the one other person in the notes."""
        if other := self.other_participant(None):
            task = re.sub(r"\b(?:her|him)\b(?!\s+(?:own|team|manager|report)\b)", other, task, count=1)
        return re.sub(r"\bmy\b", "your", re.sub(r"\bme\b", "you", task))
