"""The conversation screen: transcript, answer box, and the questions with coverage marks.
Every turn is saved by the service before it appears here."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, Static

from coach.errors import CoachError
from coach.services import SessionView
from coach.tui.messages import Failed, SessionChanged, SessionReady
from coach.tui.screens.base import CoachScreen
from coach.tui.widgets.answer_input import AnswerInput
from coach.tui.widgets.question_panel import QuestionPanel
from coach.tui.widgets.transcript import Transcript


class ConversationScreen(CoachScreen):
    BINDINGS = [
        Binding("f2", "skip", "Skip"),
        Binding("f3", "back", "Back"),
        Binding("f4", "why", "Why?"),
        Binding("f5", "finish", "Finish"),
        Binding("escape", "home", "Home"),
    ]

    def __init__(self, session_id: str, view: SessionView | None = None) -> None:
        super().__init__()
        self.session_id = session_id
        self.view: SessionView | None = None
        self._initial = view
        self._busy = False


    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="main"):
                yield Transcript(id="transcript")
                yield AnswerInput(id="answer", soft_wrap=True, show_line_numbers=False)
                yield Static("", id="status")
            yield QuestionPanel(id="questions")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#answer", AnswerInput).focus()
        if self._initial is not None:
            self._show(self._initial, self._initial.turns)
        else:
            self.load()

    @work(thread=True, exclusive=True, group="session")
    def load(self) -> None:
        try:
            self.post_message(SessionReady(self.coach.service.view(self.session_id)))
        except CoachError as exc:
            self.post_message(Failed(str(exc), action="load"))

    def on_session_ready(self, message: SessionReady) -> None:
        self._show(message.view, message.view.turns)

    def _show(self, view: SessionView, turns: list) -> None:
        self.view = view
        who = f" · with {view.state.person}" if view.state.person else ""
        self.sub_title = f"{view.conversation.title} · {view.state.role}{who}"
        self.query_one(Transcript).add_turns(turns, view.state)
        self.query_one(QuestionPanel).show(view.conversation, view.state)
        self._status("saved")
        if view.finished:
            self.coach.show_brief(view.id)

    def _status(self, what: str) -> None:
        mode = self.coach.mode_label
        self.query_one("#status", Static).update(f"{mode} · session {self.session_id} · {what}")

    # Sending --------------------------------------------------------------------------
    @on(AnswerInput.Submitted)
    def _submitted(self, event: AnswerInput.Submitted) -> None:
        if not event.text.strip():
            self.notify("Type an answer first, or press F2 to skip.", severity="warning")
            return
        self._run(lambda: self.coach.service.send(self.session_id, event.text), sent=event.text)

    def action_skip(self) -> None:
        self._run(lambda: self.coach.service.act(self.session_id, "skip"))

    def action_back(self) -> None:
        self._run(lambda: self.coach.service.act(self.session_id, "back"))

    def action_why(self) -> None:
        self._run(lambda: self.coach.service.act(self.session_id, "why"))

    def action_finish(self) -> None:
        self._run(lambda: self.coach.service.act(self.session_id, "finish"))

    def action_home(self) -> None:
        self.coach.go_home()

    def _run(self, call, sent: str | None = None) -> None:  # type: ignore[no-untyped-def]
        if self._busy:
            return
        self._busy = True
        self._status("saving…")
        self._call(call, sent)

    @work(thread=True, exclusive=True, group="session")
    def _call(self, call, sent: str | None) -> None:  # type: ignore[no-untyped-def]
        try:
            self.post_message(SessionChanged(call(), sent))
        except CoachError as exc:
            self.post_message(Failed(str(exc), action="send"))

    def on_session_changed(self, message: SessionChanged) -> None:
        self._busy = False
        answer = self.query_one("#answer", AnswerInput)
        if message.sent is not None and answer.text == message.sent:
            answer.clear()  # only now that the turn is saved
        self._show(message.view, message.view.new_turns)

    def on_failed(self, message: Failed) -> None:
        self._busy = False
        self._status("not saved")
        self.notify(message.message, severity="error", timeout=10)
