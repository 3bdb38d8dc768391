"""Hybrid retrieval over notes: vector (Chroma) and lexical (SQLite FTS5, BM25) rankings
fused by reciprocal rank, with filters by person, kind and date. Hits carry the note's
id and date so that what the coach says can cite them."""

from __future__ import annotations

from dataclasses import dataclass

from coach.retrieval.note_index import IndexUnavailable, NoteIndex
from coach.store.memory import MemoryStore, Note

RRF_K = 60
CANDIDATES_PER_HIT = 4


@dataclass(frozen=True)
class Hit:
    note: Note
    score: float
    vector_rank: int | None
    lexical_rank: int | None

    @property
    def citation(self) -> str:
        return f"[note {self.note.id}, {self.note.date}]"


@dataclass(frozen=True)
class SearchResult:
    hits: list[Hit]
    warning: str | None = None
    """Set when the vector half was unavailable and only lexical results are shown."""


def rrf(rankings: list[list[int]]) -> dict[int, float]:
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, note_id in enumerate(ranking, start=1):
            scores[note_id] = scores.get(note_id, 0.0) + 1.0 / (RRF_K + rank)
    return scores


def hybrid_search(
    memory: MemoryStore,
    index: NoteIndex | None,
    query: str,
    *,
    k: int = 5,
    person: str | None = None,
    kind: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> SearchResult:
    filters = {"person": person, "kind": kind, "since": since, "until": until}
    if person:
        filters["person"] = memory.person(person).name  # canonical spelling, and unknown people fail clearly
    n = k * CANDIDATES_PER_HIT
    lexical = memory.lexical_search(query, n, **filters)
    vector: list[int] = []
    warning = None
    if index is not None:
        try:
            vector = [note_id for note_id, _ in index.query(index.embed_query(query), n, **filters)]
        except IndexUnavailable as exc:
            warning = f"{exc}; showing word matches only"
    scores = rrf([vector, lexical])
    best = sorted(scores, key=lambda i: (-scores[i], i))[:k]
    notes = {note.id: note for note in memory.notes_by_ids(best)}
    hits = [
        Hit(
            notes[i],
            scores[i],
            vector.index(i) + 1 if i in vector else None,
            lexical.index(i) + 1 if i in lexical else None,
        )
        for i in best
        if i in notes
    ]
    return SearchResult(hits, warning)
