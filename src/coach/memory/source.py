"""What search and the index read from memory. The SQLite repository (`coach.store.memory`)
implements it; search depends on this shape, not on the store."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from coach.memory.models import Note, Person


class NoteSource(Protocol):
    def person(self, name: str) -> Person: ...

    def person_names(self) -> list[str]: ...

    def note_count(self) -> int: ...

    def index_generation(self) -> str:
        """Changes whenever the notes may have been replaced wholesale (a restore)."""
        ...

    def note_ids(self) -> set[int]: ...

    def notes_by_ids(self, ids: list[int]) -> list[Note]: ...

    def lexical_search(
        self,
        terms: Sequence[str],
        n: int,
        *,
        person: str | None = None,
        kind: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[int]:
        """Note ids by full-text rank, best first: notes with any of `terms`."""
        ...
