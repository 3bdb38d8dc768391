"""A task's words: its verb, whether it is a task at all or talk about the conversation,
its base form ("emailing" -> "email"), what "that" stands for, where speech broke off, and
people's short names as minutes write them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.core.text import STOP_WORDS, words
from coach.summary.cues import (
    ABOUT_US,
    ACCEPT,
    ADVERBS,
    CONVERSATIONAL,
    DECLINE,
    DO_THAT,
    ELSEWHERE,
    IRREGULAR_PARTICIPLES,
    LATER,
    LATER_CLAUSE,
    NOT_A_TASK,
    TALKING,
    WHEN_DONE,
)
from coach.summary.lexicon import verb_lemma
from coach.summary.names import BULLET, INITIALS, LINK_LABEL


def base_of_participle(verb: str) -> str:
    """ "posted" -> "post", "shared" -> "share", "submitted" -> "submit", "sent" -> "send"."""
    verb = verb.lower()
    return verb_lemma(verb) if verb.endswith("ed") or verb in IRREGULAR_PARTICIPLES else verb


def accepts(reply: str) -> bool:
    """Whether a reply agrees ("Sure", "Deal", "Okay, that works")."""
    return bool(ACCEPT.match(reply.strip())) and not DECLINE.match(reply.strip())


CLAUSE = re.compile(r"(?:,|;)\s+(?:and\s+|but\s+|then\s+)?(?:also\s+)?(?=(?:I|I'll|I'm|you|you'll|we|we'll|let's)\b)")


STATES_FIRST = re.compile(
    r"^(?:(?:and|so|but|also|then|okay|ok|yeah|yes)[,\s]+)*(?:I'll|I\s+will|I'm\s+(?:gonna|going\s+to)|let\s+me)\s",
    re.I,
)


SPEECH_PAUSE = re.compile(
    r"\b(I\s+can|I\s+should|I\s+could|I'll|I\s+will|I'm\s+gonna|going\s+to|(?:need|have|want|plan)\s+to)\s*(?:,|…|\.\.\.)\s+(?=[a-z])"
)
"""A pause in speech after the promise ("I need to, talk with Casey", "I can… open up a PR")."""
FALSE_START = re.compile(r"\b((?:[\w']+\s+){0,5}[\w']+)\s*(?:…|\.\.\.|,|-+)?\s+\1\b", re.IGNORECASE)
"""Speech that starts again: "I can check whether… I can check whether this breaks it"."""
RESTART = re.compile(
    r"\b(?:I(?:\s+(?:will|can|could|should|would|might|am|think))?|I'll|I'm(?:\s+(?:gonna|going\s+to))?|we'll|we\s+will|"
    r"we\s+can)\s*(?:…|\.\.\.|—|–|-+|,)?\s+(?=(?:I'll|I\s+will|I\s+can|I'm\s+(?:gonna|going\s+to)|let\s+me)\b)",
    re.IGNORECASE,
)
"""A promise begun twice in other words: "I will — I'll draw up…", "I can… I'll check", "I I'll look"."""
FILLER = re.compile(
    r"(?:,\s*)?\b(?:u+h+|u+m+|uhm|erm|ehm)\b[,.…]*\s*|,\s*(?:like|you\s+know|sort\s+of|kind\s+of)\s*,(?!\s*(?:what|how|why|when|where|who|which|whether|if)\b)\s*",
    re.IGNORECASE,
)
"""Sounds a transcribing machine writes down: "I will post that to uh the uh the list", and
words set between commas that carry nothing: "push the code, like, in the next hour"."""


WHAT_I_WILL_DO = re.compile(
    r"\b(?:I\s+think\s+)?what\s+I(?:'m|\s+am)?\s*(?:going\s+to|gonna|'ll|\s*will)\s+do\s+(?:next\s+|now\s+|then\s+)?is\s+(?:to\s+)?"
    r"(?=[a-z])",
    re.IGNORECASE,
)
"""A promise said the long way round: "what I'm going to do is submit some corrections"."""


_WHEN_ALONE = re.compile(
    r"^(?:tomorrow|today|tonight|later\s+today|this\s+(?:week|afternoon|evening)|next\s+week|"
    r"by\s+(?:tomorrow|tonight|(?:mon|tues|wednes|thurs|fri)day|the\s+end\s+of\s+(?:the\s+)?(?:day|week)))\b(?=\s*(?:[,.!]|and\b|$))",
    re.IGNORECASE,
)


def with_when_said_after(said: list[str], promised: re.Pattern[str]) -> list[str]:
    """ "I can also check this. Tomorrow, and then get back to you." in a call: the time said
    on its own after a promise belongs to it."""
    joined: list[str] = []
    for sentence in said:
        if joined and _WHEN_ALONE.match(sentence) and promised.search(joined[-1]):
            joined[-1] = f"{joined[-1].rstrip(' .!')} {sentence[0].lower()}{sentence[1:]}"
        else:
            joined.append(sentence)
    return joined


def _filler_gone(found: re.Match[str]) -> str:
    """What stays of a filler: the comma between two clauses it stood in ("what the market
    wants , um , what people want"), else a space ("I'll, uh, send" -> "I'll send", "push the
    code, like, in the next hour" -> "push the code in the next hour")."""
    between_commas = found.group(0).lstrip().startswith(",") and found.group(0).rstrip().endswith(",")
    after = found.string[found.end() :]
    if between_commas and re.match(r"(?:what|how|why|where|when|who|which)\b", after, re.I):
        return ", "
    return " "


_YOU_KNOW_AFTER_A_CUE = re.compile(r"\b(gonna|going\s+to|I'll|I\s+will|I\s+can)\s+you\s+know\s+(?=I\b)", re.I)


def plain_speech(sentence: str) -> str:
    """A spoken sentence without its fillers, restarts and pauses after a promise, and a
    promise said the long way round put plainly."""
    sentence = WHAT_I_WILL_DO.sub("I'm going to ", FILLER.sub(_filler_gone, sentence)).strip()
    sentence = _YOU_KNOW_AFTER_A_CUE.sub(r"\1 ", sentence)  # "I'm gonna you know I was realizing…": a start left
    return SPEECH_PAUSE.sub(r"\1 ", RESTART.sub("", FALSE_START.sub(r"\1", sentence)))


def without_fillers(text: str) -> str:
    """A spoken statement as a summary lists it: "Um, one thing, I'd like…" -> "One thing, I'd like…"."""
    plain = FILLER.sub(" ", text).strip(" ,")
    plain = re.sub(r"\b(\w+)(?:\s+\1\b)+", r"\1", plain, flags=re.IGNORECASE)  # "a a kinetic battery", "the the"
    plain = re.sub(r"\s+([,.;:!?])", r"\1", " ".join(plain.split()))
    plain = re.sub(  # "And the reporting piece, …", "OK so billing migration is at 40 percent."
        r"^(?:(?:ok|okay|right|well|yeah|alright)\b,?\s*)*(?:(?:and|so|also)\b,?\s*)?(?=\w)",
        "",
        plain,
        flags=re.IGNORECASE,
    )
    return plain[:1].upper() + plain[1:] if text[:1].isupper() else plain


def asks(sentence: str) -> bool:
    """A question, not "and also I'll ask in the chat, like, what would be the better
    timing?": a statement that ends on a question it quotes."""
    return sentence.rstrip().endswith("?") and not STATES_FIRST.match(sentence.strip())


def clauses(sentence: str) -> list[str]:
    """Two commitments in one sentence ("you'll send the plan by Wednesday, and I'll book the
    room") are read one by one."""
    found: list[str] = []
    for clause in (c.strip() for c in CLAUSE.split(sentence) if c.strip()):
        later = LATER_CLAUSE.search(clause) if re.match(r"I\b", clause) else None
        if later:  # "I plan to re-assess the benchmarks, and will be contacting teams": the same I
            found += [clause[: later.start()], f"I will {later.group('task')}"]
        else:
            found.append(clause)
    return found


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOP_WORDS and len(w) > 2}


