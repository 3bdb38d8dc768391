"""Rehearsals: the state (persona snapshot and turns) written after every turn, and the
debrief's scorecard once it ends."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from coach.core.errors import UsageError
from coach.rehearsal.debrief import Scorecard
from coach.rehearsal.state import RehearsalState
from coach.store.database import Database, by_id_prefix, now


@dataclass(frozen=True)
class RehearsalRecord:
    id: str
    created_at: datetime
    updated_at: datetime
    state: RehearsalState
    scorecard: Scorecard | None


def _record(row: object) -> RehearsalRecord:
    card = row["scorecard_json"]  # type: ignore[index]
    return RehearsalRecord(
        id=row["id"],  # type: ignore[index]
        created_at=datetime.fromisoformat(row["created_at"]),  # type: ignore[index]
        updated_at=datetime.fromisoformat(row["updated_at"]),  # type: ignore[index]
        state=RehearsalState.model_validate_json(row["state_json"]),  # type: ignore[index]
        scorecard=Scorecard.model_validate_json(card) if card else None,
    )


class RehearsalStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, state: RehearsalState) -> str:
        rehearsal_id = "r" + secrets.token_hex(4)
        stamp = now()
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO rehearsals (id, created_at, updated_at, conversation_id, persona_id, role, status, state_json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    rehearsal_id,
                    stamp,
                    stamp,
                    state.conversation_id,
                    state.persona.id,
                    state.role,
                    state.status,
                    state.model_dump_json(),
                ),
            )
        return rehearsal_id

    def save(self, rehearsal_id: str, state: RehearsalState, scorecard: Scorecard | None = None) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE rehearsals SET state_json = ?, status = ?, updated_at = ?, scorecard_json = COALESCE(?, scorecard_json) WHERE id = ?",
                (
                    state.model_dump_json(),
                    state.status,
                    now(),
                    scorecard.model_dump_json() if scorecard else None,
                    rehearsal_id,
                ),
            )

    def get(self, rehearsal_id: str) -> RehearsalRecord:
        wanted = rehearsal_id.strip().lower()
        with self.db.reading() as conn:
            found, matches = by_id_prefix(conn, "rehearsals", wanted) if wanted else (None, 0)
            if found is None:
                raise UsageError(f"no rehearsal '{rehearsal_id}'")
            if matches > 1:
                raise UsageError(f"'{rehearsal_id}' matches {matches} rehearsals; give more of the id")
            row = conn.execute("SELECT * FROM rehearsals WHERE id = ?", (found,)).fetchone()
        return _record(row)

    def recent(self, limit: int = 50, *, conversation_id: str | None = None) -> list[RehearsalRecord]:
        with self.db.reading() as conn:
            rows = conn.execute(
                "SELECT * FROM rehearsals WHERE (? IS NULL OR conversation_id = ?) ORDER BY updated_at DESC LIMIT ?",
                (conversation_id, conversation_id, limit),
            ).fetchall()
        return [_record(r) for r in rows]

    def trend(self, conversation_id: str, limit: int = 10) -> list[RehearsalRecord]:
        """Ended rehearsals of one conversation that have a scorecard, oldest first."""
        with self.db.reading() as conn:
            rows = conn.execute(
                """SELECT * FROM rehearsals WHERE conversation_id = ? AND scorecard_json IS NOT NULL
                   ORDER BY created_at DESC LIMIT ?""",
                (conversation_id, limit),
            ).fetchall()
        return [_record(r) for r in reversed(rows)]
