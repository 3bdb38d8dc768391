"""Which of the conversation's questions a rehearsal line reaches: word overlap with the
question's wording, intent, probes and what it covers, weighted by how distinctive each word
is, plus (when an embedder is given) meaning. A line that proposes a next step with a date
reaches the conversation's next-steps question."""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from coach.core.text import content_terms
from coach.core.types import Embedder
from coach.framework.models import Conversation
from coach.summary.dates import find_due

if TYPE_CHECKING:
    import numpy as np  # the embedder's vectors; numpy itself is only loaded by the embedder

LEXICAL_THRESHOLD = 0.34
SEMANTIC_FLOOR = 0.40
"""wordllama similarities between a line and a question sit low (0.1-0.6): the best question
counts when it clears this floor and stands out from the second best by SEMANTIC_MARGIN.
At 0.27, "What would make it easier to ask for help?" (0.35, no word shared) reached goal
planning's key results; 0.40 lifts the dev set's attribution (rehearsal-lines.yaml) and
leaves the held-out one as it was."""
SEMANTIC_MARGIN = 0.04
MIN_TERMS = 2
"""A line with fewer content words ("Are you okay?") reaches nothing."""
MIN_SHARED = 1.5
"""At least one word distinctive of the question (IDF-weighted), not only common ones like "work"."""
ANY_DAY = date(2026, 1, 7)
"""Any meeting day: for a next step, only whether a date is named matters."""
_PROPOSAL = re.compile(
    r"\b(?:i'll|i will|you'll|you will|will you|we'll|we will|can you|could you|can we|could we|let's|shall we|agree|by when|who owns|next steps?)\b",
    re.I,
)


class IntentMatcher:
    def __init__(self, conversation: Conversation, embedder: Embedder | None = None) -> None:
        self.conversation = conversation
        self.ids = [q.id for q in conversation.questions]
        self._phrasings = [
            [
                q.text,
                q.live_wording,
                q.id.split(".", 1)[1].replace("-", " "),
                q.intent,
                *((q.prep and [q.prep]) or []),
                *q.probes,
                *q.covers,
                *q.said_as,
            ]
            for q in conversation.questions
        ]
        self._said_as = [
            [re.compile(rf"\b{re.escape(phrase.lower().rstrip('?.!'))}\b") for phrase in q.said_as]
            for q in conversation.questions
        ]
        self._terms = [Counter(t for p in phrasings for t in content_terms(p)) for phrasings in self._phrasings]
        df = Counter(t for terms in self._terms for t in terms)
        n = len(self._terms)
        self._idf = {t: math.log(1 + n / f) for t, f in df.items()}
        self._embedder = embedder
        self._vectors: list[np.ndarray] | None = None
        self._next_steps = next((q.id for q in conversation.questions if q.id.endswith("next-steps")), None)

    def _embedded(self) -> list[np.ndarray]:
        if self._vectors is None:
            assert self._embedder is not None
            self._vectors = [self._embedder.embed(phrasings) for phrasings in self._phrasings]
        return self._vectors

    def scores(self, line: str) -> dict[str, float]:
        """Lexical: the share of the line's (IDF-weighted) terms found in the question's text."""
        terms = set(content_terms(line))
        lexical = []
        for question_terms in self._terms:
            shared = sum(self._idf[t] for t in terms if t in question_terms)
            total = sum(self._idf.get(t, math.log(1 + len(self._terms))) for t in terms) or 1.0
            lexical.append(shared / total)
        return dict(zip(self.ids, lexical, strict=True))

    def semantic_best(self, line: str) -> str | None:
        if self._embedder is None:
            return None
        query = self._embedder.embed([line])[0]
        sims = sorted(
            ((float((vectors @ query).max()), qid) for qid, vectors in zip(self.ids, self._embedded(), strict=True)),
            reverse=True,
        )
        best, second = sims[0], sims[1] if len(sims) > 1 else (0.0, "")
        return best[1] if best[0] >= SEMANTIC_FLOOR and best[0] - second[0] >= SEMANTIC_MARGIN else None

    def said(self, line: str) -> list[str]:
        """The questions whose usual wording the line uses ("is that measurable?")."""
        lowered = " ".join(line.lower().replace("’", "'").split())
        return [
            qid for qid, phrases in zip(self.ids, self._said_as, strict=True) if any(p.search(lowered) for p in phrases)
        ]

    def reached(self, line: str) -> list[str]:
        """Question ids the line reaches, best first: the usual wordings of a question, then
        the words and the meaning it shares with each."""
        said = self.said(line)
        terms = set(content_terms(line))
        scores = self.scores(line)
        if len(terms) < MIN_TERMS:
            # a short line counts only where every word it has is the question's and its meaning agrees
            whole = [q for q, s in scores.items() if s >= 1.0 and terms and q == self.semantic_best(line)]
            return [*said, *(q for q in whole if q not in said)]
        shared = {
            qid: sum(self._idf[t] for t in terms if t in question_terms)
            for qid, question_terms in zip(self.ids, self._terms, strict=True)
        }
        found = sorted(
            (q for q, s in scores.items() if s >= LEXICAL_THRESHOLD and shared[q] >= MIN_SHARED),
            key=lambda q: -scores[q],
        )
        if (semantic := self.semantic_best(line)) and semantic not in found:
            found.append(semantic)
        if self._next_steps and self._next_steps not in found and find_due(line, ANY_DAY)[0] and _PROPOSAL.search(line):
            found.append(self._next_steps)
        return [*said, *(q for q in found if q not in said)]