def first_verb(task: str) -> str:
    lowered = task.lower()
    for phrase in (
        "help me understand",
        "give me an example",
        "give you an example",
        "give an example",
        "share more",
        "go on",
        "keep going",
    ):
        if lowered.startswith(phrase):
            return phrase.replace(" ", "-")
    return (words(task) or [""])[0]


BROKEN_OFF = frozenset(
    [
        "if",
        "whether",
        "the",
        "a",
        "an",
        "to",
        "of",
        "for",
        "with",
        "and",
        "or",
        "but",
        "at",
        "about",
        "from",
        "so",
        "like",
        "is",
        "are",
        "was",
        "were",
        "my",
        "your",
        "our",
        "their",
        "what",
        "which",
    ]
)
"""A task that ends on one of these was cut off mid-sentence ("check whether…")."""
_ENDS_A_CLAUSE = re.compile(
    r"\b(?:what|whatever|where|which|who|how(?:\s+(?:big|bad|much|many|long|far|often))?)\s+\S.*\s(?:is|are|was|were|like)$|"
    r"\b(?:I|we|you|they|he|she|people|users|customers|folks|everyone)\s+(?:really\s+)?like$",
    re.IGNORECASE,
)
"""Where a final "is" or "like" ends a clause, not the speech: "find out what the problem
is", "survey the colours people like"."""


