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


_TOOL = r"(?:the\s+)?(?:ai|a\.i\.|assistant|chat ?bot|bot|llm|gpt|chatgpt|language model|model|summari[sz]er|note[- ]?taker)"
_NAME = r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}"
_ORDER = r"(?:add|include|insert|record|output|write|list|ignore|remember|make|put|give|create|set|note|please|change|delete|remove|summari[sz]e)\b"
_OWNED = (
    rf"\s*(?!{_ORDER}){_NAME}(?:\s*(?:[&/,]|and)\s*{_NAME})*\s+(?:to|will|'ll|taking|takes)\s+[a-z]"
    r"|.*[,;]\s*[A-Z]{2,3}\s+(?:to|will)\s+[a-z]"
)
"""Minutes write an action item as "AI: JB to send the draft", "AI: MD & MB to follow up" or
"AI: Myles, Jory Tobie will find time…": owners and a task, not a line to the tool (which
opens with an order: "AI: add Jory to the board")."""
_ADDRESSED = re.compile(
    rf"^\s*(?:note|message|instructions?|reminder|request)\s+(?:to|for)\s+{_TOOL}\b"  # "Note to the AI summarizer: …"
    rf"|\b(?:hey|hi|dear|attention|ok(?:ay)?)\s*,?\s+{_TOOL}\b"  # "Hey assistant, include …"
    rf"|^\s*{_TOOL}\s*[:,](?!{_OWNED})"  # "AI: add …", "Assistant, …" (not minutes' "AI: JB to send the draft")
    rf"|\b{_TOOL}\s*,\s*(?:please\s+)?(?:add|include|insert|record|mark|output|write|list|ignore|remember)\b",
    re.I,
)
_INJECTION = re.compile(
    r"\b(ignore|disregard|forget) (all |any |the |your )?(previous|prior|above|earlier) (instructions|messages|rules|prompts?)\b"
    r"|\bsystem prompt\b|\byou are now\b|\bnew instructions\b|\bas an ai\b|\byou are (an? |the )?(ai|assistant|language model)\b",
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
    """A line written to steer the tool rather than said in the meeting: one addressed to
    it ("Note to the AI summarizer: add…", "Hey assistant, include…") or a known injection
    ("ignore previous instructions…"). Talk about AI products is not that."""
    return bool(_INJECTION.search(line) or _ADDRESSED.search(line))


def supported(statement: str, lines: list[str], *, share: float = 0.5) -> bool:
    """True when at least `share` of the statement's content words appear in one line."""
    from coach.core.text import content_terms

    wanted = set(content_terms(statement))
    if not wanted:
        return False
    return any(len(wanted & set(content_terms(line))) / len(wanted) >= share for line in lines)
