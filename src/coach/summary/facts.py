"""What a meeting says besides commitments: OKR updates (the objective, its status, the
sentence), blockers, support asked for, decisions, follow-ups and highlights, and the
summary's one-line overview."""

from __future__ import annotations

import re
from datetime import date as Date

from coach.core.text import counted
from coach.core.types import OKRStatus
from coach.summary.cues import IN_AN_IF
from coach.summary.models import OKRUpdate

_STATUS_WORDS: list[tuple[OKRStatus, re.Pattern[str]]] = [
    (
        "done",
        re.compile(
            r"\b(?:done|completed?|achieved|hit (?:the|our|its) target|met (?:the|our) target|finished)\b", re.I
        ),
    ),
    (
        "off-track",
        re.compile(r"\b(?:off[- ]track|won't (?:make|hit)|will miss|missed|not going to (?:make|hit))\b", re.I),
    ),
    (
        "at-risk",
        re.compile(r"\b(?:at[- ]risk|behind|slipping|slipped|red|amber|yellow|worried|risky|under target)\b", re.I),
    ),
    ("on-track", re.compile(r"\b(?:on[- ]track|ahead|green|on (?:target|pace)|on schedule|ahead of plan)\b", re.I)),
]
_OBJECTIVE = r"objectives?\b(?!\s+(?-i:[a-z])\w*(?:ity|ness|ence|ance|ment|ism)\b)"
"""The noun, not the adjective of "objective verifiability", "objective evidence"."""
_OKR = re.compile(rf"\b(?:key\s+results?|KRs?|OKRs?|targets?|goals?)\b|\b{_OBJECTIVE}", re.IGNORECASE)
_OKR_OBJECT = re.compile(
    r"(?:(?:the|our|my|his|her|their|your)\s+)?(?P<name>[\w%$.,/&' -]{2,60}?)\s+(?:key\s+results?|KRs?|OKRs?|objective|goal|target)\b",
    re.IGNORECASE,
)
_SPOKEN_OKR = re.compile(
    rf"\b(?:key\s+results?\b|KRs?\b|OKRs?\b|{_OBJECTIVE})|\btargets?\s+(?:is|was|of|at)\s+\d", re.IGNORECASE
)
"""Said in a call: an OKR named as one, or a target given as a figure ("target is 40%")."""
_OKR_WORD = re.compile(r"\b(?:key\s+results?|KRs?|OKRs?|objective|goal|target)\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d")
_BLOCKER = re.compile(
    r"\b(?:blocked|blockers?|blocking|blocks\s+(?:us|me|them|the|our|my|this|it|progress)\b|"
    r"stuck(?!\s+(?:it|that|this|them)\s+(?:in|on|into)\b)|waiting\s+(?:on|for)|held\s+up|hold(?:ing)?\s+(?:us|me|it)\s+up|"
    r"can(?:'t|not)\s+[\w\s]{1,40}\s+until|depends\s+on|dependency|no\s+access|don't\s+have\s+access|"
    r"keeps?\s+failing|bottleneck|in\s+the\s+way(?!\s+(?:that|it|they|we|you|he|she|I|this|these|those|things?)\b)|"
    r"broken|(?:is|are|was)\s+down|hasn't\s+picked\s+up|haven't\s+picked\s+up|"
    r"(?:haven't|hasn't)\s+heard\s+back|no\s+response\s+from|still\s+waiting|(?:can't|cannot)\s+get)\b",
    re.IGNORECASE,
)
_IF_THEN = re.compile(r"\bif\b[^.;]{3,160}?,\s*then\b", re.IGNORECASE)
"""A case reasoned through ("if X, then Y"): what follows is an argument, not a blocker."""
_NOT_BLOCKING = re.compile(
    r"\b(?:not|isn't|aren't|wasn't|no|never)\s+(?:really\s+|actually\s+)?(?:an?\s+)?(?:blockers?|blocking|blocked)\b|"
    r"\bnon-?blocking\b|\b(?:you|they)(?:'ve|\s+have)\s+(?:\w+\s+)?broken\b|\bbroken\s+(?:out|up\s+into|into|down\s+into)\b|"
    r"\b(?:hasn't|haven't|hadn't|has\s+not|have\s+not|wasn't|isn't|never)\s+(?:been\s+)?broken\b|"
    r"\b(?:don't|do\s+not|didn't)\s+see\s+(?:any|a)\s+(?:\w+\s+)?blockers?\b|"
    r"\b(?:might|could|would|may)\s+(?:\w+\s+)?(?:get|be|become)\s+(?:stuck|blocked)\b|"
    r"\b(?:does\s+not|doesn't|do\s+not|don't|won't|will\s+not|would\s+not|wouldn't)\s+(?:\w+\s+)?become\s+(?:an?\s+)?blockers?\b|"
    r"\b(?:who|which|that|what|anyone|anything)\s+(?:\w+\s+)?depends\s+on\b|\bdepends\s+on\s+(?:the\W+)?how\b|"
    r"\b(?:would|could|might|will)\s+(?:also\s+)?be\s+broken\b|\bbroken\s+if\b|\b(?:identify|identifying|discuss|discussing|raise|surface|flag|any|other)\s+(?:\w+\s+)?blockers\b",
    re.IGNORECASE,
)
"""A blocker denied: "it's not a blocker", "no blockers this week", "non-blocking"; or someone
breaking something in an argument ("then you've also broken the commitments"); a topic
"broken out into a thread"; "it hasn't broken"; "I don't see any big blocker"; someone who
depends on a thing, or "it depends on how…"; what "would be broken if…"; "we might get
stuck" (a risk weighed, not a blocker met)."""
_SUPPORT = re.compile(
    r"\b(?:need(?:s|ed)?\s+(?:help|support|more\s+\w+|your|you\s+to|a\s+decision|budget|access|someone|an?\s+intro|guidance|time)|"
    r"(?<!we\s)(?<!you\s)could\s+use\s+(?:some|more|a\s+hand|a\s+review|an?\s+(?:extra|intro|introduction|second)|another|help|support|your|input|eyes|advice)|would\s+(?:really\s+)?help\s+(?:if|to|me)|can\s+you\s+help|help\s+me\s+with|asked\s+for|asking\s+for|"
    r"I'd\s+(?:like|love)\s+(?:more|a|an|some|your)|would\s+like\s+(?:more|a|an|some|your)|looking\s+for\s+(?:help|support|a\s+mentor))\b",
    re.IGNORECASE,
)
_DECISION = re.compile(
    r"^\s*(?:resolved|resolution)\s*:|\b(?:we\s+decided|decided|(?<!make\sa\s)(?<!make\sthe\s)(?<!our\s)(?<!your\s)(?<!their\s)(?<!need\sa\s)decision\b(?![\s-]+(?:on\s+)?(?:whether|makers?|making)\b)|"
    r"we\s+agreed|agreed\s+(?:that|on|to)|we(?:'ll|\s+will)\s+go\s+(?:with|for(?!\s+(?:a\s+|an\s+|some\s+)?(?:(?:short|quick|coffee|lunch)\s+)?(?:break|lunch|coffee|walk|drink|dinner)\b))|let's\s+go\s+(?:with|for(?!\s+(?:a\s+|an\s+|some\s+)?(?:(?:short|quick|coffee|lunch)\s+)?(?:break|lunch|coffee|walk|drink|dinner)\b))|"
    r"we're\s+(?:going|sticking)\s+with|we(?:'ll|\s+will)?\s+stick\s+with|we're\s+going\s+for(?!\s+(?:a\s+|an\s+|some\s+)?(?:(?:short|quick|coffee|lunch)\s+)?(?:break|lunch|coffee|walk|drink|dinner)\b)|(?:that's|it's)\s+(?:settled|decided|agreed)|settled\s+on|final\s+call|going\s+forward\s+we|"
    r"let's\s+(?!start|begin|talk|go\s+through|look|discuss|revisit|check|see|move\s+on|think|recap|wrap|dig|"
    r"focus\s+on\s+what|get\s+(?:started|going|into)|get\s+(?:this|it|things)\s+(?:started|going)|jump|dive|kick|hop|"
    r"call\s+it|say|hear|try|quickly|just|continue|catch\s+up|have\s+a\s+look|take\s+a\s+(?:look|break|minute|second)|"
    r"meet|reconvene|sync|pause|end\s+(?:here|there|it)|stop\s+(?:here|there)|give\s+(?:it|them|him|her)\s+a|chat|"
    r"share|post\s+the\s+(?:agenda|link|notes)|make\s+(?:a\s+)?good\s+progress|wait|give\s+(?:it|people)\s+a\s+(?:few|couple))\w*)",
    re.IGNORECASE,
)
_HIGHLIGHT = re.compile(
    r"\b(?:I\s+(?:want|hope|plan|aim)\s+to\s+(?:be|become|grow|lead|move)|I'd\s+(?:like|love)\s+to|eventually|my\s+goal|"
    r"keep\s+(?:doing|those|that|it\s+up)|(?:really|very)\s+(?:useful|helpful)|worked\s+well|pointless|frustrat\w*|"
    r"concern(?:ed)?|worried|appreciate[ds]?|struggled|weak\s+spot|best\s+work|shipped|launched|released|finished|completed|delivered|hit|reached|closed|improved|grew|increased|cut|reduced|"
    r"won\b(?!')|praised|thanked|promoted|proud|went\s+well|great\s+job|milestone)\b",
    re.IGNORECASE,
)
_FOLLOW_UP = re.compile(
    r"\b(?:next\s+time|next\s+1:1|next\s+one[- ]on[- ]one|next\s+check[- ]in|follow\s+up\s+on|revisit|come\s+back\s+to|"
    r"check\s+in\s+(?:again|on)|park(?:ed)?\s+(?:it|this|that)|table\s+(?:it|this|that)|pick\s+(?:this|it)\s+up)\b",
    re.IGNORECASE,
)
RECORDED_DECISION = re.compile(r"^\s*(?:resolved|resolution|decision|decided|conclusion)\s*:", re.IGNORECASE)
"""A decision the minutes record as one ("RESOLVED: …", "Decision: …"): where a meeting has
these, they are its decisions, and a "let's close it" in passing is not."""
_FACTS = ((_BLOCKER, "blockers"), (_SUPPORT, "support_requested"), (_DECISION, "decisions"), (_FOLLOW_UP, "follow_ups"))


