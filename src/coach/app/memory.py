"""Memory: people's notes, OKRs and action items in SQLite, the derived search index, and
what a conversation brings in about a person."""

from __future__ import annotations

import contextlib
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from datetime import date as Date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from coach.app.memory_context import notes_block, person_context
from coach.core.errors import CoachError, UsageError
from coach.core.exporting import replace_file, write_markdown
from coach.memory.action_export import DUE_SOON_DAYS, calendar, checklist, due_or_overdue
from coach.memory.models import TrackedAction
from coach.store.memory import MemoryStore

ExportKind = Literal["ics", "md"]


@dataclass(frozen=True)
class ActionsExport:
    text: str
    path: Path | None
    """Where it was written; None when only the text was asked for."""
    items: int
    placed: int
    """Items in the file: for a calendar, only those with a due date."""


if TYPE_CHECKING:
    from coach.app.components import Components
    from coach.engine.state import GuideState, Turn
    from coach.framework.models import Conversation
    from coach.memory.models import Note, Person
    from coach.retrieval.note_index import NoteIndex, SyncReport
    from coach.retrieval.search import SearchResult


class MemoryService:
    def __init__(self, parts: Components) -> None:
        self.parts = parts

    @property
    def records(self) -> MemoryStore:
        """People, notes, OKRs and action items as stored (the source of truth)."""
        return self.parts.memory

    @property
    def index(self) -> NoteIndex:
        """The derived search index (rebuilt from `records` whenever needed)."""
        return self.parts.note_index

    def profile(self, name: str) -> str:
        """A person's open action items, OKRs with their history and recent notes, as Markdown."""
        from coach.app.memory_context import person_profile

        return person_profile(self.records, name)

    def add_person(self, name: str, role: str | None = None) -> Person:
        return self.records.add_person(name, role)

    def people_named(self, text: str) -> list[str]:
        """The known people a text mentions, e.g. the situation typed on the start screen."""
        from coach.core.text import names_in

        return names_in(text, self.records.person_names())[0]

    def person_in(self, text: str) -> str | None:
        """Who a situation is about: the one known person it names, else the one person it
        introduces by relation ("my report Priya"), else None."""
        from coach.core.text import introduced_name

        named = self.people_named(text)
        if len(named) == 1:
            return named[0]
        return introduced_name(text) if not named else None

    def related_notes(self, session_id: str, k: int = 3) -> SearchResult:
        """Past notes about the session's person that bear on the current question."""
        record = self.parts.sessions.get(session_id)
        conversation = self.parts.framework.get(record.conversation_id)
        return self._related(conversation, record.state, self.parts.sessions.turns(session_id), k)

    def _related(self, conversation: Conversation, state: GuideState, turns: list[Turn], k: int = 3) -> SearchResult:
        from coach.retrieval.search import SearchResult

        person = state.person
        if not person or state.current is None or self.records.find_person(person) is None:
            return SearchResult([])
        current = {p.id: p for p in conversation.plan(state.role)}[state.current]
        answers = [t.text for t in turns if t.kind == "answer"][-1:]
        return self.search(" ".join([current.question.text, *answers]), k=k, person=person)

    def model_context(self, session_id: str, conversation: Conversation, state: GuideState, turns: list[Turn]) -> str:
        """For the model's prompt: what coach knows about the person and the past notes that
        bear on the question about to be asked, cited by id and date. Empty without a person.
        Takes the session as already loaded (this runs on every turn)."""
        if not state.person:
            return ""
        known = person_context(self.records, self.parts.sessions, state.person, exclude=session_id) or ""
        related = self._related(conversation, state, turns)
        return "\n\n".join(part for part in (known, notes_block(related.hits)) if part)

    def add_note(self, person: str | None, text: str, **fields: str | None) -> tuple[Note, str | None]:
        """Saved in SQLite first; then indexed. If the index is down the note is kept and
        the second value says so (the index catches up on the next search)."""
        from coach.retrieval.note_index import IndexUnavailable

        note = self.records.add_note(person, text, **fields)  # type: ignore[arg-type]
        try:
            self.index.add([note], self.records.index_generation())
        except IndexUnavailable as exc:
            return note, str(exc)
        return note, None

    def sync_index(self) -> SyncReport | None:
        """Bring the index up to date with SQLite; None when there are no notes at all."""
        if self.records.note_count() == 0:
            return None
        return self.index.sync(self.records)

    def search(self, query: str, *, k: int = 5, **filters: str | None) -> SearchResult:
        from coach.retrieval.note_index import IndexUnavailable
        from coach.retrieval.search import hybrid_search

        if not query.strip():
            raise UsageError("give words to search for")
        index: NoteIndex | None = self.index
        try:
            self.index.sync(self.records)  # catches up after an outage, or after a rebuild was needed
        except IndexUnavailable:
            index = None
        result = hybrid_search(self.records, index, query, vocabulary=self.parts.vocabulary, k=k, **filters)
        if index is None:
            from coach.retrieval.search import SearchResult

            warning = f"the search index at {self.index.where} is unavailable; showing word matches only"
            return SearchResult(result.hits, warning)
        return result

    def forget(self, name: str) -> dict[str, int]:
        """Remove the person from SQLite, then every trace from the index (rebuilt, its log
        and old segments purged) and the exports in coach's folder that name them. Returns
        what was removed."""
        from coach.retrieval.note_index import IndexUnavailable

        person = self.records.person(name)
        counts = self.records.forget(person.name)
        counts["exports"] = self._forget_exports(person.name)
        with contextlib.suppress(IndexUnavailable):  # gone from SQLite; the next search rebuilds the index
            self.index.purge(self.records)
        return counts

    def _forget_exports(self, name: str) -> int:
        named = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
        folder = self.parts.settings.exports_dir
        removed = 0
        exported = [*folder.glob("*.md"), *folder.glob("*.ics")] if folder.is_dir() else []
        for path in sorted(exported):
            try:
                if not path.is_symlink() and named.search(path.read_text(encoding="utf-8", errors="replace")):
                    path.unlink()
                    removed += 1
            except OSError:
                continue
        return removed

    def edit_note(self, note_id: int, text: str) -> tuple[Note, str | None]:
        """The note's new text, searched from now on (a warning if the index could not take it)."""
        note = self.records.edit_note(note_id, text)
        try:
            self.index.delete([note.id])
            self.index.add([note], self.records.index_generation())
        except CoachError as exc:
            return note, f"search still finds the old wording until the index is back ({exc})"
        return note, None

    def delete_note(self, note_id: int) -> tuple[Note, str | None]:
        """The note, from the database and from the search index (its text does not linger there)."""
        note = self.records.delete_note(note_id)
        try:
            self.index.purge(self.records)
        except CoachError as exc:
            return note, f"the search index still holds it until it is rebuilt ({exc})"
        return note, None

    def due_actions(self, person: str | None = None, *, days: int = DUE_SOON_DAYS) -> list[TrackedAction]:
        """Open items overdue or due within `days`, the earliest first."""
        if days < 0:
            raise UsageError("--days must be 0 or more")
        return due_or_overdue(self.records.actions(person, status="open"), Date.today(), days)

    def export_actions(
        self, path: Path | str | None, *, kind: ExportKind | None = None, person: str | None = None, done: bool = False
    ) -> ActionsExport:
        """Action items as a calendar (`.ics`, replaced in place on each export, so that a
        calendar importing it again updates its events) or a Markdown checklist (a new
        file). `path` "-" returns the text only."""
        raw = "" if path is None else str(path)
        kind = kind or ("md" if raw.lower().endswith((".md", ".markdown")) else "ics")
        if raw and raw != "-" and not raw.endswith(("/", "\\")) and not Path(raw).expanduser().is_dir():
            suffix = Path(raw).suffix.lower()
            wanted = (".ics",) if kind == "ics" else (".md", ".markdown")
            if suffix not in wanted:
                what = "a calendar (.ics)" if kind == "ics" else "a Markdown checklist (.md)"
                raise UsageError(f"{raw}: {what} needs a file name ending in {wanted[0]}, or use --format")
        items = self.records.actions(person, status=None if done else "open")
        today = Date.today()
        exports = self.parts.settings.exports_dir
        if kind == "ics":
            text = calendar(items, uid_domain=self._uid_domain(), now=datetime.now(UTC))
            default = exports / "coach-actions.ics"
            written = None if raw == "-" else replace_file(text, raw or None, default)
        else:
            text = checklist(items, today)
            written = None if raw == "-" else write_markdown(text, raw or None, exports / f"{today}-actions.md")
        placed = sum(1 for a in items if a.due) if kind == "ics" else len(items)
        return ActionsExport(text, written, len(items), placed)

    def _uid_domain(self) -> str:
        """Stable for this coach home: the same item keeps its calendar UID export after export."""
        digest = hashlib.sha256(str(self.parts.settings.home.resolve()).encode()).hexdigest()[:12]
        return f"{digest}.coach.invalid"

    def import_file(self, path: Path, person: str | None, *, date: str | None = None, kind: str = "note") -> int:
        """Notes from a file or a folder of them, or OKRs from a CSV: all or nothing, and
        nothing twice. Returns how many were added (the index catches up on the next search)."""
        from coach.app.memory_import import import_notes

        return import_notes(self.records, path, person, date=date, kind=kind)

    # Backups ---------------------------------------------------------------------------
    def backup(self, target: Path) -> Path:
        """A consistent copy of the whole database (sessions, memory, rehearsals) at `target`."""
        from coach.store.backup import backup

        return backup(self.parts.sessions.db, target)

    def restore(self, source: Path) -> Path | None:
        """Replace the database with a verified backup, then rebuild the search index (note
        ids are reused, so no vector of the replaced notes may survive); returns where the
        previous database is kept."""
        from coach.retrieval.note_index import IndexUnavailable
        from coach.store.backup import restore

        kept = restore(self.parts.sessions.db, source)
        with contextlib.suppress(IndexUnavailable):  # if it is down now, the next search rebuilds it
            self.index.sync(self.records)  # a new generation: every note is indexed again
        return kept
