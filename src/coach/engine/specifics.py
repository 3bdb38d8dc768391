"""What makes an answer usable in the room: its specific sentences (a number, a date, a
name, an example), the highlights an acknowledgement reflects back, an observed example
split into situation, behaviour and impact, and next steps with an owner and a date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.core.text import sentences
from coach.engine.assess import specific_marks

_VAGUE_WORDS = re.compile(
    r"\b(fine|good|ok|okay|great|not sure|dunno|don'?t know|stuff|things|whatever|maybe|probably|"
    r"i guess|i think so|kind of|sort of|as usual|the usual|nothing much|so-so|mostly|somehow)\b",
    re.I,
)
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?|the \d{{1,2}}(?:st|nd|rd|th)\b|"
    rf"(?:end of |mid-|early |late )?{_MONTH}|{_WEEKDAY}|q[1-4]|today|tomorrow|tonight|"
    rf"(?:this|next|last) (?:week|month|quarter|sprint|year|{_WEEKDAY})|"
    rf"(?:the )?end of (?:the )?(?:week|month|quarter|year|q[1-4]|{_MONTH}))"
)
_DATE = re.compile(rf"\b{_DAY}(?:'s(?: [a-z][a-z-]+){{1,2}})?\b", re.I)
_WHEN = re.compile(rf"(?:\b(?:by|before|on|from|until|after|at)\s+(?:the\s+)?)?\b{_DAY}\b", re.I)
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
_QUANTITY = re.compile(
    rf"(?:\bfrom )?(?<![\w.])(?:\d+(?:[.,]\d+)?(?:-[a-z]+)?|{_NUMBER_WORD})"
    r"(?:\s?%|\s?(?:percent|ms)\b)?"
    r"(?:\s(?:of|out of|to|from|against|vs\.?)\s(?:the\s|a\s)?\d+(?:[.,]\d+)?(?:-[a-z]+)?(?:\s?%|\s?ms\b)?"
    rf"|\swith\s(?:\d+(?:[.,]\d+)?|{_NUMBER_WORD}))*"
    rf"(?:\s(?!{_NUMBER_WORD})[a-z][a-z-]+){{0,2}}",
    re.I,
)
"""A figure and the words that say what it counts: "40% with two weeks left", "3 of 5 services",
never two figures run together ("40% with two")."""
_NUMERIC = re.compile(rf"\d|\b{_NUMBER_WORD}", re.I)
_NAME = re.compile(
    r"(?<=[a-z,;:] )[A-Z][^\W\d_A-Z]+(?:'s)?(?: [A-Z][^\W\d_A-Z]+)*(?:(?: [a-z]+){1,2}(?= (?:she|he|they|i|we)\b))?"
)
"""A capitalised name after the sentence's first word, accents included ("Tomás", "Zoë")."""
_TAIL_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "but",
        "or",
        "so",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "against",
        "vs",
        "as",
        "than",
        "that",
        "which",
        "who",
        "when",
        "i",
        "you",
        "he",
        "she",
        "we",
        "they",
        "it",
        "her",
        "his",
        "their",
        "its",
        "my",
        "our",
        "your",
        "me",
        "him",
        "us",
        "them",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "should",
        "after",
        "before",
        "until",
        "since",
        "because",
        "if",
        "while",
    ]
)


def _trim(span: str) -> str:
    """A highlight without trailing filler: "40 minutes" from "40 minutes and he"."""
    words = span.split()
    keep = len(words)
    last_number = max((i for i, w in enumerate(words) if _NUMERIC.search(w)), default=0)
    for index in range(max(1, last_number + 1), len(words)):
        if words[index].lower() in _TAIL_STOP:
            keep = index
            break
    return " ".join(words[:keep]).strip(" ,.;")


ACK_WORDS = 12
ACK_MIN_CHARS = 12
"""Highlights shorter than this ("October") say too little; the answer's opening words say more."""


DETAILED_WORDS = 12
"""A sentence this long with no hedge in it says something concrete even with no figure or
name: "The ledger team keeps changing the API under her and nobody told her the freeze moved"."""


def vague(sentence: str) -> bool:
    """A sentence with nothing to act on: no number, date, name or example and too short to
    describe anything, or mostly hedges."""
    marks = set(specific_marks(sentence)) - {"action"}
    words = sentence.split()
    hedges = len(_VAGUE_WORDS.findall(sentence))
    if len(words) >= DETAILED_WORDS and not hedges:
        return False
    return not marks or hedges * 5 >= len(words)


_POINTS_BACK = re.compile(r"^(?:that|this|it|these|those|which)(?:\s+one)?\b", re.IGNORECASE)
"""A sentence that leans on one before it ("That one worries me most.")."""