_SUBJECT_NAME = re.compile(
    r"^(?:so\s+|and\s+|well,?\s+)?(?:the|our|my|his|her|their)?\s*(?P<name>[A-Za-z][\w %/&-]{1,40}?)\s+"
    r"(?:is|was|are|were|sits|stands|came\s+in|ended|finished|went|moved|dropped|rose|grew|fell)\b",
    re.IGNORECASE,
)
MAX_NAME_WORDS = 6


def short_name(sentence: str) -> str:
    """What an update is about, when it names no objective: its subject ("Churn is at 6%"
    -> "Churn"), else its first words; never the whole sentence."""
    if (match := _SUBJECT_NAME.match(sentence.strip())) and len(match.group("name").split()) <= 5:
        return match.group("name").strip()
    words = sentence.split()
    return " ".join(words[:MAX_NAME_WORDS]) + ("…" if len(words) > MAX_NAME_WORDS else "")


OKR_SECTION = re.compile(r"^#+\s.*\b(?:OKRs?|key\s+results?|KRs?|goals?|objectives?)\b", re.IGNORECASE)
"""A heading over the OKR updates of minutes ("## OKR check")."""
_LABELLED = re.compile(r"^\s*(?P<name>[A-Za-z][\w %/&'-]{1,40}?)\s*:\s+\S")


