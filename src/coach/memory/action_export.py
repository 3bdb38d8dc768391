"""Action items out of coach: when each is due (overdue, due soon), an iCalendar file of
all-day events on the due dates, and a Markdown checklist.

The calendar file is meant to be exported again and again to the same place: each item
keeps its UID, and each export has a higher SEQUENCE, so a calendar that imports it again
updates the events in place instead of adding copies (RFC 5545, 3.8.7.4).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Literal

from coach.memory.models import TrackedAction

Timing = Literal["overdue", "due soon", "later", "no date", "done"]
DUE_SOON_DAYS = 7
"""Open items due within this many days are "due soon"."""
_SEQUENCE_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
_FOLD_AT = 75  # octets per line, before the CRLF


def timing(action: TrackedAction, today: date, soon_days: int = DUE_SOON_DAYS) -> Timing:
    if action.status == "done":
        return "done"
    if not action.due:
        return "no date"
    due = date.fromisoformat(action.due)
    if due < today:
        return "overdue"
    return "due soon" if due <= today + timedelta(days=soon_days) else "later"


def due_label(action: TrackedAction, today: date) -> str:
    """ " (due 2026-11-20, overdue)", " (due 2026-12-01)", or "" with no date."""
    if not action.due:
        return ""
    flag = ", overdue" if timing(action, today) == "overdue" else ""
    return f" (due {action.due}{flag})"


def due_or_overdue(
    actions: Sequence[TrackedAction], today: date, soon_days: int = DUE_SOON_DAYS
) -> list[TrackedAction]:
    """Open items overdue or due within `soon_days`, the earliest first."""
    wanted = [a for a in actions if timing(a, today, soon_days) in ("overdue", "due soon")]
    return sorted(wanted, key=lambda a: (a.due or "", a.id))


def checklist(actions: Sequence[TrackedAction], today: date) -> str:
    """A Markdown task list: `- [ ] Sam: send the plan (due 2026-12-01)`, done items ticked."""
    lines = ["# Action items", "", f"Exported by coach on {today.isoformat()}.", ""]
    for action in sorted(actions, key=lambda a: (a.status == "done", a.due or "9999", a.id)):
        tick = "x" if action.status == "done" else " "
        about = f" (about {action.person})" if action.person and action.person != action.owner else ""
        task = " ".join(action.task.split())
        lines.append(f"- [{tick}] {action.owner}: {task}{due_label(action, today)}{about}")
    if not actions:
        lines.append("No action items.")
    return "\n".join(lines) + "\n"


def calendar(actions: Sequence[TrackedAction], *, uid_domain: str, now: datetime) -> str:
    """An iCalendar file: one all-day event per item with a due date (items without one
    cannot be placed and are left out). Done items stay in, marked done, so that an event
    already imported is updated rather than left behind."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    sequence = max(0, int((now - _SEQUENCE_EPOCH).total_seconds() // 60))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//coach//action items//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:coach action items",
    ]
    for action in sorted((a for a in actions if a.due), key=lambda a: (a.due or "", a.id)):
        day = date.fromisoformat(action.due or "")
        done = action.status == "done"
        summary = f"{'Done: ' if done else ''}{action.owner}: {' '.join(action.task.split())}"
        about = f"About {action.person}. " if action.person else ""
        lines += [
            "BEGIN:VEVENT",
            f"UID:coach-action-{action.id}@{uid_domain}",
            f"DTSTAMP:{stamp}",
            f"SEQUENCE:{sequence}",
            f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(day + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_escape(summary)}",
            f"DESCRIPTION:{_escape(f'{about}Action item {action.id} in coach (coach actions done {action.id}).')}",
            "TRANSP:TRANSPARENT",
            f"STATUS:{'CANCELLED' if done else 'CONFIRMED'}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _escape(text: str) -> str:
    """TEXT values (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, one line."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return " ".join(text.replace("\r", " ").replace("\n", " ").split())


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space, never inside
    a UTF-8 character."""
    out: list[bytes] = []
    current = b""
    for char in line:
        encoded = char.encode("utf-8")
        limit = _FOLD_AT if not out else _FOLD_AT - 1
        if len(current) + len(encoded) > limit:
            out.append(current)
            current = b""
        current += encoded
    out.append(current)
    return "\r\n ".join(part.decode("utf-8") for part in out)
