"""The offline summary: deterministic extraction of the commitments of a meeting (its
action items), every item with the line it came from; the rest of the summary (OKR
updates, blockers, decisions, highlights) is read by `facts.py`.

Owners: the speaker for a first-person commitment ("I'll send it"); the person addressed
for a request ("Sam, can you ...", or the other person of a two-person meeting), kept only
when it has a date or the reply accepts it; the named person for "Sam will ..." or
"Action: Sam to ...". Nobody else is ever made an owner: an item whose owner cannot be
told is left unassigned for the user to fill in."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date as Date

from coach.core.text import STOP_WORDS, normalise, sentences, words
from coach.summary.cues import (
    ANSWERED_SENTENCES,
    AS_NEEDED,
    AT_REQUEST,
    CONDITIONAL,
    DO_THAT,
    FIRST_PERSON,
    HE_OR_SHE,
    HEADING,
    LEFT_FOR,
    MARKDOWN_LINK,
    MARKER,
    NEED_TO_DO,
    NOT_AN_ITEM,
    NOT_MINUTES,
    OTHER_SECTION,
    PAGE_PARTS,
    PREVIOUS_ACTIONS,
    RECAP,
    REQUEST,
    SECTION,
    STATUS,
    TOPIC_HEAD,
    WE_WILL,
)
from coach.summary.facts import (
    OKR_SECTION,
    RECORDED_DECISION,
    fact_kinds,
    highlight_strength,
    okr_update,
    overview_line,
    running_the_call,
    status_said,
)
from coach.summary.lexicon import known_word
from coach.summary.meeting import TOPIC_LINE, Line, Meeting
from coach.summary.merge import merge_items, restated
from coach.summary.models import ActionItem, MeetingSummary, OKRUpdate
from coach.summary.names import BULLET, a_name
from coach.summary.reader import NOTE_TAKER, Draft
from coach.summary.spoken import SentenceReaders
from coach.summary.wording import (
    antecedent,
    is_talk,
    is_task,
    plain_speech,
    with_its_point,
    with_when_said_after,
    without_fillers,
)

_A_TITLE = re.compile(
    r"(?![^.!?]*\b(?:is|are|was|were|will|would|has|have|had|did|does|do|can|could|should|agreed|decided|need|needs)\b)"
    r"[^.!?:]{3,80}",
    re.IGNORECASE,
)
"""A point that names what its points discuss, with no verb of its own: "Discussion about Wiby",
"Diagnostic WG mission"."""
_STARTED_AGAIN = re.compile(r"(?<=…)\s+(?=I(?:'ll|\s+will)\b)|(?<=\.\.\.)\s+(?=I(?:'ll|\s+will)\b)")
"""Where speech breaks off and starts a promise of its own: "If not, I can… I will also share
this, async": two sentences, the first a case left unfinished."""
_NAME_LABEL = re.compile(r"^(?P<who>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*(?::|\s[-–—])\s+(?P<task>\S.*)$")
_AGENDA_HEADING = re.compile(r"^(?P<level>#{1,6})\s+\**agenda\b", re.IGNORECASE)
_NOTES_HEADING = re.compile(r"^#{1,6}\s+\**(?:meeting\s+)?(?:notes|minutes)\b", re.IGNORECASE)


def planned_lines(meeting: Meeting) -> set[int]:
    """The lines of an agenda that comes before the meeting's notes in the same file ("##
    Agenda items" … "## Meeting notes"): what was planned, with last time's actions read out,
    not what was said. An agenda with no notes after it is where the minutes are written."""
    notes = next((line.number for line in meeting.lines if _NOTES_HEADING.match(line.text)), None)
    planned: set[int] = set()
    level = 0  # the agenda heading's level while under it, else 0
    for line in meeting.lines[: (notes or 1) - 1]:
        if heading := re.match(r"^(#{1,6})\s", line.text):
            agenda = _AGENDA_HEADING.match(line.text)
            level = len(agenda.group("level")) if agenda else (level if level and len(heading.group(1)) > level else 0)
            continue
        if level:
            planned.add(line.number)
    return planned


