"""What coach remembers about people: notes, OKRs (with key-result history) and action
items. SQLite is the source of truth; the search index is derived from it."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from datetime import date as Date

from coach.core.errors import UsageError
from coach.core.types import KR_STATUSES, NOTE_KINDS, NoteKind
from coach.memory.models import (
    OKR,
    KeyResult,
    KeyResultSpec,
    Note,
    Person,
    TrackedAction,
    check_note_text,
    parse_date,
)
from coach.store.database import Database, now

MAX_NAME_CHARS = 100


class MemoryStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # People ---------------------------------------------------------------------------
    def add_person(self, name: str, role: str | None = None) -> Person:
        name = " ".join(name.split())
        role = " ".join(role.split()) if role else None
        if not name:
            raise UsageError("give the person's name")
        if len(name) > MAX_NAME_CHARS or (role and len(role) > MAX_NAME_CHARS):
            raise UsageError(f"a name or role is at most {MAX_NAME_CHARS} characters; nothing was saved")
        if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in name + (role or "")):
            raise UsageError("a name or role cannot contain control characters; nothing was saved")
        if (known := self.find_person(name)) is not None:
            raise UsageError(f"'{known.name}' is already known")
        with self.db.transaction() as conn:
            cursor = conn.execute("INSERT INTO people (name, role, created_at) VALUES (?, ?, ?)", (name, role, now()))
        return Person(int(cursor.lastrowid or 0), name, role)

    def find_person(self, name: str) -> Person | None:
        with self.db.reading() as conn:
            row = conn.execute("SELECT id, name, role FROM people WHERE name = ?", (" ".join(name.split()),)).fetchone()
        return Person(row["id"], row["name"], row["role"]) if row else None

    def person(self, name: str) -> Person:
        found = self.find_person(name)
        if found is None:
            raise UsageError(f"no person '{name}'; add them with `coach people add \"{name}\"`")
        return found

    def person_names(self) -> list[str]:
        with self.db.reading() as conn:
            return [row[0] for row in conn.execute("SELECT name FROM people")]

    def people(self) -> list[tuple[Person, int, int, int]]:
        """Each person with their counts of notes, OKRs and open action items."""
        with self.db.reading() as conn:
            rows = conn.execute(
                """SELECT p.id, p.name, p.role,
                          (SELECT COUNT(*) FROM notes n WHERE n.person_id = p.id) AS notes,
                          (SELECT COUNT(*) FROM okrs o WHERE o.person_id = p.id) AS okrs,
                          (SELECT COUNT(*) FROM action_items a WHERE a.person_id = p.id AND a.status = 'open') AS open_actions
                   FROM people p ORDER BY p.name"""
            ).fetchall()
        return [(Person(r["id"], r["name"], r["role"]), r["notes"], r["okrs"], r["open_actions"]) for r in rows]

    # Notes ----------------------------------------------------------------------------
    def add_note(
        self,
        person: str | None,
        text: str,
        *,
        date: str | Date | None = None,
        kind: str = "note",
        source: str | None = None,
    ) -> Note:
        text = check_note_text(text)
        if kind not in NOTE_KINDS:
            raise UsageError(f"kind '{kind}' is not one of {', '.join(NOTE_KINDS)}")
        day = parse_date(date)
        owner = self.person(person) if person else None
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO notes (person_id, date, kind, text, source, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (owner.id if owner else None, day, kind, text, source, now()),
            )
        return Note(int(cursor.lastrowid or 0), owner.name if owner else None, day, kind, text, source)

    def add_notes(self, notes: Sequence[tuple[str | None, str, str, str, str | None]]) -> tuple[list[Note], int]:
        """Several notes, (person, text, date, kind, source) each, in one transaction: all
        saved or none. A note already kept (same person, date, kind and text) is not saved
        again, so an interrupted import can simply be run again. Returns the notes added and
        how many were already there."""
        checked = []
        for person, text, date, kind, source in notes:
            if kind not in NOTE_KINDS:
                raise UsageError(f"kind '{kind}' is not one of {', '.join(NOTE_KINDS)}")
            owner = self.person(person) if person else None
            checked.append((owner, check_note_text(text), parse_date(date), kind, source))
        added: list[Note] = []
        stamp = now()
        with self.db.transaction() as conn:
            for owner, text, day, kind, source in checked:
                person_id = owner.id if owner else None
                if _same_note(conn, person_id, day, kind, text) is not None:
                    continue
                cursor = conn.execute(
                    "INSERT INTO notes (person_id, date, kind, text, source, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (person_id, day, kind, text, source, stamp),
                )
                added.append(Note(int(cursor.lastrowid or 0), owner.name if owner else None, day, kind, text, source))
        return added, len(checked) - len(added)

    def notes(
        self,
        person: str | None = None,
        *,
        kind: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> list[Note]:
        """Newest first."""
        person_id = self.person(person).id if person else None
        with self.db.reading() as conn:
            rows = conn.execute(
                """SELECT n.id, p.name AS person, n.date, n.kind, n.text, n.source FROM notes n
                   LEFT JOIN people p ON p.id = n.person_id
                   WHERE (? IS NULL OR n.person_id = ?) AND (? IS NULL OR n.kind = ?)
                     AND (? IS NULL OR n.date >= ?) AND (? IS NULL OR n.date <= ?)
                   ORDER BY n.date DESC, n.id DESC LIMIT ?""",
                (person_id, person_id, kind, kind, since, since, until, until, limit if limit is not None else -1),
            ).fetchall()
        return [Note(r["id"], r["person"], r["date"], r["kind"], r["text"], r["source"]) for r in rows]

    def index_generation(self) -> str:
        with self.db.reading() as conn:
            return str(conn.execute("SELECT value FROM meta WHERE key = 'index_generation'").fetchone()[0])

    def note_count(self) -> int:
        with self.db.reading() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0])

    def note_ids(self) -> set[int]:
        with self.db.reading() as conn:
            return {row[0] for row in conn.execute("SELECT id FROM notes")}

    def notes_by_ids(self, ids: list[int]) -> list[Note]:
        found: dict[int, Note] = {}
        with self.db.reading() as conn:
            for start in range(0, len(ids), 500):
                batch = ids[start : start + 500]
                marks = ",".join("?" * len(batch))
                rows = conn.execute(
                    f"""SELECT n.id, p.name AS person, n.date, n.kind, n.text, n.source FROM notes n
                        LEFT JOIN people p ON p.id = n.person_id WHERE n.id IN ({marks})""",
                    batch,
                ).fetchall()
                found.update(
                    {r["id"]: Note(r["id"], r["person"], r["date"], r["kind"], r["text"], r["source"]) for r in rows}
                )
        return [found[i] for i in ids if i in found]

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
        """Note ids by BM25 over the full-text index, best first: notes with any of `terms`
        (words, or phrases of several words)."""
        phrases = [" ".join(re.findall(r"\w+", term.lower())) for term in terms]
        match = " OR ".join(f'"{phrase}"' for phrase in dict.fromkeys(phrases) if phrase)
        if not match:
            return []
        person_id = self.person(person).id if person else None
        with self.db.reading() as conn:
            rows = conn.execute(
                """SELECT n.id FROM notes_fts f JOIN notes n ON n.id = f.rowid
                   WHERE notes_fts MATCH ? AND (? IS NULL OR n.person_id = ?) AND (? IS NULL OR n.kind = ?)
                     AND (? IS NULL OR n.date >= ?) AND (? IS NULL OR n.date <= ?)
                   ORDER BY bm25(notes_fts) LIMIT ?""",
                (match, person_id, person_id, kind, kind, since, since, until, until, n),
            ).fetchall()
        return [r[0] for r in rows]

    # OKRs -----------------------------------------------------------------------------
    def add_okr(self, person: str, objective: str, quarter: str, key_results: Sequence[KeyResultSpec]) -> OKR:
        objective, quarter = objective.strip(), quarter.strip()
        if not objective or not quarter:
            raise UsageError("an OKR needs an objective and a quarter (e.g. 2026-Q4)")
        owner = self.person(person)
        stamp = now()
        with self.db.transaction() as conn:
            okr_id = conn.execute(
                "INSERT INTO okrs (person_id, objective, quarter, created_at) VALUES (?, ?, ?, ?)",
                (owner.id, objective, quarter, stamp),
            ).lastrowid
            conn.executemany(
                "INSERT INTO key_results (okr_id, description, target, current, status, updated_at, lower_is_better)"
                " VALUES (?, ?, ?, NULL, 'on-track', ?, ?)",
                [(okr_id, spec[0].strip(), spec[1], stamp, int(_lower(spec))) for spec in key_results],
            )
        return self.okrs(okr_id=okr_id)[0]  # only this one: an import of many OKRs stays linear

    def add_okrs(self, okrs: Sequence[tuple[str, str, str, Sequence[KeyResultSpec]]]) -> int:
        """Several OKRs, (person, objective, quarter, key results) each, in one transaction;
        an OKR already kept (same person, objective and quarter) is not added again. Returns
        how many were added."""
        owners = {person: self.person(person) for person in {okr[0] for okr in okrs}}  # each name looked up once
        stamp = now()
        added = 0
        with self.db.transaction() as conn:
            for person, objective, quarter, key_results in okrs:
                owner = owners[person]
                if conn.execute(
                    "SELECT 1 FROM okrs WHERE person_id = ? AND objective = ? AND quarter = ?",
                    (owner.id, objective.strip(), quarter.strip()),
                ).fetchone():
                    continue
                okr_id = conn.execute(
                    "INSERT INTO okrs (person_id, objective, quarter, created_at) VALUES (?, ?, ?, ?)",
                    (owner.id, objective.strip(), quarter.strip(), stamp),
                ).lastrowid
                conn.executemany(
                    "INSERT INTO key_results (okr_id, description, target, current, status, updated_at, lower_is_better)"
                    " VALUES (?, ?, ?, NULL, 'on-track', ?, ?)",
                    [(okr_id, spec[0].strip(), spec[1], stamp, int(_lower(spec))) for spec in key_results],
                )
                added += 1
        return added

    def okrs(self, person: str | None = None, *, okr_id: int | None = None) -> list[OKR]:
        person_id = self.person(person).id if person else None
        with self.db.reading() as conn:
            rows = conn.execute(
                """SELECT o.id, p.name AS person, o.objective, o.quarter FROM okrs o JOIN people p ON p.id = o.person_id
                   WHERE (? IS NULL OR o.person_id = ?) AND (? IS NULL OR o.id = ?) ORDER BY o.quarter DESC, o.id""",
                (person_id, person_id, okr_id, okr_id),
            ).fetchall()
            result = []
            for row in rows:
                krs = []
                for kr in conn.execute(
                    "SELECT * FROM key_results WHERE okr_id = ? ORDER BY id", (row["id"],)
                ).fetchall():
                    history = [
                        (h["date"], h["current"], h["status"], h["note"])
                        for h in conn.execute(
                            "SELECT date, current, status, note FROM key_result_updates WHERE key_result_id = ? ORDER BY date, id",
                            (kr["id"],),
                        )
                    ]
                    krs.append(
                        KeyResult(
                            kr["id"],
                            kr["description"],
                            kr["target"],
                            kr["current"],
                            kr["status"],
                            history,
                            bool(kr["lower_is_better"]),
                        )
                    )
                result.append(OKR(row["id"], row["person"], row["objective"], row["quarter"], krs))
        return result

    def update_key_result(
        self,
        kr_id: int,
        *,
        current: float | None = None,
        status: str | None = None,
        note: str | None = None,
        date: str | None = None,
    ) -> KeyResult:
        if status is not None and status not in KR_STATUSES:
            raise UsageError(f"status '{status}' is not one of {', '.join(KR_STATUSES)}")
        if current is None and status is None:
            raise UsageError("give a new --current value, a --status, or both")
        day = parse_date(date)
        with self.db.transaction() as conn:
            row = conn.execute("SELECT * FROM key_results WHERE id = ?", (kr_id,)).fetchone()
            if row is None:
                raise UsageError(f"no key result {kr_id}; `coach okr list` shows their ids")
            new_current = row["current"] if current is None else current
            new_status = status or row["status"]
            conn.execute(
                "UPDATE key_results SET current = ?, status = ?, updated_at = ? WHERE id = ?",
                (new_current, new_status, now(), kr_id),
            )
            conn.execute(
                "INSERT INTO key_result_updates (key_result_id, date, current, status, note) VALUES (?, ?, ?, ?, ?)",
                (kr_id, day, new_current, new_status, note),
            )
        okr = next(o for o in self.okrs() if any(k.id == kr_id for k in o.key_results))
        return next(k for k in okr.key_results if k.id == kr_id)

    # Action items ---------------------------------------------------------------------
    def add_action(
        self,
        person: str | None,
        owner: str,
        task: str,
        *,
        due: str | None = None,
        source_note_id: int | None = None,
        source_session_id: str | None = None,
    ) -> TrackedAction:
        if not task.strip() or not owner.strip():
            raise UsageError("an action item needs an owner and a task")
        person_id = self.person(person).id if person else None
        due_day = parse_date(due, field_name="due date") if due else None
        with self.db.transaction() as conn:
            cursor = conn.execute(
                """INSERT INTO action_items (person_id, owner, task, due, status, source_note_id, source_session_id, created_at)
                   VALUES (?, ?, ?, ?, 'open', ?, ?, ?)""",
                (person_id, owner.strip(), task.strip(), due_day, source_note_id, source_session_id, now()),
            )
        return self.action(int(cursor.lastrowid or 0))

    def add_note_with_actions(
        self,
        person: str | None,
        text: str,
        items: Sequence[tuple[str, str, str | None]],
        *,
        date: str,
        kind: NoteKind,
        source: str,
    ) -> tuple[Note, list[TrackedAction]]:
        """A note and the action items that come from it, (owner, task, due) each, in one
        transaction: all saved or nothing."""
        text = check_note_text(text)
        owner = self.person(person) if person else None
        day = parse_date(date)
        rows = []
        for item_owner, task, due in items:
            if not task.strip() or not item_owner.strip():
                raise UsageError("an action item needs an owner and a task")
            rows.append((item_owner.strip(), task.strip(), parse_date(due, field_name="due date") if due else None))
        stamp = now()
        with self.db.transaction() as conn:
            saved = _same_note(conn, owner.id if owner else None, day, kind, text)
            if saved is not None:  # the same summary saved again: nothing is doubled
                note = Note(saved, owner.name if owner else None, day, kind, text, source)
                return note, self.actions(status=None, source_note_id=saved)
            note_id = int(
                conn.execute(
                    "INSERT INTO notes (person_id, date, kind, text, source, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (owner.id if owner else None, day, kind, text, source, stamp),
                ).lastrowid
                or 0
            )
            ids = [
                int(
                    conn.execute(
                        """INSERT INTO action_items (person_id, owner, task, due, status, source_note_id, created_at)
                       VALUES (?, ?, ?, ?, 'open', ?, ?)""",
                        (owner.id if owner else None, item_owner, task, due, note_id, stamp),
                    ).lastrowid
                    or 0
                )
                for item_owner, task, due in rows
            ]
        note = Note(note_id, owner.name if owner else None, day, kind, text, source)
        return note, [self.action(i) for i in ids]

    def action(self, action_id: int) -> TrackedAction:
        found = self.actions(status=None, action_id=action_id)
        if not found:
            raise UsageError(f"no action item {action_id}; `coach actions list --all` shows them")
        return found[0]

    def actions(
        self,
        person: str | None = None,
        *,
        status: str | None = "open",
        action_id: int | None = None,
        source_note_id: int | None = None,
    ) -> list[TrackedAction]:
        person_id = self.person(person).id if person else None
        with self.db.reading() as conn:
            rows = conn.execute(
                """SELECT a.*, p.name AS person FROM action_items a LEFT JOIN people p ON p.id = a.person_id
                   WHERE (? IS NULL OR a.person_id = ?) AND (? IS NULL OR a.status = ?) AND (? IS NULL OR a.id = ?)
                     AND (? IS NULL OR a.source_note_id = ?)
                   ORDER BY a.status, COALESCE(a.due, '9999'), a.id""",
                (person_id, person_id, status, status, action_id, action_id, source_note_id, source_note_id),
            ).fetchall()
        return [
            TrackedAction(
                r["id"],
                r["person"],
                r["owner"],
                r["task"],
                r["due"],
                r["status"],
                r["source_note_id"],
                r["source_session_id"],
            )
            for r in rows
        ]

    def complete_action(self, action_id: int) -> TrackedAction:
        item = self.action(action_id)
        if item.status == "done":
            raise UsageError(f"action item {action_id} is already done")
        with self.db.transaction() as conn:
            conn.execute("UPDATE action_items SET status = 'done', done_at = ? WHERE id = ?", (now(), action_id))
        return self.action(action_id)

    def reopen_action(self, action_id: int) -> TrackedAction:
        item = self.action(action_id)
        if item.status == "open":
            raise UsageError(f"action item {action_id} is open already")
        with self.db.transaction() as conn:
            conn.execute("UPDATE action_items SET status = 'open', done_at = NULL WHERE id = ?", (action_id,))
        return self.action(action_id)

    def edit_action(
        self, action_id: int, *, task: str | None = None, owner: str | None = None, due: str | None = None
    ) -> TrackedAction:
        """Change what is given; `due` "none" clears the date."""
        item = self.action(action_id)
        if task is not None and not task.strip():
            raise UsageError("the task cannot be empty")
        if owner is not None and not owner.strip():
            raise UsageError("the owner cannot be empty")
        due_day = (
            item.due
            if due is None
            else None
            if due.strip().lower() == "none"
            else parse_date(due, field_name="due date")
        )
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE action_items SET task = ?, owner = ?, due = ? WHERE id = ?",
                (" ".join((task or item.task).split()), (owner or item.owner).strip(), due_day, action_id),
            )
        return self.action(action_id)

    def delete_action(self, action_id: int) -> TrackedAction:
        item = self.action(action_id)
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM action_items WHERE id = ?", (action_id,))
        return item

    def note(self, note_id: int) -> Note:
        found = self.notes_by_ids([note_id])
        if not found:
            raise UsageError(f"no note {note_id}; `coach notes list` shows them")
        return found[0]

    def edit_note(self, note_id: int, text: str) -> Note:
        self.note(note_id)
        text = check_note_text(text)
        with self.db.transaction() as conn:
            conn.execute("UPDATE notes SET text = ? WHERE id = ?", (text, note_id))
        return self.note(note_id)

    def delete_note(self, note_id: int) -> Note:
        """The note goes; action items drafted from it stay, no longer linked to it."""
        note = self.note(note_id)
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
        return note

    # Forgetting -----------------------------------------------------------------------
    def forget(self, name: str) -> dict[str, int]:
        """Remove the person and everything owned by or naming them (see `store.forgetting`)."""
        from coach.store.forgetting import forget_person

        return forget_person(self.db, self.person(name))


def _lower(spec: KeyResultSpec) -> bool:
    return bool(spec[2]) if len(spec) > 2 else False


def _same_note(conn: sqlite3.Connection, person_id: int | None, day: str, kind: str, text: str) -> int | None:
    """The id of a note already kept with this person, date, kind and text, if any."""
    row = conn.execute(
        "SELECT id FROM notes WHERE person_id IS ? AND date = ? AND kind = ? AND text = ? LIMIT 1",
        (person_id, day, kind, text),
    ).fetchone()
    return int(row[0]) if row else None
