"""Writing Markdown where the user asked: a file, a folder (with the default file name),
or the default place in the exports folder. An unwritable path is one line."""

from __future__ import annotations

from pathlib import Path

from coach.core.errors import UsageError


def write_markdown(text: str, path: Path | None, default: Path) -> Path:
    target = path.expanduser() if path else default
    if target.is_dir():
        target = target / default.name
    try:
        if path is None:
            target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from None
    return target
