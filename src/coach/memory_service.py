"""The memory side of the service: people's notes in SQLite, the derived search index,
and what a conversation brings in about a person. Part of `CoachService`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.core.errors import UsageError
from coach.memory_context import notes_block, person_context

if TYPE_CHECKING:
    from coach.core.config import Settings
    from coach.engine.state import GuideState, Turn
    from coach.framework.models import Conversation
    from coach.retrieval.note_index import NoteIndex, SyncReport
    from coach.retrieval.search import SearchResult
    from coach.retrieval.vocabulary import Vocabulary
    from coach.services import SessionView
    from coach.store.memory import MemoryStore, Note
    from coach.store.sessions import SessionStore


class MemoryServices:
    """Mixed into `CoachService`; relies on its settings, store, embedder and view."""

    settings: Settings
    _note_index: NoteIndex | None
    _vocabulary: Vocabulary | None
    store: SessionStore
    embedder: object

    def view(self, session_id: str) -> SessionView:  # provided by CoachService
        raise NotImplementedError

    @property
    def memory(self) -> MemoryStore:
        from coach.store.memory import MemoryStore

        return MemoryStore(self.store.db)

    # Memory search (SQLite is the truth; the index is derived) -------------------------
    @property
    def note_index(self) -> NoteIndex:
        if self._note_index is None:
            from coach.retrieval.embeddings import make_embedder
            from coach.retrieval.note_index import NoteIndex

            embedder = self.embedder if self.settings.embeddings.backend == "wordllama" else make_embedder(self.settings)
            self._note_index = NoteIndex(self.settings, embedder)  # type: ignore[arg-type]
        return self._note_index

    @property
    def vocabulary(self) -> Vocabulary:
        if self._vocabulary is None:
            from coach.framework.loader import bundled_knowledge_dir
            from coach.retrieval.vocabulary import load_vocabulary

            self._vocabulary = load_vocabulary([bundled_knowledge_dir(), self.settings.user_knowledge_dir])
        return self._vocabulary

    def people_named(self, text: str) -> list[str]:
        """The known people a text mentions, e.g. the situation typed on the start screen."""
        from coach.core.text import names_in

        return names_in(text, self.memory.person_names())[0]

    def related_notes(self, session_id: str, k: int = 3) -> SearchResult:
        """Past notes about the session's person that bear on the current question."""
        view = self.view(session_id)
        return self._related(view.conversation, view.state, view.turns, k)

    def _related(self, conversation: Conversation, state: GuideState, turns: list[Turn], k: int = 3) -> SearchResult:
        from coach.retrieval.search import SearchResult

        person = state.person
        if not person or state.current is None or self.memory.find_person(person) is None:
            return SearchResult([])
        current = {p.id: p for p in conversation.plan(state.role)}[state.current]
        answers = [t.text for t in turns if t.kind == "answer"][-1:]
        return self.search_notes(" ".join([current.question.text, *answers]), k=k, person=person)

    def model_context(self, session_id: str, conversation: Conversation, state: GuideState, turns: list[Turn]) -> str:
        """For the model's prompt: what coach knows about the person and the past notes that
        bear on the question about to be asked, cited by id and date. Empty without a person.
        Takes the session as already loaded (this runs on every turn)."""
        if not state.person:
            return ""
        known = person_context(self.memory, self.store, state.person, exclude=session_id) or ""
        related = self._related(conversation, state, turns)
        return "\n\n".join(part for part in (known, notes_block(related.hits)) if part)

    def add_note(self, person: str | None, text: str, **fields: str | None) -> tuple[Note, str | None]:
        """Saved in SQLite first; then indexed. If the index is down the note is kept and
        the second value says so (the index catches up on the next search)."""
        from coach.retrieval.note_index import IndexUnavailable

        note = self.memory.add_note(person, text, **fields)  # type: ignore[arg-type]
        try:
            self.note_index.add([note])
        except IndexUnavailable as exc:
            return note, str(exc)
        return note, None

    def sync_index(self) -> SyncReport | None:
        """Bring the index up to date with SQLite; None when there are no notes at all."""
        if self.memory.note_count() == 0:
            return None
        return self.note_index.sync(self.memory)

    def search_notes(self, query: str, *, k: int = 5, **filters: str | None) -> SearchResult:
        from coach.retrieval.note_index import IndexUnavailable
        from coach.retrieval.search import hybrid_search

        if not query.strip():
            raise UsageError("give words to search for")
        index: NoteIndex | None = self.note_index
        try:
            self.note_index.sync(self.memory)  # catches up after an outage, or after a rebuild was needed
        except IndexUnavailable:
            index = None
        result = hybrid_search(self.memory, index, query, vocabulary=self.vocabulary, k=k, **filters)
        if index is None:
            from coach.retrieval.search import SearchResult

            warning = f"the search index at {self.note_index.where} is unavailable; showing word matches only"
            return SearchResult(result.hits, warning)
        return result

    def forget(self, name: str) -> dict[str, int]:
        """Remove the person from SQLite, then from the index (a later search finds nothing of them)."""
        from coach.retrieval.note_index import IndexUnavailable

        counts = self.memory.forget(name)
        try:
            self.note_index.sync(self.memory)
        except IndexUnavailable:
            pass  # their notes are gone from SQLite; the next search removes them from the index
        return counts

