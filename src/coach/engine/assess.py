"""Is an answer substantive? The offline assessor looks for the marks of a specific answer:
an example, a number, a date or time, a concrete action, a name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from coach.core.text import words
from coach.framework.models import Question

MIN_WORDS = 6
MAX_ASSESSED_CHARS = 4_000
"""Only the end of a long run of answers to one question is read (they are all kept)."""
LONG_ANSWER_WORDS = 25

_NUMBER = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twice|half|double|percent|dozen)\b", re.I)
_TIME = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|yesterday|today|tomorrow|last (week|month|quarter|"
    r"year|sprint|time)|next (week|month|quarter|year|sprint)|this (week|month|quarter|year|sprint)|"
    r"q[1-4]|quarter|sprint|deadline|by (the )?end of)\b",
    re.I,
)
_EXAMPLE = re.compile(
    r"\b(for example|for instance|e\.g\.|such as|when (i|we|he|she|they)|last time|recently|"
    r"the time (when|that)|because|so that)\b",
    re.I,
)
_ACTION = re.compile(
    r"\b(\w{3,}ed|did|made|led|wrote|built|gave|took|sent|ran|met|spoke|told|said|saw|went|got|kept|"
    r"shipped|will|plan to|going to|start|stop|learn|ask for|need)\b",
    re.I,
)
_PROPER_NOUN = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}")
_VAGUE = re.compile(
    r"\b(fine|good|ok|okay|great|alright|not sure|dunno|don'?t know|idk|stuff|things|whatever|maybe|"
    r"kind of|sort of|as usual|the usual|nothing much|so-so|same as always)\b",
    re.I,
)
_NONE = re.compile(r"^\s*(no|none|nothing|nope|not really|n/?a|nothing (at all|really|comes to mind))\b", re.I)


_ADVICE = re.compile(
    r"^\s*(how (do|should|can|could|would) (i|we)|what (should|do|can) (i|we) (say|do|tell)|"
    r"should i|is it ok(ay)? (to|if)|any (tips|advice))\b.*\?\s*$",
    re.I | re.S,
)


def is_advice_request(text: str) -> bool:
    """A question for the coach ("how do I say this without sounding harsh?"), not an answer."""
    return len(words(text)) <= 60 and bool(_ADVICE.match(text))


@dataclass(frozen=True)
class Assessment:
    substantive: bool
    reason: str
    explicit_none: bool = False


class Assessor(Protocol):
    def assess(self, question: Question, answers: list[str]) -> Assessment: ...


def specific_marks(text: str) -> list[str]:
    """Which marks of specificity a text carries (number, time, example, action, name)."""
    marks = []
    for name, pattern in (
        ("number", _NUMBER),
        ("time", _TIME),
        ("example", _EXAMPLE),
        ("action", _ACTION),
        ("name", _PROPER_NOUN),
    ):
        if pattern.search(text):
            marks.append(name)
    return marks


class OfflineAssessor:
    """Heuristics only; an LLM tagger can replace it behind the same `Assessor` protocol."""

    def assess(self, question: Question, answers: list[str]) -> Assessment:
        text = "\n".join(answers)[-MAX_ASSESSED_CHARS:]  # the newest answers decide; the cost stays flat
        count = len(words(text))
        last = answers[-1] if answers else ""
        if _NONE.match(last) and len(words(last)) <= 10:
            return Assessment(False, "a plain no", explicit_none=True)
        if count < MIN_WORDS:
            return Assessment(False, "short")
        vague_hits = len(_VAGUE.findall(text))
        if count >= LONG_ANSWER_WORDS and vague_hits * 8 < count:
            return Assessment(True, "detailed")
        marks = specific_marks(text)
        if marks and vague_hits * 4 < count:
            return Assessment(True, "specific: " + ", ".join(marks))
        return Assessment(False, "vague: no example, number, date or concrete action")