def okr_update(
    sentence: str, line: int, earlier: list[str], *, spoken: bool = False, section: bool = False
) -> OKRUpdate | None:
    """A sentence with figures or a status about an objective or key result: named in the
    sentence, or (for a bare "at 6.2%, at risk") in the lines just before it (`earlier`,
    oldest first). In speech (`spoken`), "target" alone is not enough: "the RISC-V target
    defines the ISA"."""
    status = status_said(sentence)
    if not (_NUMBER.search(_PERIOD.sub("", sentence)) or status != "unknown"):
        return None  # "Quick sync on the Q4 onboarding OKR": a quarter is not a figure
    if section and (label := _LABELLED.match(sentence)) and (has_figure(sentence) or status != "unknown"):
        # under "## OKR check": "Deploy frequency: 14/week, on track"
        name = objective_named(sentence) or label.group("name").strip()
        return OKRUpdate(objective=name, status=status, evidence=sentence.strip(), line=line)
    # "We're at 31% activation against 40." just after "Quick check on the onboarding key
    # result": a figure against a target, the objective named a line before
    measured = bool(_AGAINST_TARGET.search(sentence)) and any(objective_named(text) for text in earlier[-2:])
    if spoken and not _SPOKEN_OKR.search(sentence) and status == "unknown" and not measured:
        return None
    objective = objective_named(sentence)
    if not _OKR.search(sentence) and (status == "unknown" or "%" not in sentence) and not measured:
        return None  # without naming a goal, only a percentage with a status counts
    for text in reversed(earlier):
        objective = objective or objective_named(text)
    if objective is None and not _OKR.search(sentence):
        return None
    return OKRUpdate(objective=objective or short_name(sentence), status=status, evidence=sentence, line=line)


