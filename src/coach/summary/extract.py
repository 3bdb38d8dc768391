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
from typing import Protocol, TypeVar

from coach.core.text import STOP_WORDS, sentences, words
from coach.summary.dates import find_due
from coach.summary.facts import fact_kinds, highlight_strength, okr_update, overview_line, status_said
from coach.summary.meeting import INITIALS as _INITIALS
from coach.summary.meeting import Line, Meeting, initials_of
from coach.summary.models import ActionItem, MeetingSummary, OKRUpdate

_MARKER = re.compile(
    r"^(?:action(?:[\s_]+item)?s?|ai|todo|to-?do|next\s+steps?|follow[- ]?ups?)"
    r"(?:\s*\((?P<who>[^)]+)\)|\s+(?P<initials>(?-i:[A-Z]{2,3}))|\s+(?:to|for)\s+(?P<to>[^:]{2,40}?))?\s*[:\-–]\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_SECTION = re.compile(r"^#*\s*(?:action(?:\s+item)?s|next\s+steps|to-?dos?|follow[- ]?ups)\s*:?\s*$", re.IGNORECASE)
_OTHER_SECTION = re.compile(r"^#+\s+\S|^[A-Z][\w /&-]{0,40}:\s*$")
_FIRST_PERSON = re.compile(
    r"\b(?:I'll|I\s+will|I'm\s+going\s+to|I\s+am\s+going\s+to|I'm\s+gonna|let\s+me|I\s+promise\s+to|I\s+plan\s+to|"
    r"I\s+commit\s+to|I'm\s+planning\s+to|I\s+am\s+planning\s+to|I\s+can(?=\s+take\b)|I'll\s+go\s+ahead\s+and|I\s+(?:need|have)\s+to|I\s+can|I\s+should|I'd\s+better|"
    r"(?:one\s+of\s+)?my\s+(?:to-?dos?(?:\s+lists?)?|next\s+steps?|action\s+items?)\s+(?:is|are)\s+to)\s+",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\b(?:you'll|you\s+will|you're\s+going\s+to|you\s+are\s+going\s+to)\s+", re.IGNORECASE)
_YOU_DO = re.compile(r"^(?:and\s+|then\s+|so\s+)?you\s+(?=[a-z])", re.IGNORECASE)
"""A clause that hands the other person a task in the present ("and you send me the plan by
Wednesday"): only with a date and between two people, where "you" is one person."""
_REQUEST = re.compile(
    r"\b(?:(?:can|could|shall)\s+we\s+agree\s+(?:that\s+)?you(?:'ll|\s+will)?|can\s+you|could\s+you|would\s+you|"
    r"will\s+you|can\s+I\s+ask\s+you\s+to|I\s+need\s+you\s+to|"
    r"I'd\s+like\s+you\s+to|I\s+want\s+you\s+to|please)\s+(?:(?:all|both|two|three|four|five|guys|each)\s+)?"
    r"(?:(?:mind|be\s+able\s+to|be\s+willing\s+to)\s+)?",
    re.IGNORECASE,
)
_SEVERAL = re.compile(
    r"\b(?:you|would\s+you|could\s+you|can\s+you)\s+(?:all|both|two|three|four|five|guys)\b|\beach\s+of\s+you\b|\beveryone\b",
    re.IGNORECASE,
)
_SOMEONE = re.compile(
    r"\b(?:can|could|would|will)\s+(?:someone|somebody|anyone|anybody)\s+|\bwho\s+(?:can|could|will|wants\s+to)\s+|"
    r"\b(?:someone|somebody)\s+(?:needs|has|should)\s+to\s+",
    re.IGNORECASE,
)
_NOT_DOING = frozenset(
    [
        "said",
        "say",
        "know",
        "think",
        "thought",
        "mean",
        "meant",
        "were",
        "was",
        "are",
        "had",
        "did",
        "do",
        "always",
        "never",
    ]
)
"""After a bare "you", words that describe or report rather than hand over a task."""
_RECEIVING = frozenset(
    ["get", "receive", "hear", "see", "find", "have", "be", "need", "want", "know", "like", "love", "feel", "end"]
)
_AGENDA = re.compile(
    r"^(?:start|begin|kick\s+(?:it\s+)?off|open)\s+(?:with|by|off)\b|^(?:hand|pass|turn)\s+(?:it\s+)?(?:over|back)\b|"
    r"^go\s+first\b|^share\s+my\s+screen\b|^stop\s+sharing\b|^wrap\s+(?:it\s+)?up\b|^move\s+on\b|^keep\s+it\s+short\b|"
    r"^leave\s+it\s+there\b|^let\s+you\s+go\b|^be\s+quick\b|^put\s+(?:it|that|this)\s+(?:another\s+way|simply|bluntly|differently)\b|"
    r"^(?:phrase|frame|put|say)\s+(?:it|this|that)\s+(?:this|that|another)\s+way\b|^take\s+(?:that|this|it)\s+as\b|"
    r"^stop\s+(?:then|there|here|sharing)\b|^leave\s+the\s+floor\b|^(?:just\s+)?pull\s+(?:it|this|that)\s+up\b|"
    r"^(?:quickly\s+|just\s+)?(?:share|drop|post|paste|put|link)\b[^.]{0,60}?\b(?:link|links|screen|chat|here)\b|"
    r"^link\s+to\b|^read\s+(?:in\s+)?the\s+chat\b|^see\s+(?:who|if|what|how)\b|^bring\s+(?:this|it|that)\s+up\b|"
    r"^(?:share|drop|post|paste)\s+(?:this|it|that)[\s.]*$|^.{0,60}\b(?:joining|join\s+(?:us|the\s+call))\b|"
    r"^give\s+(?:a|an|my|the|some)\s+(?:[\w-]+,?\s+){0,2}update\b|^keep\s+(?:my|the)\s+update\b|"
    r"^get\s+(?:back\s+)?to\s+(?:that|this|it)\b|^(?:present|show)\s+(?:you|how|why|what|it|this|that)\b|"
    r"^(?:hop|drop|jump)\s+off\b|^suggest\s+(?:we|that|to)\b|^close\s+(?:(?:this|it|things|a\s+couple\s+of\s+things)\s+)?out\b|"
    r"^give\s+(?:\w+\s+)?(?:the\s+)?(?:stage|floor|mic)\b|"
    r"^talk\s+to\s+(?:you|y'all)\b|^see\s+you\b",
    re.IGNORECASE,
)
_IF_YOU = re.compile(
    r"^\s*if\s+you\s+(?:can|could|would)\s+(?P<request>[^,]+?),\s*(?:then\s+)?(?P<mine>I(?:'ll|\s+will)\s+.+)$", re.I
)
_CONDITIONAL = re.compile(r"^\s*(?:if|unless|in\s+case|should\s+(?:they|we|it|he|she))\b", re.IGNORECASE)
_PRONOUN_OBJECT = re.compile(r"^(?P<verb>\w+)\s+(?P<pronoun>that|it|this|them|one)\b(?P<rest>.*)$", re.IGNORECASE)
_ENDS_A_NOUN = r"(?:where|which|that|who|when|to|and|or|but|if|is|are|was|were|we|you|it|I|in|at|so|by|with|from|before|after|until)\b"
_NOUN_PHRASE = re.compile(
    rf"\b(?:an?|the|my|our|your|any|some)\s+(?:(?!{_ENDS_A_NOUN})[\w'-]+\s+){{0,3}}?(?!{_ENDS_A_NOUN})[\w'-]+"
    rf"(?:\s+(?!{_ENDS_A_NOUN}|(?:for|of|on|about)\b)[A-Za-z][\w'-]*){{0,2}}"
    r"(?:\s+(?:for|of|on|about)\s+(?:the\s+|our\s+|my\s+)?[\w'-]+(?:\s+[\w'-]+)?)?",
    re.IGNORECASE,
)
"""A thing named ("a GitHub issue", "an agenda for the offsite"), up to the word that ends it."""
_NOUN_TAIL = re.compile(r"\s+(?:yet|either|now|today|anyway|so\s+far|at\s+all)$", re.IGNORECASE)
_GERUND = {
    "taking": "take",
    "making": "make",
    "writing": "write",
    "sharing": "share",
    "updating": "update",
    "preparing": "prepare",
    "scheduling": "schedule",
    "having": "have",
    "giving": "give",
    "closing": "close",
    "moving": "move",
    "using": "use",
    "creating": "create",
    "leading": "lead",
    "sending": "send",
    "putting": "put",
    "getting": "get",
    "setting": "set",
    "running": "run",
    "shipping": "ship",
}
_PARTICIPLES = {"sent": "send", "written": "write", "got": "get", "gotten": "get", "done": "do", "made": "make"}
_PARTICIPLES |= {"put": "put", "set": "set", "read": "read", "run": "run", "built": "build", "taken": "take"}
_PARTICIPLES |= {"given": "give", "found": "find", "told": "tell", "brought": "bring", "booked": "book"}
_NOT_YET = re.compile(
    r"\bI\s+(?:still\s+)?(?:haven't|have\s+not|didn't|did\s+not)\s+(?:yet\s+)?(?P<verb>\w+)\s+(?P<thing>[^,.;…]{2,60})",
    re.IGNORECASE,
)
"""What is still to do, said just before "I'll do that": "I haven't posted the slides"."""


def base_of_participle(verb: str) -> str:
    """ "posted" -> "post", "shared" -> "share", "submitted" -> "submit", "sent" -> "send"."""
    verb = verb.lower()
    if verb in _PARTICIPLES or not verb.endswith("ed"):
        return _PARTICIPLES.get(verb, verb)
    if verb[:-1] in _GERUND.values() or (
        verb.endswith(("ated", "ured", "ased", "ized", "ised", "iled", "ged")) and not verb.endswith(("ailed", "gged"))
    ):
        return verb[:-1]
    stem = verb[:-2]
    return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls" else stem


_NEED_FROM_YOU = re.compile(
    r"\bI\s+(?:need|want|would\s+like|'d\s+like)\s+(?P<what>.+?)\s+from\s+you\b(?P<rest>.*)$", re.IGNORECASE
)
_COMMITTING = (
    r"(?:will|'ll|to|is\s+going\s+to|agreed\s+to|offer(?:s|ed)?\s+to|promised\s+to|volunteer(?:s|ed)?\s+to|"
    r"committed\s+to|(?:is\s+)?willing\s+to|plan(?:s|ning)?\s+to|(?:will\s+)?takes?\s+(?:an\s+)?action\s+to|action\s+to)"
)
_SUBJECTLESS = re.compile(
    rf"^(?:(?:once|after|when|as\s+soon\s+as)\b[^,]{{0,80}}?,?\s+)?{_COMMITTING}\s+(?P<task>\w.+)$", re.IGNORECASE
)
_LATER_CLAUSE = re.compile(r"(?:[,;]|\band)\s+(?:also\s+)?(?:will|'ll)\s+(?P<task>\w.+)$", re.IGNORECASE)
_TASK_VERBS = (
    r"send|open|create|update|write|review|file|draft|post|schedule|follow\s+up|reach\s+out|email|ping|check|share|"
    r"add|remove|close|land|merge|contact|set\s+up|book|prepare|publish|submit|fix|investigate|document"
)
_NOT_AN_ITEM = re.compile(r"^\d|.*\?\s*$")
_DO_THAT = re.compile(r"^(?:do|handle|take\s+care\s+of|own)\s+(?:that|this|it|those|these)\b", re.IGNORECASE)
_PASSIVE = re.compile(
    r"^(?P<what>.+?)\s+(?:to\s+be|will\s+be)\s+(?P<verb>\w+ed)\s+by\s+(?P<who>[\w' ]+?)\s*(?P<rest>\b(?:on|in|for|with|by|before|after)\b.*)?[.!]?$",
    re.IGNORECASE,
)
_OBJECT_BEFORE = re.compile(
    r"\b(?P<object>(?:the|some|this|that|a|an|my|our)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:that|which)\s*$", re.I
)
"""What "I got some new data that I'm gonna go over" will go over."""
_SOON = re.compile(
    r"\b(?:(?:right\s+)?after\s+(?:this|the)\s+(?:call|meeting|breakout)|later\s+today|(?:at|by|before|for)\s+the\s+next\s+(?:call|meeting)|"
    r"immediately|right\s+away|asap|as\s+soon\s+as\s+possible)\b",
    re.I,
)
"""A time that turns "I can take a look" into a commitment."""
_FINDING_OUT = re.compile(
    r"(?:take\s+a\s+(?:\w+\s+)?look|look\s+into|check|double[- ]check|follow\s+up|reach\s+out|talk\s+(?:to|with)|"
    r"sync\s+(?:up\s+)?with|confirm|verify|figure\s+out|investigate|dig\s+into)\b",
    re.IGNORECASE,
)
_DURING_THE_CALL = re.compile(r"\b(?:right\s+now|now|real\s+quick|in\s+a\s+(?:sec|second|minute))\b", re.I)
_BUT_I_CAN = re.compile(r"\bbut\s+I\s+can\s+$", re.IGNORECASE)
"""Said in a call, "I need to take a look" or "I don't remember, but I can check it" is
someone taking on finding something out; "I can send the deck" still needs a time."""
_STATUS = re.compile(r"^(?:I\s+am|I'm|I\s+have|I've|we\s+are|we're|we\s+have)\b", re.IGNORECASE)
"""A line that says where someone is, not what they will do: "I am currently working with York"."""
_ON_THE_SPOT = re.compile(
    r"^(?:share|show|present)\s+(?:(?:you|the|my|this|these|our|a)\s+)?(?:agenda|screen|slides?|deck|doc|document|demo|links?|this|it|that|how)\b|"
    r"^pull\s+up\b|^(?:give|go\s+through|run\s+through|walk\s+through|speed\s*run)\b[^.]*\bupdates?\b|"
    r"^(?:cover\s+next|speed\s*run|record)\b|^(?:re)?post\s+(?:it|this|that)\b|^.{0,30}\bshare\s+request\b",
    re.IGNORECASE,
)
"""In a call, what is shown or told there and then, unless a time says it is for later."""
_WE_WILL = re.compile(r"\bwe(?:'ll|\s+will|'re\s+going\s+to)\b", re.IGNORECASE)
_LATER = re.compile(
    rf"{_SOON.pattern}|\b(?:before\s+then|afterwards|after\s+that|later(?:\s+on)?|offline|async(?:hronously)?|tonight)\b|"
    r"\bin\s+the\s+(?:relevant|usual)\s+(?:places|channels)\b",
    re.IGNORECASE,
)
"""Signs that what is shared is for after the call: "I'll share the link in the relevant places before then"."""
_NOT_A_VERB = frozenset(["in", "on", "at", "for", "of", "with", "like", "so", "and", "but", "or", "the", "um", "uh"])
"""A promise's task starts with what the speaker will do, never with one of these."""
_TRAILING_FUNCTION_WORDS = re.compile(
    r"(?:[\s,]+(?:with|to|of|for|the|a|an|and|or|but|if|whether|so|at|about|from|like))+[\s,]*$", re.IGNORECASE
)
_BARE_CHECK = re.compile(
    r"(?:double[- ]?)?check(?:\s+(?:that|it|on\s+that))?|find\s+out|look\s+into\s+(?:it|that)|verify(?:\s+that)?|"
    r"confirm(?:\s+that)?",
    re.IGNORECASE,
)
"""A finding out said with no object ("I'll check."): its object is the doubt said just before."""
_DOUBT = re.compile(
    r"\b(?:not\s+sure|don't\s+know|no\s+idea)\s+(?P<how>if|whether|what|how|why|when)\s+(?P<q>[^.?!…]{3,120})", re.I
)
_THEN_AND = re.compile(
    r",?\s*\band\s*(?:…|\.\.\.)?\s*(?:(?:yeah|so|then|also|just|maybe)[,\s]+)*(?P<next>(?-i:[a-z])\w+\b.*)$",
    re.IGNORECASE,
)
"""A second promise after a first one that is only talk: "think more about this, and… yeah, write it down"."""
_NEW_SUBJECT = re.compile(
    r"(?:anybody|anyone|everyone|everybody|somebody|someone|we|you|they|he|she|it|this|these|that|those|there|the|a|an|"
    r"one|i|my|our|their|his|her|its)\b",
    re.IGNORECASE,
)
_DUMMY_IT = re.compile(
    r"^(?:very\s+|more\s+|really\s+)?(?:clear|easy|easier|possible|work|happen|sure|right|better|simple|explicit|obvious)\b",
    re.IGNORECASE,
)
_SAME_AGAIN = re.compile(
    r"^(?:do|try)\s+the\s+same\b(?P<rest>.*)$|^(?:work\s+on|take\s+care\s+of|pick\s+up|tackle|drive|own)\s+(?:that|this|it)\b(?P<also>.*)$",
    re.IGNORECASE,
)
_SHOULD_DO = re.compile(
    r"\b(?:to|(?:we|I|you|someone)\s+(?:should|need\s+to|have\s+to|could|must|ought\s+to))\s+(?P<task>[a-z]\w+\b[^.;]*)",
    re.IGNORECASE,
)
_NOT_SURE = re.compile(r"(?:check|verify|confirm|double[- ]check)(?:\s+(?:this|that|it))?\s*,\s*but\b", re.I)
_LET_ME = re.compile(r"let\s+me\s", re.IGNORECASE)
"""In a call, "let me link the PR" is done on the spot; only with a time does it wait."""
_IN_A_CASE = re.compile(r"\b(?:if|unless|in\s+case|when\s+(?:that|this|it)\s+happens)\b[^.;]*,\s*$", re.IGNORECASE)
"""The clause is the second half of a case: "When that happens, I'll ping you"."""
_IN_AN_IF = re.compile(r"\bif\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
"""The cue sits in an if-clause: "if you're going to reserve the gas", "if I can make it"."""
_WEAK_CUES = re.compile(r"^(?:I\s+(?:need|have)\s+to|I\s+can|I\s+should|I'd\s+better)\s", re.IGNORECASE)
_ACCEPT = re.compile(
    r"^(?:sure|yes|yeah|yep|yup|ok|okay|will\s+do|absolutely|of\s+course|definitely|sounds\s+good|no\s+problem|"
    r"happy\s+to|i\s+can\s+do\s+that|i\s+can|on\s+it|deal|fine|got\s+it|i\s+will|i'll|consider\s+it\s+done|can\s+do|agreed|"
    r"all\s+right|that\s+works|works\s+for\s+me|let's\s+do\s+(?:it|that)|i\s+agree|"
    r"i(?:'m|\s+am)\s+(?:ready|happy|glad|fine)\s+(?:to|with)|that's\s+fair|fair\s+enough|makes\s+sense)\b",
    re.IGNORECASE,
)
_DECLINE = re.compile(
    r"^(?:no\b|nope|i\s+can't|i\s+cannot|not\s+(?:sure|really)|i\s+don't\s+think|i'd\s+rather\s+not)", re.IGNORECASE
)
# Verbs of talking, not of doing: "can you tell me more" is a question, not a task. The
# first set never makes a task; the second only when it is about the conversation itself
# ("tell me", "talk about", "walk me through"), not "tell the team" or "talk to legal".
_CONVERSATIONAL = frozenset(
    [
        "be",
        "explain",
        "describe",
        "elaborate",
        "clarify",
        "imagine",
        "think",
        "remember",
        "guess",
        "admit",
        "understand",
        "see",
        "hear",
        "agree",
        "repeat",
        "recall",
        "reflect",
        "rate",
        "answer",
        "expand",
        "summarise",
        "summarize",
        "help-me-understand",
        "give-me-an-example",
        "give-you-an-example",
        "give-an-example",
        "share-more",
        "go-on",
        "keep-going",
        "do",
        "know",
        "thank",
        "miss",
        "wait",
    ]
)
_TALKING = frozenset(
    ["tell", "walk", "talk", "say", "ask", "share", "start", "begin", "try", "mention", "correct", "speak", "present"]
)
_ADVERBS = re.compile(
    r"^(?:(?:very|quickly|briefly|just|also|really|actually|maybe|probably|then|now|so|always|basically|usually|generally|"
    r"pretty\s+much)\s+)+",
    re.I,
)
_ABOUT_US = frozenset(
    [
        "me",
        "us",
        "you",
        "about",
        "through",
        "more",
        "what",
        "how",
        "why",
        "if",
        "that",
        "honestly",
        "a",
        "an",
        "your",
        "yourself",
    ]
)
_ELSEWHERE = re.compile(
    r"\b(?:in|on|to|via|by)\s+(?:the\s+)?(?:chat|channel|slack|discord|list|mailing\s+list|forum|issue|pr|"
    r"github|thread|email|telegram)\b|\boffline\b|\basync\b",
    re.IGNORECASE,
)
_NOT_A_TASK = re.compile(
    r"^(?:be\b(?!\s+\w+ing\b)|not\b|feel\s+free\b|never\b|probably\s+not|have\s+to\s+think|think\b|see\b|get\s+back\s+to\s+that|"
    r"let\s+(?:them|him|her)\b|point\s+(?:out|to\s+(?:what|where|which))\b)",  # "I'll let them finish": theirs
    re.IGNORECASE,
)


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


_HEDGED = re.compile(
    r"^(?:yeah|yes|yep|ok(?:ay)?|sure|so)\b[,.…\s]+(?:i\s+mean|i\s+think|i\s+guess|so\b|well\b|but\b|um+\b|uh+\b|hmm+\b)",
    re.IGNORECASE,
)
_TAKEN_ON = re.compile(
    r"\b(?:I'll|I\s+will|I\s+can\s+(?:do|take)|I(?:'ve)?\s+got\s+(?:it|this)|will\s+do|on\s+it)\b", re.I
)
_FOR_THE_TEAM = re.compile(r"^(?:(?:ok(?:ay)?|yeah|yes|sure|right)[,.\s]+)+we(?:'ll|\s+will|\s+can)\b", re.IGNORECASE)
ANSWERED_SENTENCES = 2
"""A reply answers the last sentences of a turn, not what came before them."""


def accepts(reply: str) -> bool:
    """Whether a reply agrees ("Sure", "Deal", "Okay, that works")."""
    return bool(_ACCEPT.match(reply.strip())) and not _DECLINE.match(reply.strip())


_CLAUSE = re.compile(r"(?:,|;)\s+(?:and\s+|but\s+|then\s+)?(?:also\s+)?(?=(?:I|I'll|I'm|you|you'll|we|we'll|let's)\b)")


_STATES_FIRST = re.compile(
    r"^(?:(?:and|so|but|also|then|okay|ok|yeah|yes)[,\s]+)*(?:I'll|I\s+will|I'm\s+(?:gonna|going\s+to)|let\s+me)\s",
    re.I,
)


_SPEECH_PAUSE = re.compile(
    r"\b(I\s+can|I\s+should|I\s+could|I'll|I\s+will|I'm\s+gonna|going\s+to|(?:need|have|want|plan)\s+to)\s*(?:,|…|\.\.\.)\s+(?=[a-z])"
)
"""A pause in speech after the promise ("I need to, talk with Casey", "I can… open up a PR")."""
_FALSE_START = re.compile(r"\b((?:[\w']+\s+){0,5}[\w']+)\s*(?:…|\.\.\.|,|-+)?\s+\1\b", re.IGNORECASE)
"""Speech that starts again: "I can check whether… I can check whether this breaks it"."""


def asks(sentence: str) -> bool:
    """A question, not "and also I'll ask in the chat, like, what would be the better
    timing?": a statement that ends on a question it quotes."""
    return sentence.rstrip().endswith("?") and not _STATES_FIRST.match(sentence.strip())


def clauses(sentence: str) -> list[str]:
    """Two commitments in one sentence ("you'll send the plan by Wednesday, and I'll book the
    room") are read one by one."""
    return [c.strip() for c in _CLAUSE.split(sentence) if c.strip()]


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


_BROKEN_OFF = frozenset(
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


def is_task(task: str) -> bool:
    """Something to do, not a bare verb ("do", "try") nor speech that broke off."""
    named = content_words(task) or re.search(r"\b[A-Z]{2,}s?\b", task)  # "make a PR", "fix the CI"
    said = words(task)
    return bool(named) and len(said) >= 2 and said[-1] not in _BROKEN_OFF


_HAVE_TO_DO = re.compile(
    r"^have\s+(?:a|an)\s+(?:\w+\s+)?(?:look|meeting|call|chat|sync|word|conversation|discussion)\b|"
    r"\b(?:ready|done|finished|drafted|written|up|out)\b",
    re.IGNORECASE,
)
"""What makes "have" a task: "have a meeting with Roto", "have the draft ready"."""


def is_talk(task: str) -> bool:
    """Whether the words after a cue are about the conversation rather than a task."""
    task = base_form(task.strip())  # "would you mind saying more"
    task = re.sub(r"^(?:try|want|like)\s+to\s+", "", _ADVERBS.sub("", task.strip()), flags=re.I)
    if _NOT_A_TASK.match(task):
        return True
    verb = first_verb(task)
    if verb in _CONVERSATIONAL:
        return True
    if verb == "have" and not _HAVE_TO_DO.search(task):
        return True  # "I will have some drawings that show it": what they bring, not a task
    following = words(task)[1:2]
    if verb in _TALKING and _ELSEWHERE.search(task):
        return False  # "ask a general question in the chat": said later, somewhere else
    return verb in _TALKING and bool(following) and following[0] in _ABOUT_US


MAX_ADDRESSEES = 6


def progressive_to_base(task: str) -> str:
    """ "be testing those as well" -> "test those as well" ("I'll be testing those")."""
    match = re.match(r"^\s*be\s+(?=\w+ing\b)", task, re.I)
    return base_form(task[match.end() :]) if match else task


def base_form(task: str) -> str:
    """ "emailing me the slides" -> "email me the slides" (after "would you mind")."""
    words = task.strip().split(" ", 1)
    if not words or not words[0].lower().endswith("ing") or len(words[0]) < 6:
        return task
    verb = words[0].lower()
    base = _GERUND.get(verb) or (verb[:-4] if len(verb) > 6 and verb[-4] == verb[-5] else verb[:-3])
    return " ".join([base, *words[1:]])


def short_forms(name: str) -> list[str]:
    """How minutes shorten a name: "Mike" and "Mike D" for Mike Dolan (none for one word)."""
    parts = name.split()
    return [parts[0], f"{parts[0]} {parts[-1][0]}"] if len(parts) > 1 else []


def _aliases(full: Sequence[str]) -> dict[str, str]:
    """Each short form that stands for exactly one participant, lower-cased, to the full name."""
    forms: dict[str, list[str]] = {}
    for name in full:
        for form in short_forms(name):
            forms.setdefault(form.lower(), []).append(name)
    return {form: names[0] for form, names in forms.items() if len(set(names)) == 1}


def antecedent(task: str, before: str) -> str:
    """ "actions: close the issue, land the PR. Joe will do that today": what "that" is, when
    the sentence before says it."""
    if not _DO_THAT.match(task) or not before:
        return task
    earlier = re.sub(r"^(?:actions?|next\s+steps?|to-?dos?)\s*[:,-]?\s*", "", before.strip(), flags=re.I)
    return earlier.rstrip(" .;:") or task


def name_pattern(names: Sequence[str]) -> str:
    """Names as an alternation, longest first; initials ("JS") only in capitals, never "js"."""
    return (
        "|".join(
            f"(?-i:{re.escape(n)})" if _INITIALS.fullmatch(n) else re.escape(n)
            for n in sorted(names, key=len, reverse=True)
        )
        or r"(?!x)x"
    )


class Extractor:
    def __init__(self, meeting: Meeting, meeting_date: Date, people: Sequence[str] = ()) -> None:
        self.meeting = meeting
        self.date = meeting_date
        self.participants = list(meeting.participants)
        full = list(dict.fromkeys([*self.participants, *people, *meeting.handles.values()]))
        self.aliases = _aliases(full) | meeting.handles
        self.initials = initials_of(full)
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
            rf"^(?:@)?(?P<who>{names})(?:\s+and\s+(?P<also>{names}))?\s*(?:[:\-–]\s+|\s+(?:{_COMMITTING}|should|needs\s+to|must)\s+)(?P<task>.+)$",
            re.IGNORECASE,
        )
        self._owner_last = re.compile(
            rf"(?:\((?:owner:\s*)?(?P<who>{names})\)|@(?P<at>{names})|[-–—]\s*(?P<dash>{names}))\s*\.?$", re.IGNORECASE
        )
        self._third_person = re.compile(
            rf"\b(?P<who>{names})(?:'ll|\s+(?!to\b){_COMMITTING})\s+(?P<task>.+)$",
            re.IGNORECASE,
        )
        self._named_to = re.compile(rf"(?:^|[,;:(]\s*)(?P<who>{names})\s+to\s+(?P<task>\w.+)$", re.IGNORECASE)
        self._named_clause = re.compile(rf"[,;]\s+(?:and\s+)?(?=(?:{names})\s+(?:will|'ll|to)\s)", re.IGNORECASE)
        self._name_then_verb = re.compile(rf"^(?P<who>{names})\s+(?P<task>(?:{_TASK_VERBS})\s+\w.*)$", re.IGNORECASE)
        self._leading_name = re.compile(rf"^(?P<who>{names})\b(?!\s*[:,-])", re.IGNORECASE)
        self._bracketed_owner = re.compile(
            rf"\((?P<who>{names})\s+(?:to|will)\s+(?P<task>[^)]+)\)\s*\.?$", re.IGNORECASE
        )
        one = rf"@?(?:{names})\b"
        self._owners_first = re.compile(
            rf"^(?P<owners>{one}(?:\s*(?:,|&|/|\band\b)?\s*{one})*)\s*"
            rf"(?:[:\-–]\s+|\s+(?:{_COMMITTING}|should|needs\s+to|must)\s+|\s+(?=(?-i:[a-z])))(?P<task>.+)$",
            re.IGNORECASE,
        )
        self._one_name = re.compile(one, re.IGNORECASE)
        self._vocative = re.compile(rf"^(?P<who>{names}),|,\s*(?P<end>{names})\s*[?.!]?$", re.IGNORECASE)

    def if_you_then_i(self, line: Line, sentence: str) -> list[_Draft]:
        """ "If you can leave a comment on it, then I'll update the spec." answered "Okay,
        I'll do.": the other's item and the speaker's, once the condition is accepted."""
        if not line.speaker or not (match := _IF_YOU.match(sentence)) or self.accepted(line) is not True:
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
        if _DECLINE.match(reply.text):
            return False
        if _HEDGED.match(reply.text) and not _TAKEN_ON.search(reply.text):
            return None  # "Yeah, I mean… I think…": a start, not a yes
        if len(self.participants) > 2 and _FOR_THE_TEAM.match(reply.text):
            return None  # "Okay, yeah, we'll revisit": a team's answer, nobody's item
        return True if _ACCEPT.match(reply.text) else None

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
        said, *broke = re.split(r"\s*(?:…|\.\.\.)\s*", text, maxsplit=1)
        if broke and (
            is_task(said)
            or (words(said) or [""])[-1] in _BROKEN_OFF
            or re.match(r"(?:I|we|you|it|this|that|so)\b", broke[0], re.I)
        ):
            text = said  # "take a look into it, and then… share something, if I found…": speech broke off
            text = _TRAILING_FUNCTION_WORDS.sub("", text)  # "get another test release out, with…"
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
            text = text[first.end() :] if (first := _FIRST_PERSON.match(text)) else text  # "@m: I'll keep an eye on it"
        elif match := self._owner_last.search(text):
            who = match.group("who") or match.group("at") or match.group("dash")
            text = text[: match.start()]
        elif re.match(r"^I(?:'ll|\s+will|\s+to)\s", text, re.IGNORECASE):
            who, text = line.speaker, _FIRST_PERSON.sub("", text, count=1) if _FIRST_PERSON.match(text) else text[2:]
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
        if draft is None or _STATUS.match(draft.task):
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
        if not line.speaker or not _SEVERAL.search(sentence) or not (match := _REQUEST.search(sentence)):
            return None
        others = [p for p in self.participants if p != line.speaker]
        if not 2 <= len(others) <= MAX_ADDRESSEES or self.accepted(line) is False:
            return None
        rest = sentence[match.end() :]
        if is_talk(rest) or (words(rest)[:1] and words(rest)[0] in _RECEIVING):
            return []  # "can you all hear me?", "can you guys see my screen?"
        if sentence.rstrip().endswith("?") and self.accepted(line) is not True:
            return []  # a question to the room nobody took up
        task, due = self.task_and_due(base_form(rest), me=line.speaker, you=None)
        return [_Draft(who, task, due, sentence, line.number) for who in others] if is_task(task) else []

    def resolve_referent(self, line: Line, rest: str) -> str:
        """ "I'll put that together" after "I haven't got an agenda for the offsite yet": the
        thing the last turn named, in place of "that"."""
        if (again := _SAME_AGAIN.match(_ADVERBS.sub("", rest.strip()))) and line.speaker:
            said_before = [m.group("task") for m in _SHOULD_DO.finditer(self._before)]
            if said_before:  # "I urge them to look into it. I will do the same", "we should X. I'll work on that"
                return f"{said_before[-1].strip()}{again.group('rest') or again.group('also') or ''}"
        if not (match := _PRONOUN_OBJECT.match(rest.strip())) or not line.speaker:
            return rest
        if match.group("pronoun").lower() == "it" and _DUMMY_IT.match(match.group("rest").strip()):
            return rest  # "I'll make it very clear what changes": no thing to name
        if match.group("verb").lower() in ("do", "handle") and (
            pending := _NOT_YET.search(self._sentence) or _NOT_YET.search(self._before)
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
        phrases = [_NOUN_TAIL.sub("", p.group(0)) for p in _NOUN_PHRASE.finditer(before[-1])]
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
        match = _SUBJECTLESS.match(sentence)
        if match and self.meeting.transcript and not re.match(r"(?:will|'ll)\b", match.group(0), re.I):
            match = None  # in speech, "To keep the features on main" is not a scribe's "to update"
        if not match and (sentence.lower().startswith(("i ", "i'm ")) or self._leading_name.match(sentence)):
            match = _LATER_CLAUSE.search(sentence)  # the clause's subject is the sentence's
        if not match:
            return None
        if is_talk(match.group("task")):
            return None  # "Will be a massive expense": a state, not a task
        task, due = self.task_and_due(antecedent(match.group("task"), self._before), me=line.speaker, you=None)
        return _Draft(self.canonical(who) or who, task, due, sentence, line.number) if is_task(task) else None

    def _needed_from_you(self, line: Line, sentence: str, question: bool) -> _Draft | None:
        if question or not (match := _NEED_FROM_YOU.search(sentence)) or self.accepted(line) is False:
            return None
        what = re.sub(r"^(?:the|your)\s+", "", match.group("what"), flags=re.I)
        task, due = self.task_and_due(
            f"send {line.speaker or 'them'} the {what}{match.group('rest')}", me=line.speaker, you=None
        )
        return _Draft(self.addressee(line, sentence), task, due, sentence, line.number)

    def _first_person(self, line: Line, sentence: str, question: bool) -> _Draft | None:
        if question or not (match := _FIRST_PERSON.search(sentence)):
            return None
        before = sentence[: match.start()]
        lead = self._sentence[: self._sentence.find(sentence)] if sentence in self._sentence else ""
        if _IN_AN_IF.search(before) or re.search(r"\bmaybe\s+$", before, re.I) or _IN_A_CASE.search(lead + before):
            return None  # "if you're going to…", "maybe I'll just leave it running": not a promise
        if before.count('"') % 2 or before.count("“") > before.count("”"):
            return None  # pinning is "I am going to keep this thing around": quoted, not promised
        said = progressive_to_base(sentence[match.end() :])
        if re.match(r"we\b|we'", said, re.I) or _NOT_SURE.match(said):
            return None  # "I'll… we'll include it": the team; "I need to check this, but…": a hedge
        then = _THEN_AND.search(said)
        talk = is_talk(said) and is_talk(self.resolve_referent(line, said))  # "do the same" can be a task
        if talk and then and not _NEW_SUBJECT.match(then.group("next")) and not is_talk(then.group("next")):
            said = then.group("next")  # "I should think more about this, and… yeah, write it down"
        plain = re.sub(r"…|\.\.\.", " ", said)
        for _ in range(3):  # "just… Trying to share my screen"
            plain = re.sub(r"^(?:trying|try)\s+to\s+", "", _ADVERBS.sub("", plain.strip(" ,….")), flags=re.I).strip(
                " ,…."
            )
        on_the_spot = self.meeting.transcript and _ON_THE_SPOT.match(plain) and not _LATER.search(sentence)
        if on_the_spot and not find_due(said, self.date)[0]:
            return None  # "I'll share the agenda", "let me go through these updates": done in the call
        rest = self.resolve_referent(line, said)
        shared_later = _LATER.search(sentence) and re.match(r"(?:share|drop|post|paste|put|link|send)\b", plain, re.I)
        if is_talk(rest) or _NOT_A_TASK.match(plain) or (_AGENDA.match(plain) and not shared_later):
            return None  # "I'll start with the budget", "I'll hand over to Ana": running the meeting
        if (relative := _OBJECT_BEFORE.search(sentence[: match.start()])) and (
            verb := re.match(r"\s*\w+(?:\s+(?:over|through|up|out|into|at|on|back|to))?", rest)
        ):  # "the data that I'm gonna go over soon" -> "go over the data soon"
            rest = f"{verb.group(0).strip()} {relative.group('object')}{rest[verb.end() :]}"
        cue = sentence[match.start() :]
        weak = bool(_WEAK_CUES.match(cue) or (self.meeting.transcript and _LET_ME.match(cue))) and not (
            _FINDING_OUT.match(rest.strip())
            and (self.meeting.transcript or _BUT_I_CAN.search(sentence[: match.end()]))
            and not _DURING_THE_CALL.search(" ".join(sentence[match.end() :].split()[:6]))
        )
        task, due = self.task_and_due(rest, me=None, you=self.other_participant(line.speaker))
        said_before = (lead + before).rstrip(" ,")
        early, span = find_due(said_before, self.date)
        if due is None and early and span and span[1] >= len(said_before):
            due = early  # "Probably today or tomorrow, I will cut a new release"
        bare = _BARE_CHECK.fullmatch(_ADVERBS.sub("", said.strip(" .!")))  # the whole promise, not a cut-off one
        in_the_call = re.search(r"\b(?:in|on)\s+the\s+chat\b|\bright\s+now\b", f"{said_before} {sentence}", re.I)
        if self.meeting.transcript and bare and sentence.rstrip().endswith((".", "!")) and not in_the_call:
            task = self.what_to_check(line, task.strip(), said_before)
            weak = False  # "I don't know. I'll check.": finding out what was just in doubt
        elif not is_task(task) or (words(task) or [""])[0] in _NOT_A_VERB:
            return None  # "I'll… in this, PR to the EIP": speech that started again elsewhere
        if weak and not due and not _SOON.search(sentence):
            return None
        return _Draft(line.speaker, task, due, sentence, line.number, listed=True)

    def what_to_check(self, line: Line, verb: str, said_before: str) -> str:
        """ "check" after "I'm not sure if we have a test": "check if we have a test"; else
        after a question someone just asked, "check: how long does it take?"."""
        doubt = _DOUBT.search(said_before) or _DOUBT.search(self._before)
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
        if not (match := _SOMEONE.search(sentence)) or is_talk(rest := sentence[match.end() :]):
            return None
        reply = self.meeting.next_turn(line.number) if line.speaker else None
        if reply is None or self.accepted(line) is not True:
            return None
        task, due = self.task_and_due(base_form(rest), me=line.speaker, you=None)
        return _Draft(reply.speaker, task, due, sentence, line.number) if is_task(task) else None

    def _request(self, line: Line, sentence: str, question: bool) -> _Draft | None:
        if not (match := _REQUEST.search(sentence)) or is_talk(rest := sentence[match.end() :]):
            return None
        if re.search(r"\b(?:what|how|why|which|where|when|who)\s+$", sentence[: match.start()], re.I):
            return None  # "what would you tweak in 2780?" asks for an opinion
        if words(rest)[:1] and words(rest)[0] in _RECEIVING:
            return None  # "would you like to say something?": an offer, not a task
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
        if not (match := _SECOND_PERSON.search(sentence)) or is_talk(rest := sentence[match.end() :]):
            return None
        if (words(rest)[:1] and words(rest)[0] in _RECEIVING) or _IN_AN_IF.search(sentence[: match.start()]):
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
        if question or not other or not (match := _YOU_DO.match(sentence.strip())):
            return None
        rest = sentence.strip()[match.end() :]
        if is_talk(rest) or (words(rest)[:1] and words(rest)[0] in _RECEIVING | _NOT_DOING):
            return None
        task, due = self.task_and_due(rest, me=line.speaker, you=None)
        if not due or not is_task(task) or self.accepted(line) is False:
            return None
        return _Draft(other, task, due, sentence, line.number)

    def _third_person_item(self, line: Line, sentence: str, question: bool) -> _Draft | None:
        match = self._third_person.search(sentence) or self._named_to.search(sentence)
        if question or not match or _NOT_A_TASK.match(match.group("task")) or _AGENDA.match(match.group("task")):
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
        if question or not (match := _PASSIVE.match(sentence)) or not (who := self.canonical(match.group("who"))):
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
            if _SECTION.match(line.text):
                in_section = True
                continue
            if _OTHER_SECTION.match(line.text) and not line.checkbox:
                in_section = False
            if line.checkbox or in_section or _MARKER.match(line.text):
                self.item_lines.add(line.number)  # an item line, not a point of the notes
            if line.checkbox:
                if not line.checked:
                    drafts += self.listed_items(line, line.text)
                continue
            if marker := _MARKER.match(line.text):
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
                if _NOT_AN_ITEM.match(line.text):
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
                    sentence = _SPEECH_PAUSE.sub(r"\1 ", _FALSE_START.sub(r"\1", sentence))
                self._answerable = position >= len(said) - ANSWERED_SENTENCES
                self._opening = position < ANSWERED_SENTENCES
                if bargain := self.if_you_then_i(line, sentence):
                    drafts += bargain
                    continue
                if _CONDITIONAL.match(sentence):
                    who = f"{line.speaker}: " if line.speaker else ""
                    if not self.meeting.transcript or _FIRST_PERSON.search(sentence) or _WE_WILL.search(sentence):
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
                point = not self.meeting.transcript and line.bullet and not _SECTION.match(line.text)
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


class _Item(Protocol):
    owner: str | None
    task: str
    due: Date | None

    @property
    def line(self) -> int | None: ...


Item = TypeVar("Item", bound=_Item)


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
    return bool(_COMMITMENT_CUE.search(text) or _FIRST_PERSON.search(text) or _REQUEST.search(text))


_LIGHT_WORDS = frozenset(
    [
        "take",
        "look",
        "make",
        "get",
        "have",
        "check",
        "send",
        "put",
        "give",
        "follow",
        "into",
        "after",
        "call",
        "meeting",
        "breakout",
        "today",
        "tomorrow",
        "week",
        "next",
        "this",
        "that",
        "then",
        "also",
        "just",
        "quick",
        "closer",
        "good",
        "right",
        "soon",
        "later",
    ]
)
"""Words two different tasks share ("take a look into it after this call"): they do not
make two items one."""


NEAR_LINES = 100
"""Two tasks about "it" said this close (a few minutes of a call) are one; further apart, two."""


def _overlap(one: set[str], other: set[str]) -> float:
    return len(one & other) / max(1, min(len(one), len(other)))


_CONTACT = re.compile(
    r"^(?:ping|email|message|call|ask|talk\s+(?:to|with)|speak\s+(?:to|with)|check\s+with|sync\s+(?:up\s+)?with|"
    r"reach\s+out\s+to|follow\s+up\s+with|chat\s+with)\s+(?P<who>[A-Z][\w'-]+)"
)


def _same_task(one: _Item, other: _Item) -> bool:
    """The same words, and the same words once the light ones are set aside; about "it"
    both times, said close together; or getting hold of the same person twice in a few
    minutes ("I will talk with Barnabas about this", "I'll ping Barnabas and see")."""
    near = one.line is None or other.line is None or abs(one.line - other.line) <= NEAR_LINES
    contact, again = _CONTACT.match(one.task), _CONTACT.match(other.task)
    if contact and again and contact.group("who") == again.group("who") and near:
        return True
    mine, theirs = content_words(one.task), content_words(other.task)
    if _overlap(mine, theirs) < 0.6:
        return False
    mine, theirs = mine - _LIGHT_WORDS, theirs - _LIGHT_WORDS
    if mine or theirs:
        return _overlap(mine, theirs) >= 0.6
    return one.line is None or other.line is None or abs(one.line - other.line) <= NEAR_LINES


def merge_items(drafts: list[Item]) -> list[Item]:
    """The same commitment said twice (agreed, then repeated in a recap) is one item; the
    recap's date fills in a missing one."""
    kept: list[Item] = []
    by_owner: dict[str | None, list[Item]] = {}
    for draft in drafts:
        for other in by_owner.get(draft.owner, []):
            if _same_task(draft, other):
                other.due = other.due or draft.due
                break
        else:
            kept.append(draft)
            by_owner.setdefault(draft.owner, []).append(draft)
    return kept


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
