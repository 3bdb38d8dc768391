"""The people screen: everyone coach knows, and one person's open action items, OKRs with
their history, and recent notes."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Footer, Header, Markdown

from coach.core.errors import CoachError
from coach.tui.messages import Failed
from coach.tui.screens.base import CoachScreen


class PeopleListed(Message):
    def __init__(self, rows: list[tuple[str, str, int, int, int]]) -> None:
        super().__init__()
        self.rows = rows


class ProfileReady(Message):
    def __init__(self, name: str, markdown: str) -> None:
        super().__init__()
        self.name = name
        self.markdown = markdown


class PeopleScreen(CoachScreen):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="people-body"):
            yield DataTable(id="people", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="profile-scroll"):
                yield Markdown("Select a person.", id="profile")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "People"
        self.query_one(DataTable).add_columns("name", "role", "notes", "OKRs", "open")
        self.query_one(DataTable).focus()
        self.list_people()

    @work(thread=True, exclusive=True, group="people")
    def list_people(self) -> None:
        try:
            rows = [(p.name, p.role or "", n, o, a) for p, n, o, a in self.coach.service.memory.records.people()]
            self.post_message(PeopleListed(rows))
        except CoachError as exc:
            self.post_message(Failed(str(exc), action="people"))

    def on_people_listed(self, message: PeopleListed) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for row in message.rows:
            table.add_row(*row, key=row[0])
        if not message.rows:
            self.query_one("#profile", Markdown).update("No people yet. Add one with `coach people add NAME`.")

    @on(DataTable.RowHighlighted, "#people")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value:
            self.load_profile(event.row_key.value)

    @work(thread=True, exclusive=True, group="profile")
    def load_profile(self, name: str) -> None:
        from coach.app.memory_context import person_profile

        try:
            self.post_message(ProfileReady(name, person_profile(self.coach.service.memory.records, name)))
        except CoachError as exc:
            self.post_message(Failed(str(exc), action="profile"))

    def on_profile_ready(self, message: ProfileReady) -> None:
        self.query_one("#profile", Markdown).update(message.markdown)

    def on_failed(self, message: Failed) -> None:
        self.notify(message.message, severity="error", timeout=10)
