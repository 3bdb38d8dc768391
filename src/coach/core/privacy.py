"""coach keeps notes about people: every file it writes is for its user alone."""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_UMASK = 0o077


def private_files() -> None:
    """From now on this process creates files 0600 and folders 0700, whatever the user's
    umask: the database, its WAL, the index, exports, backups and their copies (SQLite and
    Chroma create files of their own, so the mask is set for the whole process)."""
    os.umask(PRIVATE_UMASK)


def exposed(home: Path) -> str | None:
    """A warning when coach's home, or a file or folder directly in it, can be read by
    other users of this machine; None when it is private (or does not exist yet)."""
    try:
        paths = [home, *home.iterdir()] if home.is_dir() else []
    except OSError:
        return None
    for path in paths:
        try:
            mode = stat.S_IMODE(path.lstat().st_mode)
        except OSError:  # SQLite's journal files come and go
            continue
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            break
    else:
        return None
    return (
        f"{path} can be read by other users of this machine (mode {mode:04o}); "
        f"`chmod -R go-rwx {home}` makes coach's data private"
    )