_AGAINST_TARGET = re.compile(
    r"\b\d+(?:\.\d+)?\s*%?\s*(?:[a-z]+\s+){0,2}(?:against|versus|vs\.?)\s+(?:a\s+|the\s+|our\s+)?(?:target\s+of\s+)?\d",
    re.IGNORECASE,
)
"""A figure measured against a target: "31% activation against 40", "at 6.2 vs 5"."""
_PERIOD = re.compile(r"\b(?:Q[1-4]|H[12]|FY\s?\d{2,4}|(?:19|20)\d{2})\b", re.IGNORECASE)


def status_said(sentence: str) -> OKRStatus:
    """The status a sentence gives ("we're at risk", "on track"), or unknown."""
    return next((s for s, p in _STATUS_WORDS if p.search(sentence)), "unknown")


def objective_named(text: str) -> str | None:
    """ "churn" in "the churn key result is at 6%": a short name with no figures in it."""
    if not _OKR_WORD.search(text):
        return None  # most sentences: no need to try every start of a name
    for match in _OKR_OBJECT.finditer(text):
        name = re.sub(
            r"^.*\b(?:the|our|my|his|her|their|your|on|with|about|for)\s+", "", match.group("name"), flags=re.I
        )
        name = name.strip(" ,.'")
        if name and not _NUMBER.search(name) and len(name.split()) <= 5:
            return name
    return None


def _is_okr(sentence: str) -> bool:
    return bool(_OKR.search(sentence) and _NUMBER.search(sentence))


