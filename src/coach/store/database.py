"""Opening the database: WAL, foreign keys, migrations, and one-line errors."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from coach.core.errors import StoreError
from coach.store.migrations import MIGRATIONS

BUSY_TIMEOUT_S = 3.0


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def describe(path: Path, exc: sqlite3.Error) -> StoreError:
    """Turn an sqlite3 error into one line that says what to do."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return StoreError(f"the session database {path} is locked by another program; close it and try again")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StoreError(f"the session database {path} is damaged ({text}); move it aside to start afresh")
    if "readonly" in text or "unable to open" in text or "disk is full" in text or "disk I/O" in text:
        return StoreError(
            f"cannot write the session database {path} ({text}): is its folder read-only or the disk full? "
            "Reading and backups still work; nothing was changed"
        )
    return StoreError(f"session database error in {path}: {text}")


def split_statements(sql: str) -> list[str]:
    """SQL statements one by one; a `;` inside a trigger body does not end a statement."""
    statements, buffer = [], ""
    for piece in sql.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n;"):
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip(" \n;"):
        statements.append(buffer.strip())
    return statements


def by_id_prefix(conn: sqlite3.Connection, table: str, wanted: str) -> tuple[str | None, int]:
    """The newest row of `table` whose id is `wanted` or starts with it, and how many ids
    start with it. An exact id wins over longer ids that share it as a prefix."""
    pattern = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = conn.execute(
        f"SELECT id FROM {table} WHERE id LIKE ? ESCAPE '\\' ORDER BY updated_at DESC", (pattern,)
    ).fetchall()
    ids = [row["id"] for row in rows]
    if wanted in ids:
        return wanted, 1
    return (ids[0] if ids else None), len(ids)


class Database:
    """Opens a short-lived connection per unit of work, so any thread may use it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._migrated = False
        self._migration_lock = threading.Lock()

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {self.path.parent}: {exc.strerror}") from None
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")  # what is deleted (a forgotten person) is overwritten
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        newest = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0]
        if newest is not None and newest > MIGRATIONS[-1][0]:
            raise StoreError(
                f"{self.path} was written by a newer coach (schema {newest}, this one knows up to "
                f"{MIGRATIONS[-1][0]}); upgrade coach to use it. Nothing was changed"
            )
        for version, name, sql in MIGRATIONS:
            conn.execute("BEGIN IMMEDIATE")  # one writer at a time, across processes too
            applied = conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone()
            if applied:
                conn.execute("COMMIT")
                continue
            try:
                for statement in split_statements(sql):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (version, name, now()),
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A connection inside one read transaction: a consistent view that takes no write
        lock, so reads never make a writer wait (or fail with "database is locked"). When
        the database cannot be written (a read-only folder, a full disk), reads still work
        through a read-only connection."""
        try:
            with self.transaction(write=False) as conn:
                yield conn
            return
        except StoreError:
            if not self.path.is_file():
                raise
            conn = self.connect_read_only()
        try:
            conn.execute("BEGIN DEFERRED")
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise describe(self.path, exc) from None
        finally:
            conn.close()

    def connect_read_only(self) -> sqlite3.Connection:
        """The database as it is, for reading only (SQLite reads a WAL database this way even
        where it cannot create its shared-memory file)."""
        uri = self.path.resolve().as_uri()
        try:
            try:
                conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
                conn.execute("SELECT 1 FROM schema_migrations LIMIT 1")
            except sqlite3.OperationalError:  # no shared-memory file, and none can be made here
                conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
            conn.row_factory = sqlite3.Row
            pending = {v for v, _, _ in MIGRATIONS} - {
                row[0] for row in conn.execute("SELECT version FROM schema_migrations")
            }
        except sqlite3.Error as exc:
            raise describe(self.path, exc) from None
        if pending:
            conn.close()
            raise StoreError(
                f"{self.path} needs upgrading, and its folder cannot be written; make it writable once and run coach again"
            )
        return conn

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[sqlite3.Connection]:
        """A connection inside one write transaction (`BEGIN IMMEDIATE`: one writer at a
        time, waiting up to the busy timeout), committed on success."""
        conn: sqlite3.Connection | None = None
        try:
            conn = self._open()
            if not self._migrated:
                with self._migration_lock:  # workers in several threads may open it at once
                    if not self._migrated:
                        self._migrate(conn)
                        self._migrated = True
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN DEFERRED")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise describe(self.path, exc) from None
        finally:
            if conn is not None:
                conn.close()

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database and empty it (after a deletion that
        must leave no copy behind)."""
        try:
            conn = self._open()
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise describe(self.path, exc) from None

    def schema_versions(self) -> list[int]:
        with self.transaction() as conn:
            return [row[0] for row in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
