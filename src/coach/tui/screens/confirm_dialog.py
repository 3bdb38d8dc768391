"""Ask a yes-or-no question (y / n, Enter for yes, Esc for no)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label


class ConfirmDialog(ModalScreen[bool]):
    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes", id="yes"),
        Binding("n,escape", "answer(False)", "No", id="no"),
    ]

    def __init__(self, question: str, yes: str = "yes", no: str = "not now") -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Label(self.question)
            yield Label(f"y / Enter: {self.yes} · n / Esc: {self.no}", classes="hint")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)