_SPOKEN_DECISION = re.compile(
    r"\b(?:we\s+(?:have\s+)?decided|decided\s+(?:to|that|on|not)|we(?:'ve|\s+have)?\s+agreed|agreed\s+(?:that|on|to)|"
    r"(?:we'll|we\s+will|we're\s+going\s+to)\s+go\s+(?:with|for(?!\s+(?:a\s+|an\s+|some\s+)?(?:(?:short|quick|coffee|lunch)\s+)?(?:break|lunch|coffee|walk|drink|dinner)\b))|we're\s+(?:going|sticking)\s+with|we(?:'ll|\s+will)?\s+stick\s+with|we're\s+going\s+for(?!\s+(?:a\s+|an\s+|some\s+)?(?:(?:short|quick|coffee|lunch)\s+)?(?:break|lunch|coffee|walk|drink|dinner)\b)|"
    r"settled\s+on|(?:that's|it's)\s+(?:settled|decided|agreed)|final\s+call|the\s+decision\s+(?:is|was)|"
    r"decision\s+of|let's\s+(?:go\s+(?:with|for(?!\s+(?:a\s+|an\s+|some\s+)?(?:(?:short|quick|coffee|lunch)\s+)?(?:break|lunch|coffee|walk|drink|dinner)\b))|go\s+ahead\s+with|stick\s+with|move\s+forward\s+with|ship|drop|keep(?!\s+(?:discussing|talking|going|chatting|in\s+touch))|use|"
    r"target|pick|choose|adopt|remove|postpone|defer|freeze|skip|take\s+the|give\s+\w+\s+the|not\s+\w+|"
    r"move\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+to))\b",
    re.IGNORECASE,
)
"""In a call, most "let's" runs the call ("let's give people a minute", "let's do it"): a
decision is said as one ("we agreed", "let's go with", "let's skip Geth for now")."""
_PROMISE = re.compile(r"\b(?:I'll|I\s+will|I'm\s+going\s+to|I\s+am\s+going\s+to)\b", re.IGNORECASE)
_IF_CLAUSE = re.compile(r"^\s*(?:and\s+|but\s+|so\s+)?(?:if|unless|in\s+case)\b[^,.;?!]*,", re.IGNORECASE)
"""A sentence that opens on a case: "And if it's broken, …"."""
_OFFER = re.compile(
    _IF_CLAUSE.pattern + r"\s*(?:then\s+)?(?:I\s+can|I'll|I\s+will|I'm\s+happy\s+to|we\s+can)\b", re.IGNORECASE
)
"""A case with help offered in it: "If someone needs access to rerun the job, I can add you"."""
_IT_DEPENDS = re.compile(r"\b(?:it|this|that)\s+(?:[\w…]+[,\s]+){0,3}?depends\s+on\b", re.IGNORECASE)
"""Said in a call, "it depends on your availability" weighs options; it names no blocker."""
_DISFLUENT = re.compile(r"…|\.\.\.")


