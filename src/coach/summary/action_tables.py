"""Action items kept as a Markdown table, as Notion and Confluence notes keep them:

    | Action | Owner | Due |
    |---|---|---|
    | Send retention analysis | Sam Patel | Friday |

Each row becomes an `Action:` line ("Action: Sam Patel to send retention analysis by
Friday") on the row's own line, so the rest of the reader treats it as any action line and
line numbers stay those of the file. A table without an action and an owner column is left
as it is."""

from __future__ import annotations

import re

_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_TASK = frozenset(["action", "action item", "actions", "task", "tasks", "item", "what", "to do", "todo", "next step"])
_OWNER = frozenset(["owner", "owners", "who", "assignee", "assigned to", "responsible", "person"])
_DUE = frozenset(["due", "due date", "when", "deadline", "by", "date", "by when"])


def _cells(line: str) -> list[str] | None:
    match = _ROW.match(line)
    return [cell.strip() for cell in match.group("cells").split("|")] if match else None


def _columns(header: list[str]) -> tuple[int, int, int | None] | None:
    names = [re.sub(r"[*_`]", "", cell).strip().lower() for cell in header]
    task = next((i for i, name in enumerate(names) if name in _TASK), None)
    owner = next((i for i, name in enumerate(names) if name in _OWNER), None)
    due = next((i for i, name in enumerate(names) if name in _DUE), None)
    return (task, owner, due) if task is not None and owner is not None else None


def _action_line(row: list[str], task: int, owner: int, due: int | None) -> str:
    def cell(index: int | None) -> str:
        return row[index].strip() if index is not None and index < len(row) else ""

    what = cell(task)
    if not what:
        return ""
    what = what[:1].lower() + what[1:] if what[1:2].islower() else what  # "Send…" -> "send…"; "API…" stays
    who, when = cell(owner).lstrip("@"), cell(due)
    said = f"{who} to {what}" if who else what
    return f"Action: {said}" + (f" by {when}" if when else "")


def read_action_tables(lines: list[str]) -> list[str] | None:
    """The lines with each action table's rows as `Action:` lines (its header and rule
    left empty), or None when there is no action table."""
    out = list(lines)
    found = False
    index = 0
    while index < len(lines) - 1:
        header = _cells(lines[index])
        columns = _columns(header) if header is not None and _RULE.match(lines[index + 1]) else None
        if columns is None:
            index += 1
            continue
        found = True
        out[index] = out[index + 1] = ""
        index += 2
        while index < len(lines) and (row := _cells(lines[index])) is not None:
            out[index] = _action_line(row, *columns)
            index += 1
    return out if found else None
