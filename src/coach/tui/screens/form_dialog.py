"""A small form in a dialog: a few labelled fields (one line, or several for a note),
Ctrl+S to save, Esc to cancel. It returns the values by field name, or None."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, TextArea

from coach.tui.widgets.line_input import LineInput


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    value: str = ""
    lines: bool = False
    """Several lines (a TextArea) rather than one (an Input)."""
    required: bool = True
    placeholder: str = ""


class FormDialog(ModalScreen[dict[str, str] | None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="save"),
        Binding("escape", "cancel", "Cancel", id="cancel"),
    ]

    def __init__(self, title: str, fields: list[FormField]) -> None:
        super().__init__()
        self.title_text = title
        self.fields = fields

    def compose(self) -> ComposeResult:
        with Vertical(id="form-dialog"):
            yield Label(self.title_text, classes="heading")
            for field in self.fields:
                yield Label(field.label)
                if field.lines:
                    yield TextArea(field.value, id=f"field-{field.name}", soft_wrap=True, show_line_numbers=False)
                else:
                    yield LineInput(field.value, placeholder=field.placeholder, id=f"field-{field.name}")
            yield Label("Ctrl+S to save · Esc to cancel", classes="hint")

    def on_mount(self) -> None:
        self.query_one(f"#field-{self.fields[0].name}").focus()

    def values(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for field in self.fields:
            widget = self.query_one(f"#field-{field.name}")
            text = widget.text if isinstance(widget, TextArea) else widget.value if isinstance(widget, Input) else ""
            found[field.name] = text.strip()
        return found

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        values = self.values()
        missing = [f.label.rstrip(":") for f in self.fields if f.required and not values[f.name]]
        if missing:
            self.notify(f"{missing[0]} is needed.", severity="warning")
            return
        self.dismiss(values)

    def action_cancel(self) -> None:
        self.dismiss(None)
