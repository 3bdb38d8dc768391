"""How a line in a rehearsal is put: an open or a closed question, an accusation, an
empathic acknowledgement, or a statement; and whether it is specific."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.core.text import content_terms
from coach.engine.assess import specific_marks

_OPEN_START = re.compile(
    r"^(?:(?:so|and|ok(?:ay)?|well|right|now|then|also|honestly)[,\s]+)*"
    r"(?:what|what's|how|how's|why|which|where|when|who|in what way|to what extent|tell me|talk me|walk me|"
    r"describe|help me understand|share|explain|say more)\b",
    re.IGNORECASE,
)
_OPEN_ANYWHERE = re.compile(
    r"\b(?:tell me (?:more|about|what|how|why)|walk me through|help me understand|talk me through|describe|"
    r"what do you think|how do you feel|what would you|how would you|say more about|"
    r",\s*(?:what|how|which|why|where|who)\b)",
    re.IGNORECASE,
)
_QUESTION_START = re.compile(
    r"^(?:(?:so|and|ok(?:ay)?|well|right)[,\s]+)*(?:is|are|do|does|did|can|could|will|would|have|has|had|should|"
    r"was|were|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|shall|may|might)\b",
    re.IGNORECASE,
)
_LEADING = re.compile(
    r"\b(?:don't you think|wouldn't you agree|isn't it|aren't you|surely|right\?$|correct\?$)", re.IGNORECASE
)
_ACCUSATORY = re.compile(
    r"\b(?:why didn't you|why haven't you|why can't you|why don't you ever|why did you (?:miss|fail|forget|let|not|ignore|drop)|you always|you never|your fault|"
    r"you failed|what's wrong with you|you keep (?:\w+ing)|how could you|you should have|that's on you|"
    r"you're not|you are not (?:doing|delivering|pulling)|unacceptable|not good enough)\b|"
    r"\bwhy (?:is|are|has|have|does|do)\b[^?.!]{0,60}\b(?:still (?:at|stuck|not|behind|late|broken|open|waiting|"
    r"missing|blocked|unfinished)|yet\b)",  # "why is it still at 27%?", "why has nothing shipped yet?"
    re.IGNORECASE,
)
_EMPATHY = re.compile(
    r"\b(?:i understand|i hear you|i hear that|that sounds|sounds (?:hard|tough|frustrating|difficult)|thank you for|"
    r"thanks for|i appreciate|i can see|that must|i'm sorry|i am sorry|sorry to hear|it makes sense|fair point|"
    r"that's fair|you're right|you are right|i get that|i didn't realise|i didn't realize|no wonder|"
    r"sorry,? (?:that came out|i didn't mean|let me)|that came out wrong|i didn't mean (?:it|that)|"
    r"let me (?:put|say) (?:it|that) (?:better|differently)|i'm not here to blame|not blaming you)\b",
    re.IGNORECASE,
)
_PROBE = re.compile(r"\b(?:tell me more|say more|walk me through|help me understand|what else|go on)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class LineStyle:
    question: bool
    open: bool
    accusatory: bool
    empathy: bool
    leading: bool
    specific: bool
    vague: bool

    @property
    def reaction(self) -> str:
        """Which kind of reaction the line calls for."""
        if self.accusatory:
            return "accusatory"
        if self.question:
            if self.open:
                return "vague" if self.vague else "open"
            return "closed"
        return "empathy" if self.empathy else "statement"


LABELS = {
    "accusatory": "accusing",
    "open": "open",
    "vague": "open",
    "closed": "closed",
    "empathy": "empathic",
    "statement": "statement",
}
"""A line's style as the debrief and the annotated transcripts name it (issue 15)."""


def style_label(style: LineStyle) -> str:
    """open | closed | accusing | empathic | statement, in that order of precedence after
    an accusation."""
    return LABELS[style.reaction]


_NOT_ASKING = re.compile(
    r"^(?:when|if|where|while|once|after|before)\b[^,?]{3,},\s+(?!what|how|why|which|where|who)|"
    r"^what\s+(?:\w+\s+){0,4}(?:is|was|are|were)\s+(?:when|that|the|a|how|not)\b",
    re.IGNORECASE,
)
"""A statement that starts like a question: "When the 1:1s were cancelled, I couldn't...",
"What gets in the way is when priorities change"."""


def is_question(sentence: str) -> bool:
    s = sentence.strip()
    if not s.endswith("?") and _NOT_ASKING.match(s):
        return False
    return (
        s.endswith("?")
        or bool(_OPEN_START.match(s) and len(s.split()) > 2)
        or bool(_QUESTION_START.match(s) and s.endswith("?"))
    )


def classify(line: str) -> LineStyle:
    sentences = [s for s in _SENTENCE.split(line.strip()) if s.strip()]
    questions = [s for s in sentences if is_question(s)]
    last = questions[-1] if questions else ""
    leading = bool(last and _LEADING.search(last))
    is_open = bool(last) and not leading and bool(_OPEN_START.match(last) or _OPEN_ANYWHERE.search(last))
    vague = is_open and len(content_terms(last)) < 2 and not _PROBE.search(last)
    return LineStyle(
        question=bool(questions),
        open=is_open,
        accusatory=bool(_ACCUSATORY.search(line)),
        empathy=bool(_EMPATHY.search(line)),
        leading=leading,
        specific=bool(set(specific_marks(line)) - {"action"}) or len(content_terms(line)) >= 12,
        vague=vague,
    )