def fact_kinds(sentence: str, *, point: bool, spoken: bool = False) -> set[str]:
    """Which lists of the summary a sentence belongs to: blockers, support requested,
    decisions, follow-ups; else a highlight when it is a point of notes (`point`), says
    something worth keeping or gives a figure (but not an OKR figure, which is an update).
    In speech (`spoken`), "it depends on…" is no blocker, and a sentence broken off twice
    ("So the main, For me, it's to… Start… Hmm…") is no highlight."""
    kinds = {name for pattern, name in _FACTS if pattern.search(sentence)}
    if _OFFER.search(sentence):
        kinds.discard("support_requested")  # "If someone needs access, I can add you": help offered, not asked
    asked = _SUPPORT.search(sentence)
    if asked and asked.group(0).lower().startswith(("asked", "asking")) and _PROMISE.search(sentence):
        kinds.discard("support_requested")  # "I'll make the rounds asked for": a promise, not a request
    if (
        spoken
        and "decisions" in kinds
        and (not _SPOKEN_DECISION.search(sentence) or _NEXT_ON_THE_AGENDA.search(sentence))
    ):
        kinds.discard("decisions")  # "Let's give people a minute", "let's go for spec and research update": the call
    if asked and IN_AN_IF.search(sentence[: asked.start()]):
        kinds.discard("support_requested")  # "If we needed more in-detail information, we could…": a case
    if spoken and _IT_DEPENDS.search(sentence) and not _BLOCKER.search(_IT_DEPENDS.sub(" ", sentence)):
        kinds.discard("blockers")
    if "blockers" in kinds and not _BLOCKER.search(_NOT_BLOCKING.sub(" ", sentence)):
        kinds.discard("blockers")  # "But it's not a blocker, so I'll approve it"
    if (case := _IF_CLAUSE.match(sentence)) and not _BLOCKER.search(sentence[case.end() :]):
        kinds.discard("blockers")  # "And if it's broken, it makes no sense…": a case weighed, no blocker
    if (weighed := _IF_THEN.search(sentence)) and not _BLOCKER.search(sentence[: weighed.start()]):
        kinds.discard("blockers")  # "if you can compute one logarithm, then the proof system breaks": reasoning
    if spoken and len(_DISFLUENT.findall(sentence)) >= 2:
        return kinds
    if running_the_call(sentence):
        return kinds  # "Have a great rest of your day, and see you in two weeks!" says nothing to keep
    if spoken and _FRAGMENT.match(sentence):
        return kinds  # "To get it merged and released, which is great.": the end of a sentence said before
    if spoken and _READ_OUT.match(sentence):
        return kinds  # "Transcript L dash two one nine. Three four five six.": digits read out for the recording
    if not kinds and not _is_okr(sentence) and (point or _HIGHLIGHT.search(sentence) or has_figure(sentence)):
        kinds = set() if _says_nothing(sentence) else {"highlights"}
    return kinds


_READ_OUT = re.compile(
    r"^\s*(?:transcript\s+\w+\s+(?:dash\s+)?)?(?:(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)\b[\s,.-]*)+[.!]?\s*$",
    re.IGNORECASE,
)
"""Digits read out one by one, as a research group reads a card at a meeting's end."""
_LINKS = re.compile(r"\[[^\]]*\]\(\S+?\)|<?https?://\S+>?")
_PLACEHOLDER = re.compile(r"\[[^\]]*\]\.?")
_NAMES_ONLY = re.compile(r"(?:[A-Z][a-z]+,\s*){2,}(?:and\s+)?[A-Z][a-z]+\.?")


_NEXT_ON_THE_AGENDA = re.compile(
    r"\blet's\s+(?:go|move|turn|jump)\s+(?:on\s+)?(?:for|to|with|on\s+to)\s+(?:the\s+)?(?:[\w&-]+\s+){0,4}?"
    r"(?:updates?|agenda|items?|topics?|round|section|next\s+one)\b",
    re.IGNORECASE,
)
"""A chair moving the call on: "Let's go for spec and research update"."""
_ONLY_AGREEING = re.compile(
    r"\W*(?:(?:\d+\s*%|absolutely|totally|exactly|yes|yeah|yep|sure|right|ok(?:ay)?)[,.!\s]+)*"
    r"(?:I\s+(?:fully\s+|totally\s+|completely\s+|also\s+)?agree(?:\s+with\s+(?:you|that|this|him|her))?|agreed|same\s+here|"
    r"makes\s+sense|sounds\s+(?:good|great))\W*",
    re.IGNORECASE,
)
"""A nod and nothing more: "100%, I agree."."""


def _says_nothing(point: str) -> bool:
    """A point of notes with nothing to keep: a link alone or with a word or two, a template's
    "[your name and topic here]", a list of first names ("Nikhita, Yang, Peeyush"), a label
    over the points below it ("Discussions:"), a single word ("`interaction_cst`") or nothing to
    report ("No announcements", "No updates this week")."""
    text = point.strip()
    if text.endswith(":") or len(text.split()) < 2:
        return True
    unlinked = _LINKS.sub(" ", text).strip()
    if unlinked != text and (len(re.findall(r"[A-Za-z]{2,}", unlinked)) <= 2 or unlinked.endswith(":")):
        return True  # "Also related to: https://…": a reference, not something said
    if _AN_ITEMS_TITLE.fullmatch(text):
        return True  # "Project Directed Funding [#90](…)": the agenda's item, what the points under it discuss
    return bool(
        _PLACEHOLDER.fullmatch(text)
        or _NAMES_ONLY.fullmatch(text)
        or _NOTHING_TO_REPORT.fullmatch(text)
        or _ONLY_AGREEING.fullmatch(text)
        or _NOTHING_AFTER.search(text)
        or _ASKED_THE_ROOM.match(text)
    )


