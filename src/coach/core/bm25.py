"""Okapi BM25 over stemmed content words: the lexical ranking routing and the advice base
share. Small, exact and fast for the few hundred short documents coach ranks this way."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

from coach.core.text import content_terms

K1 = 1.2
B = 0.75


class Bm25:
    def __init__(self, documents: Sequence[str]) -> None:
        self._docs = [Counter(content_terms(d)) for d in documents]
        self._lengths = [sum(d.values()) for d in self._docs]
        self._average = sum(self._lengths) / max(1, len(self._docs))
        frequency: Counter[str] = Counter(term for doc in self._docs for term in doc)
        n = len(self._docs)
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in frequency.items()}

    def scores(self, stems: Mapping[str, float]) -> list[float]:
        """Each document's score for `stems` (as `content_terms` gives them), each with its weight."""
        result = []
        for doc, length in zip(self._docs, self._lengths, strict=True):
            norm = K1 * (1 - B + B * length / self._average)
            score = 0.0
            for term, weight in stems.items():
                if tf := doc.get(term, 0):
                    score += weight * self._idf[term] * tf * (K1 + 1) / (tf + norm)
            result.append(score)
        return result