def specific_sentences(text: str) -> list[str]:
    """The answer's sentences that say something concrete, each able to stand alone as a
    bullet: one that only points back ("That one worries me most.") names nothing of its
    own and would stand alone as a riddle, so it is left out."""
    return [
        s.strip(" -•*")
        for s in sentences(text)
        if len(s.split()) >= 3 and not vague(s) and not (_POINTS_BACK.match(s.strip()) and not _names_something(s))
    ]


def _names_something(sentence: str) -> bool:
    """A figure, or a name after the first word ("It cost us 3 weeks", "That was Priya's call")."""
    return bool(re.search(r"\d", sentence) or re.search(r"\b[A-Z][a-z]+", sentence.strip()[1:]))


def highlights(text: str, *, limit: int = 3) -> list[str]:
    """The concrete things an answer names: quantities, dates and names, in order, each once."""
    found: list[tuple[int, str]] = []
    for pattern in (_QUANTITY, _DATE, _NAME):
        for match in pattern.finditer(text):
            span = _trim(match.group(0).strip(" ,.;"))
            if pattern is _QUANTITY and (not _NUMERIC.search(span) or span.isalpha()):
                continue  # "one" alone says nothing; "one of three objectives" or "3" does
            if span and not any(span.lower() in f.lower() or f.lower() in span.lower() for _, f in found):
                found.append((match.start(), span))
    # "this year" or "today" says less than "two new hires" or "Ana": such a time only fills a gap
    found.sort()
    specific = [f for f in found if not _RELATIVE_TIME.fullmatch(f[1])]
    relative = [f for f in found if _RELATIVE_TIME.fullmatch(f[1])]
    return [span for _, span in sorted([*specific[:limit], *relative[: max(0, limit - len(specific))]])]


_RELATIVE_TIME = re.compile(r"(?:(?:this|next|last) (?:week|month|quarter|sprint|year)|today|tomorrow|tonight)", re.I)


_SAYS_LITTLE = re.compile(rf"{_RELATIVE_TIME.pattern}|[A-Z][a-z]+", re.I)
"""A time like "next year" or a first name alone: with nothing more specific, the answer's
own opening words say more ("Noted: next year, Dana." says nothing of the redesign)."""


def acknowledgement(text: str) -> str:
    """One short line that shows the answer was heard, from its own specifics."""
    spans = [re.sub(r"['’]s$", "", span) for span in highlights(text)]  # "Dana's help": Dana
    if len(", ".join(spans)) >= ACK_MIN_CHARS and not all(_SAYS_LITTLE.fullmatch(span) for span in spans):
        return "Noted: " + ", ".join(spans) + "."
    clause = re.split(r"[;:]\s|,\s(?:and|but|so)\s|\s(?:but|although|though)\s", (sentences(text) or [text])[0])[0]
    first = clause.split()
    if len(first) > ACK_WORDS and (joined := re.match(r"(.+?)\s+and\s", clause)) and len(joined[1].split()) >= 6:
        first = joined[1].split()  # "The ledger team keeps changing the API under her", not "…nobody told…"
    quoted = " ".join(first[:ACK_WORDS]) + ("…" if len(first) > ACK_WORDS else "")
    return f"Noted: “{quoted.rstrip('.;,')}”."


