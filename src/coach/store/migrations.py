"""Numbered schema migrations; each runs once and is recorded in `schema_migrations`."""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "sessions and their turns",
        """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            role TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            person TEXT,
            status TEXT NOT NULL DEFAULT 'active',
            state_json TEXT NOT NULL,
            brief_md TEXT
        );
        CREATE TABLE turns (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            speaker TEXT NOT NULL,
            kind TEXT NOT NULL,
            question_id TEXT,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (session_id, seq)
        );
        CREATE INDEX sessions_updated ON sessions(updated_at DESC);
        """,
    ),
]