def self_assigned(draft: Draft) -> bool:
    """ "assign it to me", "assign myself": taking the task, said in the words of the tracker."""
    if not (assign := _ASSIGN.match(draft.task)):
        return False
    rest = draft.task[assign.end() :].lower()
    return any(
        rest.startswith(who) and not re.match(r"\w", rest[len(who) : len(who) + 1])
        for who in ("me", "myself", (draft.owner or "me").lower())
    )


_ASSIGN = re.compile(r"assign\s+(?:(?:it|this|that|them)\s+to\s+)?", re.IGNORECASE)


_TODO_FOR = re.compile(rf"\(\s*{LEFT_FOR}(?P<who>[\w' -]{{2,40}}?)\s*\)\s*\.?$", re.IGNORECASE)
"""A note's own "(Todo reminder for Min)" after what is left to someone."""


_ASKED_IF = re.compile(
    r"^\s*(?:if|in\s+case)\b.*\b(?:please|let\s+me\s+know|ping\s+me|dm\s+me|message\s+me|email\s+me|reach\s+out|contact\s+me|tell\s+me)\b",
    re.IGNORECASE,
)
"""A condition put to the listeners: "If new clients don't have access, please DM me." """
_ASSIGNING = re.compile(r"assign|=>|⇒|→|\b(?:can|could|would)\s+you\b", re.IGNORECASE)
"""What a line handing out its task by name cannot lack ("…; assign to BW", "… => Gael", "…, @min - can you
do this"): the names pattern is compiled only for such a line."""
_REPORTS = re.compile(r"\b(?:reports?\s+and\s+celebrations|celebrations|shout-?outs|kudos)\b", re.IGNORECASE)
"""A heading of news and thanks: "## Reports and celebrations"."""
_MAYBE_OTHERS = re.compile(
    r",\s*(?:(?:hopefully|maybe|possibly|perhaps|ideally)\s+[^,]{1,40}?|(?:and\s+)?(?:maybe\s+)?(?:some\s+)?others?)"
    r"(?=,|\s+(?:will|to|should)\b)|,(?=\s+(?:will|to)\s)",
    re.IGNORECASE,
)
"""Who may join, beside the owners of an action: "Myles, James, Michael, hopefully Fedor and
Shigeki, maybe others, will talk about this"."""
_DONE_THERE = re.compile(
    r"\(\s*(?:already\s+)?(?:sent|done|shared|posted|completed|fixed|merged|filed|opened)"
    r"(?:\s+(?:during|in|on|at)\s+(?:the\s+)?(?:call|meeting))?\s*\)\s*[.!]?$|"
    r"\((?:\w+\s+)?(?:is\s+|are\s+)?now\s+(?:here|open|up|done|filed|merged)\b[^)]*\)\s*[.!]?$",
    re.IGNORECASE,
)
"""A task the notes mark as done there and then: "(sent during call)", "(done)"."""
_REPORT_BACK = re.compile(r"^let\s+\w+(?:\s+\w+)?\s+know\s+(?:as\s+soon\s+as|when|once|after)\b", re.IGNORECASE)
"""Word sent when a thing promised is done: part of that promise, not a task of its own."""


def _things(task: str) -> set[str]:
    """The words of a task that name something ("PR" too), for telling two tasks about one thing."""
    return {w for w in words(task) if w not in STOP_WORDS and len(w) > 1}


_THEN_I = re.compile(r"^\s*(?:then\s+|and\s+)?I(?:'ll|\s+will|\s+can)\s", re.IGNORECASE)
"""What the speaker says next is what they do in that case: "I will provide you the access"."""


