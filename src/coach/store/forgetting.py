"""Forgetting a person: everything owned by or naming them goes, and no copy of it stays in
the database file."""

from __future__ import annotations

import json
import re

from coach.memory.models import Person
from coach.store.database import Database


def forget_person(db: Database, person: Person) -> dict[str, int]:
    """Remove the person and everything owned by or naming them: their notes, OKRs and
    action items, notes about nobody that name them, action items they own in other
    people's meetings, the sessions and rehearsals about them. Deleted content is
    overwritten (secure_delete) and the log checkpointed, so no copy stays in the file.
    Returns what was removed, and how many notes about others still mention them."""
    named = re.compile(rf"\b{re.escape(person.name)}\b", re.IGNORECASE)
    with db.transaction() as conn:
        unlinked = [
            row["id"]
            for row in conn.execute("SELECT id, text FROM notes WHERE person_id IS NULL").fetchall()
            if named.search(row["text"])
        ]
        others = sum(
            1
            for row in conn.execute(
                "SELECT text FROM notes WHERE person_id IS NOT NULL AND person_id != ?", (person.id,)
            ).fetchall()
            if named.search(row["text"])
        )
        rehearsals = [
            row["id"]
            for row in conn.execute("SELECT id, state_json FROM rehearsals").fetchall()
            if json.loads(row["state_json"]).get("persona", {}).get("name", "").lower() == person.name.lower()
        ]
        counts = {
            "notes": conn.execute("SELECT COUNT(*) FROM notes WHERE person_id = ?", (person.id,)).fetchone()[0]
            + len(unlinked),
            "okrs": conn.execute("SELECT COUNT(*) FROM okrs WHERE person_id = ?", (person.id,)).fetchone()[0],
            "action items": conn.execute(
                "SELECT COUNT(*) FROM action_items WHERE person_id = ? OR owner = ? COLLATE NOCASE",
                (person.id, person.name),
            ).fetchone()[0],
            "sessions": conn.execute(
                "SELECT COUNT(*) FROM sessions WHERE person = ? COLLATE NOCASE", (person.name,)
            ).fetchone()[0],
            "rehearsals": len(rehearsals),
        }
        conn.execute("DELETE FROM action_items WHERE owner = ? COLLATE NOCASE", (person.name,))
        conn.executemany("DELETE FROM notes WHERE id = ?", [(i,) for i in unlinked])
        conn.executemany("DELETE FROM rehearsals WHERE id = ?", [(i,) for i in rehearsals])
        conn.execute("DELETE FROM sessions WHERE person = ? COLLATE NOCASE", (person.name,))
        logged = [
            row["id"]
            for row in conn.execute("SELECT id, messages_json, reply FROM model_calls").fetchall()
            if named.search(row["messages_json"]) or named.search(row["reply"])
        ]
        conn.executemany("DELETE FROM model_calls WHERE id = ?", [(i,) for i in logged])
        if logged:
            counts["logged model calls"] = len(logged)
        conn.execute("DELETE FROM people WHERE id = ?", (person.id,))
    db.checkpoint()
    counts["notes about others that still mention them"] = others
    return counts
