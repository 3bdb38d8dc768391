"""The offline summary: deterministic extraction of the commitments of a meeting (its
action items), every item with the line it came from; the rest of the summary (OKR
updates, blockers, decisions, highlights) is read by `facts.py`.

Owners: the speaker for a first-person commitment ("I'll send it"); the person addressed
for a request ("Sam, can you ...", or the other person of a two-person meeting), kept only
when it has a date or the reply accepts it; the named person for "Sam will ..." or
"Action: Sam to ...". Nobody else is ever made an owner: an item whose owner cannot be
told is left unassigned for the user to fill in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as Date

from coach.core.text import sentences, words
from coach.summary.cues import (
    ACCEPT,
    ADVERBS,
    AGENDA,
    ANSWERED_SENTENCES,
    BARE_CHECK,
    BROKEN_OFF,
    BUT_I_CAN,
    COMMITTING,
    CONDITIONAL,
    DECLINE,
    DOUBT,
    DUMMY_IT,
    DURING_THE_CALL,
    FALSE_START,
    FINDING_OUT,
    FIRST_PERSON,
    FOR_THE_TEAM,
    HEDGED,
    IF_YOU,
    IN_A_CASE,
    IN_AN_IF,
    LATER,
    LATER_CLAUSE,
    LET_ME,
    MARKER,
    MAX_ADDRESSEES,
    NEED_FROM_YOU,
    NEW_SUBJECT,
    NOT_A_TASK,
    NOT_A_VERB,
    NOT_AN_ITEM,
    NOT_DOING,
    NOT_SURE,
    NOT_YET,
    NOUN_PHRASE,
    NOUN_TAIL,
    OBJECT_BEFORE,
    ON_THE_SPOT,
    OTHER_SECTION,
    PASSIVE,
    PRONOUN_OBJECT,
    RECEIVING,
    REQUEST,
    SAME_AGAIN,
    SECOND_PERSON,
    SECTION,
    SEVERAL,
    SHOULD_DO,
    SOMEONE,
    SOON,
    SPEECH_PAUSE,
    STATUS,
    SUBJECTLESS,
    TAKEN_ON,
    TASK_VERBS,
    THEN_AND,
    TRAILING_FUNCTION_WORDS,
    WE_WILL,
    WEAK_CUES,
    YOU_DO,
    antecedent,
    asks,
    base_form,
    base_of_participle,
    clauses,
    is_talk,
    is_task,
    name_pattern,
    progressive_to_base,
    short_forms,
    unique_short_forms,
)
from coach.summary.dates import find_due
from coach.summary.facts import fact_kinds, highlight_strength, okr_update, overview_line, status_said
from coach.summary.meeting import Line, Meeting, initials_of
from coach.summary.merge import merge_items
from coach.summary.models import ActionItem, MeetingSummary, OKRUpdate


@dataclass
class _Draft:
    owner: str | None
    task: str
    due: Date | None
    evidence: str
    line: int
    listed: bool = False
    """Said in the first person in notes with no speaker ("I'll send the deck"): the writer's,
    kept with no owner for the user to assign, where other ownerless items are follow-ups."""


class Extractor:
    def __init__(self, meeting: Meeting, meeting_date: Date, people: Sequence[str] = ()) -> None:
        self.meeting = meeting
        self.date = meeting_date
        self.participants = list(meeting.participants)
        full = list(dict.fromkeys([*self.participants, *people, *meeting.handles.values()]))
        self.aliases = unique_short_forms(full) | meeting.handles
        self.initials = initials_of(full) | meeting.abbreviations
        self.names = list(
            dict.fromkeys(
                [
                    *full,
                    *(a for name in full for a in short_forms(name) if a.lower() in self.aliases),
                    *self.initials,
                    *meeting.handles,
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
        """The line being read: who its first words name, and its sentences so far."""
        self._sentence = ""
        names = name_pattern(self.names)
        self._owner_first = re.compile(
            rf"^(?:@)?(?P<who>{names})(?:\s+and\s+(?P<also>{names}))?\s*(?:[:\-–]\s+|\s+(?:{COMMITTING}|should|needs\s+to|must)\s+)(?P<task>.+)$",
            re.IGNORECASE,
        )
        self._owner_last = re.compile(
            rf"(?:\((?:owner:\s*)?(?P<who>{names})\)|@(?P<at>{names})|[-–—]\s*(?P<dash>{names}))\s*\.?$", re.IGNORECASE
        )
        self._third_person = re.compile(
            rf"\b(?P<who>{names})(?:'ll|\s+(?!to\b){COMMITTING})\s+(?P<task>.+)$",
            re.IGNORECASE,
        )
        self._named_to = re.compile(rf"(?:^|[,;:(]\s*)(?P<who>{names})\s+to\s+(?P<task>\w.+)$", re.IGNORECASE)
        self._named_clause = re.compile(rf"[,;]\s+(?:and\s+)?(?=(?:{names})\s+(?:will|'ll|to)\s)", re.IGNORECASE)
        self._name_then_verb = re.compile(rf"^(?P<who>{names})\s+(?P<task>(?:{TASK_VERBS})\s+\w.*)$", re.IGNORECASE)
        self._leading_name = re.compile(rf"^(?P<who>{names})\b(?!\s*[:,-])", re.IGNORECASE)
        self._bracketed_owner = re.compile(
            rf"\((?P<who>{names})\s+(?:to|will)\s+(?P<task>[^)]+)\)\s*\.?$", re.IGNORECASE
        )
        one = rf"@?(?:{names})\b"
        self._owners_first = re.compile(
            rf"^(?P<owners>{one}(?:\s*(?:,|&|/|\band\b)?\s*{one})*)\s*"
            rf"(?:[:\-–]\s+|\s+(?:{COMMITTING}|should|needs\s+to|must)\s+|\s+(?=(?-i:[a-z])))(?P<task>.+)$",
            re.IGNORECASE,
        )
        self._one_name = re.compile(one, re.IGNORECASE)
        self._vocative = re.compile(rf"^(?P<who>{names}),|,\s*(?P<end>{names})\s*[?.!]?$", re.IGNORECASE)

    def if_you_then_i(self, line: Line, sentence: str) -> list[_Draft]:
        """ "If you can leave a comment on it, then I'll update the spec." answered "Okay,
        I'll do.": the other's item and the speaker's, once the condition is accepted."""
        if not line.speaker or not (match := IF_YOU.match(sentence)) or self.accepted(line) is not True:
            return []
        reply = self.meeting.next_turn(line.number)
        task, due = self.task_and_due(base_form(match.group("request")), me=line.speaker, you=None)
        theirs = [_Draft(reply.speaker, task, due, sentence, line.number)] if reply and is_task(task) else []
        return theirs + self.spoken_items(line, match.group("mine"))

    def clauses(self, sentence: str) -> list[str]:
        """ "Myles will remove the item, Jory will submit the session": two commitments."""
        return [
            part.strip() for clause in clauses(sentence) for part in self._named_clause.split(clause) if part.strip()
        ]

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

    def addressee(self, line: Line, sentence: str) -> str | None:
        if match := self._vocative.search(sentence):
            return self.canonical(match.group("who") or match.group("end"))
        if other := self.other_participant(line.speaker):
            return other
        reply = self.meeting.next_turn(line.number) if line.speaker else None
        return reply.speaker if reply else None

    def accepted(self, line: Line) -> bool | None:
        """Whether the reply to this line accepts (True), declines (False) or neither (None).
        Only the end of a turn is answered: a request followed by more of the speaker's own
        talk ("…please give it a review. And then, next PR…") gets no reply."""
        reply = self.meeting.next_turn(line.number) if line.speaker and self._answerable else None
        if reply is None:
            return None
        if DECLINE.match(reply.text):
            return False
        if HEDGED.match(reply.text) and not TAKEN_ON.search(reply.text):
            return None  # "Yeah, I mean… I think…": a start, not a yes
        if len(self.participants) > 2 and FOR_THE_TEAM.match(reply.text):
            return None  # "Okay, yeah, we'll revisit": a team's answer, nobody's item
        return True if ACCEPT.match(reply.text) else None

    # Tasks ---------------------------------------------------------------------------
    def task_and_due(self, text: str, *, me: str | None, you: str | None) -> tuple[str, Date | None]:
        due, span = find_due(text, self.date)
        if span:
            text = text[: span[0]] + text[span[1] :]
            rest = text[span[0] :].lstrip(" ,")
            again, second = find_due(f"by {rest}", self.date)
            if again == due and second and second[0] == 0 and rest.lower().startswith(_MONTH_START):
                # "by Wednesday December 2", "by Friday, December 4,": the date naming the same day goes too
                text = f"{text[: span[0]]} {rest[second[1] - 3 :].lstrip(' ,')}"
        text = re.sub(
            r"^(?:(?:yeah|yes|okay|ok|so|um|uh|well),\s+|let\s+me\s+)*"
            r"(?:(?:to|go\s+ahead\s+and|please|also|then|just|maybe|probably|make\s+sure\s+(?:to|that\s+I)|try\s+(?:to|and)|"
            r"take\s+(?:the|an)\s+(?:AI|action(?:\s+item)?)\s+to)\s+)?",
            "",
            text.strip(),
            flags=re.I,
        )
        said, *broke = re.split(
            r"\s*(?:…|\.\.\.)\s*|\s+[–—]\s+", text, maxsplit=1
        )  # a spaced dash breaks speech off too
        if broke and (
            is_task(said)
            or (words(said) or [""])[-1] in BROKEN_OFF
            or re.match(r"(?:I|we|you|it|this|that|so)\b", broke[0], re.I)
        ):
            text = said  # "take a look into it, and then… share something, if I found…": speech broke off
            text = TRAILING_FUNCTION_WORDS.sub("", text)  # "get another test release out, with…"
        for _ in range(2):  # "as a team, so, yeah"
            text = re.sub(
                r"(?:[\s,]+(?:and|then|so|but|or|because|probably|maybe|hopefully))+[\s,]*$", "", text, flags=re.I
            )
            text = re.sub(r"(?:,\s*(?:ok(?:ay)?|right|alright|please|yeah))?[\s,;:–-]*[?.!]*\s*$", "", text, flags=re.I)
        text = re.sub(
            r"(?<!now)(?:\s+(?:by|on|before|until|for|due|the|from|starting|after|within|in))+\s*$",
            "",
            text,
            flags=re.I,
        )
        if me:
            text = re.sub(r"\bme\b", me, text)
            text = re.sub(r"\bmy\b", f"{me}'s", text)
        if you:
            text = re.sub(r"\byou\b", you, text)
            text = re.sub(r"\byour\b", f"{you}'s", text)
        return re.sub(r"\s+([,;:])", r"\1", " ".join(text.split()))[:240], due  # "chat , make" once "tuesday" is out

    def explicit_item(self, line: Line, text: str) -> _Draft | None:
        who: str | None = None
        if match := self._owner_first.match(text):
            who, text = match.group("who"), match.group("task")
            text = text[first.end() :] if (first := FIRST_PERSON.match(text)) else text  # "@m: I'll keep an eye on it"
        elif match := self._owner_last.search(text):
            who = match.group("who") or match.group("at") or match.group("dash")
            text = text[: match.start()]
        elif re.match(r"^I(?:'ll|\s+will|\s+to)\s", text, re.IGNORECASE):
            who, text = line.speaker, FIRST_PERSON.sub("", text, count=1) if FIRST_PERSON.match(text) else text[2:]
        else:
            who = line.speaker
        owner = self.canonical(who)
        task, due = self.task_and_due(text, me=None, you=None)
        return _Draft(owner, task, due, line.text, line.number) if task else None

    def listed_items(self, line: Line, text: str) -> list[_Draft]:
        """A checkbox or a line under "Action items": one item per owner it starts with
        ("@jbenet, @em-ly, @flyingzumwalt: please read the board", "@diasdavid and @richard
        make a roadmap"); with no owner, or a status ("I am currently working on..."), a
        follow-up."""
        match = self._owners_first.match(text)
        owners = [self.canonical(o.lstrip("@")) for o in self._one_name.findall(match.group("owners"))] if match else []
        if match and len(owners) > 1:
            task = match.group("task")
            return [d for who in dict.fromkeys(owners) if who and (d := self.explicit_item(line, f"{who}: {task}"))]
        draft = self.explicit_item(line, text)
        if draft is None or STATUS.match(draft.task):
            return []
        if draft.owner is None:
            self.ownerless.append((line.number, text))
            return []
        return [draft]

    def action_line(self, line: Line, text: str) -> list[_Draft]:
        """An `Action:` line of minutes: one item per owner ("Travis and Sangwhan to ..."),
        an owner in brackets ("Remove util.p (Jeremiah to respond)"), or, with no owner, a
        follow-up rather than an item nobody owns."""
        if match := self._bracketed_owner.search(text):
            who, task = match.group("who"), match.group("task")
            drafts = [d for d in [self.explicit_item(line, f"{who} to {task}")] if d]
            rest = text[: match.start()].strip()
            if rest:
                self.ownerless.append((line.number, rest))
            return drafts
        if (match := self._owner_first.match(text)) and match.group("also"):
            task = match.group("task")
            return [
                d
                for who in (match.group("who"), match.group("also"))
                if (d := self.explicit_item(line, f"{who} to {task}"))
            ]
        draft = self.explicit_item(line, text)
        if draft is not None and draft.owner is None and not line.speaker:
            named = self.named_in_sentences(line, text)
            if not named:
                self.ownerless.append((line.number, text))
            return named
        return [draft] if draft else []

    def named_in_sentences(self, line: Line, text: str) -> list[_Draft]:
        """ "Next step: a meeting to write the spec; Sara to send out a doodle": the owner
        named in a later sentence of an action line."""
        drafts: list[_Draft] = []
        before = ""
        for sentence in sentences(text, semicolons=True):
            match = self._owner_first.match(sentence) or self._named_to.search(sentence)
            task = antecedent(match.group("task"), before) if match else ""
            if match and (draft := self.explicit_item(line, f"{match.group('who')} to {task}")):
                drafts.append(draft)
            before = sentence
        return drafts

    def spoken_items(self, line: Line, sentence: str) -> list[_Draft]:
        if sentence.lower().startswith(("if ", "when ", "unless ")) or re.search(
            r"\b(?:won't|will\s+not|never)\b", sentence, re.I
        ):
            return []
        question = asks(sentence)
        if (several := self._several(line, sentence)) is not None:
            return several
        for reader in (
            self._subjectless,
            self._someone,
            self._needed_from_you,
            self._first_person,
            self._request,
            self._second_person,
            self._dated_you,
            self._third_person_item,
            self._scribe_imperative,
            self._passive,
        ):
            if draft := reader(line, sentence, question):
                return [draft]
        return []

    def _several(self, line: Line, sentence: str) -> list[_Draft] | None:
        """ "Would you three mind emailing me your slides?": one item for each of the others."""
        if not line.speaker or not SEVERAL.search(sentence) or not (match := REQUEST.search(sentence)):
            return None
        others = [p for p in self.participants if p != line.speaker]
        if not 2 <= len(others) <= MAX_ADDRESSEES or self.accepted(line) is False:
            return None
        rest = sentence[match.end() :]
        if is_talk(rest) or (words(rest)[:1] and words(rest)[0] in RECEIVING):
            return []  # "can you all hear me?", "can you guys see my screen?"
        if sentence.rstrip().endswith("?") and self.accepted(line) is not True:
            return []  # a question to the room nobody took up
        task, due = self.task_and_due(base_form(rest), me=line.speaker, you=None)
        return [_Draft(who, task, due, sentence, line.number) for who in others] if is_task(task) else []

    def resolve_referent(self, line: Line, rest: str) -> str:
        """ "I'll put that together" after "I haven't got an agenda for the offsite yet": the
        thing the last turn named, in place of "that"."""
        if (again := SAME_AGAIN.match(ADVERBS.sub("", rest.strip()))) and line.speaker:
            said_before = [m.group("task") for m in SHOULD_DO.finditer(self._before)]
            if said_before:  # "I urge them to look into it. I will do the same", "we should X. I'll work on that"
                return f"{said_before[-1].strip()}{again.group('rest') or again.group('also') or ''}"
        if not (match := PRONOUN_OBJECT.match(rest.strip())) or not line.speaker:
            return rest
        if match.group("pronoun").lower() == "it" and DUMMY_IT.match(match.group("rest").strip()):
            return rest  # "I'll make it very clear what changes": no thing to name
        if match.group("verb").lower() in ("do", "handle") and (
            pending := NOT_YET.search(self._sentence) or NOT_YET.search(self._before)
        ):  # "I haven't posted the slides, but I'll do that shortly"
            return f"{base_of_participle(pending.group('verb'))} {pending.group('thing').strip()}{match.group('rest')}"
        # "The new tooltip copy is ready, I can ship it": the thing named earlier in this turn
        # comes first; else what the last turn of someone else named
        before = [
            earlier.text
            for earlier in self.meeting.before(line.number, 2)
            if earlier.speaker and earlier.speaker != line.speaker and self._opening
        ][-1:]  # deep in a long turn, "it" is no longer what the last speaker named
        said_first = re.split(r",\s*(?:and\s+|so\s+)?(?:I|we)\b", self._before or line.text, maxsplit=1)[0]
        subject = re.match(
            r"^\s*(?P<thing>(?:the|our|my|this|that)\s+[\w' -]{2,60}?)\s+(?:is|are|was|were|has|have|looks?)\b",
            said_first,
            re.IGNORECASE,
        )
        if subject and said_first.strip() != rest.strip():
            thing = subject.group("thing")
            return f"{match.group('verb')} {thing[:1].lower()}{thing[1:]}{match.group('rest')}"
        if not before:
            return rest
        phrases = [NOUN_TAIL.sub("", p.group(0)) for p in NOUN_PHRASE.finditer(before[-1])]
        if not phrases:
            return rest
        return f"{match.group('verb')} {phrases[0]}{match.group('rest')}"

    def _subjectless(self, line: Line, sentence: str, question: bool) -> _Draft | None:
        """A scribe's line under a name, without a subject: "Alex: will feed back today",
        "Claudio - once it is ready, will ask the TSC for an ack", "Tobie scheduling a
        meeting; will report back", "Rich cannot make it, will update offline"."""
        who = self._subject
        if question or not who:
            return None
        match = SUBJECTLESS.match(sentence)
        if match and self.meeting.transcript and not re.match(r"(?:will|'ll)\b", match.group(0), re.I):
            match = None  # in speech, "To keep the features on main" is not a scribe's "to update"
        if not match and (sentence.lower().startswith(("i ", "i'm ")) or self._leading_name.match(sentence)):
            match = LATER_CLAUSE.search(sentence)  # the clause's subject is the sentence's
        if not match:
            return None
        if is_talk(match.group("task")):
            return None  # "Will be a massive expense": a state, not a task
        task, due = self.task_and_due(antecedent(match.group("task"), self._before), me=line.speaker, you=None)
        return _Draft(self.canonical(who) or who, task, due, sentence, line.number) if is_task(task) else None

    def _needed_from_you(self, line: Line, sentence: str, question: bool) -> _Draft | None:
        if question or not (match := NEED_FROM_YOU.search(sentence)) or self.accepted(line) is False:
            return None
        what = re.sub(r"^(?:the|your)\s+", "", match.group("what"), flags=re.I)
        task, due = self.task_and_due(
            f"send {line.speaker or 'them'} the {what}{match.group('rest')}", me=line.speaker, you=None
        )
        return _Draft(self.addressee(line, sentence), task, due, sentence, line.number)

    def _first_person(self, line: Line, sentence: str, question: bool) -> _Draft | None:
        if question or not (match := FIRST_PERSON.search(sentence)):
            return None
        before = sentence[: match.start()]
        lead = self._sentence[: self._sentence.find(sentence)] if sentence in self._sentence else ""
        if IN_AN_IF.search(before) or re.search(r"\bmaybe\s+$", before, re.I) or IN_A_CASE.search(lead + before):
            return None  # "if you're going to…", "maybe I'll just leave it running": not a promise
        if before.count('"') % 2 or before.count("“") > before.count("”"):
            return None  # pinning is "I am going to keep this thing around": quoted, not promised
        said = progressive_to_base(sentence[match.end() :])
        if re.match(r"we\b|we'", said, re.I) or NOT_SURE.match(said):
            return None  # "I'll… we'll include it": the team; "I need to check this, but…": a hedge
        then = THEN_AND.search(said)
        talk = is_talk(said) and is_talk(self.resolve_referent(line, said))  # "do the same" can be a task
        if talk and then and not NEW_SUBJECT.match(then.group("next")) and not is_talk(then.group("next")):
            said = then.group("next")  # "I should think more about this, and… yeah, write it down"
        plain = re.sub(r"…|\.\.\.", " ", said)
        for _ in range(3):  # "just… Trying to share my screen"
            plain = re.sub(r"^(?:trying|try)\s+to\s+", "", ADVERBS.sub("", plain.strip(" ,….")), flags=re.I).strip(
                " ,…."
            )
        on_the_spot = self.meeting.transcript and ON_THE_SPOT.match(plain) and not LATER.search(sentence)
        if on_the_spot and not find_due(said, self.date)[0]:
            return None  # "I'll share the agenda", "let me go through these updates": done in the call
        rest = self.resolve_referent(line, said)
        shared_later = LATER.search(sentence) and re.match(r"(?:share|drop|post|paste|put|link|send)\b", plain, re.I)
        if is_talk(rest) or NOT_A_TASK.match(plain) or (AGENDA.match(plain) and not shared_later):
            return None  # "I'll start with the budget", "I'll hand over to Ana": running the meeting
        if (relative := OBJECT_BEFORE.search(sentence[: match.start()])) and (
            verb := re.match(r"\s*\w+(?:\s+(?:over|through|up|out|into|at|on|back|to))?", rest)
        ):  # "the data that I'm gonna go over soon" -> "go over the data soon"
            rest = f"{verb.group(0).strip()} {relative.group('object')}{rest[verb.end() :]}"
        cue = sentence[match.start() :]
        weak = bool(WEAK_CUES.match(cue) or (self.meeting.transcript and LET_ME.match(cue))) and not (
            FINDING_OUT.match(rest.strip())
            and (self.meeting.transcript or BUT_I_CAN.search(sentence[: match.end()]))
            and not DURING_THE_CALL.search(" ".join(sentence[match.end() :].split()[:6]))
        )
        task, due = self.task_and_due(rest, me=None, you=self.other_participant(line.speaker))
        said_before = (lead + before).rstrip(" ,")
        early, span = find_due(said_before, self.date)
        if due is None and early and span and span[1] >= len(said_before):
            due = early  # "Probably today or tomorrow, I will cut a new release"
        bare = BARE_CHECK.fullmatch(ADVERBS.sub("", said.strip(" .!"))) and not LET_ME.match(
            cue
        )  # "Let me check." is now
        in_the_call = re.search(
            r"\b(?:in|on)\s+the\s+chat\b|\bright\s+now\b|\bin\s+(?:just\s+)?a\s+(?:moment|sec(?:ond)?|minute)\b",
            f"{said_before} {sentence} {line.text}",
            re.I,
        )
        if self.meeting.transcript and bare and sentence.rstrip().endswith((".", "!")) and not in_the_call:
            task = self.what_to_check(line, task.strip(), said_before)
            weak = False  # "I don't know. I'll check.": finding out what was just in doubt
        elif not is_task(task) or (words(task) or [""])[0] in NOT_A_VERB:
            return None  # "I'll… in this, PR to the EIP": speech that started again elsewhere
        if weak and not due and not SOON.search(sentence):
            return None
        return _Draft(line.speaker, task, due, sentence, line.number, listed=True)

    def what_to_check(self, line: Line, verb: str, said_before: str) -> str:
        """ "check" after "I'm not sure if we have a test": "check if we have a test"; else
        after a question someone just asked, "check: how long does it take?"."""
        doubt = DOUBT.search(said_before) or DOUBT.search(self._before)
        if doubt:
            return f"{verb} {doubt.group('how')} {doubt.group('q').strip(' ,')}"
        asked = [
            earlier.text
            for earlier in self.meeting.before(line.number, 3)
            if earlier.speaker and earlier.speaker != line.speaker and "?" in earlier.text
        ]
        if asked:
            question = sentences(asked[-1])
            last = next((q for q in reversed(question) if q.endswith("?")), question[-1])
            return f"{verb}: {last}"
        return verb

    def _someone(self, line: Line, sentence: str, question: bool) -> _Draft | None:
        """ "Could someone take the notes?" answered "Sure." by Sam: Sam's item."""
        if not (match := SOMEONE.search(sentence)) or is_talk(rest := sentence[match.end() :]):
            return None
        reply = self.meeting.next_turn(line.number) if line.speaker else None
        if reply is None or self.accepted(line) is not True:
            return None
        task, due = self.task_and_due(base_form(rest), me=line.speaker, you=None)
        return _Draft(reply.speaker, task, due, sentence, line.number) if is_task(task) else None

    def _request(self, line: Line, sentence: str, question: bool) -> _Draft | None:
        if not (match := REQUEST.search(sentence)) or is_talk(rest := sentence[match.end() :]):
            return None
        if re.search(r"\b(?:what|how|why|which|where|when|who)\s+$", sentence[: match.start()], re.I):
            return None  # "what would you tweak in 2780?" asks for an opinion
        if words(rest)[:1] and words(rest)[0] in RECEIVING | NOT_A_VERB:
            return None  # "would you like to say something?": an offer; "please and thank you": no task
        if re.search(
            r"\bif\s+(?:(?:you|we|anyone|people)\s+(?:are|have|has|can|want|get|find)|there(?:'s|\s+is|\s+are))\b",
            sentence,
            re.I,
        ):
            return None  # "please check that call if you are available": up to them
        task, due = self.task_and_due(base_form(rest), me=line.speaker, you=None)
        reply = self.accepted(line)
        polite_order = match.group(0).lower().startswith("please") and not question
        if not is_task(task) or reply is False or not (due or reply or polite_order):
            return None
        if not reply and not self._vocative.search(sentence) and len(self.participants) > 2:
            return None  # "please take a look" to a room: everyone's, so no one's item
        return _Draft(self.addressee(line, sentence), task, due, sentence, line.number)

    def _second_person(self, line: Line, sentence: str, question: bool) -> _Draft | None:
        if not (match := SECOND_PERSON.search(sentence)) or is_talk(rest := sentence[match.end() :]):
            return None
        if (words(rest)[:1] and words(rest)[0] in RECEIVING) or IN_AN_IF.search(sentence[: match.start()]):
            return None  # "you will get instructions from your coach": what happens to them, not a task
        task, due = self.task_and_due(rest, me=line.speaker, you=None)
        reply = self.accepted(line)
        if is_task(task) and reply is not False and (not question or reply):
            return _Draft(
                self.other_participant(line.speaker) or self.addressee(line, sentence), task, due, sentence, line.number
            )
        return None

    def _dated_you(self, line: Line, sentence: str, question: bool) -> _Draft | None:
        other = self.other_participant(line.speaker)
        if question or not other or not (match := YOU_DO.match(sentence.strip())):
            return None
        rest = sentence.strip()[match.end() :]
        if is_talk(rest) or (words(rest)[:1] and words(rest)[0] in RECEIVING | NOT_DOING):
            return None
        task, due = self.task_and_due(rest, me=line.speaker, you=None)
        if not due or not is_task(task) or self.accepted(line) is False:
            return None
        return _Draft(other, task, due, sentence, line.number)

    def _third_person_item(self, line: Line, sentence: str, question: bool) -> _Draft | None:
        match = self._third_person.search(sentence) or self._named_to.search(sentence)
        if question or not match or NOT_A_TASK.match(match.group("task")) or AGENDA.match(match.group("task")):
            return None  # "Manu is going to go first": the running order
        task, due = self.task_and_due(antecedent(match.group("task"), self._before), me=line.speaker, you=None)
        return _Draft(self.canonical(match.group("who")), task, due, sentence, line.number) if is_task(task) else None

    def _scribe_imperative(self, line: Line, sentence: str, question: bool) -> _Draft | None:
        """Minutes' shorthand "Michael send out an email to the list": a name, then a task
        verb in its base form (never "Michael sent" or "Michael reports")."""
        if question or self.meeting.transcript or not (match := self._name_then_verb.match(sentence)):
            return None
        task, due = self.task_and_due(match.group("task"), me=None, you=None)
        return _Draft(self.canonical(match.group("who")), task, due, sentence, line.number) if is_task(task) else None

    def _passive(self, line: Line, sentence: str, question: bool) -> _Draft | None:
        """ "New PR to be opened by Adam on the README": Adam's item."""
        if question or not (match := PASSIVE.match(sentence)) or not (who := self.canonical(match.group("who"))):
            return None
        rest = match.group("rest") or ""
        task, due = self.task_and_due(f"{match.group('what')} to be {match.group('verb')} {rest}", me=None, you=None)
        return _Draft(who, task, due, sentence, line.number) if is_task(task) else None

    def action_items(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        self.item_lines: set[int] = set()
        in_section = False
        for line in self.meeting.lines:
            if line.folded:
                continue
            if not line.text:
                in_section = False
                continue
            if SECTION.match(line.text):
                in_section = True
                continue
            if OTHER_SECTION.match(line.text) and not line.checkbox:
                in_section = False
            if line.checkbox or in_section or MARKER.match(line.text):
                self.item_lines.add(line.number)  # an item line, not a point of the notes
            if line.checkbox:
                if not line.checked:
                    drafts += self.listed_items(line, line.text)
                continue
            if marker := MARKER.match(line.text):
                text = marker.group("rest")
                who = (
                    marker.group("who")
                    or self.initials.get(marker.group("initials") or "")
                    or self.canonical(marker.group("to"))  # "Action item to Brian: message the board"
                )
                if who and not self._owner_first.match(text):
                    text = f"{who}: {text}"
                drafts += self.action_line(line, text)
                continue
            if in_section:
                if NOT_AN_ITEM.match(line.text):
                    continue  # "10 minute timebox", "What's next?": notes under the heading, not tasks
                drafts += self.listed_items(line, line.text)
                continue
            if re.match(r"^decisions?\s*:", line.text, re.I):
                continue  # "Decision: Ana will shadow Lina" is recorded as a decision
            self._subject = (
                line.speaker
                or ((lead := self._leading_name.match(line.text)) and self.canonical(lead.group("who")))
                or None
            )
            self._before = ""
            said = sentences(line.text, semicolons=True)
            if self.meeting.transcript:  # captions start a sentence in lower case: "…doing now. if it breaks"
                said = [part for sentence in said for part in re.split(r"(?<=[a-z]{2}[.!?])\s+(?=[a-z])", sentence)]
            for position, sentence in enumerate(said):
                if self.meeting.transcript:
                    sentence = SPEECH_PAUSE.sub(r"\1 ", FALSE_START.sub(r"\1", sentence))
                self._answerable = position >= len(said) - ANSWERED_SENTENCES
                self._opening = position < ANSWERED_SENTENCES
                if bargain := self.if_you_then_i(line, sentence):
                    drafts += bargain
                    continue
                if CONDITIONAL.match(sentence):
                    who = f"{line.speaker}: " if line.speaker else ""
                    if not self.meeting.transcript or FIRST_PERSON.search(sentence) or WE_WILL.search(sentence):
                        self.ownerless.append((line.number, f"{who}{sentence}"))  # a plan for a case, not a commitment
                    continue  # in a call, "if you want to verify them, you can..." is no plan at all
                self._sentence = sentence
                for clause in self.clauses(sentence):
                    drafts.extend(self.spoken_items(line, clause))
                self._before = sentence
        kept = []
        for draft in merge_items(drafts):
            if draft.owner is None and not draft.listed:
                self.ownerless.append((draft.line, draft.evidence))  # nobody to hold to it: a follow-up
            else:
                kept.append(draft)
        return kept

    def summary(self, conversation: str | None, title: str | None) -> MeetingSummary:
        items = self.action_items()
        okrs: list[OKRUpdate] = []
        lists: dict[str, list[str]] = {
            "blockers": [],
            "support_requested": [],
            "decisions": [],
            "follow_ups": [],
            "highlights": [],
        }
        lists["follow_ups"] += [text for _, text in self.ownerless]
        for line in self.meeting.lines:
            if line.number in self.item_lines:
                continue
            found: dict[str, list[str]] = {}
            updated: OKRUpdate | None = None
            for sentence in sentences(line.text, semicolons=True):
                if len(sentence) < 8 or sentence.endswith("?"):
                    continue
                earlier = [e.text for e in self.meeting.before(line.number, 3)]
                if update := okr_update(sentence, line.number, earlier, spoken=self.meeting.transcript):
                    okrs.append(update)
                    updated = update
                elif updated is not None and updated.status == "unknown" and status_said(sentence) != "unknown":
                    updated.status = status_said(sentence)  # "at 31%, target is 40%. We're at risk."
                    updated.evidence = f"{updated.evidence} {sentence}"
                point = not self.meeting.transcript and line.bullet and not SECTION.match(line.text)
                for kind in fact_kinds(sentence, point=bool(point)):
                    found.setdefault(kind, []).append(sentence)
            for name in sorted(found):
                # only the sentences of that kind: a progress line that also names a slip is a
                # highlight for one sentence and a blocker for the other, not both twice; and
                # of a long turn of a call, only those sentences, never the whole monologue
                whole = len(found) == 1 and len(line.text) <= MAX_STATEMENT_CHARS
                whole = whole and not (self.meeting.transcript and "?" in line.text)  # "…do you see my screen?"
                said = [line.text] if whole else [shortened(t) for t in found[name][:MAX_SENTENCES_PER_TURN]]
                lists[name].append(f"{line.speaker}: {' '.join(said)}" if line.speaker else " ".join(said))
        if self.meeting.transcript:
            lists["highlights"] = strongest(lists["highlights"], MAX_SPOKEN_HIGHLIGHTS)
        participants = list(dict.fromkeys([*self.participants, *(i.owner for i in items if i.owner)]))
        actions = [ActionItem(owner=i.owner, task=i.task, due=i.due, evidence=i.evidence, line=i.line) for i in items]
        overview = overview_line(
            title, self.date, participants, len(actions), len(okrs), len(lists["blockers"]), len(lists["decisions"])
        )
        return MeetingSummary(
            date=self.date,
            participants=participants,
            conversation=conversation,
            overview=overview,
            okr_updates=okrs,
            action_items=actions,
            highlights=lists["highlights"],
            decisions=lists["decisions"],
            blockers=lists["blockers"],
            support_requested=lists["support_requested"],
            follow_ups=lists["follow_ups"],
        )


MAX_STATEMENT_CHARS = 320
"""A line of notes this long is kept whole; a longer turn of a call keeps only its sentences
of that kind."""
MAX_SENTENCES_PER_TURN = 2
MAX_SPOKEN_HIGHLIGHTS = 8
"""A call's highlights: the strongest few, not every sentence that mentions a number."""


def shortened(sentence: str) -> str:
    return sentence if len(sentence) <= MAX_STATEMENT_CHARS else sentence[: MAX_STATEMENT_CHARS - 1].rstrip() + "…"


def strongest(statements: list[str], count: int) -> list[str]:
    """The `count` statements that say most (a result and a figure first), in their order."""
    if len(statements) <= count:
        return statements
    ranked = sorted(range(len(statements)), key=lambda i: -highlight_strength(statements[i]))[:count]
    return [statements[i] for i in sorted(ranked)]


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
_COMMITMENT_CUE = re.compile(
    r"\b(?:will|'ll|going\s+to|gonna|let\s+me|let's|can\s+you|could\s+you|would\s+you|please|need\s+you\s+to|"
    r"action|todo|to-do|take\s+(?:it|that|this)|on\s+it|on\s+me|i've\s+got\s+(?:it|this)|owner|owns|assigned?|"
    r"follow\s+up|by\s+(?:the\s+)?(?:next\s+|this\s+)?(?:\w+day|week|month|end|eod|eow|tomorrow))\b",
    re.IGNORECASE,
)


def sounds_like_commitment(text: str) -> bool:
    """Whether a line could hold a commitment at all (a promise, a request, an action
    marker, a deadline): a model's item on a line with none of these is not kept."""
    return bool(_COMMITMENT_CUE.search(text) or FIRST_PERSON.search(text) or REQUEST.search(text))


MONOLOGUE_WORDS = 40
"""A single speaker's turn this long is a call someone gave alone (a converted transcript
joins their cues into one line), not a stray "Note: ..." line."""


def looks_like_a_meeting(meeting: Meeting, summary: MeetingSummary) -> bool:
    spoken = [line for line in meeting.lines if line.speaker]
    return bool(
        len(spoken) >= 2
        or any(len(line.text.split()) >= MONOLOGUE_WORDS for line in spoken)
        or summary.action_items
        or summary.okr_updates
        or summary.decisions
        or summary.blockers
        or any(line.text.lower().startswith(("attendees", "participants")) for line in meeting.lines)
    )


def summarise_offline(
    meeting: Meeting,
    meeting_date: Date,
    *,
    people: Sequence[str] = (),
    conversation: str | None = None,
    title: str | None = None,
) -> MeetingSummary:
    return Extractor(meeting.without_instructions(), meeting_date, people).summary(conversation, title)
