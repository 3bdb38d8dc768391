"""Backup and restore of the whole database with SQLite's online backup API (a consistent
copy even while coach is running in WAL mode)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from coach.core.errors import StoreError, UsageError
from coach.store.database import Database
from coach.store.migrations import MIGRATIONS


def backup(db: Database, target: Path) -> Path:
    target = target.expanduser()
    if target.exists():
        raise UsageError(f"{target} already exists; choose a new file name")
    db.schema_versions()  # opens (and migrates) the database, so the copy is complete
    try:
        source = sqlite3.connect(db.path)
        destination = sqlite3.connect(target)
        with destination:
            source.backup(destination)
        source.close()
        destination.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise StoreError(f"cannot write the backup {target}: {exc}") from None
    return target


def check_backup(path: Path) -> list[int]:
    """The schema versions a backup file holds; one-line errors for anything else."""
    if not path.is_file():
        raise UsageError(f"{path} does not exist")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            versions = [row[0] for row in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
        finally:
            conn.close()
    except sqlite3.Error:
        raise UsageError(f"{path} is not a coach backup (no readable coach database in it)") from None
    known = {version for version, _, _ in MIGRATIONS}
    if not versions or not set(versions) <= known:
        raise UsageError(f"{path} was made by a newer or unknown coach (schema {versions}); nothing was restored")
    return versions


def restore(db: Database, source: Path) -> Path | None:
    """Replace the database with `source`; the current one is kept beside it first.
    Returns where the previous database was kept (None if there was none)."""
    source = source.expanduser()
    check_backup(source)
    kept: Path | None = None
    if db.path.exists():
        kept = db.path.with_name(f"{db.path.name}.before-restore-{datetime.now():%Y%m%d-%H%M%S}")
        backup(db, kept)
    db.path.parent.mkdir(parents=True, exist_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(db.path)
        with dst:
            src.backup(dst)
        src.close()
        dst.close()
    except sqlite3.Error as exc:
        if kept is not None:
            shutil.copyfile(kept, db.path)
        raise StoreError(f"restore failed ({exc}); the previous database is unchanged") from None
    Database(db.path).schema_versions()  # bring an older backup up to the current schema
    return kept
