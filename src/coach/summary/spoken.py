"""Reading one sentence of a meeting for commitments: a promise ("I'll send it Friday"), a
request and its answer, "you will" between two people, a bargain ("if you ..., I'll ..."), a
scribe's "Sam to ..." or "to be reviewed by Ines", and what only sounds like one."""

from __future__ import annotations

import re

from coach.core.text import may_be_a_name, sentences, words
from coach.summary.cues import (
    ACCEPT,
    ADVERBS,
    AGENDA,
    BARE_CHECK,
    BUT_I_CAN,
    BUT_I_WILL,
    CASE_AFTER,
    COMMITTING,
    DEPENDS_ON,
    DO_THAT,
    DOUBT,
    DUMMY_IT,
    DURING_THE_CALL,
    FINDING_OUT,
    FINISHING,
    FIRST_PERSON,
    GET_IT_DONE,
    GROUP_ADDRESSED,
    HAVE_A_THING,
    HEDGED_AFTER,
    I_WILL_ALONE,
    IF_YOU,
    IN_A_CASE,
    IN_AN_IF,
    IN_TOUCH,
    LATER,
    LATER_CLAUSE,
    LEAVE_IT_WITH_ME,
    LET_ME,
    MY_OWN_THING,
    NEED_FROM_YOU,
    NEEDED_NOT_DONE,
    NEEDING,
    NEW_SUBJECT,
    NOT_A_TASK,
    NOT_A_VERB,
    NOT_DOING,
    NOT_SURE,
    NOT_YET,
    NOUN_PHRASE,
    NOUN_TAIL,
    OBJECT_BEFORE,
    OFFER_TAKEN,
    OFFERED,
    ON_THE_SPOT,
    OWN_SIDE,
    PASSIVE,
    PERSON_NAMED,
    PERSON_OBJECT,
    PHRASAL_PRONOUN_OBJECT,
    PLANNING_ALONE,
    PRONOUN_OBJECT,
    RECEIVING,
    REPORTED,
    REQUEST,
    SAME_AGAIN,
    SECOND_PERSON,
    SEVERAL,
    SHOULD_DO,
    SOMEONE,
    SOON,
    STILL_TO_DO,
    SUBJECTLESS,
    SUMMED_UP,
    TASK_VERBS,
    THANKED,
    THAT_DONE,
    THEN_AND,
    THERE_AND_THEN,
    TIME_PERMITTING,
    UNDER_WAY,
    WE_WILL,
    WEAK_CUES,
    WHETHER,
    WILL_DO,
    YOU_DO,
    YOU_SHOULD,
)
from coach.summary.dates import find_due
from coach.summary.lexicon import known_word
from coach.summary.meeting import Line
from coach.summary.names import NAMES_APART
from coach.summary.reader import BETWEEN_NAMES, Draft, MeetingReader
from coach.summary.wording import (
    MAX_ADDRESSEES,
    antecedent,
    asks,
    base_form,
    base_of_participle,
    content_words,
    first_verb,
    is_talk,
    is_task,
    plain_speech,
    progressive_to_base,
)

_NAMED_AFTER = re.compile(r"\s*\((?P<names>[^()]{2,60})\)\s*[.!]?\s*$")


_PARTICLE = re.compile(r"^\s+(?P<particle>out|up|over|through|back|down|off)\b(?P<rest>.*)$", re.IGNORECASE)


_ASKED_FOR = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|someone|somebody|anyone)\s+(?:please\s+)?(?:also\s+)?|"
    r"\b(?:someone|somebody|you|we|(?:a|an)\s+(?!lot\b|bit\b)[a-z]+(?:\s+there)?,?(?:\s+just)?)\s+"
    r"(?:(?:should|must)(?:\s+also)?|(?:need|needs|have|has)\s+to)\s+",
    re.IGNORECASE,
)
"""What the turn before asked for: "somebody should also check the microphone", "can you look at the
logs", "a maintainer there just needs to run the workflows"."""


