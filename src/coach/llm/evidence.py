"""Checking what a model quotes against what was really written."""

from __future__ import annotations

import re


def _squash(text: str) -> str:
    text = text.lower().replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.findall(r"[\w'%$.-]+", text))


def quote_found(quote: str, sources: list[str]) -> bool:
    """True when the quote (ignoring case, punctuation and spacing) appears in a source."""
    wanted = _squash(quote).strip(" .")
    return len(wanted) >= 3 and any(wanted in _squash(source) for source in sources)
