"""Search over the advice base, hybrid as for notes: vector similarity and lexical (BM25)
matching of the question widened with the vocabulary's words for the topics it mentions.
The two are combined by score, each scaled to its best match, rather than by rank as for
notes: with some eighty short entries, a strong word match ("cry", "raise") should count
for more than its place in the ranking. Entries written for the other role are never
returned; entries of the conversation in progress count a little more, and those of
another conversation a little less."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence

import numpy as np

from coach.core.bm25 import Bm25
from coach.core.text import content_terms
from coach.core.types import Embedder, Role
from coach.framework.advice import AdviceEntry
from coach.framework.models import REACTION_WORDS
from coach.retrieval.search import parse_query
from coach.retrieval.vocabulary import Vocabulary

VECTOR_SHARE = 0.5
"""Of the combined score, the vector half; the rest is the word match."""
SAME_CONVERSATION = 0.1
OTHER_CONVERSATION = -0.2
DESCRIBED_REACTION = 0.3
"""For the entry on a reaction the question describes ("getting defensive"): the curated
answer to that moment."""
WIDENING_WEIGHT = 0.5
"""A word the vocabulary added counts for less than a word of the question itself: "raise"
brings in the pay words, but "defensive" in the same question must still decide."""


_RAISE_AS_VERB = re.compile(
    r"\b(raise|raising|raised)(?=\s+(?:this|it|that|them|the (?:issue|topic|problem|point)|concerns?|an? (?:issue|concern|problem)|with))",
    re.I,
)


def plain_verbs(question: str) -> str:
    """ "raise this with her" means "bring it up", not a pay rise: said so, the question
    stops matching advice about pay."""
    return _RAISE_AS_VERB.sub("bring up", question)


class AdviceIndex:
    def __init__(self, entries: Sequence[AdviceEntry], embedder: Embedder, vocabulary: Vocabulary) -> None:
        self.entries = list(entries)
        self._embedder = embedder
        self._vocabulary = vocabulary
        # The title counts twice for words: it says what the entry answers.
        self._lexical = Bm25([f"{e.title} {e.document}" for e in self.entries])
        self._vectors: np.ndarray | None = None
        self._lock = threading.Lock()

    def _entry_vectors(self) -> np.ndarray:
        with self._lock:
            if self._vectors is None:
                self._vectors = self._embedder.embed([e.document for e in self.entries])
            return self._vectors

    def search(
        self, question: str, *, role: Role | None = None, conversation: str | None = None, k: int = 3
    ) -> list[AdviceEntry]:
        if not self.entries or not question.strip():
            return []
        parsed = parse_query(plain_verbs(question), [], self._vocabulary)
        allowed = [i for i, e in enumerate(self.entries) if role is None or role in e.roles]
        similarity = self._entry_vectors() @ self._embedder.embed([parsed.vector_text])[0]
        own = set(content_terms(parsed.content))
        weights: dict[str, float] = {}
        for term in parsed.lexical_terms:
            weight = 1.0 if set(content_terms(term)) <= own else WIDENING_WEIGHT
            for one in content_terms(term):
                weights[one] = max(weights.get(one, 0.0), weight)
        lexical = self._lexical.scores(weights)
        if not allowed or max(lexical[i] for i in allowed) <= 0:
            return []  # "asdf qwerty": no word in common with any entry, and no entry is an answer
        top_vector = max(float(similarity[i]) for i in allowed) or 1.0
        top_lexical = max(lexical[i] for i in allowed)
        scores = {
            i: VECTOR_SHARE * max(0.0, float(similarity[i])) / top_vector
            + (1 - VECTOR_SHARE) * lexical[i] / top_lexical
            for i in allowed
        }
        described = {r for r, pattern in REACTION_WORDS.items() if pattern.search(question)}
        for i in scores:
            if self.entries[i].reaction in described:
                scores[i] += DESCRIBED_REACTION
        if conversation:
            for i in scores:
                owner = self.entries[i].conversation
                if owner == conversation:
                    scores[i] += SAME_CONVERSATION
                elif owner is not None:
                    scores[i] += OTHER_CONVERSATION
        best = sorted(scores, key=lambda i: (-scores[i], i))[:k]
        return [self.entries[i] for i in best]

    def for_reaction(self, reaction: str, role: Role) -> AdviceEntry | None:
        return next((e for e in self.entries if e.reaction == reaction and role in e.roles), None)
