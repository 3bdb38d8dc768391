"""A one-line box that keeps a pasted text whole.

Textual's `Input` keeps only the first line of a paste: a situation copied from a forum post
or an email, three paragraphs long, would arrive as its first sentence and the rest would be
gone without a word. `LineInput` joins the lines with spaces instead."""

from __future__ import annotations

import re

from textual import events
from textual.widgets import Input


def one_line(text: str) -> str:
    """`text` on one line: its lines joined by single spaces, blank ones dropped; a paste of
    one line stays as it is, the space it starts with included ("deadlines" + " [1:1]…")."""
    return re.sub(r"[ \t]*[\r\n]+[ \t]*", " ", text.strip("\r\n"))


class LineInput(Input):
    def _on_paste(self, event: events.Paste) -> None:
        event.stop()
        event.prevent_default()  # Input's own handler would paste the first line again
        if text := one_line(event.text):
            if self.selection.is_empty:
                self.insert_text_at_cursor(text)
            else:
                self.replace(text, *self.selection)
