"""Reading a rehearsal transcript for `coach debrief`: `Manager:` / `Report:` lines (the user
leads, unless the persona plays the manager) or `You:` / `Them:` lines."""

from __future__ import annotations

import re

from coach.core.errors import UsageError

_LINE = re.compile(r"^\s*(manager|report|you|them|me)\s*:\s*(.*)$", re.IGNORECASE)


def parse_rehearsal(text: str, *, user_is: str = "manager") -> list[tuple[str, str]]:
    """(speaker, text) pairs with speaker "user" or "them"; a line without a label continues
    the previous one. `user_is` is manager or report (for Manager/Report transcripts)."""
    lines: list[tuple[str, str]] = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        match = _LINE.match(raw)
        if match:
            label = match.group(1).lower()
            speaker = "user" if label in ("you", "me", user_is) else "them"
            lines.append((speaker, match.group(2).strip()))
        elif lines:
            lines[-1] = (lines[-1][0], f"{lines[-1][1]} {raw.strip()}")
    if not any(who == "user" for who, _ in lines) or not any(who == "them" for who, _ in lines):
        raise UsageError(
            "a rehearsal transcript needs lines from both sides: `Manager:` and `Report:`, or `You:` and `Them:`"
        )
    return lines
