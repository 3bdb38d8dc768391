"""Hybrid retrieval over notes: vector (Chroma) and lexical (SQLite FTS5, BM25) rankings
fused by reciprocal rank, with filters by person, kind and date. The lexical half is widened
with the vocabulary's terms for the topics the query mentions. Hits carry the note's id and
date so that what the coach says can cite them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coach.core.text import STOP_WORDS, names_in, words
from coach.memory.models import Note
from coach.memory.source import NoteSource
from coach.retrieval.note_index import IndexUnavailable, NoteIndex
from coach.retrieval.vocabulary import Vocabulary

RRF_K = 60
CANDIDATES_PER_HIT = 4
MAX_NAMED_PEOPLE = 3


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


@dataclass(frozen=True)
class ParsedQuery:
    """What a query is about (the known people it names, the topics it mentions) and what
    is left to match against the text of notes."""

    people: list[str]
    content: str
    concepts: list[str]
    lexical_terms: list[str]

    @property
    def vector_text(self) -> str:
        return " ".join([self.content, *(c.replace("-", " ") for c in self.concepts)])


def parse_query(query: str, known_people: Sequence[str], vocabulary: Vocabulary) -> ParsedQuery:
    """Names are taken out of the content: who a note is about is a filter, not a topic, and
    a name shared by all of a person's notes would only pull their routine ones forward."""
    people, content = names_in(query, known_people)
    if not words(content):
        content, people = query, []  # nothing but a name: match it as text
    concepts = vocabulary.concepts_in(content)
    own = [w for w in words(content) if len(w) > 1 and w not in STOP_WORDS]
    terms = list(dict.fromkeys([*own, *vocabulary.terms_of(concepts)]))
    return ParsedQuery(people, content, concepts, terms)


def hybrid_search(
    memory: NoteSource,
    index: NoteIndex | None,
    query: str,
    *,
    vocabulary: Vocabulary | None = None,
    k: int = 5,
    person: str | None = None,
    kind: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> SearchResult:
    """Without a person filter, a query that names known people ranks their notes first
    (each named person's notes are ranked on their own as well as with everyone's) but still
    finds a note filed under someone else."""
    if person:
        person = memory.person(person).name  # canonical spelling, and unknown people fail clearly
    parsed = parse_query(query, memory.person_names(), vocabulary or Vocabulary({}))
    scopes: list[str | None] = [person] if person else [*parsed.people[:MAX_NAMED_PEOPLE], None]
    n = k * CANDIDATES_PER_HIT
    filters = {"kind": kind, "since": since, "until": until}
    lexical = [memory.lexical_search(parsed.lexical_terms, n, person=scope, **filters) for scope in scopes]
    vector: list[list[int]] = []
    warning = None
    if index is not None:
        try:
            embedding = index.embed_query(parsed.vector_text)
            vector = [[i for i, _ in index.query(embedding, n, person=scope, **filters)] for scope in scopes]
        except IndexUnavailable as exc:
            warning = f"{exc}; showing word matches only"
    scores = rrf([*vector, *lexical])
    best = sorted(scores, key=lambda i: (-scores[i], i))[:k]
    notes = {note.id: note for note in memory.notes_by_ids(best)}
    return SearchResult(
        [Hit(notes[i], scores[i], best_rank(vector, i), best_rank(lexical, i)) for i in best if i in notes], warning
    )


def best_rank(rankings: list[list[int]], note_id: int) -> int | None:
    ranks = [ranking.index(note_id) + 1 for ranking in rankings if note_id in ranking]
    return min(ranks) if ranks else None
