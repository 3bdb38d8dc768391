"""Markdown tables in notes, read as the lines of notes they stand for, each row on its own
line so that line numbers stay those of the file.

Action items kept as a table, as Notion and Confluence notes keep them:

    | Action | Owner | Due |
    |---|---|---|
    | Send retention analysis | Sam Patel | Friday |

Each row becomes an `Action:` line ("Action: Sam Patel to send retention analysis by
Friday"), so the rest of the reader treats it as any action line.

Minutes kept as a table of topics, as Google Meet's and Confluence's meeting notes keep them:

    | Topic | Discussion | Notes |
    |---|---|---|
    | Summit access | Terence updated Elaine on the summit. | Terence to send details by Monday. |

Each row becomes a point of the notes made of its cells' sentences ("- Terence updated
Elaine on the summit. Terence to send details by Monday."), the topic's name left out: it
is a heading, not something said.
Any other table (an attendee list, a schedule) is left as it is."""

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
_TOPIC = frozenset(["topic", "topics", "discussion point", "agenda item", "item", "subject", "agenda", "section"])
_NOTES = re.compile(r"\b(?:notes?|discussion|details|outcomes?|decisions?|summary|comments?|actions?)\b")
"""A column of what was said or decided: "Discussion", "Notes", "Actions: Responsible / Note"."""
_MARKUP = re.compile(r"<br\s*/?>|</?p>", re.I)
"""HTML a saved page leaves in a cell (its entities are read before the tables)."""
_DONE = re.compile(r"\b(?:done|closed|complete(?:d)?|finished|resolved|cancel+ed|dropped)\b|✅|✔|\[x\]", re.I)
"""A row whose status says it is finished is last time's, not this meeting's."""


def _cells(line: str) -> list[str] | None:
    match = TABLE_ROW.match(line)
    return [cell.strip() for cell in match.group("cells").split("|")] if match else None


Columns = tuple[int, int, int | None, int | None]
"""Where a table keeps the task, the owner, the due date and the status (the last two may
be missing)."""


def _names(header: list[str]) -> list[str]:
    return [re.sub(r"[*_`]", "", cell).strip().lower() for cell in header]


def _columns(header: list[str]) -> Columns | None:
    names = _names(header)

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


def _said_columns(header: list[str]) -> list[int] | None:
    """The columns of a table of topics that hold what was said: every column but the
    topic's, when the first names a topic and another holds notes; None for other tables."""
    names = _names(header)
    if len(names) < 2 or names[0] not in _TOPIC or not any(_NOTES.search(name) for name in names[1:]):
        return None
    return list(range(1, len(names)))


def _said_line(row: list[str], columns: list[int]) -> str:
    cells = [" ".join(_MARKUP.sub(" ", row[i]).split()) for i in columns if i < len(row)]
    cells = [cell for cell in cells if cell and cell.upper() not in ("N/A", "-", "—", "TBD")]
    said = " ".join(cell if cell.endswith((".", "!", "?", ":")) else f"{cell}." for cell in cells)
    return f"- {said}" if said else ""  # a point of its own: the next row does not go on with it


def read_tables(lines: list[str]) -> list[str] | None:
    """The lines with each action table's rows as `Action:` lines and each table of topics'
    rows as what was said (their header and rule left empty), or None when there is neither."""
    out = list(lines)
    found = False
    index = 0
    while index < len(lines) - 1:
        header = _cells(lines[index])
        ruled = header is not None and _RULE.match(lines[index + 1])
        columns = _columns(header) if header is not None and ruled else None
        said = _said_columns(header) if header is not None and ruled and columns is None else None
        if columns is None and said is None:
            index += 1
            continue
        found = True
        out[index] = out[index + 1] = ""
        index += 2
        while index < len(lines) and (row := _cells(lines[index])) is not None:
            out[index] = _action_line(row, columns) if columns is not None else _said_line(row, said or [])
            index += 1
    return out if found else None