def broke_off(text: str) -> bool:
    """Whether speech ends on a word that leaves it unfinished ("check whether…")."""
    last = (words(text) or [""])[-1]
    return last in BROKEN_OFF and not _ENDS_A_CLAUSE.search(text.strip(" .,;:!?…"))


_IN_THIS_MEETING = re.compile(
    r"\b(?:in|during)\s+the\s+(?:private|closed|executive)\s+(?:section|session|part|portion)\b|"
    r"\b(?:at\s+the\s+end|later)\s+(?:of|in)\s+(?:the|this)\s+(?:meeting|call)\b",
    re.IGNORECASE,
)
"""Done before the meeting ends: "give more context in the private section at the end"."""


def is_task(task: str) -> bool:
    """Something to do after the meeting, not a bare verb ("do", "try"), speech that broke
    off, or what happens later in the meeting itself."""
    named = content_words(task) or re.search(r"\b[A-Z]{2,}s?\b", task)  # "make a PR", "fix the CI"
    return (
        bool(named)
        and len(words(task)) >= 2
        and not broke_off(task)
        and not _IN_THIS_MEETING.search(task)
        and not _A_NEW_SUBJECT.match(task)
    )


_A_NEW_SUBJECT = re.compile(
    r"^I\s+(?:was|am|have|had|think|guess|mean|see|realized?|wonder(?:ed)?)\b|^(?:no\s+longer|not|never)\b|"
    r"^take\s+(?:a|an|another|\d+|a\s+few|some|a\s+couple(?:\s+of)?)\s+(?:more\s+)?(?:days?|weeks?|hours?|minutes?|months?|while|bit)\b",
    re.IGNORECASE,
)
"""Words after a promise that start a sentence of their own ("I'm gonna… I was realizing…"), that
say what will stop ("will no longer be director"), or how long something takes ("will take a day
to shape up"): no task."""


HAVE_TO_DO = re.compile(
    r"^have\s+(?:a|an)\s+(?:\w+\s+)?(?:look|meeting|call|chat|sync|word|conversation|discussion|go|crack|stab|try)\b|"
    r"\b(?:ready|done|finished|drafted|written|up|out)\b",
    re.IGNORECASE,
)
"""What makes "have" a task: "have a meeting with Roto", "have the draft ready"."""
HAVE_BY = re.compile(
    r"^have\s+(?!to\b)\S.{0,80}?\s(?:by|before|for\s+you)\s+(?:then|tomorrow|tonight|today|(?:next|this)\s+\w+|end\s+of|the\s+end|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)",
    re.IGNORECASE,
)
"""What "have" promises with a time: "I'll have the report by Friday", "I'll have them by then"."""