# Feedback in situation-behaviour-impact form ------------------------------------------
_CALENDAR_WORD = (
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_SITUATION = re.compile(
    r"^((?i:in|during|at|on|last|yesterday|this morning|after|before|when)\s[^,;]+?)"
    rf"(?:,\s*|\s+)(?=(?:[Ss]he|[Hh]e|[Tt]hey|[Hh]er|[Hh]is|[Tt]heir|I|[Ww]e|(?!{_CALENDAR_WORD}\b)[A-Z][a-z]+(?!['’]s))\b)",
)
_IMPACT = re.compile(
    r"(?:,?\s+(?:and|so)\s+|;\s*|,\s+which\s+|\.\s+)(?=(?:then\s+|after that,?\s+)?(?:"
    r"(?:he|she|we|they|it|everyone|customers?|the [a-z]+)\s+[a-z']+|[\w' ]{0,40}?\b"
    r"(?:stopped|took|lost|broke|missed|had to|caused|left|complained|waited|worked|slipped|delayed|cost|"
    r"couldn't|could not|didn't|went|was down|were down|gave up|escalated)\b))",
    re.I,
)


@dataclass(frozen=True)
class Feedback:
    situation: str | None
    behaviour: str
    impact: str | None


def split_feedback(example: str) -> Feedback:
    """An observed example as situation, behaviour and impact, each in the user's words."""
    text = example.strip().rstrip(".")
    situation = None
    if match := _SITUATION.match(text):
        situation, text = match.group(1).strip(), text[match.end() :]
    impact = None
    if match := _IMPACT.search(text):
        text, impact = text[: match.start()], text[match.end() :].strip().rstrip(".")
    return Feedback(situation, text.strip(), impact)


_SUBJECT = re.compile(r"\b(she|he|her|his)\b", re.I)
_SHE = {"she": "you", "her": "your", "hers": "yours", "herself": "yourself"}
_HE = {"he": "you", "his": "your", "him": "you", "himself": "yourself"}
_SWAPS = {"she": _SHE, "her": _SHE, "he": _HE, "his": _HE}
_ADVERB = r"(?:always|never|often|usually|sometimes|rarely|also|just|still|really|even|only|regularly) "
_AGREEMENT = [
    (r"\byou was\b", "you were"),
    (r"\byou wasn't\b", "you weren't"),
    (r"\byou has\b", "you have"),
    (r"\byou hasn't\b", "you haven't"),
    (r"\byou is\b", "you are"),
    (r"\byou isn't\b", "you aren't"),
    (r"\byou doesn't\b", "you don't"),
    (r"\byou does\b", "you do"),
    (r"\byou's\b", "you're"),
    (rf"\byou ({_ADVERB})?(\w+?)ies\b", r"you \1\2y"),
    (rf"\byou ({_ADVERB})?(\w+?(?:sh|ch|x|ss|o))es\b", r"you \1\2"),
    (rf"\byou ({_ADVERB})?(\w{{2,}}?[^su'])s\b", r"you \1\2"),
]


def to_second_person(text: str, person: str | None) -> str:
    """Words about the other person, turned to them: "she cut off Luis" -> "you cut off Luis".
    Only the first pronoun seen (the person's) is swapped; a name is too."""
    if person:
        text = re.sub(rf"\b{re.escape(person)}'s\b", "your", text)
        text = re.sub(rf"\b{re.escape(person)}\b", "you", text)
    first = _SUBJECT.search(text)
    if first:
        swaps = _SWAPS[first.group(1).lower()]
        text = re.sub(
            r"\b(" + "|".join(swaps) + r")\b",
            lambda m: _case(swaps[m.group(1).lower()], m.group(1)),
            text,
            flags=re.I,
        )
    capital = text[:1].isupper()
    for pattern, replacement in _AGREEMENT:
        text = re.sub(pattern, replacement, text, flags=re.I)
    return text[:1].upper() + text[1:] if capital else text


def _case(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


def base_form(clause: str) -> str:
    """ "sends the plan" -> "send the plan": a task reads the same whoever owns it."""
    return to_second_person("you " + clause, None)[4:] if clause else clause


# Next steps ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    owner: str
    what: str
    when: str | None


_IMPERATIVES = frozenset(
    [
        "Ask",
        "Try",
        "Send",
        "Move",
        "Keep",
        "Check",
        "Book",
        "Set",
        "Agree",
        "Follow",
        "Write",
        "Share",
        "Review",
        "Schedule",
        "Talk",
    ]
)
_CLAUSE = re.compile(r";\s*|\.\s+|,?\s+and\s+(?=(?:I|I'll|I’ll|we|we'll|[A-Z][a-z]+)\s)|,?\s+then\s+")


def parse_steps(text: str, person: str | None) -> list[Step]:
    """Next steps from an answer: who ("you", the person, or both), what, and when if said."""
    steps = []
    for clause in _CLAUSE.split(text.strip()):
        clause = clause.strip(" .")
        if len(clause.split()) < 2:
            continue
        owner = "you"
        lowered = clause.lower()
        if lowered.startswith(("we ", "we'll ")):
            owner = f"you and {person}" if person else "you both"
            clause = re.sub(r"^we('ll)?\s+", "", clause, flags=re.I)
        elif lowered.startswith(("i ", "i'll ", "i’ll ")):
            clause = re.sub(r"^i(['’]ll)?\s+", "", clause, flags=re.I)
        elif (match := re.match(r"^([A-Z][a-z]+)(?:\s+and\s+([A-Z][a-z]+|I|me))?\s+", clause)) and match.group(
            1
        ) not in _IMPERATIVES:
            owner = match.group(1) + (" and you" if match.group(2) in ("I", "me") else "")
            clause = base_form(clause[match.end() :])
        when = None
        if found := list(_WHEN.finditer(clause)):
            start, end = found[-1].span()  # "try the Tuesday slot … until the end of December": the deadline is last
            for earlier in reversed(found[:-1]):  # "by Wednesday December 2": one date said two ways
                if clause[earlier.end() : start].strip(" ,"):
                    break
                start = earlier.start()
            when = " ".join(clause[start:end].split()).strip(" ,")
            clause = " ".join((clause[:start] + clause[end:]).split()).strip(" ,")
        if owner != "you" and owner.lower() != "you both" and not owner.startswith("you and"):
            clause = re.sub(r"\bmy\b", "your", re.sub(r"\bme\b", "you", clause))  # "Alex sends me the plan"
        if clause:
            steps.append(Step(owner, clause[0].lower() + clause[1:] if clause[1:2].islower() else clause, when))
    return steps
