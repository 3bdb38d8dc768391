"""Situations coach does not cover (`knowledge/scope.yaml`): dismissal, harassment or
discrimination, legal or medical matters, pay disputes, and text that is not a situation
at all. Matching one is answered with what coach can and cannot do, not a confident route."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import Field, field_validator

from coach.core.datamodels import Slug, StrictModel, Text
from coach.core.errors import KnowledgeError
from coach.core.text import STOP_WORDS
from coach.core.yamlfiles import load_yaml_model

GIBBERISH = "gibberish"
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890")
_TOKEN = re.compile(r"[a-z]+", re.I)


class ScopeTopic(StrictModel):
    id: Slug
    title: Text
    patterns: list[str] = Field(min_length=1)
    answer: Text
    instead: list[Slug] = Field(default_factory=list)
    """Conversations that may still help with part of it."""

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"pattern {pattern!r} is not a regular expression ({exc})") from None
        return patterns


class Scope(StrictModel):
    topics: list[ScopeTopic] = Field(min_length=1)


@dataclass(frozen=True)
class OutOfScope:
    """Why a situation is not one coach covers, and what it can do instead."""

    topic: str
    title: str
    answer: str
    instead: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"topic": self.topic, "title": self.title, "answer": self.answer, "instead": list(self.instead)}


NOT_A_SITUATION = OutOfScope(
    GIBBERISH,
    "Not a situation",
    "That does not read as a situation coach can work with. Describe it in a sentence or "
    "two, for example: my report is behind on a key result and got defensive when I raised it.",
)


def load_scope(dirs: Sequence[Path]) -> Scope:
    """The last `scope.yaml` found in `dirs` (the user's replaces the bundled one)."""
    found = [d / "scope.yaml" for d in dirs if (d / "scope.yaml").is_file()]
    if not found:
        raise KnowledgeError("knowledge/scope.yaml is missing")
    return load_yaml_model(found[-1], Scope)


class ScopeCheck:
    def __init__(self, scope: Scope, known_words: set[str]) -> None:
        self._topics = [(t, [re.compile(p, re.I) for p in t.patterns]) for t in scope.topics]
        self._known = known_words | set(STOP_WORDS)

    def check(self, situation: str) -> OutOfScope | None:
        if self.gibberish(situation):
            return NOT_A_SITUATION
        for topic, patterns in self._topics:
            if any(p.search(situation) for p in patterns):
                return OutOfScope(topic.id, topic.title, " ".join(topic.answer.split()), list(topic.instead))
        return None

    def gibberish(self, situation: str) -> bool:
        """No word in it that reads as a word: keyboard runs, letters without vowels, repeats."""
        words = [w.lower() for w in _TOKEN.findall(situation)]
        if not words:
            return True
        return sum(self._wordlike(w) for w in words) / len(words) < 0.5

    def _wordlike(self, word: str) -> bool:
        if word in self._known or len(word) <= 2:
            return len(word) > 1 or word in ("a", "i")
        if any(len(word) >= 4 and word in row for row in _KEYBOARD_ROWS):
            return False
        if re.search(r"(.)\1\1", word) or not re.search(r"[aeiouy]", word):
            return False
        return not re.search(r"[^aeiouy]{5,}", word)