_NOT_A_PIECE = (
    r"same|best|rest|thing|things|round|intro|introductions?|honou?rs|talking|opposite|other|math|trick|job|part|work|"
    r"stuff|bit|one|quick(?!\s+(?:review|pass|check|look|fix|test|read|scan|sanity))|short|little|first|next"
)
_NOT_A_NOUN = (
    r"again|later|now|too|also|today|tomorrow|tonight|instead|yet|anyway|already|together|then|right|quickly|offline|"
    r"first|once|here|there|for|with|in|on|at|by|to|of|if|when|after|before|and|but|so|because|as|or|is|was|will|would"
)
DOING_A_PIECE = re.compile(
    rf"^do\s+(?:(?:the|a|an|another|one\s+more|some|our|my|your|their)\s+(?!(?:{_NOT_A_PIECE})\b)"
    rf"|(?:that|this|those|these)\s+(?!(?:{_NOT_A_PIECE}|{_NOT_A_NOUN})\b))[a-z][\w-]+"
    r"|^do\s+(?:the\s+)?minutes?(?:\s+uploads?)?\b",  # "I can do minute uploads"
    re.IGNORECASE,
)
"""What makes "do" a task: a piece of work named ("do the trend watching", "do the budget
review", "do that blog post"), not "do the same", "do a quick round", "do my best" or "do
that again"."""


_A_DAY_LATER = re.compile(r"\b(?:today|tonight|tomorrow|this\s+(?:week|afternoon|evening)|next\s+week)\b", re.I)


_SAYING_THAT = re.compile(
    r"^(?:add|mention|note|say|point\s+out|stress|emphasi[sz]e|remind\s+(?:you|everyone)|repeat)\s+that\s+"
    r"(?:we|I|you|it|this|there|they|he|she|the)\b",
    re.IGNORECASE,
)
"""Words said there and then: "I'll also add that we have discussed a roadmap"."""


def is_talk(task: str) -> bool:
    """Whether the words after a cue are about the conversation rather than a task."""
    task = base_form(task.strip())  # "would you mind saying more"
    task = re.sub(r"^(?:try|want|like)\s+to\s+", "", ADVERBS.sub("", task.strip()), flags=re.I)
    task = re.sub(r"^see\s+if\s+(?:I|we)\s+can\s+", "", task, flags=re.I)  # "see if I can give you access": the giving
    if NOT_A_TASK.match(task) or _SAYING_THAT.match(task):
        return True
    verb = first_verb(task)
    later = ELSEWHERE.search(task) or LATER.search(task) or WHEN_DONE.search(task)
    if verb != "say" and verb.split("-")[0] in TALKING and later:
        return False  # "ask a general question in the chat", "share more details once I finish": later
    if verb == "answer" and (later or _A_DAY_LATER.search(task)):
        return False  # "I will answer you, today": a reply owed after the call
    if verb == "do" and DOING_A_PIECE.match(task):
        return False  # "you'll do the trend watching": a piece of the work
    if verb in CONVERSATIONAL:
        return True
    if verb == "have" and not (HAVE_TO_DO.search(task) or HAVE_BY.search(task)):
        return True  # "I will have some drawings that show it": what they bring, not a task
    following = words(task)[1:2]
    return verb in TALKING and bool(following) and following[0] in ABOUT_US


MAX_ADDRESSEES = 6


def progressive_to_base(task: str) -> str:
    """ "be testing those as well" -> "test those as well" ("I'll be testing those"); "now
    begin tackling the doc" -> "tackle the doc"; "start to draft it" -> "draft it"; "try running
    them" -> "run them"."""
    lead = r"^\s*(?:(?:now|then|also|just)\s+)?"
    if match := re.match(
        rf"{lead}(?:be|begin|start|try)\s+(?:(?:further|also|still|just|actively)\s+)?(?=\w+ing\b)", task, re.I
    ):
        return base_form(task[match.end() :])
    if match := re.match(rf"{lead}(?:begin|start)\s+to\s+(?=\w)", task, re.I):
        return task[match.end() :]
    if (had := _HAVE_IT_DONE.match(task)) and (verb := verb_lemma(had.group("done"))) != had.group("done").lower():
        return f"{verb} {had.group('thing')}{had.group('rest')}"  # "have that implemented by Monday"
    return task


