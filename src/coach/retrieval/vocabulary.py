"""The topics of performance conversations and the words people use for each
(`knowledge/vocabulary.yaml`): search widens a query with the other words of the topics
it mentions, so "burnout" finds a note that says "worked every weekend"."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from pydantic import Field

from coach.core.datamodels import StrictModel
from coach.core.text import stem, words
from coach.core.yamlfiles import load_yaml_model

VOCABULARY_FILE = "vocabulary.yaml"


class Concept(StrictModel):
    terms: list[str] = Field(min_length=1)


class VocabularyFile(StrictModel):
    concepts: dict[str, Concept]


def stems(text: str) -> tuple[str, ...]:
    return tuple(stem(word) for word in words(text))


class Vocabulary:
    """Concepts, each a list of terms; a term of several words matches as a phrase."""

    def __init__(self, concepts: Mapping[str, Sequence[str]]) -> None:
        self.concepts = {name: [t for t in terms if stems(t)] for name, terms in concepts.items()}
        # Terms by their first stem, so matching a text costs one lookup per word.
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for name, terms in self.concepts.items():
            for term in terms:
                key = stems(term)
                self._by_first.setdefault(key[0], []).append((key, name))

    def concepts_in(self, text: str) -> list[str]:
        """The concepts `text` mentions, in the order they first appear."""
        tokens = stems(text)
        found: list[str] = []
        for start, token in enumerate(tokens):
            for key, name in self._by_first.get(token, ()):
                if name not in found and tokens[start : start + len(key)] == key:
                    found.append(name)
        return found

    def terms_of(self, concepts: Iterable[str]) -> list[str]:
        """Every term of the given concepts, each once, as plain lower-case words."""
        terms: dict[str, None] = {}
        for name in concepts:
            for term in self.concepts.get(name, ()):
                terms[" ".join(words(term))] = None
        return list(terms)


def load_vocabulary(folders: Sequence[Path]) -> Vocabulary:
    """The last folder holding a `vocabulary.yaml` wins (the user's replaces the bundled one);
    no file at all means no widening."""
    for folder in reversed(folders):
        path = folder / VOCABULARY_FILE
        if path.is_file():
            parsed = load_yaml_model(path, VocabularyFile)
            return Vocabulary({name: concept.terms for name, concept in parsed.concepts.items()})
    return Vocabulary({})
