"""Meeting notes or a transcript in, a draft summary out: paste the text (or start from the
current session), give the meeting's date and person, and coach drafts it in a worker."""

from __future__ import annotations

from datetime import date as Date

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, Input, Label, Static, TextArea

from coach.core.errors import CoachError
from coach.tui.messages import Failed, SummaryDrafted
from coach.tui.screens.base import CoachScreen


class MeetingInputScreen(CoachScreen):
    BINDINGS = [Binding("ctrl+s", "draft", "Draft summary"), Binding("escape", "app.pop_screen", "Back")]

    def __init__(self, session_id: str | None = None) -> None:
        super().__init__()
        self.session_id = session_id

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="meeting-input"):
            yield Static("Summarise a meeting", classes="heading")
            yield Label("Paste notes or a transcript (`Name: text` lines, bullets, `- [ ]` items, `Action:` lines):")
            yield TextArea(id="meeting-text", soft_wrap=True, show_line_numbers=True)
            with Horizontal(classes="row"):
                yield Label("Date", classes="field-label")
                yield Input(Date.today().isoformat(), id="meeting-date", placeholder="YYYY-MM-DD")
                yield Label("With", classes="field-label")
                yield Input(id="meeting-person", placeholder="a known person (optional)")
            yield Label("Ctrl+S drafts the summary; nothing is saved until you accept it.", classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Meeting summary"
        self.query_one(TextArea).focus()
        if self.session_id:
            self.from_session(self.session_id)

    @work(thread=True, exclusive=True, group="meeting")
    def from_session(self, session_id: str) -> None:
        try:
            text, day, person, _conversation = self.coach.service.summaries.session_meeting(session_id)
        except CoachError as exc:
            self.post_message(Failed(str(exc), action="summary"))
            return
        self.app.call_from_thread(self._fill, text, day, person)

    def _fill(self, text: str, day: Date, person: str | None) -> None:
        self.query_one(TextArea).text = text
        self.query_one("#meeting-date", Input).value = day.isoformat()
        self.query_one("#meeting-person", Input).value = person or ""

    def action_draft(self) -> None:
        self.draft(
            self.query_one(TextArea).text,
            self.query_one("#meeting-date", Input).value,
            self.query_one("#meeting-person", Input).value.strip() or None,
        )

    @work(exclusive=True, group="draft")
    async def draft(self, text: str, day: str, person: str | None) -> None:
        from coach.summary.dates import parse_meeting_date
        from coach.summary.meeting import read_input

        try:
            meeting_date = parse_meeting_date(day)
            checked = read_input(text.encode("utf-8"), "the text")
            self.notify("Drafting the summary…", timeout=3)
            conversation = None
            if self.session_id:
                conversation = self.coach.service.sessions.view(self.session_id).conversation.id
            result = await self.coach.service.summaries.draft(checked, meeting_date=meeting_date, person=person, conversation=conversation)
        except CoachError as exc:
            self.post_message(Failed(str(exc), action="summary"))
            return
        self.post_message(SummaryDrafted(result))

    def on_summary_drafted(self, message: SummaryDrafted) -> None:
        from coach.tui.screens.summary_editor import SummaryEditorScreen

        for notice in message.draft.notices:
            self.notify(notice, severity="warning", timeout=8)
        self.app.push_screen(SummaryEditorScreen(message.draft))

    def on_failed(self, message: Failed) -> None:
        self.notify(message.message, severity="error", timeout=10)