_HAVE_IT_DONE = re.compile(
    r"^\s*(?:get|have)\s+(?P<thing>(?:that|it|this|them|the\s+[\w-]+(?:\s+[\w-]+)?))\s+"
    r"(?!done\b|ready\b|finished\b)(?P<done>[a-z]+(?:ed|en))\b(?P<rest>.*)$",
    re.IGNORECASE,
)
"""A task said as its result: "have that implemented", "get the PR merged" ("done" and
"ready" stay as said: "have it done" names no verb)."""


def base_form(task: str) -> str:
    """ "emailing me the slides" -> "email me the slides" (after "would you mind")."""
    words = task.strip().split(" ", 1)
    if not words or not re.fullmatch(r"[A-Za-z]{2,}ing", words[0]):
        return task
    return " ".join([verb_lemma(words[0]), *words[1:]])


def short_forms(name: str) -> list[str]:
    """How minutes shorten a name: "Mike", "Mike D" and "MDolan" for Mike Dolan (none for one word)."""
    parts = name.split()
    if len(parts) < 2:
        return []
    forms = [parts[0], f"{parts[0]} {parts[-1][0]}"]
    if len(parts[-1]) >= 4 and parts[0][:1].isalpha():
        forms.append(f"{parts[0][0]}{parts[-1]}")  # "MDawson: …", "Mdawson & Myles" for Michael Dawson
    return forms


def unique_short_forms(full: Sequence[str]) -> dict[str, str]:
    """Each short form that stands for exactly one participant, lower-cased, to the full name."""
    forms: dict[str, list[str]] = {}
    for name in full:
        shortened = re.fullmatch(r"[A-Z]{1,2}\.?", name.split()[-1]) and len(name.split()) > 1
        for form in short_forms(name)[:1] if shortened else short_forms(name):  # "Alex C" is itself a short form
            forms.setdefault(form.lower(), []).append(name)
    return {form: names[0] for form, names in forms.items() if len(set(names)) == 1}


def antecedent(task: str, before: str) -> str:
    """ "actions: close the issue, land the PR. Joe will do that today": what "that" is, when
    the sentence before says it."""
    if not DO_THAT.match(task) or not before:
        return task
    earlier = re.sub(
        r"^(?:actions?|next\s+steps?(?:\s+(?:is|are|would\s+be)(?:\s+to)?)?|to-?dos?)\s*[:,-]?\s*",
        "",
        before.strip(),
        flags=re.I,
    )  # "Next step is to get responses from Express, Wes is working on that"
    return earlier.rstrip(" .;:") or task


_THIS_ONE = re.compile(r"\bthis\s+(?P<kind>PR|pull\s+request|issue)\b", re.IGNORECASE)
_NUMBERED = re.compile(r"(?:#|/(?:pull|issues)/)(?P<number>\d{2,})\b")


def numbered(task: str, context: str) -> str:
    """ "review this PR" said under "- newton-cholesky solver [#24767](…/pull/24767)":
    "review PR #24767", when the point above names one number and no other."""
    if not context or not (this := _THIS_ONE.search(task)):
        return task
    if len(found := {m.group("number") for m in _NUMBERED.finditer(context)}) != 1:
        return task
    kind = "issue" if this.group("kind").lower() == "issue" else "PR"
    return f"{task[: this.start()]}{kind} #{found.pop()}{task[this.end() :]}"


_ON_A_TOPIC = {
    "comment": "comment on",
    "respond": "respond on",
    "reply": "reply on",
    "review": "review",
    "weigh in": "weigh in on",
    "remove": "remove",
    "merge": "merge",
    "land": "land",
    "approve": "approve",
    "close": "close",
    "follow up": "follow up on",
    "look into": "look into",
}
"""Tasks a point of an outline gives their object: "Rich will comment" under "deps: vendor semver"."""


_DONE_IN_THE_CALL = frozenset(["merge", "land", "approve", "close", "remove"])
"""What a log's "I'll merge" does there and then, unlike notes written after the meeting."""


