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

from coach.summary.names import NAMES_APART, TABLE_ROW

_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_TASK = frozenset(
    [
        "action",
        "action item",
        "action items",
        "actions",
        "required action",
        "task",
        "tasks",
        "item",
        "what",
        "to do",
        "todo",
        "next step",
        "next steps",
        "follow-up",
        "follow up",
    ]
)
_OWNER = frozenset(["owner", "owners", "who", "assignee", "assigned to", "responsible", "person", "lead"])
_DUE = frozenset(["due", "due date", "due by", "when", "deadline", "by", "date", "by when", "target", "target date"])
_STATUS = frozenset(["status", "state", "done"])
_DONE = re.compile(r"\b(?:done|closed|complete(?:d)?|finished|resolved|cancel+ed|dropped)\b|✅|✔|\[x\]", re.I)
"""A row whose status says it is finished is last time's, not this meeting's."""


def _cells(line: str) -> list[str] | None:
    match = TABLE_ROW.match(line)
    return [cell.strip() for cell in match.group("cells").split("|")] if match else None


Columns = tuple[int, int, int | None, int | None]
"""Where a table keeps the task, the owner, the due date and the status (the last two may
be missing)."""


def _columns(header: list[str]) -> Columns | None:
    names = [re.sub(r"[*_`]", "", cell).strip().lower() for cell in header]

    def column(known: frozenset[str]) -> int | None:
        return next((i for i, name in enumerate(names) if name in known), None)

    task, owner = column(_TASK), column(_OWNER)
    return (task, owner, column(_DUE), column(_STATUS)) if task is not None and owner is not None else None


def _action_line(row: list[str], columns: Columns) -> str:
    task, owner, due, status = columns

    def cell(index: int | None) -> str:
        return re.sub(r"\*\*|`", "", row[index]).strip() if index is not None and index < len(row) else ""

    what = cell(task)
    if not what or _DONE.search(cell(status)):
        return ""
    what = what[:1].lower() + what[1:] if what[1:2].islower() else what  # "Send…" -> "send…"; "API…" stays
    owners = [o.strip().lstrip("@") for o in NAMES_APART.split(cell(owner)) if o.strip()]
    who, when = " and ".join(owners[:2]), cell(due)  # "Viji / Kanna": both
    said = f"{who} to {what}" if who else what
    return f"Action: {said}" + (f" by {when}" if when and when not in ("-", "—", "TBD", "tbd") else "")


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
            out[index] = _action_line(row, columns)
            index += 1
    return out if found else None
