"""The model calls kept for `coach logs` (only when `[llm] log = true`), in the database
with everything else (private to the user, part of a backup, scrubbed by `coach forget`),
each masked of secrets, and pruned on every write: older than `days` or beyond `keep`."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from coach.core.errors import UsageError
from coach.llm.call_log import ModelCall, redact
from coach.store.database import Database


@dataclass(frozen=True)
class LoggedCall:
    id: int
    at: str
    kind: str
    model: str
    seconds: float
    error: str | None
    messages: list[dict[str, str]]
    reply: str


class ModelLogStore:
    def __init__(self, db: Database, *, days: int = 14, keep: int = 1000) -> None:
        self.db = db
        self.days = days
        self.keep = keep

    def record(self, call: ModelCall) -> None:
        messages = [{"role": m["role"], "content": redact(m["content"])} for m in call.messages]
        now = datetime.now(UTC)
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO model_calls (at, kind, model, seconds, error, messages_json, reply) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    now.isoformat(timespec="seconds"),
                    call.kind,
                    call.model,
                    round(call.seconds, 3),
                    redact(call.error) if call.error else None,
                    json.dumps(messages, ensure_ascii=False),
                    redact(call.reply),
                ),
            )
            conn.execute(
                "DELETE FROM model_calls WHERE at < ?",
                ((now - timedelta(days=self.days)).isoformat(timespec="seconds"),),
            )
            conn.execute(
                "DELETE FROM model_calls WHERE id NOT IN (SELECT id FROM model_calls ORDER BY id DESC LIMIT ?)",
                (self.keep,),
            )

    def recent(self, limit: int = 20) -> list[LoggedCall]:
        with self.db.reading() as conn:
            rows = conn.execute("SELECT * FROM model_calls ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [_call(row) for row in rows]

    def get(self, call_id: int) -> LoggedCall:
        with self.db.reading() as conn:
            row = conn.execute("SELECT * FROM model_calls WHERE id = ?", (call_id,)).fetchone()
        if row is None:
            raise UsageError(f"no logged call {call_id}; `coach logs` lists them")
        return _call(row)

    def clear(self) -> int:
        with self.db.transaction() as conn:
            removed = conn.execute("DELETE FROM model_calls").rowcount
        self.db.checkpoint()
        return int(removed)


def _call(row: sqlite3.Row) -> LoggedCall:
    return LoggedCall(
        row["id"],
        row["at"],
        row["kind"],
        row["model"],
        row["seconds"],
        row["error"],
        json.loads(row["messages_json"]),
        row["reply"],
    )
