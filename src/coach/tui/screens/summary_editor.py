"""The draft summary, item by item: accept or remove each (space), edit it (enter), and
save what was kept (ctrl+s). Items not supported by the meeting start removed, marked ⚠."""

from __future__ import annotations

from datetime import date as Date
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Header, Input, Label, ListItem, ListView, Select, Static

from coach.app.summaries import SavedSummary, SummaryDraft
from coach.core.terminal import clean
from coach.core.text import counted
from coach.summary.editing import EditableItem, accepted_summary, editable_items
from coach.summary.models import ActionItem, MeetingSummary, OKRUpdate
from coach.summary.render import STATUS_LABELS
from coach.tui.messages import Exported, Failed, GoHome, KeyResultsUpdated, SummarySaved
from coach.tui.screens.base import CoachScreen
from coach.tui.widgets.line_input import LineInput


class ItemRow(ListItem):
    def __init__(self, item: EditableItem) -> None:
        super().__init__(Label(Text(clean(item.label)), classes="item-label"))
        self.item = item
        self.set_class(not item.kept, "removed")

    def refresh_label(self) -> None:
        self.query_one(Label).update(Text(clean(self.item.label)))
        self.set_class(not self.item.kept, "removed")


class ItemDialog(ModalScreen[EditableItem | None]):
    """Edit one item: owner, task and due date of an action; objective and status of an OKR
    update; the text of anything else. A due date that is not a date is refused in place."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def __init__(self, item: EditableItem) -> None:
        super().__init__()
        self.item = item

    def compose(self) -> ComposeResult:
        value = self.item.value
        with Vertical(id="item-dialog"):
            if isinstance(value, ActionItem):
                yield Label("Owner")
                yield Input(value.owner or "", id="owner", placeholder="who does it")
                yield Label("Task")
                yield LineInput(value.task, id="task")
                yield Label("Due (YYYY-MM-DD, empty for none)")
                yield Input(value.due.isoformat() if value.due else "", id="due")
            elif isinstance(value, OKRUpdate):
                yield Label("Objective")
                yield LineInput(value.objective, id="objective")
                yield Label("Status")
                yield Select(
                    [(label, key) for key, label in STATUS_LABELS.items()],
                    value=value.status,
                    allow_blank=False,
                    id="status",
                )
            else:
                yield Label("Text")
                yield LineInput(value, id="text")
            yield Label("", id="item-error", classes="error")
            yield Label("Enter to keep the change · Esc to cancel", classes="hint")

    def on_mount(self) -> None:
        self.query(Input).first().focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        value = self.item.value
        try:
            if isinstance(value, ActionItem):
                task = self.query_one("#task", Input).value.strip()
                due_text = self.query_one("#due", Input).value.strip()
                if not task:
                    raise ValueError("an action item needs a task")
                due = Date.fromisoformat(due_text) if due_text else None
                owner = self.query_one("#owner", Input).value.strip() or None
                new: ActionItem | OKRUpdate | str = value.model_copy(update={"owner": owner, "task": task, "due": due})
            elif isinstance(value, OKRUpdate):
                objective = self.query_one("#objective", Input).value.strip()
                if not objective:
                    raise ValueError("an OKR update needs its objective")
                new = value.model_copy(
                    update={"objective": objective, "status": self.query_one("#status", Select).value}
                )
            else:
                new = self.query_one("#text", Input).value.strip()
                if not new:
                    raise ValueError("empty text: remove the item instead (space)")
        except ValueError as exc:
            message = str(exc) if "Invalid isoformat" not in str(exc) else "the due date is not a date; use YYYY-MM-DD"
            self.query_one("#item-error", Label).update(Text(clean(message)))
            return
        self.dismiss(EditableItem(self.item.section, new, kept=True))

    def action_cancel(self) -> None:
        self.dismiss(None)


class SummaryEditorScreen(CoachScreen):
    BINDINGS = [
        Binding("space", "keep_or_remove", "Accept/remove", id="keep-or-remove"),
        Binding("enter", "edit", "Edit", show=True, id="edit"),
        Binding("delete,x", "remove", "Remove", show=False, id="remove"),
        Binding("ctrl+s", "save", "Save", id="save"),
        Binding("ctrl+e", "export", "Export…", id="export"),
        Binding("c", "copy", "Copy", id="copy"),
        Binding("escape", "app.pop_screen", "Back", id="leave"),
    ]

    def __init__(self, draft: SummaryDraft) -> None:
        super().__init__()
        self.draft = draft
        self.items = editable_items(draft.summary)
        self.saving = False

    def compose(self) -> ComposeResult:
        summary = self.draft.summary
        yield Header()
        with Vertical(id="summary-editor"):
            yield Static(Text(clean(summary.overview or "Meeting summary")), id="summary-overview")
            with Horizontal(classes="row"):
                how = "with the model" if self.draft.drafted_by == "model" else self.draft.drafted_by
                yield Label(f"{summary.date.isoformat()} · drafted {how}", classes="field-label")
                yield Label("With", classes="field-label")
                yield Input(
                    self.draft.person or "",
                    id="summary-person",
                    placeholder="a known person, whose next conversation opens with the items",
                )
            yield ListView(*(ItemRow(item) for item in self.items), id="summary-items")
            yield Static("", id="item-evidence")
            yield Label(
                "Space accepts or removes · Enter edits · Ctrl+S saves what is kept (✓) · Ctrl+E exports it",
                classes="hint",
            )
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Check the summary"
        self.query_one(ListView).focus()
        if not self.items:
            self.notify("Nothing to keep was found in this meeting.", severity="warning")

    def _row(self) -> ItemRow | None:
        row = self.query_one(ListView).highlighted_child
        return row if isinstance(row, ItemRow) else None

    def action_keep_or_remove(self) -> None:
        if row := self._row():
            row.item.kept = not row.item.kept
            row.refresh_label()

    def action_remove(self) -> None:
        if row := self._row():
            row.item.kept = False
            row.refresh_label()

    def action_edit(self) -> None:
        row = self._row()
        if row is None:
            return

        def edited(item: EditableItem | None) -> None:
            if item is not None:
                row.item.value, row.item.kept, row.item.flagged = item.value, True, None
                row.refresh_label()

        self.app.push_screen(ItemDialog(row.item), edited)

    @on(ListView.Highlighted)
    def _show_evidence(self, event: ListView.Highlighted) -> None:
        row = event.item
        evidence = getattr(row.item.value, "evidence", None) if isinstance(row, ItemRow) else None
        line = getattr(row.item.value, "line", None) if isinstance(row, ItemRow) else None
        where = f" (line {line})" if line else ""
        self.query_one("#item-evidence", Static).update(
            Text(clean(f"From the meeting{where}: “{evidence}”") if evidence else "")
        )

    @on(ListView.Selected)
    def _selected(self) -> None:
        self.action_edit()

    def action_save(self) -> None:
        if self.saving:
            return
        self.saving = True
        self.save(self.query_one("#summary-person", Input).value.strip() or None)

    @work(thread=True, exclusive=True, group="save", exit_on_error=False)
    def save(self, person: str | None) -> None:
        summary = accepted_summary(self.draft.summary, self.items)
        self.post_message(SummarySaved(self.service.summaries.save(summary, person), person))

    def action_copy(self) -> None:
        self.copy(self.service.summaries.markdown(accepted_summary(self.draft.summary, self.items)), "summary")

    def action_export(self) -> None:
        from coach.tui.screens.export_dialog import ExportDialog

        summary = accepted_summary(self.draft.summary, self.items)
        suggestion = self.service.settings.exports_dir / f"{summary.date.isoformat()}-summary.md"

        def chosen(path: Path | None) -> None:
            if path is not None:
                self.export(summary, path)

        self.app.push_screen(ExportDialog(suggestion, "the summary (what is kept)"), chosen)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export(self, summary: MeetingSummary, path: Path) -> None:
        self.post_message(Exported(self.service.summaries.export(summary, path)))

    def on_exported(self, message: Exported) -> None:
        self.notify(f"Saved to {message.path}", title="Summary exported", timeout=8)

    def on_summary_saved(self, message: SummarySaved) -> None:
        count = len(message.saved.actions)
        whose = f" for {message.person}" if message.person else ""
        self.notify(
            f"Saved as summary note {message.saved.note.id}{whose}; {counted(count, 'action item')} tracked.",
            title="Summary saved",
            timeout=8,
        )
        if message.saved.index_warning:
            self.notify(f"{message.saved.index_warning}; it will be indexed later.", severity="warning")
        proposals = message.saved.okr_proposals
        if not proposals:
            self.post_message(GoHome())
            return
        from coach.tui.screens.confirm_dialog import ConfirmDialog

        listed = "\n".join(f"• {clean(p.describe())}" for p in proposals)
        question = f"This meeting updates {len(proposals)} key result(s) of {message.person}:\n{listed}\nUpdate them?"

        def answered(yes: bool | None) -> None:
            if yes:
                self.apply_okr_updates(message.saved, message.person)
            else:
                self.post_message(GoHome())

        self.app.push_screen(ConfirmDialog(question, yes="update them", no="leave the OKRs as they are"), answered)

    @work(thread=True, exclusive=True, group="save", exit_on_error=False)
    def apply_okr_updates(self, saved: SavedSummary, person: str | None) -> None:
        updated = self.service.summaries.apply_okr_updates(saved.okr_proposals, self.draft.summary.date)
        self.post_message(KeyResultsUpdated(len(updated), person))

    def on_key_results_updated(self, message: KeyResultsUpdated) -> None:
        whose = f" of {message.person}" if message.person else ""
        self.notify(f"{message.count} key result(s){whose} updated from this meeting.", title="OKRs updated", timeout=8)
        self.post_message(GoHome())

    def on_failed(self, message: Failed) -> None:
        self.saving = False
