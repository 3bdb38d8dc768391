"""Importing notes (Markdown or text files, one note a file, or a folder of them) and OKRs
(a CSV). Everything is checked before anything is written: one bad file imports nothing."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from coach.core.errors import UsageError
from coach.core.textfiles import decode_text
from coach.memory.models import KeyResultSpec, check_note_text, parse_date, parse_target
from coach.store.memory import MemoryStore

NOTE_SUFFIXES = (".md", ".markdown", ".txt")
OKR_COLUMNS = ("person", "objective", "quarter", "key_result", "target")
_DATED = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    return decode_text(
        data,
        str(path),
        binary="is not a text file; nothing was imported",
        after="; save it as UTF-8; nothing was imported",
    )


def import_notes(
    memory: MemoryStore, path: Path, person: str | None, *, date: str | None = None, kind: str = "note"
) -> int:
    """How many notes were added: all of them in one transaction (an interrupted import
    leaves nothing), and none that is already kept (running it again adds nothing)."""
    path = path.expanduser()
    if path.suffix.lower() == ".csv":
        return import_okrs(memory, path)
    if path.is_symlink():
        raise UsageError(f"{path} is a symbolic link; give the file or folder itself; nothing was imported")
    if path.is_dir():
        candidates = sorted(p for p in path.iterdir() if p.suffix.lower() in NOTE_SUFFIXES)
        links = [p.name for p in candidates if p.is_symlink()]
        if links:  # a link may point anywhere (/etc/passwd), and the note may reach a model's prompt
            raise UsageError(f"{path} holds symbolic links ({', '.join(links[:3])}); nothing was imported")
        files = [p for p in candidates if p.is_file()]
        if not files:
            raise UsageError(f"{path} holds no .md or .txt files")
    elif path.is_file():
        files = [path]
    else:
        raise UsageError(f"{path} does not exist")
    if person:
        memory.person(person)  # unknown person: stop before reading anything
    prepared: list[tuple[str | None, str, str, str, str | None]] = []
    for file in files:
        try:
            text = check_note_text(_read_text(file))
        except UsageError as exc:
            raise UsageError(f"{file.name}: {exc}") from None
        dated = _DATED.match(file.name)
        day = parse_date(date or (dated.group(1) if dated else None))
        prepared.append((person, text, day, kind, str(file)))
    added, _already = memory.add_notes(prepared)
    return len(added)


def import_okrs(memory: MemoryStore, path: Path) -> int:
    """Rows of person, objective, quarter, key_result, target; one row per key result."""
    rows = list(csv.DictReader(io.StringIO(_read_text(path))))
    header = set(rows[0]) if rows else set()
    missing = [c for c in OKR_COLUMNS if c not in header]
    if not rows or missing:
        raise UsageError(
            f"{path.name}: missing column(s) {', '.join(missing or OKR_COLUMNS)}; expected {', '.join(OKR_COLUMNS)}"
        )
    grouped: dict[tuple[str, str, str], list[KeyResultSpec]] = {}
    known: set[str] = set()
    for line, row in enumerate(rows, start=2):
        person, objective, quarter = (
            (row["person"] or "").strip(),
            (row["objective"] or "").strip(),
            (row["quarter"] or "").strip(),
        )
        if not (person and objective and quarter and (row["key_result"] or "").strip()):
            raise UsageError(f"{path.name}: line {line}: person, objective, quarter and key_result are required")
        if person not in known:
            memory.person(person)  # an unknown name stops the import before anything is added
            known.add(person)
        try:
            target, lower = parse_target(row["target"] or "")
        except UsageError as exc:
            raise UsageError(f"{path.name}: line {line}: {exc}") from None
        grouped.setdefault((person, objective, quarter), []).append((row["key_result"].strip(), target, lower))
    return memory.add_okrs([(person, objective, quarter, krs) for (person, objective, quarter), krs in grouped.items()])