class Extractor(SentenceReaders):
    @functools.cached_property
    def planned(self) -> set[int]:
        """The agenda's lines, read neither for items nor for facts."""
        return planned_lines(self.meeting)

    def listed_items(self, line: Line, text: str) -> list[Draft]:
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
        if draft.owner is None and (bracketed := self.bracketed_owner(line, text)):
            return [bracketed]
        if draft.owner is None and (named := self.named_by_label(line, text)):
            return [named]
        if draft.owner is None and (later := self.named_later(line, text)):
            return [later]
        if draft.owner is None and not line.checkbox and (prose := self.read_as_prose(line, text)):
            return prose
        if draft.owner is None:
            self.ownerless.append((line.number, text))
            return []
        return [draft]

    def _done_there(self, draft: Draft) -> bool:
        """A task the notes mark done in brackets after it: "(sent during call)", "Will take action to
        create PR to add that in. (PR is now here: #70)"."""
        if _DONE_THERE.search(draft.task):
            return True
        said = sentences(self.meeting.line(draft.line).text)
        return bool(said) and bool(_DONE_THERE.search(said[-1])) and draft.evidence.strip()[:30] in " ".join(said[-2:])

    def read_as_prose(self, line: Line, text: str) -> list[Draft]:
        """A point under "Next steps" that names its owner the way the notes' prose does ("Jory
        land this as stage 2, put out a poll", "Myles asked…, but will ask again next
        meeting", "(will provide link)"): read as the notes' other lines are, owned drafts only."""
        lead = self._leading_name.match(text)
        self._subject = line.speaker or (self.canonical(lead.group("who")) if lead else None)
        if not self._subject:
            return []
        self._before, self._sentence = "", ""
        found = [d for sentence in sentences(text, semicolons=True) for d in self.spoken_items(line, sentence)]
        return [d for d in found if d.owner]

    def named_later(self, line: Line, text: str) -> Draft | None:
        """ "We need a proposal for how this works - MDawson will take the first draft": a need,
        then who takes it, in a clause of its own."""
        for clause in self.clauses(text)[1:]:
            if (draft := self.explicit_item(line, clause)) is not None and draft.owner:
                return draft
        return None

    def bracketed_owner(self, line: Line, text: str) -> Draft | None:
        """A point of next steps with its owner in brackets: "Write down the requirements
        (Tobie will open a new issue to discuss that: [#786](…))" is Tobie's issue to open;
        "Outreach (Robin volunteered) to clarify…" is Robin's outreach."""
        plain = MARKDOWN_LINK.sub(r"\g<text>", text)
        if match := self._bracketed_owner.search(plain):
            return self.explicit_item(line, f"{match.group('who')} to {match.group('task')}")
        if match := self._bracketed_volunteer.search(plain):
            rest = (plain[: match.start()] + plain[match.end() :]).strip()
            task, due = self.task_and_due(f"do the {rest[:1].lower()}{rest[1:]}", me=None, you=None)
            return (
                Draft(self.canonical(match.group("who")), task, due, line.text, line.number) if is_task(task) else None
            )
        return None

    def named_by_label(self, line: Line, text: str) -> Draft | None:
        """ "- Sam: send the deck by Monday" under "Action items" in notes with no attendee
        list: a name no dictionary knows, then the task, is that person's item."""
        labelled = _NAME_LABEL.match(text)
        if not labelled or not a_name(who := labelled.group("who")) or any(known_word(w) for w in who.split()):
            return None
        task, due = self.task_and_due(labelled.group("task"), me=None, you=None)
        return Draft(who, task, due, line.text, line.number) if is_task(task) else None

    def action_line(self, line: Line, text: str) -> list[Draft]:
        """An `Action:` line of minutes: one item per owner ("Travis and Sangwhan to ..."),
        an owner in brackets ("Remove util.p (Jeremiah to respond)"), or, with no owner, a
        follow-up rather than an item nobody owns. Several owners with a task each ("Ben to
        update the repo, and JF to update the tracking issue"; "Mark to coordinate with Brad. JF
        will create the tracking issue") make one item each; a sentence after them with no owner
        of its own ("Anyone interested should reach out to Brad") is not a task."""
        text = _MAYBE_OTHERS.sub("", text)  # "Myles, James, Michael, hopefully Fedor and Shigeki, maybe others, will…"
        parts = [p.strip() for s in sentences(text, semicolons=True) for p in self._named_clause.split(s) if p.strip()]
        if len(parts) > 1 and self._owner_first.match(parts[0]):
            return [d for part in parts if self._owner_first.match(part) for d in self.action_line(line, part)]
        if match := self._bracketed_owner.search(text):
            who, task = match.group("who"), match.group("task")
            drafts = [d for d in [self.explicit_item(line, f"{who} to {task}")] if d]
            rest = text[: match.start()].strip()
            if rest:
                self.ownerless.append((line.number, rest))
            return drafts
        if (match := self._owners_first.match(text)) and len(
            owners := self._one_name.findall(match.group("owners"))
        ) > 1:
            task = match.group("task")  # "Myles, Jory, Tobie will find time to…": one item each
            return [d for who in owners if (d := self.explicit_item(line, f"{who.lstrip('@')} to {task}"))]
        draft = self.explicit_item(line, text)
        if (
            draft is not None
            and draft.owner is None
            and _ASSIGNING.search(text)
            and (assigned := self._assigned_to.match(text))
        ):
            return self.assigned(line, assigned.group("task"), assigned.group("owners"))  # "…, @min - can you do this"
        if draft is not None and draft.owner is None and not line.speaker:
            named = self.named_in_sentences(line, text)
            if not named:
                self.ownerless.append((line.number, text))
            return named
        return [draft] if draft else []

    def named_in_sentences(self, line: Line, text: str) -> list[Draft]:
        """ "Next step: a meeting to write the spec; Sara to send out a doodle": the owner
        named in a later sentence of an action line."""
        drafts: list[Draft] = []
        before = ""
        for sentence in sentences(text, semicolons=True):
            match = self._owner_first.match(sentence) or self._named_to.search(sentence)
            task = antecedent(match.group("task"), before) if match else ""
            if match and (draft := self.explicit_item(line, f"{match.group('who')} to {task}")):
                drafts.append(draft)
            before = sentence
        return drafts

    def assigned(self, line: Line, task: str, owners: str) -> list[Draft]:
        """Minutes' "Create the project board; assign to BW" or "Moderating issue - assigned to
        JB, KB": the line's task for each person named."""
        found = [m.group(0).lstrip("@") for m in self._one_name.finditer(owners)]
        return [d for who in found if (d := self.explicit_item(line, f"{who} to {task.strip(' ;,-–—')}"))]

    def action_items(self) -> list[Draft]:
        drafts: list[Draft] = []
        self.item_lines: set[int] = set()
        in_section = False
        section_begun = False  # a blank line under "## Action items" before its list does not end it
        topic = 0  # which heading of the minutes the line is under
        discussed = ""  # the topic a log last turned to
        linked_last = False
        topics: dict[int, int] = {}  # an action line's topic, for lines outside an action-items list
        for line in self.meeting.lines:
            if line.folded or line.number in self.planned:
                continue  # the agenda sent before the meeting: last time's actions read out, topics
            if HEADING.match(line.text):
                topic += 1
                self._reporting = bool(_REPORTS.search(line.text))
            if not line.speaker and (turned_to := TOPIC_LINE.match(line.text)):
                if not linked_last:  # of several links posted in a row, the call takes the first first
                    discussed = turned_to.group("topic")  # "Topic: vocab issue #462": what "will comment" is on
                linked_last = True
            elif line.text:
                linked_last = False
            self._context = self.meeting.line(line.under).text if line.under else discussed
            self._in_the_call = not line.under and bool(discussed)  # a live log, not notes written after
            if not line.text:
                in_section = in_section and not section_begun
                continue
            if SECTION.match(line.text):
                in_section, section_begun = True, False
                continue
            section_begun = section_begun or in_section
            if (OTHER_SECTION.match(line.text) or (in_section and TOPIC_HEAD.match(line.text))) and not line.checkbox:
                in_section = False
            if line.checkbox or in_section or MARKER.match(line.text):
                self.item_lines.add(line.number)  # an item line, not a point of the notes
            if not line.speaker and not line.checked and (asked := AT_REQUEST.match(line.text)):
                who = self.canonical(asked.group("who")) or asked.group("who").capitalize()
                drafts += self.action_line(line, f"{who}: {asked.group('task')}")
                continue
            if line.checkbox:
                if not line.checked:
                    drafts += self.listed_items(line, line.text)
                continue
            if (todo := _TODO_FOR.search(line.text)) and (who := self.canonical(todo.group("who"))):
                task = BULLET.sub("", line.text[: todo.start()]).strip(" ;,")
                task = f"check: {task}" if task.endswith("?") else task  # a question left to someone
                drafts += self.action_line(line, f"{who}: {task}")
                continue
            if marker := MARKER.match(line.text):
                if not in_section:
                    topics[line.number] = topic
                text = marker.group("rest")
                who = (
                    marker.group("who")
                    or marker.group("named")  # "AI Dana: intro Sam to the data team"
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
            if PREVIOUS_ACTIONS.match(line.text):
                continue  # "Last week's AI: Jory to update the PR": read out again, not taken on now
            if (
                not self.meeting.transcript
                and _ASSIGNING.search(line.text)
                and (assigned := self._assigned_to.match(line.text))
            ):
                drafts += self.assigned(line, assigned.group("task"), assigned.group("owners"))
                continue
            self._subject = (
                line.speaker
                or ((lead := self._leading_name.match(line.text)) and self.canonical(lead.group("who")))
                or self._update_from(line.text)
                or None
            )
            self._before = ""
            self._recap = False
            said = sentences(line.text, semicolons=True)
            if self.meeting.transcript:  # captions start a sentence in lower case: "…doing now. if it breaks"
                said = [part for sentence in said for part in re.split(r"(?<=[a-z]{2}[.!?])\s+(?=[a-z])", sentence)]
                said = [  # "If not, I can… I will also share this": the case left unfinished, then a promise
                    part
                    for sentence in said
                    for part in (_STARTED_AGAIN.split(sentence) if CONDITIONAL.match(sentence) else [sentence])
                ]
                said = with_when_said_after(said, FIRST_PERSON)
            named: str | None = None  # the last person this line of minutes named, for its "he" or "she"
            doer: str | None = None  # who the last sentence of minutes was about, when it opened with a name
            for position, sentence in enumerate(said):
                sentence = NEED_TO_DO.sub(r"\1 ", sentence)  # "I'll need to re-run the CI"
                if self.meeting.transcript:
                    sentence = plain_speech(sentence)
                elif (pronoun := HE_OR_SHE.match(sentence)) and named:
                    sentence = f"{named}{sentence[pronoun.end() :]}"  # "Myles suggested a group. He will take it back"
                    self._subject = named
                elif doer and not line.speaker and re.match(r"will\s+[a-z]", sentence, re.IGNORECASE):
                    self._subject = doer  # "Ralph will begin the doc. Will talk with Fastly": Ralph again
                lead = None if self.meeting.transcript else self._leading_name.match(sentence)
                doer = self.canonical(lead.group("who")) if lead else None
                if not self.meeting.transcript and (
                    mentions := [m.group(0) for m in self._one_name.finditer(sentence)]
                ):
                    named = self.canonical(mentions[-1].lstrip("@")) or named
                self._answerable = position >= len(said) - ANSWERED_SENTENCES or self.asks_the_next_speaker(
                    line, sentence
                )
                self._opening = position < ANSWERED_SENTENCES
                if bargain := self.if_you_then_i(line, sentence):
                    drafts += bargain
                    continue
                if CONDITIONAL.match(sentence) or (
                    position and _ASKED_IF.match(said[position - 1]) and _THEN_I.match(sentence)
                ):
                    who = f"{line.speaker}: " if line.speaker else ""
                    promised = FIRST_PERSON.search(sentence)
                    if promised and self.meeting.transcript and is_talk(sentence[promised.end() :]):
                        continue  # "If there's any questions as well, I could answer those": the call, no plan
                    if not self.meeting.transcript or promised or WE_WILL.search(sentence):
                        self.ownerless.append((line.number, f"{who}{sentence}"))  # a plan for a case, not a commitment
                    continue  # in a call, "if you want to verify them, you can..." is no plan at all
                self._sentence = sentence
                self._recap = self._recap or bool(RECAP.search(sentence))
                if self.meeting.transcript and (gapped := self.handed_on(line, sentence)):
                    drafts.append(gapped)  # "…the Industrial Designer is going to work on X. And Marketing, Y."
                    continue
                found = []
                for number, clause in enumerate(parts := self.clauses(sentence)):
                    if number and DO_THAT.match(re.sub(r"^.*?\bwill\s+", "", clause)):
                        self._before = parts[number - 1]  # "Rafael, ask for volunteers - Rafael will do that"
                    found += self.spoken_items(line, clause)
                found = [
                    draft
                    for draft in found
                    if not (
                        _REPORT_BACK.match(draft.task)
                        and any(d.line == line.number and d.owner == draft.owner for d in drafts)
                    )
                ]  # "I'll raise the PR today … I'll let you know as soon as it's ready": one item
                self.note_handed(line, found)
                drafts.extend(found)
                self._before = sentence
        kept = []

        def apart(one: int, other: int) -> bool:
            """Two action lines of minutes are two actions, unless one repeats the other word for
            word under the same heading; so are the same words under two points of an outline
            ("I will review this PR." under each of two PRs)."""
            first, second = self.meeting.line(one), self.meeting.line(other)
            same_words = normalise(first.text) == normalise(second.text)
            if first.under and second.under and first.under != second.under and same_words:
                return True
            if one not in topics or other not in topics:
                return False
            return topics[one] != topics[other] or not same_words

        merged = merge_items(drafts, apart)
        for draft in restated(merged, self.item_lines):
            if self_assigned(draft) and any(
                other is not draft and other.line == draft.line and other.owner == draft.owner for other in merged
            ):
                continue  # "I'll assign it to me. And I'll do it in the same pass": the work is the item
            if self._answered_in_own_words(draft, merged) or self._done_there(draft):
                continue  # "Will provide a template to Jory (sent during call)": done already
            if draft.owner is None and not draft.listed:
                self.ownerless.append((draft.line, draft.evidence))  # nobody to hold to it: a follow-up
            elif AS_NEEDED.search(draft.task) and "," not in draft.task:  # not "review it, ping them if needed"
                first, joined, then = draft.task.partition(" and ")
                if joined and is_task(first) and is_task(then):  # "tally votes … and generate PRs if appropriate"
                    draft.task = first  # the tally is promised; only the PRs wait on the case
                    kept.append(draft)
                else:
                    self.ownerless.append((draft.line, f"{draft.owner}: {draft.evidence}"))  # "Will re-add when needed"
            else:
                kept.append(draft)
        return kept

    def _answered_in_own_words(self, draft: Draft, drafts: Sequence[Draft]) -> bool:
        """A task handed to someone who answers it with a promise of their own about the same
        thing ("you will have to work on the PR that I made" / "I'll create a PR on top of
        your PR today"): the answer is the item, said by its owner."""
        said_by = self.meeting.line(draft.line).speaker if self.meeting.transcript else None
        if not said_by or not draft.owner or said_by == draft.owner:
            return False
        reply = self.meeting.next_turn(draft.line)
        if reply is None or reply.speaker != draft.owner:
            return False
        handed = _things(draft.task)
        return any(
            other.line == reply.number and other.owner == draft.owner and handed & _things(other.task)
            for other in drafts
        )

    def _proposed_before(self, line: Line) -> str | None:
        """The proposal a bare "that's decided" settles: the last one in the few turns before."""
        for earlier in reversed(self.meeting.before(line.number, 4)):
            proposals = [s for s in sentences(earlier.text) if _PROPOSED.search(s) and not s.endswith("?")]
            if proposals:
                said = without_fillers(proposals[-1]).rstrip(" .!")
                return re.sub(r"^(?:(?:okay|ok|so|right|well)[,\s]+)+", "", said, flags=re.I).rstrip(",")
        return None

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
        itemised = {normalise(item.evidence) for item in items}
        itemised_lines = {item.line for item in items}
        first_turn = next((line.number for line in self.meeting.lines if line.speaker), 0)
        under: str = ""  # the heading the line is under
        listing = False  # in the block under a plain "Contents" or "Regrets" line of a page
        points = {line.under for line in self.meeting.lines if line.under}  # the points with points under them
        for line in self.meeting.lines:
            if HEADING.match(line.text):
                under = line.text
                continue  # "### Shift meeting time by two hours" names a topic; it says nothing
            if PAGE_PARTS.match(line.text):
                listing = True
                continue
            if listing and not line.text and not line.folded:
                above = self.meeting.before(
                    line.number, 1
                )  # the blank line right after the label does not end its block
                listing = bool(above) and PAGE_PARTS.match(above[-1].text) is not None
                continue
            if listing or line.number in self.item_lines or NOT_MINUTES.match(under) or line.number in self.planned:
                continue  # the agenda, links and the check-in list are not what the meeting said
            if self.meeting.transcript and not line.speaker and line.number < first_turn and _FIELD.match(line.text):
                continue  # a call's notes open with fields ("Meeting Duration: 32 minutes"): nothing said
            found: dict[str, list[str]] = {}
            updated: OKRUpdate | None = None
            retold = False
            for sentence in sentences(line.text, semicolons=True):
                if len(sentence) < 8 or sentence.endswith("?"):
                    continue
                earlier = [e.text for e in self.meeting.before(line.number, 3)]
                kinds: set[str] = set()
                if update := okr_update(
                    sentence,
                    line.number,
                    earlier,
                    spoken=self.meeting.transcript,
                    section=bool(OKR_SECTION.search(under)),
                ):
                    okrs.append(update)
                    updated = update
                    kinds.add("highlights")  # an update is not said again as a highlight
                elif updated is not None and updated.status == "unknown" and status_said(sentence) != "unknown":
                    updated.status = status_said(sentence)  # "at 31%, target is 40%. We're at risk."
                    updated.evidence = f"{updated.evidence} {sentence}"
                point = not self.meeting.transcript and line.bullet and not SECTION.match(line.text)
                if line.number in itemised_lines and normalise(sentence) in itemised:
                    kinds.add("highlights")  # "Andy to merge and call for a vote" is its item, not a highlight too
                if _SETTLED.match(sentence) and (proposed := self._proposed_before(line)):
                    found.setdefault("decisions", []).append(f"{proposed} (agreed)")  # "Then that's decided."
                    retold = True
                    continue
                if point and line.number in points and _A_TITLE.fullmatch(sentence):
                    kinds.add("highlights")  # "Discussion about Wiby" over what was said about it: a title
                for kind in fact_kinds(sentence, point=bool(point), spoken=self.meeting.transcript) - kinds:
                    found.setdefault(kind, []).append(sentence)
            for name in sorted(found):
                # only the sentences of that kind: a progress line that also names a slip is a
                # highlight for one sentence and a blocker for the other, not both twice; and
                # of a long turn of a call, only those sentences, never the whole monologue
                whole = len(found) == 1 and updated is None and len(line.text) <= MAX_STATEMENT_CHARS and not retold
                whole = whole and not (self.meeting.transcript and "?" in line.text)  # "…do you see my screen?"
                said = [line.text] if whole else [shortened(t) for t in found[name][:MAX_SENTENCES_PER_TURN]]
                if whole and self.meeting.transcript:  # "OK let's start." and "Great." run the call
                    said = [
                        " ".join(
                            s
                            for s in sentences(line.text, semicolons=True)
                            if s in found[name]
                            or (len(s.split()) > 3 and not _PRESENTING.match(s) and not running_the_call(s))
                        )
                    ]
                if self.meeting.transcript:  # "Um, one thing, I'd like to present…": the sounds go
                    said = [without_fillers(text) for text in said]
                statement = " ".join(said)
                if point and line.under and not line.speaker:  # "Closed, no further action required": of what
                    statement = with_its_point(statement, self.meeting.line(line.under).text)
                lists[name].append(f"{line.speaker}: {statement}" if line.speaker else statement)
        recorded = [line.text for line in self.meeting.lines if RECORDED_DECISION.match(line.text)]
        if recorded:
            lists["decisions"] = recorded
        if self.meeting.transcript:
            long_call = sum(1 for line in self.meeting.lines if line.speaker) >= LONG_CALL_TURNS
            lists["highlights"] = strongest(lists["highlights"], MAX_SPOKEN_HIGHLIGHTS, at_least=int(long_call))
        elif len(lists["highlights"]) > MAX_NOTES_HIGHLIGHTS:
            lists["highlights"] = weightiest(lists["highlights"], MAX_NOTES_HIGHLIGHTS)
        lists = {kind: list(dict.fromkeys(said)) for kind, said in lists.items()}  # a line said twice is listed once
        named = [*self.participants, *(i.owner for i in items if i.owner and i.owner != NOTE_TAKER)]
        participants = list(dict.fromkeys(self.canonical(p) or p for p in named))  # "Sarah D" is Sarah Dietrich
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
_FIELD = re.compile(r"^[A-Z][\w/ -]{1,30}:\s")
_PRESENTING = re.compile(
    r"^(?:(?:so|okay|ok|right|now|um+|uh+|well|yeah)[,\s]+)*I(?:'m|\s+am)\s+(?:going\s+to|gonna)\s+(?:present|share|show|talk|go\s+through)\b[^.]{0,30}[.!]?$",
    re.IGNORECASE,
)
"""A sentence that only says a talk begins ("I'm going to present now."): not part of what it tells."""
_SETTLED = re.compile(
    r"^(?:(?:good|great|ok(?:ay)?|so|then|right|fine|alright)[,.!\s]+)*(?:that's|that\s+is|it's|it\s+is)\s+"
    r"(?:settled|decided|agreed)(?:\s+then)?\s*[.!]?$",
    re.IGNORECASE,
)
"""A decision that names nothing ("Good. Then that's decided."): what it settles was proposed before."""
_PROPOSED = re.compile(
    r"\b(?:we(?:'ll|\s+will)?\s+go\s+(?:for|with)|let's\s+(?:go\s+(?:for|with)|use|keep|make|have|do)|"
    r"we(?:'re)?\s+(?:going|sticking)\s+with|we\s+should|I\s+(?:suggest|propose)|so\s+we\s+(?:use|keep|make|do|take))\b",
    re.IGNORECASE,
)


def shortened(sentence: str) -> str:
    return sentence if len(sentence) <= MAX_STATEMENT_CHARS else sentence[: MAX_STATEMENT_CHARS - 1].rstrip() + "…"


LONG_CALL_TURNS = 40
"""A call this long keeps only highlights that say something (a result or a figure); a short
1:1 keeps "I'm frustrated with the reviews" too."""


MAX_NOTES_HIGHLIGHTS = 10
"""Long minutes' highlights: the points that settle or report something, not every bullet."""
_AGREED_OR_DONE = re.compile(
    r"\b(?:agreed|agreement|consensus|no\s+objections?|approved|decided|resolved|landed|merged|released|shipped|"
    r"proposes?|recommend(?:s|ed)?|plan(?:s|ned)?\s+(?:is|to)|next\s+steps?|deadline|by\s+\w+day)\b",
    re.IGNORECASE,
)
_MUSING = re.compile(
    r"^(?:\w+\s+)?(?:believe|think|thinks|seems?|maybe|perhaps|possibly|wonder|not\s+sure)\b", re.IGNORECASE
)


def weightiest(points: list[str], count: int) -> list[str]:
    """The `count` points of notes that say most — a result or a figure, something agreed or
    proposed — before the ones that muse ("Jory seems like maybe some research…"), in order."""

    def weight(point: str) -> int:
        return 2 * highlight_strength(point) + 2 * bool(_AGREED_OR_DONE.search(point)) - bool(_MUSING.match(point))

    ranked = sorted(range(len(points)), key=lambda i: -weight(points[i]))[:count]
    return [points[i] for i in sorted(ranked)]


def strongest(statements: list[str], count: int, *, at_least: int = 0) -> list[str]:
    """The `count` statements that say most (a result and a figure first), in their order,
    none weaker than `at_least`."""
    strength = [highlight_strength(s) for s in statements]
    kept = [i for i in range(len(statements)) if strength[i] >= at_least]
    ranked = sorted(kept, key=lambda i: -strength[i])[:count]
    return [statements[i] for i in sorted(ranked)]


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
        or any(_CALLS_ITSELF_MINUTES.search(line.text) for line in meeting.lines[:MINUTES_TITLE_LINES])
    )


MINUTES_TITLE_LINES = 12
"""How far down a page may say it is minutes (a front-matter title, a heading)."""
_CALLS_ITSELF_MINUTES = re.compile(
    r"\bmeeting\s+(?:minutes|notes)\b|^(?:#{1,3}\s|title:\s).*\b(?:minutes|meeting)\b|"
    r"^#{0,3}\s*(?:present|attendees|participants|roll\s+call)\s*:?\s*$",
    re.IGNORECASE,
)
"""A page that says it is minutes ("Weekly Meeting Minutes 2020-11-20", "# … Council Meeting
2021-05-25", "## Present"): minutes, even with nothing to act on in them."""


def summarise_offline(
    meeting: Meeting,
    meeting_date: Date,
    *,
    people: Sequence[str] = (),
    conversation: str | None = None,
    title: str | None = None,
) -> MeetingSummary:
    return Extractor(meeting.without_instructions(), meeting_date, people).summary(conversation, title)