_PEOPLE_VERB = re.compile(
    r"(?:ask|tell|email|e-mail|ping|call|phone|remind|contact|chase|inform|notify|warn|thank|invite|nudge|"
    r"check\s+with|talk\s+(?:to|with)|speak\s+(?:to|with)|follow\s+up\s+with|reach\s+out\s+to|get\s+back\s+to)$",
    re.IGNORECASE,
)
"""What one does to people, never to a thing: "ask them" is never "ask the speech recognition thing"."""
_GROUP = re.compile(
    r"\b(?:(?:the|our|their)\s+)?(?:management|leadership|the\s+board|(?:the\s+)?(?:client|customer|vendor|supplier|factory|"
    r"manufacturer|contractor|partner|agency)s?|HR|legal|finance|(?:the\s+)?(?:[A-Z]\w+|\w+)\s+team|(?:the\s+)?committee|"
    r"(?:the\s+)?(?:developers|designers|engineers|maintainers|reviewers|users|authors|organi[sz]ers)|"
    r"(?:the\s+)?[A-Z][\w-]+\s+(?:people|folks|devs|developers|maintainers|teams))\b"
)
"""People spoken of as a group: who "them" is after "we're waiting on management"."""
_A_THING_THAT = re.compile(
    r"\b(?:the|a|an|this|that|these|those|our|my|your)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:that|which)\s+$", re.I
)
"""A thing spoken of, then what someone will do to it: "the tool that Derek is going to show"."""
_SEEN_THERE = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|so|yeah|hmm|um|and)[,\s]+)*(?:I\s+(?:still\s+)?(?:don't|do\s+not|can't|cannot)\s+see|I\s+see\b|"
    r"(?:it\s+)?looks\s+like|nothing\s+in\s+the\s+chat|no\s+(?:one|hands|questions))",
    re.IGNORECASE,
)
"""What a speaker reports right after "I'll just double check": the check, done there and then."""
_WILL_IN_BRACKETS = re.compile(r"\(\s*will\s+(?P<task>(?-i:[a-z])[^()]{3,80})\)", re.IGNORECASE)
"""A promise the notes put in brackets after what someone said: "(will provide link with full list)"."""
_GAPPED_CUES = re.compile(r"(?=.*\b(?:will|going\s+to|gonna)\b|.*'ll\b)(?=.*(?:,|\band\b))", re.IGNORECASE)
"""What "the Designer will work on X, and Marketing on Y" cannot lack: a future and a second part."""
_LETS_HAVE_CUE = re.compile(r"\blet(?:'s|\s+us)\s+(?:have|get)\b", re.IGNORECASE)
_A_VOTE = re.compile(r"\b(?:vote|voting|poll|ballot)\b", re.IGNORECASE)
_A_PAIR = re.compile(r"(?P<one>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+and\s+(?P<other>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")
_AND_I = re.compile(r"(?<![\w'])(?P<who>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+and\s+$")
"""Someone named beside "I" as the subject: "Tobie and I will…"."""
_TOGETHER = re.compile(
    r"(?:get|come|sit|pair|team)\s+(?:up\s+|down\s+)?together\b|(?:meet|sync(?:\s+up)?|pair|work)\b", re.I
)
"""What two people do with each other, where the other one is named: "get together with Tobie"."""
_NOT_YET_NOTED = re.compile(
    r"\b(?:I\s+|he\s+|she\s+)?(?:haven't|have\s+not|hasn't|has\s+not)\s+(?P<verb>\w+)\s+(?P<thing>[^,.;()]{2,60}?)\s+yet\s*"
    r"\(\s*(?:but\s+)?will(?:\s+(?:do|soon|shortly|later|this\s+week))?\s*\)",
    re.IGNORECASE,
)
"""Notes that say a thing is not done yet and, in brackets, that it will be: "Haven't opened any issues yet (will soon)"."""
_TO_THEM = re.compile(
    r"^(?P<verb>reach\s+out\s+to|talk\s+(?:to|with)|speak\s+(?:to|with)|get\s+back\s+to|follow\s+up\s+with|check\s+with)"
    r"\s+(?P<pronoun>them)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
"""People reached through a particle: "reach out to them", "follow up with them"."""
_IN_THE_CALL = re.compile(r"\b(?:in|into|to)\s+the\s+(?:zoom\s+)?chat\b|\bright\s+now\b", re.IGNORECASE)
"""A reply that does it there and then: "Yeah, I'll ping it through in the chat"."""
_REASONS_THEN_WILL = re.compile(
    r"^(?![^;]*\b(?:if|whether|when)\b[^;]*\bwill\b)\w+ing\s+(?:towards?|to|about|with|on|that|for|from|in|at|into|over|back)\b[^;]{0,160}?"
    r"(?<!\bit)(?<!\bthey)(?<!\bwe)(?<!\bI)(?<!\bhe)(?<!\bshe)(?<!\byou)(?<!\bthis)(?<!\bthat),?\s+will\s+"
    r"(?!(?:there|it|this|that|we|you|they|he|she|i|anyone|someone|be)\b)(?P<task>(?-i:[a-z])\w.+)$",
    re.IGNORECASE,
)
"""A scribe's line that gives the speaker's reasons before their promise, with no subject for it."""
_THE_MINUTES = re.compile(
    r"(?:do|take|post|upload|publish|clean\s+up|write\s+up)\s+(?:the\s+)?(?:minutes?|mins|notes)\b", re.IGNORECASE
)
_ASSIGNED_MYSELF = re.compile(r"\b(?:assigned|assigning)\s+(?:myself|me)\b|^\s*assign\s+me\b", re.IGNORECASE)
"""Taking an issue on there and then: "assigned myself", a scribe's "assign me, let's come back"."""
_A_DOING_VERB = re.compile(
    rf"(?:{TASK_VERBS}|ask|look|raise|comment|follow|take|do|make|try|get|run|test|find|put|move|talk|call|work|"
    r"propose|implement|clean|reach|write|read|start|finish|think|bring|fill|give|leave|tell|let)\b",
    re.IGNORECASE,
)
"""What "going to" may be followed by when it promises: a verb of doing, not where the agenda goes."""
"""Minutes a participant offers to take or post: said, it is taken on."""
_NEXT_TIME = re.compile(
    r"\b(?:next\s+(?:week|month|time|call|meeting|monday|tuesday|wednesday|thursday|friday)|tomorrow|"
    r"(?:on|at|by|in|for)\s+the\s+next\s+(?:call|meeting|one))\b",
    re.IGNORECASE,
)
"""A time after the call, named outright: it makes "give an update" a promise, not the call's running."""
_THERE_WILL_BE = re.compile(
    r"^\s*(?:(?:so|and|but|yeah|okay)[,\s]+)*there(?:'s|\s+is|\s+are|\s+will\s+be|'ll\s+be)\s+"
    r"(?P<thing>(?:some|a|an|the|more|a\s+few)\s+[\w' -]{2,40}?)(?=\s*[,.;]|\s+(?:in|for|to|that|which|coming)\b|\s*$)",
    re.IGNORECASE,
)
"""A thing a turn opens by saying there will be ("There will be some spec changes"): what "it" is next."""
_VERB_THEN_OBJECT = re.compile(
    r"^(?P<verb>[a-z]+(?:\s+(?:on|at|to|with|for|into|about|up|out))?)\s+(?=(?:the|a|an|some|their|his|her|our)\b)",
    re.IGNORECASE,
)
"""A handed task's verb and where its object starts: "work on | the working design"."""
HANDED_ON_TURNS = 4
"""How many turns on a speaker's "And Marketing, the user requirements" still takes the verb they handed out."""
_PREPOSITIONS = r"(?:at|on|into|for|with|about|to)"
_PREPOSITION_FIRST = re.compile(rf"{_PREPOSITIONS}\b", re.IGNORECASE)
_PREPOSITION_LAST = re.compile(rf"\s+{_PREPOSITIONS}$", re.IGNORECASE)
"""Where a piece of work opens with the verb's preposition ("on the interface"), or a verb ends with one ("work on")."""
_CHECKING_TAG = re.compile(r",?\s*(?:right|correct|yeah|yes|okay|ok|is\s+that\s+right)\s*\?\s*$", re.IGNORECASE)
"""A question that only checks one's own part ("I'll take the budget, right?"): a yes makes it said."""
_ASKED_WHO = re.compile(
    r"(?:anybody|anyone|somebody|someone|everybody|everyone|you|we|they|he|she|it|people|this|that|there)\b",
    re.IGNORECASE,
)
"""What follows a sentence's opening "will" when it asks: "Will anybody object…", "will you…"."""
CHECKED_WITHIN_TURNS = 3
"""How soon the one who said "I can check" may come back with the answer, checked in the call."""
_ANSWER = re.compile(
    r"^(?:(?:yeah|yes|yep|no|okay|ok|so)[,.\s]+)+(?:we|it|they|that|this|there)(?:'s|'re|\s+\w+)", re.IGNORECASE
)
"""An answer given in the call: "Yeah, we have Quick enabled"."""
_DO_THIS_THEN = re.compile(
    rf"^do\s+(?:this|that|it)(?P<when>(?:\s+[^,]{{1,40}})?),\s+(?P<task>(?:{TASK_VERBS})\b[^,]+)", re.IGNORECASE
)
"""A "this" said first and named right after: "I'll do this in the next couple of weeks, open the PR with the metrics"."""
_IN_A_MOMENT = re.compile(r"\bin\s+(?:just\s+)?a\s+(?:minute|moment|sec(?:ond)?|jiffy)\s*$", re.IGNORECASE)
"""A task for the next minute of the call, not for after it."""
_ROOMS = re.compile(r"\bbreakout\s+rooms?\b|\bthe\s+rooms\s+(?:are|were)\b", re.IGNORECASE)
_ROOM_WORK = re.compile(r"(?:create|open|add|assign|move|put|set\s+up)\b", re.IGNORECASE)
"""Said about a call's breakout rooms, creating or filling them is the call's running."""
_OFFER_ASKED = re.compile(
    r"^(?:(?:so|and|um|uh|okay|ok|maybe|then)[,\s]+)*(?:shall\s+I|should\s+I|maybe\s+I\s+should|(?:do\s+)?you\s+want\s+me\s+to|would\s+you\s+like\s+me\s+to)\s+"
    r"(?P<task>(?-i:[a-z])[^?]+?)\s*\?$",
    re.IGNORECASE,
)
"""An offer asked as a question, which a "Yes please" takes up: "Shall I send you the trend report?"."""
_TRYING = re.compile(r"^(?:try|do)\s+(?:my\s+best\s+)?(?:to|and)\s+(?=\w)", re.IGNORECASE)
_YOU_HAVE_TO = re.compile(r"\byou\s+(?:(?:will\s+)?(?:have|need)\s+to|must)\s+", re.IGNORECASE)
"""What one named is told they must do: "Sam, you need to update the deck" (without a name, anyone's)."""
_WHEN_YOU_HAVE = re.compile(
    r"\b(?P<when>when|once|as\s+soon\s+as)\s+you(?:'ve|\s+have)?\s+(?:have|got|get)\s+(?P<what>them|those|it|that)\b",
    re.IGNORECASE,
)
"""The one asked, in their own task: "send me the numbers when you have them"."""


def _when_ready(found: re.Match[str]) -> str:
    """ "when you have them" -> "when they're ready": the task reads from the owner's side."""
    plural = found.group("what").lower() in ("them", "those")
    return f"{found.group('when')} {'they are' if plural else 'it is'} ready"


def _placed(verb: str, thing: str, rest: str) -> str:
    """The task with the thing in place of its pronoun, after a particle the pronoun stood
    before: "check it out" -> "check out the new build"."""
    if particle := _PARTICLE.match(rest):
        return f"{verb} {particle.group('particle')} {thing}{particle.group('rest')}"
    return f"{verb} {thing}{rest}"


def _mine_before(sentence: str, later: re.Match[str]) -> bool:
    """Whether the last subject before the `later` clause (", and will update…") is "I"
    ("Regarding the metrics, so I merged them into one dashboard, and will update the quick
    start this week"): the speaker's own next step."""
    subjects = re.findall(r"\b(I|we|you|he|she|they|it)(?:'m|'ve|\s+\w+)", sentence[: later.start()], re.I)
    if not subjects:  # a scribe's "nudging self, will look into this soon", "ready for PR, will do the work"
        before = sentence[: later.start()].strip()
        return bool(re.match(r"\w+ing\b", before)) or (
            1 <= len(before.split()) <= 3 and not re.match(r"(?:and|so|but|then|or)\b", before, re.I)
        )
    return subjects[-1] == "I"


_NO_VERB_AFTER_TO = re.compile(
    r"to\s+(?:this|that|these|those|the|an?|me|us|him|her|them|date|be\s+(?:honest|fair|clear|sure))\b", re.IGNORECASE
)
"""A sentence that opens with "to" and no verb after it: "To this end, …", "To be fair, …"."""


_ONE = r"@?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
_NAMES_FIRST = re.compile(
    rf"(?:^|(?<=[\s,]))(?:the\s+)?(?P<owners>{_ONE}(?:\s*{BETWEEN_NAMES}\s*(?:the\s+)?{_ONE}){{1,5}})\s+"
    rf"(?:from\s+(?:the\s+)?[\w.&-]+(?:\s+[\w.&-]+)?\s+)?(?:are\s+)?(?P<cue>{COMMITTING})\s+(?P<task>\w.*)$"
)
"""A sentence that opens with several people and a promise ("Tim, Jessica and Chris will
tackle this", "Natalie & Bryan from New Relic are going to…"), read against the meeting's
names once it matches."""


_TELL_WHO = re.compile(
    r"^(?P<tell>(?:tell|inform|notify|warn|update)\s+(?:the\s+)?[\w-]+(?:\s+team)?|let\s+(?:the\s+)?[\w-]+(?:\s+team)?\s+know)"
    r"(?P<rest>(?:\s+(?:today|tomorrow|this\s+week|by\s+\w+|on\s+\w+))?)\s*[.!]?$",
    re.IGNORECASE,
)
"""Telling someone and nothing more: what to tell them is what the turn just said."""


_SHOULD_LEAD = re.compile(
    r"^(?:.*?,\s*)?(?:(?:so|and|then)\s+)?(?:we|you|someone|somebody)\s+(?:should|need\s+to|must|have\s+to|will)\s+",
    re.IGNORECASE,
)
"""What leads into a task someone has taken the point on: "failing tests should block release,
we should discuss…"."""
_GLAD = re.compile(r"I(?:'m|\s+am|'d\s+be|\s+would\s+be)\s+(?:very\s+)?(?:happy|glad)\b", re.IGNORECASE)
_YOU_COULD = re.compile(
    r"\b(?:maybe|perhaps|afterwards|then)\b[^.?!]{0,20}\byou\s+(?:can|could)\s+(?-i:[a-z])", re.IGNORECASE
)
"""A request put as a possibility: "Maybe, afterwards you can connect with those"."""
_BECAUSE = re.compile(r",?\s+because\b.*$", re.IGNORECASE)
"""The reason given after a promise, where an "if" is the reason's, not the promise's."""
_QUOTED = re.compile(
    r"\b(?:go(?:es)?|went|says?|said|thinks?|thought|(?:is|are|was|were|I'm|we're|they're)\s+like)\s*,?\s+"
    r"(?:oh|okay|ok|well|hey|hmm)\b[^.!?]*$",
    re.IGNORECASE,
)
"""What someone is made to say or think, not a promise: "I go, oh, the clients go, oh, this
code's already deployed, I'll just do this code hash"."""
_AN_EXAMPLE = re.compile(
    r"[:,;(]\s*(?:like|e\.g\.?|for\s+example|for\s+instance|such\s+as)[,:]?\s+"
    r"(?:(?:in|over|within|during)\s+the\s+next\s+\w+(?:\s+\w+)?,?\s+)?$",
    re.IGNORECASE,
)
"""What minutes write before a promise given as an example: "…the time the person could
dedicate to it: like in the next month I'll work on this"."""
_SEE_IF = re.compile(r"see\s+if\s+(?!(?:I|we)\s+can\b)", re.IGNORECASE)


def a_check(task: str, transcript: bool) -> str:
    """Minutes' "will see if NearForm will add it to their modules": a check someone takes on,
    "check if NearForm will…". Said in a call, "I'll see if…" is as often a hedge as a promise,
    and stays as it is."""
    if transcript or not (seeing := _SEE_IF.match(task)):
        return task
    return f"check if {task[seeing.end() :]}"


class SentenceReaders(MeetingReader):
    def if_you_then_i(self, line: Line, sentence: str) -> list[Draft]:
        """ "If you can leave a comment on it, then I'll update the spec." answered "Okay,
        I'll do.": the other's item and the speaker's, once the condition is accepted."""
        if not line.speaker or not (match := IF_YOU.match(sentence)) or self.accepted(line) is not True:
            return []
        reply = self.meeting.next_turn(line.number)
        task, due = self.task_and_due(base_form(match.group("request")), me=line.speaker, you=None)
        theirs = [Draft(reply.speaker, task, due, sentence, line.number)] if reply and is_task(task) else []
        return theirs + self.spoken_items(line, match.group("mine"))

    def spoken_items(self, line: Line, sentence: str) -> list[Draft]:
        if sentence.lower().startswith(("if ", "when ", "unless ")) or re.search(
            r"\b(?:won't|will\s+not|never)\b", sentence, re.I
        ):
            return []
        question = asks(sentence)
        if named := (
            self._we_then_names(line, sentence)
            or self._names_then_will(line, sentence)
            or self._one_verb_each(line, sentence)
            or (passive if len(passive := self._passive_each(line, sentence, asks(sentence))) > 1 else [])
        ):
            return named
        if (several := self._several(line, sentence)) is not None:
            return several
        for reader in (
            self._point_taken,
            self._subjectless,
            self._someone,
            self._needed_from_you,
            self._recapped,
            self._not_yet_but_will,
            self._will_do_what_i_offered,
            self._first_person,
            self._request,
            self._told_by_name,
            self._second_person,
            self._dated_you,
            self._third_person_item,
            self._should_and_yes,
            self._scribe_imperative,
            self._scribe_obligation,
            self._task_then_owner,
            self._passive,
        ):
            if draft := reader(line, sentence, question):
                return [draft]
        return []

    def _we_then_names(self, line: Line, sentence: str) -> list[Draft]:
        """ "we will create a doodle to see more opinions (Alison & Nikhita)": the people the
        notes name in brackets after a plan of the group's are its owners, one item each."""
        if not (plan := WE_WILL.search(sentence)):
            return []
        named = _NAMED_AFTER.search(sentence, plan.end())
        if not named:
            return []
        owners = [self.canonical(who.strip()) for who in NAMES_APART.split(named.group("names")) if who.strip()]
        if not owners or not all(owners):
            return []  # "(see the doc)", "(optional)": no people
        task, due = self.task_and_due(sentence[plan.end() : named.start()], me=None, you=None)
        return [Draft(who, task, due, sentence, line.number) for who in owners if who] if is_task(task) else []

    def _one_verb_each(self, line: Line, sentence: str) -> list[Draft]:
        """ "the Industrial Designer will work on the components design, the User Interface
        Designer on the interface design, and Marketing on the trend watching": three items."""
        if not _GAPPED_CUES.match(sentence) or not (match := self._gapped.search(sentence)):
            return []  # (the pattern holds the meeting's names: compiled only for a sentence that could match)
        parts = [(match.group("who"), match.group("first"))]
        parts += [(gap.group("who"), gap.group("what")) for gap in self._gap.finditer(match.group("rest"))]
        if linked := _PREPOSITION_FIRST.match(match.group("first")):
            parts[1:] = [  # "look at the working design, User Interface the technical functions": at them too
                (who, what if _PREPOSITION_FIRST.match(what) else f"{linked.group(0)} {what}")
                for who, what in parts[1:]
            ]
        drafts = []
        for who, what in parts:
            task, due = self.task_and_due(f"{match.group('verb')} {what.strip()}", me=line.speaker, you=None)
            if (owner := self.canonical(who)) and is_task(task):
                drafts.append(Draft(owner, task, due, sentence, line.number))
        return drafts if len(drafts) == len(parts) else []

    def _names_then_will(self, line: Line, sentence: str) -> list[Draft]:
        """ "Tim, Jessica and Chris will tackle this via issue 12": one item each."""
        if not (match := _NAMES_FIRST.search(sentence)):
            return []
        opening = not sentence[: match.start()].strip(" ,") or sentence[: match.start()].rstrip().endswith(",")
        if not opening and match.group("cue").lower() == "to":
            return []  # "invite our guest speakers Oran Dan and Jelle Millenaar to take the floor": asked, not promised
        named = [n for n in NAMES_APART.split(match.group("owners")) if n.strip()]
        owners = list(dict.fromkeys(self.canonical(n.strip().lstrip("@")) for n in named))
        if len(owners) < 2 or not all(owners):
            return []
        said = progressive_to_base(match.group("task"))
        if NOT_A_TASK.match(match.group("task")) or NOT_A_TASK.match(said):
            return []  # "JB, BW & JS volunteer to help with the process": help offered, no task
        task, due = self.task_and_due(antecedent(said, self._before), me=None, you=None)
        return [Draft(who, task, due, sentence, line.number) for who in owners if who] if is_task(task) else []

    def _several(self, line: Line, sentence: str) -> list[Draft] | None:
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
        return [Draft(who, task, due, sentence, line.number) for who in others] if is_task(task) else []

    def resolve_referent(self, line: Line, rest: str) -> str:
        """ "I'll put that together" after "I haven't got an agenda for the offsite yet": the
        thing the last turn named, in place of "that"."""
        rest = _TRYING.sub("", rest.strip())  # "try my best to prepare it": prepare it
        if (
            (again := SAME_AGAIN.match(ADVERBS.sub("", rest.strip())))
            and line.speaker
            and not NOT_YET.search(self._sentence)
        ):
            said_before = [m.group("task") for m in SHOULD_DO.finditer(self._before)]
            if said_before:  # "I urge them to look into it. I will do the same", "we should X. I'll work on that"
                return f"{said_before[-1].strip()}{again.group('rest') or again.group('also') or ''}"
        if (told := _TELL_WHO.match(rest.strip())) and line.speaker and self._before:
            things = [
                re.split(r"\s+(?=\w+ed\b)", NOUN_TAIL.sub("", p.group(0)))[0]  # "the launch date moved": the date
                for p in NOUN_PHRASE.finditer(self._before)
            ]
            if things:  # "And the reporting piece, let's move it to Q1. I'll tell product."
                return f"{told.group('tell')} about {things[0][:1].lower()}{things[0][1:]}{told.group('rest')}"
        if (person := PERSON_OBJECT.match(rest.strip())) and line.speaker:
            named = {
                name
                for earlier in [*self.meeting.before(line.number, 2), line]
                for found in PERSON_NAMED.finditer(earlier.text)
                for name in re.split(r",\s*|\s+(?:or|and)\s+", found.group("name"))
                if name != line.speaker and may_be_a_name(name)
            }  # "Ask Priya or Omar": two, and "her" is not said
            if len(named) == 1:  # "I'll ping her today" after "Do you want me to talk to Priya?"
                return f"{person.group('verb')} {named.pop()}{person.group('rest')}"
        match = (
            PRONOUN_OBJECT.match(rest.strip())
            or PHRASAL_PRONOUN_OBJECT.match(rest.strip())
            or _TO_THEM.match(rest.strip())
        )
        if not match or not line.speaker:
            return rest
        if match.group("pronoun").lower() == "them" and _PEOPLE_VERB.match(match.group("verb")):
            said = self._before or line.text[: line.text.find(rest.strip()[:20])]
            groups = list(_GROUP.finditer(said))  # "We're waiting on management. I'll ask them."
            earlier = self.meeting.before(line.number, 2)
            if (
                not groups and self.meeting.transcript
            ):  # "maybe we can get Ethrex people to join" … "I'll reach out to them"
                own = [turn.text for turn in earlier if turn.speaker == line.speaker]
                groups = list(_GROUP.finditer(own[-1])) if own else []
            people = [] if groups or not earlier else self._two_named(earlier[-1].text)
            if not groups and not people:
                return rest
            about = "" if match.group("rest").strip(" .") else self._asked_about(line)
            whom = groups[-1].group(0) if groups else people[-1]
            return _placed(match.group("verb"), whom, f"{about}{match.group('rest')}")
        if match.group("pronoun").lower() == "them" and re.match(
            r"\s*(?:the|a|an|our|my|your|this|that|these|some)\s+\w", match.group("rest")
        ):
            return rest  # "forward them the survey": "them" is who gets it, the thing is named
        if match.group("pronoun").lower() == "it" and DUMMY_IT.match(match.group("rest").strip()):
            return rest  # "I'll make it very clear what changes": no thing to name
        if match.group("verb").lower() in ("do", "handle") and (offered := self.own_offer(line)):
            return f"{offered}{match.group('rest')}"  # "I can include a PR…" / "That sounds good." / "I'll do that."
        if match.group("verb").lower() in ("do", "handle") and (
            pending := NOT_YET.search(self._sentence) or NOT_YET.search(self._before)
        ):  # "I haven't posted the slides, but I'll do that shortly"
            return f"{base_of_participle(pending.group('verb'))} {pending.group('thing').strip()}{match.group('rest')}"
        if match.group("verb").lower() in ("do", "handle") and (wanted := self._requested_before(line)):
            return f"{wanted}{match.group('rest')}"  # "…a maintainer just needs to run the workflows" / "I'll do that now."
        # "The new tooltip copy is ready, I can ship it": the thing named earlier in this turn
        # comes first; else what the last turn of someone else named
        before = [
            earlier.text
            for earlier in self.meeting.before(line.number, 2)
            if earlier.speaker and earlier.speaker != line.speaker and self._opening
        ][-1:]  # deep in a long turn, "it" is no longer what the last speaker named
        said_first = re.split(r",\s*(?:and\s+|so\s+)?(?:I|we)\b", self._before or line.text, maxsplit=1)[0]
        subject = re.match(  # "So the, the prioritization list, it was, is not on forecast": a stutter and all
            r"^\s*(?:(?:so|and|well|okay|ok|yeah|now|but|also)[,\s]+)*(?:(?:the|our|my|this|that)\s*,\s*)*"
            r"(?P<thing>(?:the|our|my|this|that)\s+[\w' -]{2,60}?)\s*,?\s+(?:it\s+)?(?:is|are|was|were|has|have|looks?)\b",
            said_first,
            re.IGNORECASE,
        )
        if there := _THERE_WILL_BE.match(self._before or self._own_line_before(line)):
            return _placed(
                match.group("verb"), there.group("thing").strip(), match.group("rest")
            )  # "some spec changes"
        lead = self._sentence.split(rest.strip()[:20])[0] if rest.strip() else ""
        owned = HAVE_A_THING.search(lead) or MY_OWN_THING.search(lead)
        if owned:  # "I've got example implementations and I will post that to the list"
            return _placed(match.group("verb"), owned.group("thing").strip(), match.group("rest"))
        if subject and said_first.strip() != rest.strip():
            thing = subject.group("thing")
            return _placed(match.group("verb"), f"{thing[:1].lower()}{thing[1:]}", match.group("rest"))
        if self._in_the_call and self._context and match.group("pronoun").lower() in ("it", "this", "that"):
            thing = f"the {self._context}" if match.group("verb").lower() == "do" else self._context
            return _placed(match.group("verb"), thing, match.group("rest"))  # the issue on screen
        if not before:
            return rest
        if match.group("pronoun").lower() in ("that", "this") and len(words(lead)) >= 8:
            return rest  # "what I'd like is to prepare these topics…, and I will announce that": its own clause
        asked = plain_speech(before[-1])
        if " " in match.group("verb").strip():  # "take a look at it": only at what was just asked for
            if not (request := _ASKED_FOR.search(asked)):
                return rest
            asked = asked[request.end() :]
        phrases = [NOUN_TAIL.sub("", p.group(0)) for p in NOUN_PHRASE.finditer(asked)]
        phrases = [
            p
            for p in phrases
            if not self.canonical(re.sub(r"^(?:the|my|our|your)\s+", "", p, flags=re.I))
            and p.lower() not in match.group("rest").lower()  # "run it with the noise" after "with the noise?"
        ]
        if not phrases:  # "the Industrial Designer will check with the factory" / "I'll ring them": the factory
            return rest
        return _placed(match.group("verb"), phrases[0], match.group("rest"))

    def note_handed(self, line: Line, found: list[Draft]) -> None:
        """Remembers the verb of a task just handed to someone else ("the Industrial Designer
        is going to work on the working design"), which the speaker's next sentences may use
        again for others: "And Marketing, the user requirements"."""
        handed = [d for d in found if d.owner and d.owner != line.speaker]
        if line.speaker and len(handed) == 1 and (split := _VERB_THEN_OBJECT.match(handed[0].task)):
            self._handed = (line.speaker, split.group("verb"), line.number)
        elif line.speaker and found:
            self._handed = None

    def handed_on(self, line: Line, sentence: str) -> Draft | None:
        """ "And the User Interface Designer, the technical functions design." after a task
        handed to another: the same verb for this one."""
        handed = self._handed
        if not handed or handed[0] != line.speaker or self._turns_since(handed[2], line.number) > HANDED_ON_TURNS:
            return None
        if not (match := self._handed_on.match(sentence.strip())) or not (who := self.canonical(match.group("who"))):
            return None
        if who == line.speaker:
            return None
        verb, what = handed[1], match.group("what").strip()
        if _PREPOSITION_FIRST.match(what):
            verb = _PREPOSITION_LAST.sub("", verb)  # "work on" + "on the budget": "work on the budget"
        task, due = self.task_and_due(f"{verb} {what}", me=line.speaker, you=None)
        self._handed = (line.speaker, handed[1], line.number)
        return Draft(who, task, due, sentence, line.number) if is_task(task) else None

    def _restates_their_promise(self, line: Line, task: str) -> bool:
        """Whether "you will <verb>…" says back what the last other speaker just promised."""
        earlier = [e for e in self.meeting.before(line.number, 2) if e.speaker and e.speaker != line.speaker][-1:]
        if not earlier or not (promised := FIRST_PERSON.search(earlier[0].text)):
            return False
        return first_verb(earlier[0].text[promised.end() :]) == first_verb(task)

    def _turns_since(self, earlier: int, now: int) -> int:
        """How many turns were spoken after line `earlier`, up to and with line `now`."""
        return sum(1 for line in self.meeting.lines[earlier:now] if line.speaker)

    def _answered_soon(self, line: Line) -> bool:
        """Whether the speaker comes back within a couple of turns with the answer ("Yeah, we have it enabled")."""
        turns = [later for later in self.meeting.lines[line.number :] if later.speaker][:CHECKED_WITHIN_TURNS]
        return any(later.speaker == line.speaker and _ANSWER.match(later.text) for later in turns)

    def _own_line_before(self, line: Line) -> str:
        """The line before, when the same speaker said it (a call's transcript cuts a turn into lines)."""
        earlier = self.meeting.before(line.number, 1)
        return earlier[-1].text if earlier and earlier[-1].speaker == line.speaker else ""

    def _lead(self, clause: str) -> str:
        """What the sentence said before this clause of it ("if it does, then" before "I'll…")."""
        return self._sentence[: self._sentence.find(clause)] if clause in self._sentence else ""

    def _asked_about(self, line: Line) -> str:
        """ "about the speech recognition thing", when the turn before asked about it."""
        asked = self.meeting.before(line.number, 1)
        if not asked or asked[-1].speaker in (None, line.speaker) or "?" not in asked[-1].text:
            return ""
        thing = NOUN_PHRASE.search(plain_speech(asked[-1].text))
        return f" about {NOUN_TAIL.sub('', thing.group(0))}" if thing else ""

    def answers_a_request(self, line: Line, sentence: str) -> bool:
        """ "Would you mind adding a comment?" / "Sure, I'll copy it from the minutes": the yes
        restates the request taken on, which is already the item ("also" adds one)."""
        if not line.speaker or not ACCEPT.match(line.text) or re.search(r"\balso\b", sentence, re.IGNORECASE):
            return False
        for asked in reversed(self.meeting.before(line.number, 2)):  # an action noted between them is skipped
            if asked.speaker == line.speaker:
                return False
            if asked.speaker and (REQUEST.search(asked.text) or SOMEONE.search(asked.text)):
                return True
        return False

    def own_offer(self, line: Line) -> str | None:
        """What the speaker offered two turns back, when the turn between approves it: "I can
        include that as a separate PR to publish Docker images" / "Yeah, that sounds good." /
        "Okay, I'll do that." is the PR to publish Docker images."""
        earlier = self.meeting.before(line.number, 2) if line.speaker else []
        if len(earlier) < 2 or earlier[-1].speaker in (None, line.speaker) or earlier[-2].speaker != line.speaker:
            return None
        if not ACCEPT.match(earlier[-1].text):
            return None
        offers = list(OFFERED.finditer(earlier[-2].text))
        return offers[-1].group("task").strip(" ,") if offers else None

    def _subjectless(self, line: Line, sentence: str, question: bool) -> Draft | None:
        """A scribe's line under a name, without a subject: "Alex: will feed back today",
        "Claudio - once it is ready, will ask the TSC for an ack", "Tobie scheduling a
        meeting; will report back", "Rich cannot make it, will update offline"."""
        who = self._subject
        if question or not who:
            return None
        if (
            line.speaker
            and self._context
            and re.match(r"\s*(?:assign\s+me|(?:I\s+)?(?:just\s+)?assigned\s+myself)\b", sentence, re.I)
            and not FIRST_PERSON.search(line.text)
            and not re.search(r"\bwill\b|'ll\b", line.text, re.I)  # "Assign me, i'll review…": that is the item
        ):  # a scribe's "nis: assign me, let's come back" with issue 594 on screen
            return Draft(line.speaker, f"take on {self._context} (self-assigned)", None, sentence, line.number)
        match = SUBJECTLESS.match(sentence) or (
            UNDER_WAY.match(sentence) if line.speaker and not self.meeting.transcript else None
        )
        if match and line.inherited and re.match(r"plan(?:s|ned|ning)?\s+to\b", sentence.strip(), re.I):
            match = None  # "* Trott, propose a vote" / "  * Plan to close the vote on Monday": the group's plan
        if (
            match
            and re.match(r"(?:going\s+to|gonna)\b", match.group(0), re.I)
            and not _A_DOING_VERB.match(match.group("task"))
        ):
            match = None  # "going to interop PRs, sorting by oldest": the agenda moving on
        if match and self.meeting.transcript and not re.match(r"(?:will|'ll|going\s+to|gonna)\b", match.group(0), re.I):
            match = None  # in speech, "To keep the features on main" is not a scribe's "to update"
        if match and self.meeting.transcript and _ASKED_WHO.match(match.group("task")):
            match = None  # "Will anybody object to…" in captions with no question mark: a question
        if match and _NO_VERB_AFTER_TO.match(sentence):
            match = None  # "To this end, we can wait…": a way into the sentence, not a task
        scribed = (
            bool(line.speaker) and not self.meeting.transcript
        )  # "JB: Awaiting review, will be sending it to Andy"
        if not match and scribed:
            match = _REASONS_THEN_WILL.match(sentence)  # "James: leaning towards X's reading… will change this review"
        later = None if match else LATER_CLAUSE.search(sentence)
        leading = self._leading_name.match(sentence)
        a_thing_first = bool(
            re.match(
                r"\s*(?:the\s+|this\s+|that\s+)?[\w-]+\s+(?:will|would|is|are|was|were|has|have)\b", sentence, re.I
            )
        )  # "PR will look similar, but will include the source": the PR's, not the scribe's person's
        about_them = not self.meeting.transcript and not line.speaker and not FIRST_PERSON.search(sentence)
        if (
            later
            and not (a_thing_first and not leading)
            and (leading or scribed or about_them or _mine_before(sentence, later))
        ):  # "No objections from those present, but will ask again": the line's person
            match = later  # the clause's subject is the sentence's
            if leading:
                who = leading.group("who")  # "Erik is curious and will get back" under Yuvi's point: Erik's
        if not match and not self.meeting.transcript:
            match = _WILL_IN_BRACKETS.search(sentence)  # "Jory … have a spreadsheet (will provide link)"
        if not match or re.match(r"(?:is|was|has|had|are|were|does|did)\b", match.group("task"), re.I):
            return None  # "…earlier, Will is traveling, so I'll…": Will is a name there, not a promise
        said = match.group("task") if self.meeting.transcript else progressive_to_base(match.group("task"))
        said = a_check(said, self.meeting.transcript)  # "Dominikas, will see if NearForm will add it"
        if is_talk(said) or (words(said) or [""])[0] in NEEDING:
            return None  # "Will be a massive expense", "will need feedback by Tuesday": a state, not a task
        task, due = self.task_and_due(antecedent(said, self._before), me=line.speaker, you=None)
        return Draft(self.canonical(who) or who, task, due, sentence, line.number) if is_task(task) else None

    def _needed_from_you(self, line: Line, sentence: str, question: bool) -> Draft | None:
        if question or not (match := NEED_FROM_YOU.search(sentence)) or self.accepted(line) is False:
            return None
        what = re.sub(r"^(?:the|your)\s+", "", match.group("what"), flags=re.I)
        task, due = self.task_and_due(
            f"send {line.speaker or 'them'} the {what}{match.group('rest')}", me=line.speaker, you=None
        )
        return Draft(self.addressee(line, sentence), task, due, sentence, line.number)

    def _recapped(self, line: Line, sentence: str, question: bool) -> Draft | None:
        """In a recap of the actions, the present hands out work: "Dana, you're sending the
        deck", "Sam's doing the survey", "and I'm booking the room"."""
        whole = self._sentence or sentence
        if question or not self._recap or not line.speaker or not (said := self._recap_said.match(sentence.strip())):
            return None
        if said.group("who"):
            owner = self.canonical(said.group("who"))
        elif said.group("me"):
            owner = line.speaker
        else:
            owner = self.addressee(line, whole)
        task, due = self.task_and_due(base_form(said.group("task")), me=line.speaker, you=None)
        return Draft(owner, task, due, sentence, line.number) if owner and is_task(task) else None

    def _will_do_what_i_offered(self, line: Line, sentence: str, question: bool) -> Draft | None:
        """ "Do you think we should open a ticket to do that?" / "Yeah, please do." / "Okay, I
        will.": the bare promise is what the speaker offered."""
        if (
            question
            or not self.meeting.transcript
            or not I_WILL_ALONE.match(re.sub(r"^(?:ok(?:ay)?|yes|yeah|sure)[,\s]+", "", sentence.strip(), flags=re.I))
        ):
            return None
        if not (offered := self.own_offer(line)):
            return None
        task, due = self.task_and_due(offered, me=line.speaker, you=None)
        return Draft(line.speaker, task, due, sentence, line.number) if is_task(task) else None

    def _not_yet_but_will(self, line: Line, sentence: str, question: bool) -> Draft | None:
        """ "I haven't announced it on the forum yet, but I will.": what is not done yet."""
        whole = self._sentence or sentence  # the clauses of "…yet, but I will" are read one by one
        if not question and not self.meeting.transcript and self._subject and (noted := _NOT_YET_NOTED.search(whole)):
            task, due = self.task_and_due(
                f"{base_of_participle(noted.group('verb'))} {noted.group('thing').strip()}", me=None, you=None
            )  # "Myles … Haven't opened any issues about it yet (will soon)"
            return (
                Draft(self.canonical(self._subject) or self._subject, task, due, sentence, line.number)
                if is_task(task)
                else None
            )
        if question or not line.speaker or not I_WILL_ALONE.match(sentence.strip()) or not BUT_I_WILL.search(whole):
            return None
        if not (pending := NOT_YET.search(whole)):
            return None
        thing = re.sub(r"\s+yet\b.*$", "", pending.group("thing").strip(), flags=re.I)
        task, due = self.task_and_due(f"{base_of_participle(pending.group('verb'))} {thing}", me=None, you=None)
        return Draft(line.speaker, task, due, sentence, line.number) if is_task(task) else None

    def _first_person(self, line: Line, sentence: str, question: bool) -> Draft | None:
        said_as = sentence  # the evidence is what was said
        offer = _OFFER_ASKED.match(sentence.strip()) if question and line.speaker else None
        reply = self.meeting.next_turn(line.number) if offer else None
        if offer and reply and (self._offer_taken(line) or self.accepted(line) is True):
            offered = re.sub(r"\byou\b", reply.speaker or "you", offer.group("task"))
            sentence, question = f"I'll {offered}", False  # "Shall I send you the trend report?" / "Yes please."
        tag = _CHECKING_TAG.search(sentence)
        answer = self.accepted(line) if tag else None
        if answer is False:
            return None  # "So I'll look at the components, right?" / "No, Marketing does that."
        confirmed = bool(question and tag and answer is True)
        if confirmed and tag:  # "So I should look at the components, right?" / "Yeah, exactly."
            sentence, question = sentence[: tag.start()], False
        if LEAVE_IT_WITH_ME.match(sentence.strip()):
            sentence = "I'll handle that."  # "Leave that with me.": what was just asked for, taken on
        sentence = IN_TOUCH.sub(r"\1get in touch", sentence)  # "I'll be in touch with the vendor"
        if self.meeting.transcript and line.speaker and (alone := PLANNING_ALONE.match(sentence)):
            sentence = f"I'm planning to {sentence[alone.end() :]}"  # "And, planning to open a PR soon"
        if question or not (match := FIRST_PERSON.search(sentence)):
            return None
        if PRONOUN_OBJECT.match(sentence[match.end() :]) and self.answers_a_request(line, sentence):
            return None  # "Sure, I'll copy it from the minutes": the request's item
        before = sentence[: match.start()]
        lead = self._lead(sentence)
        if IN_A_CASE.search(lead + before) and line.speaker and WILL_DO.match(match.group(0)):
            if not is_talk(sentence[match.end() :]):
                # "And I was thinking, if the labels don't come by the 10th, I'll fall back…": a
                # plan for a case, kept with the follow-ups, as one that opens with "If" is
                self.ownerless.append((line.number, f"{line.speaker}: {self._sentence or sentence}"))
            return None
        if not self.meeting.transcript and _AN_EXAMPLE.search(before):
            return None  # "document the time the person can give to it: like in the next month I'll work on this"
        if _QUOTED.search(lead + before):
            return None  # "how that happens is, the clients go, oh, this code's already deployed, I'll just…"
        if (
            IN_AN_IF.search(before)
            or re.search(r"\b(?:maybe|probably|perhaps)\b[^.!?]{0,16}$|\bmaybe\b[^.!?,]{0,60}\bthat\s*$", before, re.I)
            or IN_A_CASE.search(lead + before)
            or DEPENDS_ON.search(before)
            or REPORTED.search(lead + before)
            or re.search(
                r"\b(?:not|nothing)\s+(?:(?:something|anything|much)\s+)?(?:that\s+)?(?:I\W*)?$", lead + before, re.I
            )
        ):
            return None  # "if you're going to…", "maybe I'll just leave it running": not a promise
        promised = sentence[match.end() :]
        if re.match(r"let\s+me\b", match.group(0), re.I) and re.match(
            r"(?:double[- ]?)?check\s*(?:…|\.\.\.)", promised
        ):
            return None  # "let me double-check… when we import the next block": checked there and then
        if re.match(r"I\s+can\b", match.group(0), re.I) and re.match(
            r"(?:confirm|say|tell\s+you|assure\s+you)\s+that,?\s+\w+\s+\w+", promised, re.I
        ):
            return None  # "I can confirm that the guidance will be published": said there and then
        case = CASE_AFTER.search(
            _BECAUSE.sub("", promised)
        )  # "…with Aave, because I think if they are fine…": a reason
        if case and re.search(
            r",\s*but\b|\bbut\s+(?:it|I|we|that|this|he|she|they)\b|\s(?:I|we)\s+(?:have|haven't|am|was)\b",
            promised[: case.start()],
        ):  # "…assign this to myself I have not done any work on this yet but it will be on my radar if…"
            case = (
                None  # "I will announce that in the call, but if you want a deep dive…": the case is the next clause's
            )
        if (
            case
            and (joined := re.search(r",?\s+and\s*$", promised[: case.start()]))
            and is_task(promised[: joined.start()])
        ):
            sentence = sentence[
                : match.end() + joined.start()
            ]  # "I'll re-run the CI and if it fails I'll look": the re-run
            case = None
        if line.speaker and WILL_DO.match(match.group(0)) and case and not WHETHER.search(promised[: case.start()]):
            self.ownerless.append((line.number, f"{line.speaker}: {sentence}"))  # "I'll ping you if I have doubts"
            return None
        if re.search(r"\bwhat\s*$", before, re.IGNORECASE) or SUMMED_UP.search(before):
            return None  # "…which will be what I will be building on", "that's the main stuff that I have to update"
        if before.count('"') % 2 or before.count("“") > before.count("”"):
            return None  # pinning is "I am going to keep this thing around": quoted, not promised
        said = progressive_to_base(sentence[match.end() :])
        if later := LATER_CLAUSE.search(said):  # "re-assess the benchmarks, and will be contacting teams": two tasks
            said = said[: later.start()]
        if re.match(r"we\b|we'", said, re.I) or NOT_SURE.match(said) or HEDGED_AFTER.search(said):
            return None  # "I'll… we'll include it": the team; "I need to check this, but…", "…, probably": a hedge
        if NEEDED_NOT_DONE.match(said) or re.match(
            r"let\s+(?:them|him|her|others|people|everyone)\b(?!\s+know\b)", said, re.I
        ):
            return None  # "something I will be needing help with": a need; "I'll let them finish…": theirs
        if TIME_PERMITTING.search(said):
            self.ownerless.append((line.number, f"{line.speaker}: {sentence}" if line.speaker else sentence))
            return None  # "I will work on this when I have time": a plan, kept with the follow-ups
        if restated := _DO_THIS_THEN.match(said.strip()):  # "do this in the next couple of weeks, open the PR with…"
            said = f"{restated.group('task')}{restated.group('when')}"
        then = THEN_AND.search(re.split(r",\s*but\b", said, maxsplit=1)[0])  # not "…later, but X does A and B"
        rest = self.resolve_referent(line, said)
        other = PERSON_NAMED.search(said)
        named = other.group("name").split(",")[0] if other else ""
        elsewhere = bool(named and not self.canonical(named) and not any(known_word(w) for w in named.split()))
        talk = (
            is_talk(said) and is_talk(rest) and not elsewhere
        )  # "do the same" can be a task; "talk to Sina": after the call
        if (
            talk
            and then
            and not NEW_SUBJECT.match(then.group("next"))
            and not is_talk(then.group("next"))
            and not re.match(r"\w+\s+of\b", then.group("next"))  # "…discussed roadmaps and idea of versioning"
        ):
            said = then.group("next")  # "I should think more about this, and… yeah, write it down"
            rest = self.resolve_referent(line, said)
        plain = re.sub(r"…|\.\.\.", " ", said)
        for _ in range(3):  # "just… Trying to share my screen", "also, show how the search works"
            plain = re.sub(
                r"^(?:(?:trying|try)\s+to|also,|now,|go\s+ahead\s+and)\s+",
                "",
                ADVERBS.sub("", plain.strip(" ,….")),
                flags=re.I,
            ).strip(" ,….")
        own_words = before + re.split(r",\s*(?:because|so|since|as)\b", plain, maxsplit=1)[0]
        on_the_spot = (
            self.meeting.transcript
            and (ON_THE_SPOT.match(plain) or THERE_AND_THEN.search(plain))
            and not LATER.search(own_words)
        )
        if on_the_spot and find_due(said, self.date)[0] in (None, self.date):
            return None  # "I'll share the agenda", "let me go through these updates": done in the call
        later_date = (_NEXT_TIME.search(plain) or SOON.search(plain)) and re.match(
            r"(?:give|provide|present|show|share|post|send|get\s+to)\b",  # "I'll give an update next week",
            plain,  # "I'll get to it ASAP": promises; "talk to you all tomorrow" is not
            re.I,
        )
        shared_later = LATER.search(sentence) and re.match(r"(?:share|drop|post|paste|put|link|send)\b", plain, re.I)
        shown_later = re.match(r"(?:show|present)\b", plain, re.I) and (
            LATER.search(sentence) or find_due(said, self.date)[0]
        )
        if re.search(r"\b(?:which|what)\s*$", sentence[: match.start()], re.I) and re.match(
            r"(?:call|name|term|dub|label)\b", plain, re.I
        ):
            return None  # "28 of them exist today, which I will call the fossil accounts": naming, not doing
        if (
            (is_talk(rest) and not elsewhere)
            or NOT_A_TASK.match(plain)
            or (AGENDA.match(plain) and not (shared_later or shown_later or later_date))
        ):
            return None  # "I'll start with the budget", "I'll hand over to Ana": running the meeting
        if (relative := OBJECT_BEFORE.search(sentence[: match.start()])) and (
            verb := re.match(
                r"\s*\w+(?:\s+(?:over|through|up|out|into|at|on|back|to|forward|along|ahead|down|off))?", rest
            )
        ):  # "the data that I'm gonna go over soon" -> "go over the data soon"
            tail = re.split(r"\s+(?:is|are|was|were|has|have|will|would|should|can)\b", rest[verb.end() :], maxsplit=1)[
                0
            ]
            thing = re.sub(
                r"^(The|A|An|Our|My|This|These|Those|That)\b", lambda m: m.group(1).lower(), relative.group("object")
            )
            if re.search(r"\b(?:for|to|of|in|on|with|about|from|at|by)$", thing, re.I):
                thing = f"{thing} that"  # "a branch for that, that I will be pushing forward": its "that" was its own
            rest = f"{verb.group(0).strip()} {thing}{tail}"  # "…next week is in the drive": its own
        cue = sentence[match.start() :]
        weak = (
            bool(WEAK_CUES.match(cue) or ((self.meeting.transcript or line.speaker) and LET_ME.match(cue)))
            and not OWN_SIDE.search(sentence)
            and not _THE_MINUTES.match(rest.strip())  # "I can do minute uploads": volunteering, there and then
            and not _ASSIGNED_MYSELF.search(line.text)  # "assigned myself. I can do a pass.": taken on
            and not elsewhere  # "let me talk to Sina": someone not in the call, so after it
            and not re.match(r"go\s+back\s+and\b", said, re.IGNORECASE)  # "let me go back and …": after the call
            and not (self.meeting.transcript and GET_IT_DONE.match(cue))
            and not (
                FINDING_OUT.match(rest.strip())
                and (self.meeting.transcript or line.speaker or BUT_I_CAN.search(sentence[: match.end()]))
                and not DURING_THE_CALL.search(" ".join(sentence[match.end() :].split()[:6]))
            )
        )
        you = self.other_participant(line.speaker) or (self.between(line) if self.meeting.transcript else None)
        task, due = self.task_and_due(rest, me=None, you=you)
        if self.meeting.transcript and _IN_A_MOMENT.search(task):
            return None  # "I'll leave a comment here in a minute": done while the call goes on
        if self.meeting.transcript and _ROOM_WORK.match(task) and _ROOMS.search(line.text):
            return None  # "The rooms are being created now… I will add whoever can't see it": the call's running
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
        if self.meeting.transcript and bare and self._answered_soon(line):
            return None  # "I can check." … "Yeah, we have QUIC enabled.": checked there and then
        if (
            self.meeting.transcript
            and bare
            and _SEEN_THERE.match(line.text[line.text.find(sentence) + len(sentence) :])
        ):
            return None  # "I'll just double check. I still do not see them in the attendees.": done
        if self.meeting.transcript and bare and sentence.rstrip().endswith((".", "!")) and not in_the_call:
            task = self.what_to_check(line, task.strip(), said_before)
            weak = False  # "I don't know. I'll check.": finding out what was just in doubt
        elif not is_task(task) or (words(task) or [""])[0] in NOT_A_VERB:
            return None  # "I'll… in this, PR to the EIP": speech that started again elsewhere
        weak = weak or bool(re.match(r"I\s+(?:could|should)\b", cue, re.I))  # "I could look at the repository…": maybe
        if re.match(r"I\s+can\s+(?:definitely|certainly|absolutely|totally|surely|go\s+ahead\s+and)\b", cue, re.I):
            weak = False  # "I can definitely review this", "I can go ahead and get that done": an offer made firm
        if weak and re.search(r"\bI\s+(?:can|could)\s+always\b", sentence, re.I):
            return None  # "I can always just follow up afterwards": a fallback, not a promise
        if (
            weak
            and not confirmed
            and not due
            and not SOON.search(sentence)
            and not self._offer_taken(line)
            and not self._takes_up_a_need(line, cue, rest)
            and not self._answers_what_is_needed(line, cue, rest)
        ):
            return None
        if self.meeting.transcript and not line.speaker:
            return None  # in a transcript, a line nobody is shown saying ("I will be representing today") has no owner
        if line.speaker:
            task = re.sub(
                r"^(\w+(?:\s+\w+)?|assign\s+(?:\w+\s+){1,3}?to)\s+myself\b", rf"\1 {line.speaker}", task
            )  # "assign myself" -> "assign Nis", "assign this to myself" -> "assign this to Chris"
            task = re.sub(r"\s*\bmyself\b", "", task)  # "check it out myself": only emphasis
        elif (me := self.note_taker()) is not None:  # "I need to send her my draft" in one's own notes
            return Draft(me, self.for_the_note_taker(task), due, said_as, line.number, listed=True)
        if partner := self._partner(before):
            together = _TOGETHER.match(task)  # "Tobie and I will get together on this": with Tobie
            task = (
                f"{together.group(0)} with {partner}{task[together.end() :]}" if together else f"{task} with {partner}"
            )
        return Draft(line.speaker, task, due, said_as, line.number, listed=True)

    def _answers_what_is_needed(self, line: Line, cue: str, task: str) -> bool:
        """ "Does that need to go through legal?" / "I need to submit that to legal, but yes.":
        a need the speaker states as the answer to someone's question about it is taken on."""
        earlier = self.meeting.before(line.number, 1)
        if not (re.match(r"I\s+(?:need|have)\s+to\b", cue, re.I) and earlier and line.speaker):
            return False
        asked = earlier[0]
        if asked.speaker in (None, line.speaker) or not asked.text.rstrip().endswith("?"):
            return False
        question = sentences(asked.text)[-1]
        return bool(content_words(question) & content_words(task))

    def _two_named(self, said: str) -> list[str]:
        """People the line just before named as a pair, who "them" is next ("We should pull in
        Fedor and Shigeki" / "I'll reach out to them"): names no dictionary knows."""
        return [
            pair.group(0)
            for pair in _A_PAIR.finditer(said)
            if all(
                may_be_a_name(who) and not any(known_word(w) for w in who.split())
                for who in (pair.group("one"), pair.group("other"))
            )
        ]

    def _partner(self, before: str) -> str | None:
        """Who is named beside "I" as the one doing it too: "Tobie and I will…", "So Dana and I…"."""
        if not (found := _AND_I.search(before)):
            return None
        named = found.group("who").split()
        for who in (" ".join(named), named[-1]):
            if may_be_a_name(who) and (self.canonical(who) or not any(known_word(w) for w in who.split())):
                return who
        return None

    def _takes_up_a_need(self, line: Line, cue: str, task: str) -> bool:
        """Whether an offer of work ("I can open a PR…", not "I can help" or "let me link
        it") answers what someone else just said needs doing: "we need to clarify the EIP" /
        "I can open a PR for the EIP to update it"."""
        earlier = self.meeting.before(line.number, 1)
        if (
            self.meeting.transcript
            and _GLAD.match(cue)
            and earlier
            and earlier[0].speaker not in (None, line.speaker)
            and _YOU_COULD.search(earlier[0].text)
        ):
            return True  # "Maybe, afterwards you can connect with those…" / "…I'm happy to forward them the survey"
        return bool(
            self.meeting.transcript
            and re.match(r"I\s+can\b", cue, re.I)
            and re.match(rf"(?:{TASK_VERBS})\b", task.strip(), re.I)
            and earlier
            and earlier[0].speaker not in (None, line.speaker)
            and re.search(
                r"\b(?:we|someone|somebody)\s+(?:(?:probably|really|still|just)\s+)?(?:need\s+to|should|have\s+to)\s+(?-i:[a-z])",
                earlier[0].text,
                re.I,
            )
        )

    def _offer_taken(self, line: Line) -> bool:
        """Whether someone else takes up what the turn ends on offering: "I guess I could try
        running them on the new data." / "That would be great."."""
        reply = self.meeting.next_turn(line.number) if line.speaker and self._answerable else None
        if reply is None or reply.speaker == line.speaker:
            return False
        offered_to_them = bool(re.search(r"\byou\b", re.split(r"(?<=[.!?])\s+", line.text.strip())[-1], re.I))
        return bool(OFFER_TAKEN.match(reply.text) or (offered_to_them and THANKED.match(reply.text)))

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

    def _someone(self, line: Line, sentence: str, question: bool) -> Draft | None:
        """ "Could someone take the notes?" answered "Sure." by Sam: Sam's item."""
        if not (match := SOMEONE.search(sentence)) or is_talk(rest := sentence[match.end() :]):
            return None
        if re.search(
            r"\b(?:for|of|about|to|ask|know|find|is|are|there's)[,\s]+(?:like[,\s]+)?$", sentence[: match.start()], re.I
        ):
            return None  # "is there a resource for, like, who can run it?": a question about someone, no offer
        reply = self.meeting.next_turn(line.number) if line.speaker else None
        if reply is None or self.accepted(line) is not True:
            return None
        task, due = self.task_and_due(base_form(rest), me=line.speaker, you=None)
        if re.match(r"for\s+(?:the\s+)?(?:minutes|notes)\b", task, re.I):
            task = "post the minutes"  # "Volunteer for minutes?" at the end / "Yeah sure": the minutes to post
        if self.meeting.transcript and not due and (ON_THE_SPOT.match(task) or AGENDA.match(task)):
            return None  # "could someone help us set up these breakout rooms?", "who wants to give the update?": done in the call
        due = due or self.due_in_reply(line)
        return Draft(reply.speaker, task, due, sentence, line.number) if is_task(task) else None

    def _request(self, line: Line, sentence: str, question: bool) -> Draft | None:
        if not (match := REQUEST.search(sentence)) or is_talk(rest := sentence[match.end() :]):
            return None
        if re.search(r"\b(?:what|how|why|which|where|when|who)\s+$", sentence[: match.start()], re.I):
            return None  # "what would you tweak in 2780?" asks for an opinion
        if words(rest)[:1] and words(rest)[0] in RECEIVING | NOT_A_VERB and not THAT_DONE.match(rest.strip()):
            return None  # "would you like to say something?": an offer; "please and thank you": no task
        if re.search(
            r"\bif\s+(?:(?:you|we|anyone|people)\s+(?:are|have|has|can|want|get|find)|there(?:'s|\s+is|\s+are))\b",
            sentence,
            re.I,
        ):
            return None  # "please check that call if you are available": up to them
        task, due = self.task_and_due(base_form(rest), me=line.speaker, you=None)
        task = _WHEN_YOU_HAVE.sub(_when_ready, self._still_to_do(line, task))
        reply = self.accepted(line)
        after = line.text.split(sentence.strip(), 1)[1] if sentence.strip() and sentence.strip() in line.text else ""
        if reply and re.search(r"\?|\bor\s*(?:…|\.\.\.)\s*$", after):
            reply = (
                None  # "Please review it. Do you want me to give an overview, or…" / "Yeah, I can…": that is answered
            )
        answer = self.meeting.next_turn(line.number) if reply else None
        if answer and _IN_THE_CALL.search(answer.text):
            return None  # "could you share the configuration?" / "I'll ping it through in the chat"
        polite_order = match.group(0).lower().startswith("please") and not question
        if not is_task(task) or reply is False or not (due or reply or polite_order):
            return None
        if not reply and not self._vocative.search(sentence) and len(self.participants) > 2:
            return None  # "please take a look" to a room: everyone's, so no one's item
        if GROUP_ADDRESSED.search(sentence):
            return None  # "if you could, guys, could take a look": the room's, so no one's item
        if self.meeting.transcript and not due and (ON_THE_SPOT.match(task) or AGENDA.match(task)):
            return None  # "could you present those?", "can you mute Sam?" in a call: done there and then
        due = due or (self.due_in_reply(line) if reply else None)  # "Sure, I can have that by Thursday"
        return Draft(self.addressee(line, sentence), task, due, sentence, line.number)

    def _still_to_do(self, line: Line, task: str) -> str:
        """ "Could you get that done by next week?" after "I still have to rerun the baseline"
        from another speaker: the task they named, in place of "that" ("rerun it": the same)."""
        done = THAT_DONE.match(task)
        asked = None if done else PRONOUN_OBJECT.match(task)
        if not (done or asked):
            return task
        earlier = self.meeting.before(line.number, 1)
        if not earlier or earlier[0].speaker in (None, line.speaker):
            return task
        pending = STILL_TO_DO.search(earlier[0].text)
        if not pending:
            return task
        if asked and (verb := asked.group("verb").lower()) not in FINISHING and verb != words(pending.group("task"))[0]:
            return task
        tail = done.group("rest") if done else asked.group("rest") if asked else ""
        return f"{pending.group('task').strip()}{tail}"

    def _told_by_name(self, line: Line, sentence: str, question: bool) -> Draft | None:
        """ "Marketing, you should find out what users want." answered "Okay, will do.": told
        by name and taken on (without the name, "you should" is advice to anyone)."""
        whole = self._sentence or sentence  # "Marketing, you should…" is read clause by clause
        vocative = self._vocative.search(whole)
        if question or not vocative or not (told := YOU_SHOULD.search(sentence)) or self.accepted(line) is not True:
            return None
        if is_talk(rest := sentence[told.end() :]):
            return None
        task, due = self.task_and_due(rest, me=line.speaker, you=None)
        return Draft(self.addressee(line, whole), task, due, sentence, line.number) if is_task(task) else None

    def _second_person(self, line: Line, sentence: str, question: bool) -> Draft | None:
        match = SECOND_PERSON.search(sentence)
        if not match and self._vocative.search(sentence):  # "Industrial Designer, you have to work on the…"
            match = _YOU_HAVE_TO.search(sentence)
        if not match or is_talk(rest := sentence[match.end() :]):
            return None
        if re.search(
            r"\b(?:(?:you|I)\s+(?:think|guess|suppose)\s+|"
            r"I\s+(?:suspect|bet|imagine|assume|expect|guess|think|don't\s+know\s+(?:if|whether))\s+(?:that\s+)?)$",
            sentence[: match.start()],
            re.I,
        ):  # "…, or you think you will handle them all" asks; "I suspect that you're going to start…" guesses
            return None
        bare = re.sub(
            r"^(?:(?:definitely|certainly|surely|probably|also|just|still|then|all)\s+)+", "", rest.strip(), flags=re.I
        )
        if (
            (words(bare)[:1] and words(bare)[0] in RECEIVING)
            or IN_AN_IF.search(sentence[: match.start()])
            or IN_A_CASE.search(self._lead(sentence) + sentence[: match.start()])
            or re.search(r"\b(?:means|meaning|implies)\s+(?:that\s+)?$", sentence[: match.start()], re.I)
        ):
            return None  # "you will get instructions from your coach", "you'll definitely see them around": what happens to them
        if self.meeting.transcript and not (self._answerable or self._opening):
            return None  # deep in a long turn, "now you'll only need to generate one key" is anyone
        task, due = self.task_and_due(rest, me=line.speaker, you=None)
        if self._restates_their_promise(line, task):
            return None  # "I will post some questions." / "So you will post the question.": theirs, said back
        reply = self.accepted(line)
        if len(self.participants) > 2 and reply is not True and not self._vocative.search(sentence):
            return None  # "So you will post the question." to a room, and no one says yes: no one's item
        if is_task(task) and reply is not False and (not question or reply):
            due = due or (self.due_in_reply(line) if reply else None)
            return Draft(
                self.other_participant(line.speaker) or self.addressee(line, sentence), task, due, sentence, line.number
            )
        return None

    def _dated_you(self, line: Line, sentence: str, question: bool) -> Draft | None:
        other = self.other_participant(line.speaker)
        if question or not other or not (match := YOU_DO.match(sentence.strip())):
            return None
        rest = sentence.strip()[match.end() :]
        if is_talk(rest) or (words(rest)[:1] and words(rest)[0] in RECEIVING | NOT_DOING):
            return None
        task, due = self.task_and_due(rest, me=line.speaker, you=None)
        if not due or not is_task(task) or self.accepted(line) is False:
            return None
        return Draft(other, task, due, sentence, line.number)

    def _third_person_item(self, line: Line, sentence: str, question: bool) -> Draft | None:
        if self._reporting:
            return None  # "@GeorgianaElena will be continuing her work…" under "Reports and celebrations": news
        match = self._third_person.search(sentence) or self._named_to.search(sentence)
        if not match and _LETS_HAVE_CUE.search(sentence) and (asked := self._lets_have.search(sentence)):
            task, due = self.task_and_due(progressive_to_base(asked.group("task")), me=line.speaker, you=None)
            who = self.canonical(asked.group("who") or asked.group("got"))
            return Draft(who, task, due, sentence, line.number) if is_task(task) and not question else None
        if question or not match:
            return None
        said = a_check(match.group("task"), self.meeting.transcript)  # "Geoffrey will see if there is consensus"
        if NOT_A_TASK.match(said):
            return None
        if AGENDA.match(said) and (self.meeting.transcript or not _A_VOTE.search(said)):
            return None  # "Manu is going to go first": the running order; in minutes a vote is run after
        if _A_THING_THAT.search(sentence[: match.start("who")]):
            return None  # "the tool that Derek is going to show": the tool is the subject, not Derek's task
        offered = re.search(
            r"\b(?:happy|glad|would|could|can)\b", sentence[match.end("who") : match.start("task")], re.I
        )
        if (
            offered
            and (case := CASE_AFTER.search(said))
            and not re.search(r",\s*but\b", said[: case.start()])
            and not WHETHER.search(said[: case.start()])
        ):
            self.ownerless.append((line.number, sentence))  # "Sarah is happy to organise this if we choose the Turing"
            return None
        said = progressive_to_base(said)  # "Ralph will now begin tackling the doc"
        if re.match(r"(?:the|a|an|my|our|their|his|her|all|everyone|everybody)\b", said.strip(), re.I):
            return None  # "Min to the rescue", "Shoutout to all involved": no task
        if DO_THAT.match(said.strip()) and (asked_for := self._asked_just_before(line)):
            said = asked_for  # "Michael, Chalker can you run the tool…?" / "Chalker will do that."
        first = sentence[: match.start("who")]  # "Next step is to get responses from Express, Wes is working on that"
        before = first.rstrip(" ,;") if first.rstrip().endswith((",", ";")) else self._before
        task, due = self.task_and_due(antecedent(said, before), me=line.speaker, you=None)
        task = self.about_the_topic(line, task)
        return Draft(self.canonical(match.group("who")), task, due, sentence, line.number) if is_task(task) else None

    def _requested_before(self, line: Line) -> str | None:
        """What someone else's turn just before asked to have done, as a task: "…just needs to
        run the workflows to test those so we can get the checks to pass" is "run the workflows
        to test those"."""
        earlier = self.meeting.before(line.number, 1)
        if not earlier or earlier[0].speaker in (None, line.speaker):
            return None
        asked = plain_speech(earlier[0].text)
        requests = list(_ASKED_FOR.finditer(asked))
        if not requests:
            return None
        wanted = re.split(r"[.?!;]|,?\s+so\s+", asked[requests[-1].end() :], maxsplit=1)[0].strip(" ,")
        return wanted if wanted and is_task(wanted) and not is_talk(wanted) else None

    def _asked_just_before(self, line: Line) -> str | None:
        """In minutes, the task asked for on the line before: "Michael, Chalker can you run
        the tool to look for ecosystem usage?"."""
        earlier = self.meeting.before(line.number, 1)
        if self.meeting.transcript or not earlier or not (match := REQUEST.search(earlier[0].text)):
            return None
        rest = re.sub(r"[?.!\s]+$", "", earlier[0].text[match.end() :])
        return rest if rest and not is_talk(rest) else None

    def _scribe_imperative(self, line: Line, sentence: str, question: bool) -> Draft | None:
        """Minutes' shorthand "Michael send out an email to the list", "Tim contacts Luiz": a
        name, then a task verb, as it is or in the present (never "Michael sent" or "Michael
        reports")."""
        if question or self.meeting.transcript or not (match := self._name_then_verb.match(sentence)):
            return None
        task, due = self.task_and_due(
            (match.group("verb") or match.group("bare")) + match.group("rest"), me=None, you=None
        )
        return Draft(self.canonical(match.group("who")), task, due, sentence, line.number) if is_task(task) else None

    def _should_and_yes(self, line: Line, sentence: str, question: bool) -> Draft | None:
        """ "The User Interface Designer should look at the functions." / "User Interface: Yep.":
        told in a call what they should do, the one named says yes."""
        if question or not self.meeting.transcript or not line.speaker:
            return None
        if not (match := self._should.search(sentence)) or not (who := self.canonical(match.group("who"))):
            return None
        reply = self.meeting.next_turn(line.number)
        if who == line.speaker or not reply or reply.speaker != who or self.accepted(line) is not True:
            return None
        task, due = self.task_and_due(match.group("task"), me=line.speaker, you=None)
        return Draft(who, task, due, sentence, line.number) if is_task(task) and not is_talk(task) else None

    def _point_taken(self, line: Line, sentence: str, question: bool) -> Draft | None:
        """Minutes' "we should discuss tier with release group (Matheus is taking point on this)":
        what the sentence says should happen is the named person's to do."""
        if question or self.meeting.transcript or not (match := self._taking_point.match(sentence)):
            return None
        said = _SHOULD_LEAD.sub("", match.group("task").strip())
        task, due = self.task_and_due(said, me=None, you=None)
        return Draft(self.canonical(match.group("who")), task, due, sentence, line.number) if is_task(task) else None

    def _task_then_owner(self, line: Line, sentence: str, question: bool) -> Draft | None:
        """Minutes' "Raise a new issue to coordinate migration, Tony": a task, then who does it.
        Not in a call, where "Move to tier 3, Tony" is said to Tony and waits for an answer."""
        if question or self.meeting.transcript or line.speaker or not (match := self._task_then_name.match(sentence)):
            return None
        said = match.group("task")
        task, due = self.task_and_due(said[:1].lower() + said[1:], me=None, you=None)
        task = self.about_the_topic(line, task)  # "Raise a PR to remove it from the list, Tony" under "ETW tool"
        return Draft(self.canonical(match.group("who")), task, due, sentence, line.number) if is_task(task) else None

    def _scribe_obligation(self, line: Line, sentence: str, question: bool) -> Draft | None:
        """Minutes' "Trevor needs to make a git repo": what the notes say a person has to do
        is their action. Not in a call, where "Dana needs to see it" is a remark."""
        if question or self.meeting.transcript or line.speaker or not (match := self._needs_to.match(sentence)):
            return None
        task, due = self.task_and_due(match.group("task"), me=None, you=None)
        return Draft(self.canonical(match.group("who")), task, due, sentence, line.number) if is_task(task) else None

    def _passive(self, line: Line, sentence: str, question: bool) -> Draft | None:
        """ "New PR to be opened by Adam on the README": Adam's item."""
        drafts = self._passive_each(line, sentence, question)
        return drafts[0] if len(drafts) == 1 else None

    def _passive_each(self, line: Line, sentence: str, question: bool) -> list[Draft]:
        """ "…additional votes will be added by Rich/Ali": an item for each of them."""
        if question or not (match := PASSIVE.match(sentence)):
            return []
        owners = [self.canonical(who.strip()) for who in NAMES_APART.split(match.group("who")) if who.strip()]
        if not owners or not all(owners):
            return []
        what = re.sub(r"^(?:discussed|agreed|ok(?:ay)?|so)\s*,\s*", "", match.group("what"), flags=re.I)
        rest = match.group("rest") or ""
        task, due = self.task_and_due(f"{what} to be {match.group('verb')} {rest}", me=None, you=None)
        return (
            [Draft(who, task, due, sentence, line.number) for who in dict.fromkeys(owners) if who]
            if is_task(task)
            else []
        )
