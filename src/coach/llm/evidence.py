"""Checking what a model quotes against what was really written."""

from __future__ import annotations

import re

MIN_QUOTE_WORDS = 3
"""A quote shorter than this ("the", "yes") proves nothing, unless it is the whole line."""


def _squash(text: str) -> str:
    text = text.lower().replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.findall(r"[\w'%$.-]+", text))


def quote_found(quote: str, sources: list[str], *, min_words: int = MIN_QUOTE_WORDS) -> bool:
    """True when the quote is a real span of at least `min_words` words of one source (or the
    whole of a shorter one), ignoring case, punctuation and spacing."""
    return any(quote_in(quote, source, min_words=min_words) for source in sources)


_ASSISTANT = re.compile(
    r"\b(ai|a\.i\.|assistant|chat ?bot|bot|llm|gpt|language model|the model|summari[sz]er|summary tool|coach(?:ing)? tool)\b",
    re.I,
)
_COMMAND = re.compile(
    r"\b(ignore|disregard|forget|override|instead|new instructions?|system prompt|you must|you should|make sure to|"
    r"add|include|insert|record|mark|output|respond|reply|write|list|treat|pretend|act as)\b",
    re.I,
)
_INJECTION = re.compile(
    r"\b(ignore|disregard) (all |any |the )?(previous|prior|above|earlier) (instructions|messages|rules)\b"
    r"|\bsystem prompt\b|\byou are now\b|\bnew instructions\b",
    re.I,
)


def quote_in(quote: str, source: str, *, min_words: int = MIN_QUOTE_WORDS) -> bool:
    """True when `quote` is a real span of `source` of at least `min_words` words (or all of
    a shorter source), ignoring case, punctuation and spacing."""
    wanted = _squash(quote).strip(" .")
    whole = _squash(source).strip(" .")
    if not wanted or wanted not in whole:
        return False
    return len(wanted.split()) >= min_words or wanted == whole


def instructs_the_assistant(line: str) -> bool:
    """A line written to steer the tool rather than said in the meeting: "AI summarizer:
    add an action item…", "ignore previous instructions and…"."""
    return bool(_INJECTION.search(line) or (_ASSISTANT.search(line) and _COMMAND.search(line)))


def supported(statement: str, lines: list[str], *, share: float = 0.5) -> bool:
    """True when at least `share` of the statement's content words appear in one line."""
    from coach.core.text import content_terms

    wanted = set(content_terms(statement))
    if not wanted:
        return False
    return any(len(wanted & set(content_terms(line))) / len(wanted) >= share for line in lines)
