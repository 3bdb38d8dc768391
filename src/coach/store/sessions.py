"""Sessions and their turns. A turn and the engine state after it are written together."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from coach.core.errors import UsageError
from coach.engine.state import GuideState, Turn
from coach.store.database import Database, by_id_prefix, now


@dataclass(frozen=True)
class SessionRecord:
    id: str
    created_at: datetime
    updated_at: datetime
    role: str
    conversation_id: str
    person: str | None
    status: str
    state: GuideState
    brief: str | None


def _record(row: object) -> SessionRecord:
    return SessionRecord(
        id=row["id"],  # type: ignore[index]
        created_at=datetime.fromisoformat(row["created_at"]),  # type: ignore[index]
        updated_at=datetime.fromisoformat(row["updated_at"]),  # type: ignore[index]
        role=row["role"],  # type: ignore[index]
        conversation_id=row["conversation_id"],  # type: ignore[index]
        person=row["person"],  # type: ignore[index]
        status=row["status"],  # type: ignore[index]
        state=GuideState.model_validate_json(row["state_json"]),  # type: ignore[index]
        brief=row["brief_md"],  # type: ignore[index]
    )


class SessionStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, state: GuideState, turns: list[Turn]) -> str:
        session_id = secrets.token_hex(4)
        stamp = now()
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO sessions (id, created_at, updated_at, role, conversation_id, person, status, state_json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    stamp,
                    stamp,
                    state.role,
                    state.conversation_id,
                    state.person,
                    "finished" if state.finished else "active",
                    state.model_dump_json(),
                ),
            )
            self._insert_turns(conn, session_id, turns, stamp)
        return session_id

    def append(self, session_id: str, turns: list[Turn], state: GuideState) -> None:
        stamp = now()
        with self.db.transaction() as conn:
            self._insert_turns(conn, session_id, turns, stamp)
            conn.execute(
                "UPDATE sessions SET state_json = ?, status = ?, updated_at = ? WHERE id = ?",
                (state.model_dump_json(), "finished" if state.finished else "active", stamp, session_id),
            )

    def save_brief(self, session_id: str, brief: str) -> None:
        with self.db.transaction() as conn:
            conn.execute("UPDATE sessions SET brief_md = ?, updated_at = ? WHERE id = ?", (brief, now(), session_id))

    def resolve(self, session_id: str) -> str:
        """The full id for an id or a unique prefix of one."""
        wanted = session_id.strip().lower()
        if not wanted:
            raise UsageError("give a session id; `coach sessions` lists them")
        with self.db.reading() as conn:
            found, matches = by_id_prefix(conn, "sessions", wanted)
        if found is None:
            raise UsageError(f"no session '{session_id}'; `coach sessions` lists them")
        if matches > 1:
            raise UsageError(f"'{session_id}' matches {matches} sessions; type more of the id")
        return found

    def get(self, session_id: str) -> SessionRecord:
        full = self.resolve(session_id)
        with self.db.reading() as conn:
            row = conn.execute("SELECT * FROM sessions WHERE id = ?", (full,)).fetchone()
        return _record(row)

    def turns(self, session_id: str) -> list[Turn]:
        with self.db.reading() as conn:
            rows = conn.execute(
                "SELECT speaker, kind, question_id, text, worded_by FROM turns WHERE session_id = ? ORDER BY seq",
                (session_id,),
            ).fetchall()
        return [
            Turn(
                speaker=r["speaker"],
                kind=r["kind"],
                question_id=r["question_id"],
                text=r["text"],
                worded_by=r["worded_by"],
            )
            for r in rows
        ]

    def delete(self, session_id: str) -> SessionRecord:
        """The session, its turns and its brief. Notes and action items made from it stay
        (their link to it is cleared)."""
        record = self.get(self.resolve(session_id))
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM sessions WHERE id = ?", (record.id,))
        return record

    def recent(self, limit: int = 50, *, status: str | None = None) -> list[SessionRecord]:
        with self.db.reading() as conn:
            rows = conn.execute(
                "SELECT * FROM sessions WHERE ? IS NULL OR status = ? ORDER BY updated_at DESC, rowid DESC LIMIT ?",
                (status, status, limit),
            ).fetchall()
        return [_record(row) for row in rows]

    def latest_active(self) -> SessionRecord | None:
        return next(iter(self.recent(1, status="active")), None)

    @staticmethod
    def _insert_turns(conn: object, session_id: str, turns: list[Turn], stamp: str) -> None:
        (last,) = conn.execute(  # type: ignore[attr-defined]
            "SELECT COALESCE(MAX(seq), 0) FROM turns WHERE session_id = ?", (session_id,)
        ).fetchone()
        conn.executemany(  # type: ignore[attr-defined]
            "INSERT INTO turns (session_id, seq, speaker, kind, question_id, text, created_at, worded_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (session_id, last + i, t.speaker, t.kind, t.question_id, t.text, stamp, t.worded_by)
                for i, t in enumerate(turns, 1)
            ],
        )