_NOTHING_AFTER = re.compile(
    r"[-–—:,]\s*(?:nothing\s+(?:new|to\s+report)|no\s+updates?(?:\s+(?:this|today)(?:\s+week)?)?)\W*$", re.IGNORECASE
)
"""A point that names its topic, then says there is nothing: "Michael Z - V8 currency - nothing new"."""
_ASKED_THE_ROOM = re.compile(
    r"^(?:any|anyone|anybody)\s+(?:volunteers?|objections?|questions?|concerns?|comments?|thoughts?)\b[^.!]*$",
    re.IGNORECASE,
)
"""A question to the room written down without its answer: "Any volunteers to find the tasks"."""
_AN_ITEMS_TITLE = re.compile(r"(?:[^.!]|\.(?=\S)){3,120}?\s*\[#\d+\]\([^)\s]+\)\s*")
"""An agenda item as notes list it, a title and its issue: "doc: add initial CoC wording [#80](…)",
"\\[baseline practices\\] .npmignore or package.json files [#164](…)", "Which problems … face
today? [#113](…)"."""
_NOTHING_TO_REPORT = re.compile(
    r"\W*(?:no|nothing|none)(?:\s+(?:new|more|specific))?(?:\s+(?:announcements?|updates?|news|reports?|items?|"
    r"questions?|discussion|topics?|to\s+(?:report|share|add|discuss)))?(?:\s+(?:this|last|today|for\s+this)(?:\s+(?:week|month|time|meeting))?)?"
    r"(?:\s+from\s+(?:me|us|my\s+side|our\s+side))?\W*",
    re.IGNORECASE,
)
"""A point that says there is nothing: "No announcements", "No updates this week", "Nothing new"."""


_COURTESY = re.compile(
    r"\b(?:see\s+(?:you|y'all|everyone)|have\s+a\s+(?:great|good|nice)|thanks?\s+(?:you\s+)?(?:all\s+)?for\s+(?:joining|coming|"
    r"your\s+time|having\s+(?:me|us)|inviting\s+(?:me|us))|(?:I'd\s+like\s+to\s+ask|I\s+have)\s+a\s+(?:quick\s+)?question|"
    r"welcome\s+(?:back|everyone|to)|good\s+(?:morning|afternoon|evening)|happy\s+(?:holidays|new\s+year)|"
    r"wait\s+(?:for[\s….]*)?(?:[…. ]*(?:maybe|another|a\s+(?:few|couple(?:\s+of)?)|\d+(?:\s+(?:to|or)\s+\d+)?)\s+)+(?:more\s+)?minutes?|"
    r"let's\s+(?:get\s+started|start|kick\s+(?:it\s+)?off|wrap\s+(?:it\s+)?up)|(?:folks|people|everyone)\s+to\s+(?:join|arrive)|"
    r"sorry\s+to\s+(?:cut\s+you\s+off|interrupt|jump\s+in)|(?:I've|I\s+have)\s+got\s+(?:a|one|two|three|a\s+few|some)\s+links?\s+to\s+share)\b",
    re.IGNORECASE,
)
"""Greetings, thanks and goodbyes, a question announced, and the call's own logistics
("wait for… maybe 3 to 4 minutes, and then start"): never a highlight, whatever number they hold."""


