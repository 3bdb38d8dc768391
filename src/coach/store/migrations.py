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
    (
        2,
        "people, notes, OKRs with key-result history, action items",
        """
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('note', 'summary', 'reflection', 'brief')),
            text TEXT NOT NULL,
            source TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX notes_person_date ON notes(person_id, date);
        CREATE TABLE okrs (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            objective TEXT NOT NULL,
            quarter TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE key_results (
            id INTEGER PRIMARY KEY,
            okr_id INTEGER NOT NULL REFERENCES okrs(id) ON DELETE CASCADE,
            description TEXT NOT NULL,
            target REAL,
            current REAL,
            status TEXT NOT NULL DEFAULT 'on-track' CHECK (status IN ('on-track', 'at-risk', 'off-track', 'done')),
            updated_at TEXT NOT NULL
        );
        CREATE TABLE key_result_updates (
            id INTEGER PRIMARY KEY,
            key_result_id INTEGER NOT NULL REFERENCES key_results(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            current REAL,
            status TEXT NOT NULL,
            note TEXT
        );
        CREATE TABLE action_items (
            id INTEGER PRIMARY KEY,
            person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
            owner TEXT NOT NULL,
            task TEXT NOT NULL,
            due TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
            source_note_id INTEGER REFERENCES notes(id) ON DELETE SET NULL,
            source_session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            done_at TEXT
        );
        CREATE INDEX actions_person_status ON action_items(person_id, status)
        """,
    ),
    (
        3,
        "full-text index of notes (the lexical half of hybrid search)",
        """
        CREATE VIRTUAL TABLE notes_fts USING fts5(text, content='notes', content_rowid='id', tokenize='porter unicode61');
        INSERT INTO notes_fts (rowid, text) SELECT id, text FROM notes;
        CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
            INSERT INTO notes_fts (rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
            INSERT INTO notes_fts (notes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER notes_fts_update AFTER UPDATE OF text ON notes BEGIN
            INSERT INTO notes_fts (notes_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO notes_fts (rowid, text) VALUES (new.id, new.text);
        END
        """,
    ),
    (
        4,
        "rehearsals and their debriefs",
        """
        CREATE TABLE rehearsals (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            persona_id TEXT NOT NULL,
            role TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'active',
            state_json TEXT NOT NULL,
            scorecard_json TEXT
        );
        CREATE INDEX rehearsals_by_conversation ON rehearsals (conversation_id, created_at)
        """,
    ),
    (
        5,
        "indexes on the key results' foreign keys",
        """
        CREATE INDEX key_results_by_okr ON key_results (okr_id);
        CREATE INDEX key_result_updates_by_key_result ON key_result_updates (key_result_id, date)
        """,
    ),
    (
        6,
        "the database's generation, which the search index must match",
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta (key, value) VALUES ('index_generation', lower(hex(randomblob(8))))
        """,
    ),
    (
        7,
        "who worded each turn: coach, or the model",
        """
        ALTER TABLE turns ADD COLUMN worded_by TEXT NOT NULL DEFAULT 'coach'
        """,
    ),
    (
        8,
        "key results whose target is a ceiling (lower is better)",
        """
        ALTER TABLE key_results ADD COLUMN lower_is_better INTEGER NOT NULL DEFAULT 0
        """,
    ),
    (
        9,
        "model calls kept for coach logs (only when [llm] log is on)",
        """
        CREATE TABLE model_calls (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            model TEXT NOT NULL,
            seconds REAL NOT NULL,
            error TEXT,
            messages_json TEXT NOT NULL,
            reply TEXT NOT NULL
        );
        CREATE INDEX model_calls_at ON model_calls (at)
        """,
    ),
]
