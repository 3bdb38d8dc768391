"""Writing Markdown where the user asked: a file, a folder (with the default file name),
or the default place in the exports folder. An existing file is never overwritten and a
symbolic link never followed; an unwritable path is one line."""

from __future__ import annotations

import os
from pathlib import Path

from coach.core.errors import UsageError

MAX_NUMBERED = 999


def write_markdown(text: str, path: Path | str | None, default: Path) -> Path:
    """Write `text` and return where. `path` may be a file (which must not exist yet), a
    folder (existing, or named with a trailing slash: then it is created), or None for
    `default`. In a folder, a name already taken gets a number: `2026-11-26-summary-2.md`."""
    raw = str(path) if path is not None else ""
    target = Path(raw).expanduser() if raw else default
    folder_given = raw.endswith(("/", os.sep)) or target.is_dir()
    if path is None or folder_given:
        folder = target if folder_given else target.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot create the folder {folder}: {exc.strerror or exc}") from None
        for number in range(1, MAX_NUMBERED + 1):
            suffix = "" if number == 1 else f"-{number}"
            candidate = folder / f"{default.stem}{suffix}{default.suffix}"
            if not candidate.exists() and not candidate.is_symlink() and _write_new(candidate, text):
                return candidate
        raise UsageError(f"{folder} already holds {MAX_NUMBERED} exports named {default.name}; choose another folder")
    if target.is_symlink():
        raise UsageError(f"{target} is a symbolic link; nothing was written (give a plain file name)")
    if target.exists():
        raise UsageError(f"{target} already exists; nothing was overwritten (choose a new name or a folder)")
    if not _write_new(target, text):
        raise UsageError(f"{target} already exists; nothing was overwritten (choose a new name or a folder)")
    return target


def replace_file(text: str, path: Path | str | None, default: Path) -> Path:
    """Write `text` to `path` (a file, or a folder for `default`'s name), replacing what is
    there: for a file meant to be exported again to the same place (a calendar). Written
    beside it first, then moved over it; never through a symbolic link; private (0600)."""
    raw = str(path) if path is not None else ""
    target = Path(raw).expanduser() if raw else default
    if raw.endswith(("/", os.sep)) or target.is_dir():
        target = target / default.name
    if target.is_symlink():
        raise UsageError(f"{target} is a symbolic link; nothing was written (give a plain file name)")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create the folder {target.parent}: {exc.strerror or exc}") from None
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temporary.unlink(missing_ok=True)
        if not _write_new(temporary, text):
            raise UsageError(f"cannot write {target}: a temporary file is in the way")
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from None
    return target


def _write_new(target: Path, text: str) -> bool:
    """Create `target` and write it; False when it appeared meanwhile. Never follows a link."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        return False
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return True
