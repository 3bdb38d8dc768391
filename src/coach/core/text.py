"""Small text helpers shared by routing and the engine: tokens, stems, stop words."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import snowballstemmer

STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "again",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "don",
        "for",
        "from",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "i'm",
        "i'd",
        "i've",
        "it's",
        "he's",
        "she's",
        "they're",
        "don't",
        "doesn't",
        "can't",
        "want",
        "need",
        "get",
        "got",
        "going",
        "make",
        "sure",
        "let",
        "like",
        "also",
        "really",
        "think",
        "know",
        "one",
        "two",
        "three",
        "week",
        "weeks",
    ]
)

_STEMMER = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def words(text: str) -> list[str]:
    """Lower-case words; a possessive 's is dropped (kim's -> kim)."""
    return [re.sub(r"['’]s$", "", w) for w in _WORD.findall(text.lower())]


@functools.lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """The English Snowball (Porter 2) stem: "objectives" and "objective" meet, and so do
    "planning" and "plans". Cached: the same few thousand words come back all the time."""
    return _STEMMER.stemWord(word)


def content_terms(text: str) -> list[str]:
    return [stem(w) for w in words(text) if w not in STOP_WORDS and len(w) > 1]


def normalise(text: str) -> str:
    """Lower case with single spaces, for phrase matching."""
    return " ".join(words(text))


def plain_text(markdown: str) -> str:
    """A note on one line for a narrow panel: no headings, bold marks or list marks."""
    lines = [line for line in markdown.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    text = " ".join(re.sub(r"^\s*(?:[-*•]\s+)?(?:\[[ xX]?\]\s+)?", "", line) for line in lines)
    return " ".join(text.replace("**", "").split())


def names_in(text: str, known: Sequence[str]) -> tuple[list[str], str]:
    """The known names `text` mentions (longest first, so "Ana Lopez" wins over "Ana"; a
    possessive counts), and the text without them."""
    found, rest = [], text
    for name in sorted(known, key=len, reverse=True):
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?:['’]s)?(?!\w)", re.IGNORECASE)
        if pattern.search(rest):
            found.append(name)
            rest = pattern.sub(" ", rest)
    return found, " ".join(rest.split())


_RELATION = (
    r"(?:report|direct report|employee|team member|teammate|colleague|coworker|co-worker|manager|boss|"
    r"supervisor|lead|engineer|developer|designer|analyst|intern|new hire|mentee|skip[- ]level)"
)
_NAME = r"((?:O'|Mc|Mac)?[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?)(?:['’]s)?(?![\w'’])"
_INTRODUCED = (
    # "my report Priya", "my most senior engineer, Tomás", "one of my strongest engineers, Priya,"
    re.compile(rf"\b(?:[Mm]y|[Oo]ur|[Aa]) (?:[a-z]+ ){{0,2}}{_RELATION}(?:s,|,?) {_NAME}\b"),
    re.compile(rf"\b{_NAME}, (?:my|our|a) (?:new |junior |senior |direct )?{_RELATION}\b"),
)
_NOT_NAME = re.compile(
    r"(?:I|He|She|They|We|It|The|This|That|And|But|So|Who|When|What|Is|Has|Was|Keeps|Never|Always|Just"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August"
    r"|September|October|November|December)"
)


def may_be_a_name(word: str) -> bool:
    """Whether a capitalised word can be someone's name: not "The", "She", "Monday" or "May"."""
    return not _NOT_NAME.fullmatch(word)


def introduced_name(text: str) -> str | None:
    """The one person a situation introduces by relation ("my report Priya", "Dana, my
    manager"), or None when it names none or several."""
    found = {m.group(1) for pattern in _INTRODUCED for m in pattern.finditer(text)}
    found = {name for name in found if may_be_a_name(name)}
    return found.pop() if len(found) == 1 else None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"'(])|\n+")
_SENTENCE_END_OR_SEMICOLON = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9“\"'(])|\n+")
_ABBREVIATION = re.compile(r"\b(e\.g|i\.e|etc|vs|approx|incl|Mr|Ms|Mrs|Dr|Jr|Sr|St|No)\.$", re.I)


def sentences(text: str, *, semicolons: bool = False) -> list[str]:
    """Split on sentence ends (and line breaks), but not after abbreviations such as "e.g."
    or "Dr."; with `semicolons`, a semicolon before a capital ends a sentence too."""
    pattern = _SENTENCE_END_OR_SEMICOLON if semicolons else _SENTENCE_END
    merged: list[str] = []
    for piece in pattern.split(text):
        piece = piece.strip()
        if merged and piece and _ABBREVIATION.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {piece}"
        elif piece:
            merged.append(piece)
    return merged


def counted(number: int, noun: str) -> str:
    """ "1 action item", "3 action items": a count with its noun in the number it takes."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