def on_the_topic(task: str, context: str, *, in_the_call: bool = False) -> str:
    """ "comment" said under the point "deps: vendor semver [#45127](…)": "comment on deps:
    vendor semver #45127"; a task with an object of its own stays as it is. In a live log
    (`in_the_call`), "merge" or "close" the issue on screen is done there and then."""
    task = re.sub(r"^(\w+(?:\s+(?:in|up|into))?)\s+but\b.*$", r"\1", task.strip())  # "comment but ben, your ticket…"
    verb = " ".join(task.lower().rstrip(" .!;").split())  # "Myles will merge."
    topic = point_topic(context)
    if (
        context
        and not in_the_call
        and verb not in _ON_A_TOPIC
        and _IT_LEFT_OPEN.search(task)
        and len(topic.split()) >= 2
        and len(task.split()) <= _SHORT_TASK
        and is_task(task)  # the topic says what "it" is; it does not make "do it" a task
    ):
        return f"{task.rstrip(' .')} ({shortened_topic(topic)})"  # "raise a PR to remove it from the list" (ETW…)
    if verb not in _ON_A_TOPIC or not context or (in_the_call and verb in _DONE_IN_THE_CALL):
        return task
    return f"{_ON_A_TOPIC[verb]} {topic[:100]}" if len(topic.split()) >= 2 else task


def point_topic(point: str) -> str:
    """The point of an outline as a topic: "* Re-evaluate ETW tool tier-list [#542](https://…)"
    -> "Re-evaluate ETW tool tier-list #542"."""
    point = BULLET.sub("", point).replace("\\[", "\x00").replace("\\]", "\x01")  # "\\[baseline practices\\]" is no link
    plain = _URL.sub("", LINK_LABEL.sub(r"\1", point)).replace("\x00", "[").replace("\x01", "]")
    return " ".join(plain.split()).rstrip(" .:")


def shortened_topic(topic: str, width: int = 80) -> str:
    return topic if len(topic) <= width else topic[:width].rsplit(" ", 1)[0].rstrip(" ,;:(") + "…"


_SAID_OF_THE_POINT = re.compile(
    r"^(?:closed|done|agreed|approved|postponed|deferred|skipped?|nobody|no\s+one|none|removed|landed|merged|"
    r"no\s+(?:update|progress|objections?|concerns?)|still\s+open|should|needs?|waiting|will)\b|\b(?:it|this|that|them)\b",
    re.IGNORECASE,
)
MAX_BARE_POINT = 16
"""Words a point of an outline has at most for what it says of the point above to need it
("Closed, no further action required" under "Re-evaluate mdb_V8 …")."""


def with_its_point(statement: str, point: str) -> str:
    """A short statement of notes that only makes sense with the point it sits under, prefixed
    with it: "Re-evaluate `mdb_V8` tool in the tier-list #549: Closed, no further action required"."""
    topic = point_topic(point)
    if len(statement.split()) > MAX_BARE_POINT or len(topic.split()) < 2 or not _SAID_OF_THE_POINT.search(statement):
        return statement
    return f"{shortened_topic(topic)}: {statement}"


_SHORT_TASK = 10
"""Words a task has at most for "it" in it to need the point above: a longer one says enough."""
_IT_LEFT_OPEN = re.compile(
    r"\b(?:it|this|that|them)\b(?=\s*[.!]?$|\s+(?:from|to|in|on|with|as|by|for|off)\b)", re.IGNORECASE
)
"""A task whose object is only "it" or "this" ("re-evaluate it", "remove it from the list"): in
notes written as an outline, the point above says what."""
_URL = re.compile(r"\(?<?https?://\S+?>?\)?(?=\s|$)")


def name_pattern(names: Sequence[str]) -> str:
    """Names as an alternation, longest first; initials ("JS") only in capitals, never "js"."""
    return (
        "|".join(
            f"(?-i:{re.escape(n)})" if INITIALS.fullmatch(n) else re.escape(n)
            for n in sorted(names, key=len, reverse=True)
        )
        or r"(?!x)x"
    )
