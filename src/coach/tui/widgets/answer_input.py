"""A multi-line answer box: Enter sends, Ctrl+J adds a new line, pastes keep their lines."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import TextArea


class AnswerInput(TextArea):
    BINDINGS = [
        Binding("enter", "submit", "Send", show=True, id="send"),
        Binding("ctrl+j", "newline", "New line", show=True, id="newline"),
    ]

    class Submitted(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.action_submit()
            return
        if event.key == "ctrl+j":
            event.stop()
            event.prevent_default()
            self.action_newline()
            return
        await super()._on_key(event)

    def action_submit(self) -> None:
        self.post_message(self.Submitted(self.text))

    def action_newline(self) -> None:
        self.insert("\n")