def running_the_call(sentence: str) -> bool:
    """A greeting, a thanks, a goodbye or the call's logistics, with no result in it."""
    return bool(_COURTESY.search(sentence)) and not _RESULT.search(sentence)


_FRAGMENT = re.compile(r"^(?:to\s+(?-i:[a-z])\w+|which|because|or|and\s+then)\b", re.IGNORECASE)
"""A spoken sentence that only ends one said before: "To get it merged and released, which is great."."""


_RESULT = re.compile(
    r"\b(?:shipped|launched|released|merged|finished|completed|delivered|reached|hit|closed|won\b(?!')|cut\b(?!\s+(?:you|me|him|her|them|it)\s+(?:off|short)|\s+off)|reduced|improved)\b",
    re.IGNORECASE,
)


def highlight_strength(statement: str) -> int:
    """How much a highlight says: a result (shipped, merged, reduced) and a measure each count."""
    return int(bool(_RESULT.search(statement))) + int(bool(re.search(r"\d", statement)) and has_figure(statement))


_SPAN_OF_TIME = r"(?:more\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|calls?|meetings?|sprints?)\b"
"""'in two weeks' says when, not how much ('renewed for two years' does say how much)."""


def has_figure(sentence: str) -> bool:
    """A number that is a measure (12%, 480 signups, $3k, four outages, twice, renewed for
    two years), not just a time or a date ("at 10", "in two weeks") or a way of speaking
    ("not 100% sure")."""
    sentence = _CERTAINTY.sub(" ", sentence)
    if re.search(
        r"\d\s*(?:%|percent\b)|[$€£]\s?\d|\b[a-z]+(?:[\s-][a-z]+)?\s+(?:percent|per\s+cent)\b", sentence, re.I
    ):
        return True  # "cut proving time by 26%": a share or an amount is a measure, whatever else is said
    for match in _NUMBER_WORD.finditer(sentence):
        when = re.search(r"\b(?:in|within|every|after|next)\s+$", sentence[: match.start()], re.I)
        if when and re.match(rf"\s+{_SPAN_OF_TIME}", sentence[match.end() :], re.I):
            continue
        if re.search(r"\b(?:at|by|until|till|before|around)\s+$", sentence[: match.start()], re.I) and not re.match(
            r"\s*(?:%|percent|per\s+cent|[a-z]+s\b)", sentence[match.end() :], re.I
        ):
            continue  # "I have to leave at three": a time of day
        if re.search(
            r"\b(?:have|got|take|give|need)\s+(?:about\s+|another\s+)?$", sentence[: match.start()], re.I
        ) and re.match(r"\s+(?:more\s+)?(?:minutes|seconds|mins)\b", sentence[match.end() :], re.I):
            continue  # "We have thirty minutes for the next meeting": the meeting's own time
        return True
    return bool(
        re.search(
            rf"(?<![\d.,:])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?\s*(?:k\b|x\b|ms\b|(?!{_MONTH})[a-z]{{3,}})",
            sentence,
            re.I,
        )
    ) and not re.fullmatch(r"[^\d]*\d{1,2}(?::\d{2})?\s*(?:am|pm)?[^\d]*", sentence, re.I)


_CERTAINTY = re.compile(r"\b100\s*(?:%|percent)\s+(?:sure|certain|confident|convinced|positive|honest)\b", re.I)
_NUMBER_WORD = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million|dozen|twice)\b",
    re.I,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\b"
)
"""A number before a month is a date ("02 Oct 2024"), not a measure."""


def overview_line(
    title: str | None, day: Date, participants: list[str], actions: int, okrs: int, blockers: int, decisions: int
) -> str:
    who = f" with {', '.join(participants)}" if participants else ""
    counts = [counted(actions, "action item")]
    counts += [
        counted(n, label) for n, label in ((okrs, "OKR update"), (blockers, "blocker"), (decisions, "decision")) if n
    ]
    return f"{title or 'Meeting'} on {day.isoformat()}{who}: {', '.join(counts)}."
