"""A counterpart's hidden facts and traits from what coach knows about a real person: clean
one-sentence statements drawn from their notes (no Markdown, no meeting boilerplate), the
sentences that say something about them (how they feel, what blocks them, what they want),
and traits read from the same words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from coach.core.text import STOP_WORDS, sentences, words
from coach.rehearsal.intents import IntentMatcher
from coach.rehearsal.personas import HiddenFact

MAX_FACTS = 5
_META = re.compile(
    r"^(?:#|\||(?:attendees|participants|present|date|overview|meeting summary|summary|action items|next steps|"
    r"decisions|highlights|follow[- ]ups|okr updates|blockers)\b[^.]{0,60}:?\s*$)",
    re.IGNORECASE,
)
_MARKS = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+|^\s*\[[ xX]?\]\s+|\*\*|__|`")
_LABEL = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}:\s+")
"""A speaker's label at the start of a line ("Dana: the migration is late")."""
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_SIGNAL = re.compile(
    r"\b(?:feel|felt|feeling|exhausted|tired|weekends?|overload\w*|overwhelm\w*|stress\w*|worried|frustrat\w*|"
    r"upset|blocked|blocks|waiting|stuck|fail\w*|can't|cannot|wants?|would like|hopes?|asked|considering|leav\w*|"
    r"quit|promotion|raise|on-call|sick|burn\w*|behind|late|slipp\w*|conflict|disagree\w*|unhappy|bored|"
    r"\d+(?:\.\d+)?\s?%)",
    re.IGNORECASE,
)
TRAITS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\bexhausted|\b(?:all|every) weekend|\blong hours|\boverload|\boverwhelm|\bburn(?:ed|t|ing)? out", re.I
        ),
        "stretched thin, working long hours",
    ),
    (re.compile(r"\bdefensive|\bpushed back|\bargu", re.I), "gets defensive when questioned"),
    (re.compile(r"\bblam|\bfault\b|\bexcuse", re.I), "points to other people when things slip"),
    (re.compile(r"\bquiet\b|\bwithdrawn|\bsaid little|\bdisengaged", re.I), "says little unless asked well"),
    (re.compile(r"\bupset\b|\bcried|\btears\b", re.I), "upset, close to tears at times"),
    (re.compile(r"\bunrealistic|\bnever believed|\bdoesn't believe|\bimpossible", re.I), "doubts the targets"),
]
"""Words in a person's notes and the trait they suggest for the counterpart."""


ASKED_ABOUT: list[tuple[re.Pattern[str], list[str]]] = [
    (
        re.compile(r"\bexhausted|\btired|\bweekends?\b|\bhours\b|\boverload|\boverwhelm|\bstress|\bburn", re.I),
        ["workload", "feeling", "feel", "how are you", "energy", "hours"],
    ),
    (
        re.compile(r"\bblock|\bwaiting|\bstuck|\bfail|\blate\b|\bbehind\b|\bslipp", re.I),
        ["blocking", "in the way", "slowing", "hardest"],
    ),
    (
        re.compile(r"\bwants?\b|\bwould like|\bhopes?|\bpromotion|\braise\b|\bleav|\bquit", re.I),
        ["want", "next", "future", "career"],
    ),
    (re.compile(r"\bupset|\bfrustrat|\bworried|\bunhappy|\bbored", re.I), ["feeling", "feel", "how are you"]),
]
"""What a question about a fact sounds like, by what the fact is about: "How are you feeling
about your workload?" asks about a note that says they worked all weekend."""


def clean_lines(note: str) -> list[str]:
    """The note's lines as plain text, without headings, tables or meeting boilerplate."""
    out = []
    for raw in note.splitlines():
        line = _LABEL.sub("", _LINK.sub(r"\1", _MARKS.sub("", _MARKS.sub("", raw.strip()))))
        line = " ".join(re.sub(r"\s*\(line \d+\)\s*$", "", line).split())
        if line and not _META.match(raw.strip()) and not _META.match(line):
            out.append(line)
    return out


def in_first_person(sentence: str, name: str) -> str:
    """ "Sam said the pipeline keeps failing" -> "The pipeline keeps failing"; "Sam's" -> "my"."""
    first = name.split()[0]
    text = re.sub(
        rf"^(?:{re.escape(name)}|{re.escape(first)}|she|he|they)\s+(?:said|says|told me|mentioned|noted)\s+(?:that\s+)?",
        "",
        sentence,
        flags=re.IGNORECASE,
    )
    text = re.sub(rf"\b(?:{re.escape(name)}|{re.escape(first)})['’]s\b", "my", text)
    text = re.sub(rf"\b(?:{re.escape(name)}|{re.escape(first)})\b", "I", text)
    return text[:1].upper() + text[1:]


def fact_keywords(sentence: str, name: str = "") -> list[str]:
    """What a question about the fact would use: its distinctive words, then the words of a
    question about what kind of fact it is ("workload" for a note about long weekends)."""
    own = [w for w in dict.fromkeys(words(sentence)) if len(w) > 4 and w not in STOP_WORDS and w != name.lower()][:8]
    asked = [k for pattern, extra in ASKED_ABOUT if pattern.search(sentence) for k in extra]
    return list(dict.fromkeys([*own, *asked]))


def _statements(text: str) -> list[str]:
    """The note's sentences that say something about the person, each clean and ended."""
    found = [
        sentence.rstrip(" .") + "."
        for line in clean_lines(text)
        for sentence in sentences(line)
        if 5 <= len(sentence.split()) <= 40 and _SIGNAL.search(sentence)
    ]
    return list(dict.fromkeys(found))


def facts_from_notes(name: str, notes: Sequence[tuple[int, str, str]], matcher: IntentMatcher) -> list[HiddenFact]:
    """`notes` are (id, date, text), newest first: up to MAX_FACTS statements that say
    something about the person, each a clean sentence, taken in turns from the notes (the
    newest note's first statement, then the next note's...), so one rich note can give
    several and every note gets a say."""
    per_note = [
        [(note_id, date, n, s) for n, s in enumerate(_statements(text), start=1)] for note_id, date, text in notes
    ]
    picked = [item for round_ in itertools.zip_longest(*per_note) for item in round_ if item][:MAX_FACTS]
    facts = []
    for note_id, date, n, sentence in picked:
        keywords = fact_keywords(sentence, name)
        facts.append(
            HiddenFact(
                id=f"note-{note_id}-{n}",
                fact=f"{sentence} (your note of {date})",
                reveal=in_first_person(sentence, name),
                topics=matcher.reached(sentence)[:2],
                keywords=keywords or [name],
                tells=keywords[:2] or [sentence[:20]],
            )
        )
    return facts


def traits_from_notes(notes: Sequence[str]) -> list[str]:
    """How the person reacts, from the words of the notes; a plain default otherwise."""
    text = " ".join(notes)
    found = [trait for pattern, trait in TRAITS if pattern.search(text)]
    return found or ["answers what is asked, no more"]
