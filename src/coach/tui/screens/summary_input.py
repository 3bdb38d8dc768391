"""Meeting notes or a transcript in, a draft summary out: paste the text (or start from the
current session), give the meeting's date and person, and coach drafts it in a worker."""

from __future__ import annotations

import asyncio

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, Input, Label, Static, TextArea

from coach.tui.messages import MeetingLoaded, SummaryDrafted
from coach.tui.screens.base import CoachScreen


class MeetingInputScreen(CoachScreen):
    BINDINGS = [
        Binding("ctrl+s", "draft", "Draft summary", id="draft"),
        Binding("escape", "app.pop_screen", "Back", id="leave"),
    ]

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
                yield Input(id="meeting-date", placeholder="YYYY-MM-DD")
                yield Label("With", classes="field-label")
                yield Input(id="meeting-person", placeholder="a known person (optional)")
            yield Label(
                "Ctrl+S drafts the summary; nothing is saved until you accept it. With no date, the one the notes "
                "give, else today.",
                classes="hint",
            )
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Meeting summary"
        self.query_one(TextArea).focus()
        if self.session_id:
            self.from_session(self.session_id)

    @work(thread=True, exclusive=True, group="summary", exit_on_error=False)
    def from_session(self, session_id: str) -> None:
        text, day, person, _conversation = self.service.summaries.session_meeting(session_id)
        self.post_message(MeetingLoaded(text, day.isoformat(), person))

    def on_meeting_loaded(self, message: MeetingLoaded) -> None:
        self.query_one(TextArea).text = message.text
        self.query_one("#meeting-date", Input).value = message.day
        self.query_one("#meeting-person", Input).value = message.person or ""

    def action_draft(self) -> None:
        self.draft(
            self.query_one(TextArea).text,
            self.query_one("#meeting-date", Input).value,
            self.query_one("#meeting-person", Input).value.strip() or None,
        )

    @work(exclusive=True, group="summary", exit_on_error=False)
    async def draft(self, text: str, day: str, person: str | None) -> None:
        summaries = self.service.summaries
        checked, meeting_date = await asyncio.to_thread(summaries.check_pasted, text, day)
        self.notify("Drafting the summary…", timeout=3)
        conversation = None
        if self.session_id:
            conversation = (await asyncio.to_thread(self.service.sessions.view, self.session_id)).conversation.id
        result = await summaries.draft(checked, meeting_date=meeting_date, person=person, conversation=conversation)
        self.post_message(SummaryDrafted(result))

    def on_summary_drafted(self, message: SummaryDrafted) -> None:
        from coach.tui.screens.summary_editor import SummaryEditorScreen

        for notice in message.draft.notices:
            self.notify(notice, severity="warning", timeout=8)
        self.app.push_screen(SummaryEditorScreen(message.draft))
