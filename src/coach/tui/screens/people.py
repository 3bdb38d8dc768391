"""The people screen: everyone coach knows, one person's open action items, OKRs with their
history and recent notes, and the changes a manager makes between meetings: add a person,
a note or an OKR; mark an action done; edit or delete an action or a note (with undo)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date as Date

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Footer, Header, Label

from coach.core.terminal import clean
from coach.memory.action_export import due_label
from coach.memory.models import Note, TrackedAction, parse_key_result
from coach.tui.messages import PeopleListed, PersonChanged, ProfileReady
from coach.tui.screens.base import CoachScreen
from coach.tui.screens.form_dialog import FormDialog, FormField
from coach.tui.widgets.plain_markdown import PlainMarkdown

RECENT_NOTES = 10


class PeopleScreen(CoachScreen):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="leave"),
        Binding("a", "add_person", "Add person", id="add-person"),
        Binding("n", "add_note", "Note", id="add-note"),
        Binding("k", "add_okr", "OKR", id="add-okr"),
        Binding("d", "done", "Done", id="mark-done"),
        Binding("e", "edit_item", "Edit", id="edit-item"),
        Binding("delete,x", "delete_item", "Delete", id="delete-item"),
        Binding("u", "undo", "Undo", id="undo"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.person: str | None = None
        self.items: dict[str, TrackedAction | Note] = {}
        self.deleted: TrackedAction | Note | None = None
        """What the last delete removed, to put back on `u`."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="people-body"):
            yield DataTable(id="people", cursor_type="row", zebra_stripes=True)
            with Vertical(id="person-side"):
                with VerticalScroll(id="profile-scroll"):
                    yield PlainMarkdown("Select a person, or press a to add one.", id="profile")
                yield Label("Open action items and recent notes: d done · e edit · x delete · u undo", classes="hint")
                yield DataTable(id="items", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "People"
        self.query_one("#people", DataTable).add_columns("name", "role", "notes", "OKRs", "open")
        self.query_one("#items", DataTable).add_columns("what", "", "text")
        self.query_one("#people", DataTable).focus()
        self.list_people()

    # Reading ----------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="people", exit_on_error=False)
    def list_people(self) -> None:
        rows = [(p.name, p.role or "", n, o, a) for p, n, o, a in self.service.memory.records.people()]
        self.post_message(PeopleListed(rows))

    def on_people_listed(self, message: PeopleListed) -> None:
        table = self.query_one("#people", DataTable)
        table.clear()
        for row in message.rows:
            table.add_row(*(Text(clean(str(cell))) for cell in row), key=row[0])  # never read as markup
        if self.person in {row[0] for row in message.rows}:
            table.move_cursor(row=table.get_row_index(self.person))
        if not message.rows:
            self.query_one("#profile", PlainMarkdown).update("No people yet. Press a to add one.")

    @on(DataTable.RowHighlighted, "#people")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value:
            self.person = event.row_key.value
            self.load_profile(event.row_key.value)

    @work(thread=True, exclusive=True, group="profile", exit_on_error=False)
    def load_profile(self, name: str) -> None:
        records = self.service.memory.records
        items: list[TrackedAction | Note] = [*records.actions(name), *records.notes(name, limit=RECENT_NOTES)]
        self.post_message(ProfileReady(name, self.service.memory.profile(name), items))

    def on_profile_ready(self, message: ProfileReady) -> None:
        if message.name != self.person:
            return
        self.query_one("#profile", PlainMarkdown).update(clean(message.markdown))
        table = self.query_one("#items", DataTable)
        table.clear()
        self.items = {}
        today = Date.today()
        for item in message.items:
            if isinstance(item, TrackedAction):
                key, what, when, text = f"action:{item.id}", "action", due_label(item, today).strip(" ()"), item.task
                text = f"{item.owner}: {text}"
            else:
                key, what, when, text = f"note:{item.id}", item.kind, item.date, item.text
            self.items[key] = item
            table.add_row(Text(what), Text(when), Text(clean(" ".join(text.split()))[:90]), key=key)

    def _selected(self) -> TrackedAction | Note | None:
        table = self.query_one("#items", DataTable)
        if not self.items or table.cursor_row < 0:
            self.notify("Pick an action item or a note in the list first (Tab moves there).", severity="warning")
            return None
        key = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
        return self.items.get(key or "")

    def _need_person(self) -> str | None:
        if self.person is None:
            self.notify("Pick a person first, or press a to add one.", severity="warning")
        return self.person

    # Changing ---------------------------------------------------------------------------
    def action_add_person(self) -> None:
        fields = [
            FormField("name", "Name:", placeholder="e.g. Sam Patel"),
            FormField("role", "Role (optional):", required=False, placeholder="e.g. report, manager, peer"),
        ]
        self.app.push_screen(FormDialog("Add a person", fields), self._person_given)

    def _person_given(self, values: dict[str, str] | None) -> None:
        if values:
            self.change(
                lambda: self.service.memory.add_person(values["name"], values["role"] or None).name,
                "Added",
                person=True,
            )

    def action_add_note(self) -> None:
        if (person := self._need_person()) is None:
            return
        fields = [
            FormField("text", f"A note about {person} (what happened, with the date and the detail):", lines=True)
        ]
        self.ask(f"Note about {person}", fields, lambda v: lambda: self._add_note(person, v["text"]), "Note saved")

    def _warn(self, warning: str | None) -> None:
        """From a worker: what the change could not do (the search index was down)."""
        if warning:
            self.app.call_from_thread(self.notify, warning, severity="warning")

    def _add_note(self, person: str, text: str) -> str:
        note, warning = self.service.memory.add_note(person, text)
        self._warn(warning)
        return f"note {note.id}"

    def action_add_okr(self) -> None:
        if (person := self._need_person()) is None:
            return
        fields = [
            FormField("objective", "Objective:", placeholder="e.g. Keep our customers"),
            FormField("quarter", "Quarter:", placeholder="e.g. 2026-Q4"),
            FormField(
                "key_results",
                'Key results, one per line, "text:target" ("Monthly churn %:<5" when lower is better):',
                lines=True,
                required=False,
            ),
        ]
        self.ask(f"OKR for {person}", fields, lambda v: lambda: self._add_okr(person, v), "OKR added")

    def _add_okr(self, person: str, values: dict[str, str]) -> str:
        specs = [parse_key_result(line) for line in values["key_results"].splitlines() if line.strip()]
        okr = self.service.memory.records.add_okr(person, values["objective"], values["quarter"], specs)
        return f"OKR {okr.id} with {len(okr.key_results)} key results"

    def action_done(self) -> None:
        item = self._selected()
        if isinstance(item, TrackedAction):
            self.change(lambda: f"[{self.service.memory.records.complete_action(item.id).id}] {item.task}", "Done")
        elif item is not None:
            self.notify("Only an action item can be marked done.", severity="warning")

    def action_edit_item(self) -> None:
        item = self._selected()
        if item is None:
            return
        if isinstance(item, TrackedAction):
            fields = [
                FormField("task", "Task:", item.task),
                FormField("owner", "Owner:", item.owner),
                FormField("due", "Due (YYYY-MM-DD, or empty):", item.due or "", required=False),
            ]
            self.ask(f"Action item {item.id}", fields, lambda v: lambda: self._edit_action(item.id, v), "Changed")
        else:
            fields = [FormField("text", f"Note of {item.date}:", item.text, lines=True)]
            self.ask(f"Note {item.id}", fields, lambda v: lambda: self._edit_note(item.id, v["text"]), "Changed")

    def _edit_action(self, action_id: int, values: dict[str, str]) -> str:
        records = self.service.memory.records
        return records.edit_action(
            action_id, task=values["task"], owner=values["owner"], due=values["due"] or "none"
        ).task

    def _edit_note(self, note_id: int, text: str) -> str:
        note, warning = self.service.memory.edit_note(note_id, text)
        self._warn(warning)
        return f"note {note.id}"

    def action_delete_item(self) -> None:
        item = self._selected()
        if item is None:
            return
        self.deleted = item
        self.change(lambda: self._delete(item), "Deleted", undo=True)

    def _delete(self, item: TrackedAction | Note) -> str:
        if isinstance(item, TrackedAction):
            return f"action item {self.service.memory.records.delete_action(item.id).id}"
        note, warning = self.service.memory.delete_note(item.id)
        self._warn(warning)
        return f"note {note.id}"

    def action_undo(self) -> None:
        item, self.deleted = self.deleted, None
        if item is None:
            self.notify("Nothing to undo.", severity="warning")
            return
        if isinstance(item, TrackedAction):
            records = self.service.memory.records

            def put_back() -> str:
                again = records.add_action(
                    item.person,
                    item.owner,
                    item.task,
                    due=item.due,
                    source_note_id=item.source_note_id,
                    source_session_id=item.source_session_id,
                )
                if item.status == "done":
                    records.complete_action(again.id)
                return f"action item {again.id}"

            self.change(put_back, "Put back")
        else:
            self.change(
                lambda: (
                    f"note {self.service.memory.add_note(item.person, item.text, date=item.date, kind=item.kind)[0].id}"
                ),
                "Put back",
            )

    def ask(
        self, title: str, fields: list[FormField], make: Callable[[dict[str, str]], Callable[[], str]], done: str
    ) -> None:
        """A form; once it is saved, the change `make` builds from its values."""

        def answered(values: dict[str, str] | None) -> None:
            if values:
                self.change(make(values), done)

        self.app.push_screen(FormDialog(title, fields), answered)

    @work(thread=True, exclusive=False, group="change", exit_on_error=False)
    def change(self, do: Callable[[], str], done: str, undo: bool = False, person: bool = False) -> None:
        """One change, off the UI thread; the lists are read again after it. `person`: what
        `do` returns is a person's name, to show next."""
        what = do()
        text = f"{done}: {what}." + (" Press u to undo." if undo else "")
        self.post_message(PersonChanged(text, what if person else None))

    def on_person_changed(self, message: PersonChanged) -> None:
        self.notify(message.text, timeout=8)
        if message.person:
            self.person = message.person
        self.list_people()
        if self.person:
            self.load_profile(self.person)
