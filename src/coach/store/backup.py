"""Backup and restore of the whole database with SQLite's online backup API (a consistent
copy even while coach is running in WAL mode). A backup is made only of a sound database,
and a restore replaces nothing until the file has been verified: it opens, passes SQLite's
integrity check, was written by this coach or an older one, and holds no trigger or view
that coach's own migrations did not create."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from coach.core.errors import StoreError, UsageError
from coach.store.database import Database, split_statements
from coach.store.migrations import MIGRATIONS


def read_only_uri(path: Path) -> str:
    """A `file:` URI for SQLite, with `#`, `?` and spaces in the name escaped."""
    return f"{path.resolve().as_uri()}?mode=ro"


def backup(db: Database, target: Path) -> Path:
    target = target.expanduser()
    if target.exists():
        raise UsageError(f"{target} already exists; choose a new file name")
    if not target.parent.is_dir():
        raise UsageError(f"{target.parent} is not a folder; create it first")
    with db.reading():  # opens (and migrates, where it can) the database, so the copy is complete
        pass
    try:
        source = db.connect_read_only()  # works in a read-only folder too
        try:
            problem = _integrity(source)
            if problem:
                raise StoreError(f"the database {db.path} is damaged ({problem}); no backup was made")
            destination = sqlite3.connect(target)
            with destination:
                source.backup(destination)
            destination.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise StoreError(f"cannot write the backup {target}: {exc}") from None
    return target


def check_backup(path: Path) -> list[int]:
    """The schema versions a backup file holds, after verifying it; one-line errors for
    anything that is not a sound coach database this coach can read."""
    if not path.is_file():
        raise UsageError(f"{path} does not exist")
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        raise UsageError(f"{path} cannot be opened as a database; nothing was restored") from None
    try:
        try:
            problem = _integrity(conn)
        except sqlite3.DatabaseError:
            raise UsageError(f"{path} is not a coach backup (not a database); nothing was restored") from None
        if problem:
            raise UsageError(f"{path} is damaged ({problem}); nothing was restored")
        try:
            versions = [row[0] for row in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
        except sqlite3.Error:
            raise UsageError(f"{path} is not a coach backup (no coach database in it); nothing was restored") from None
        known = {version for version, _, _ in MIGRATIONS}
        if not versions or not set(versions) <= known:
            raise UsageError(f"{path} was made by a newer or unknown coach (schema {versions}); nothing was restored")
        foreign = _foreign_code(conn, versions)
        if foreign:
            raise UsageError(
                f"{path} holds triggers or views coach did not create ({', '.join(foreign)}); nothing was restored"
            )
    finally:
        conn.close()
    return versions


def restore(db: Database, source: Path) -> Path | None:
    """Replace the database with `source`, once verified; the current one is kept beside it
    first. Returns where the previous database was kept (None if there was none). The
    restored database starts a new index generation, so the search index is rebuilt."""
    source = source.expanduser()
    check_backup(source)
    kept: Path | None = None
    if db.path.exists():
        kept = db.path.with_name(f"{db.path.name}.before-restore-{datetime.now():%Y%m%d-%H%M%S}")
        backup(db, kept)
    db.path.parent.mkdir(parents=True, exist_ok=True)
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        dst = sqlite3.connect(db.path)
        with dst:
            src.backup(dst)
        src.close()
        dst.close()
    except sqlite3.Error as exc:
        if kept is not None:
            shutil.copyfile(kept, db.path)
        raise StoreError(f"restore failed ({exc}); the previous database is unchanged") from None
    restored = Database(db.path)
    restored.schema_versions()  # bring an older backup up to the current schema
    with restored.transaction() as conn:
        conn.execute("UPDATE meta SET value = lower(hex(randomblob(8))) WHERE key = 'index_generation'")
    return kept


def _integrity(conn: sqlite3.Connection) -> str | None:
    """None when SQLite's integrity check passes; else its first complaint."""
    result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    return None if result == "ok" else str(result)


def _foreign_code(conn: sqlite3.Connection, versions: list[int]) -> list[str]:
    """Triggers and views in the file that coach's migrations up to `versions` do not make."""
    reference = sqlite3.connect(":memory:")
    try:
        for version, _, sql in MIGRATIONS:
            if version in versions:
                for statement in split_statements(sql):
                    reference.execute(statement)
        expected = _code(reference)
    finally:
        reference.close()
    found = _code(conn)
    return sorted(name for name, sql in found.items() if expected.get(name) != sql)


def _code(conn: sqlite3.Connection) -> dict[str, str]:
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')")
    return {f"{kind} {name}": " ".join(re.findall(r"\S+", sql or "")) for kind, name, sql in rows}
