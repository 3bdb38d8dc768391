"""The side panel's "From your notes": past notes about the person that bear on the
current question, cited by date."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from coach.app.views import Hit
from coach.core.terminal import clean
from coach.core.text import plain_text

MAX_CHARS = 160


class NotesPanel(Static):
    def show(self, hits: list[Hit], warning: str | None = None) -> None:
        self.display = bool(hits or warning)
        text = Text()
        text.append("From your notes\n", style="bold")
        if warning:
            text.append("(word matches only: the index is unavailable)\n", style="dim")
        for hit in hits:
            flat = plain_text(hit.note.text)
            short = flat if len(flat) <= MAX_CHARS else flat[: MAX_CHARS - 1] + "…"
            text.append(f"\n{hit.note.date} ", style="bold")
            text.append(f"({hit.note.kind} {hit.note.id})\n", style="dim")
            text.append(clean(short) + "\n")
        self.update(text)
