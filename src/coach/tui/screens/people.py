"""The people screen: everyone coach knows, and one person's open action items, OKRs with
their history, and recent notes."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Footer, Header, Markdown

from coach.core.terminal import clean
from coach.tui.messages import PeopleListed, ProfileReady
from coach.tui.screens.base import CoachScreen


class PeopleScreen(CoachScreen):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="leave")]

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

    @work(thread=True, exclusive=True, group="people", exit_on_error=False)
    def list_people(self) -> None:
        rows = [(p.name, p.role or "", n, o, a) for p, n, o, a in self.service.memory.records.people()]
        self.post_message(PeopleListed(rows))

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

    @work(thread=True, exclusive=True, group="profile", exit_on_error=False)
    def load_profile(self, name: str) -> None:
        self.post_message(ProfileReady(name, self.service.memory.profile(name)))

    def on_profile_ready(self, message: ProfileReady) -> None:
        self.query_one("#profile", Markdown).update(clean(message.markdown))
