"""The conversation screen: transcript, answer box, and the questions with coverage marks.
A turn appears as saved only after the service has written it; with a model, the coach's
reply streams in first and Esc cancels it."""

from __future__ import annotations

import asyncio
import os
import shlex
import subprocess
import tempfile
import time
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, Static
from textual.worker import Worker, WorkerState

from coach.app.events import TurnSaved
from coach.app.views import SessionView
from coach.core.terminal import clean
from coach.engine.state import Turn
from coach.tui.messages import (
    Failed,
    GoHome,
    NotesFound,
    PersonAdded,
    ReplyChunk,
    ReplyStarted,
    SessionChanged,
    SessionReady,
    ShowBrief,
)
from coach.tui.screens.base import TurnScreen
from coach.tui.widgets.answer_input import AnswerInput
from coach.tui.widgets.notes_panel import NotesPanel
from coach.tui.widgets.plain_markdown import PlainMarkdown
from coach.tui.widgets.question_panel import QuestionPanel
from coach.tui.widgets.transcript import Transcript, by_model, heading, shown

COMMAND_OF = {"skip": "/skip", "back": "/back", "why": "/why", "finish": "/done"}


SHOW_WAIT_AFTER = 2
"""Seconds of waiting before the status line starts counting them."""


class ConversationScreen(TurnScreen):
    BINDINGS = [
        Binding("f2", "skip", "Skip", id="skip"),
        Binding("f3", "back", "Back", id="back"),
        Binding("f4", "why", "Why?", id="why"),
        Binding("f5", "finish", "Finish", id="finish"),
        Binding("ctrl+o", "editor", "Editor", id="editor"),
        Binding("f8", "add_person", "Add person", id="add-person"),  # F6 and F7 select in the answer box
        Binding("escape", "cancel_reply", "Cancel reply", id="cancel-reply"),
        Binding("escape", "home", "Home", id="home"),
    ]

    QUIET_WORKERS = frozenset({"notes"})

    def __init__(self, session_id: str, view: SessionView | None = None) -> None:
        super().__init__()
        self.session_id = session_id
        self.view: SessionView | None = None
        self._initial = view
        self._worker: Worker[None] | None = None
        self._sent: str | None = None
        self._reply: PlainMarkdown | None = None
        self._reply_kind: str | None = None
        self._reply_text = ""
        self._pending: Static | None = None
        self._started_at: float | None = None
        """When the turn being worked on was sent: the status counts the wait from it."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="main"):
                yield Transcript(id="transcript")
                yield AnswerInput(id="answer", soft_wrap=True, show_line_numbers=False)
                yield Static("", id="status")
            with Vertical(id="side"):
                yield QuestionPanel(id="questions")
                yield NotesPanel(id="notes")
        yield Footer()

    def on_mount(self) -> None:
        self.set_interval(1.0, self._tick)
        self.query_one("#answer", AnswerInput).focus()
        if self._initial is not None:
            self._show(self._initial, self._initial.turns)
            if not self._initial.person_known and self._initial.state.person:
                self._offer_to_add(self._initial.state.person)
        else:
            self.load()

    _unknown_person: str | None = None
    """The person this conversation is with, offered to be added to People (F8) until added."""

    def _offer_to_add(self, name: str) -> None:
        """Offered, not asked: a dialog here took the first keys of an answer typed at once
        ("My…": the "y" added the person and the rest of the answer was lost)."""
        self._unknown_person = name
        self.refresh_bindings()
        key = next(
            (
                self.app.get_key_display(a.binding)
                for a in self.active_bindings.values()
                if a.binding.action == "add_person"
            ),
            "f8",
        )
        key = key.upper() if key[:1] == "f" and key[1:].isdigit() else key  # as "press F2 to skip" is written
        self.notify(
            f"{name} is not among your people yet: {key} adds them, so briefs and notes are kept with them.", timeout=8
        )

    def action_add_person(self) -> None:
        if self._unknown_person is not None:
            self.add_person(self._unknown_person)
            self._unknown_person = None
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "add_person":
            return self._unknown_person is not None
        return super().check_action(action, parameters)

    @work(thread=True, exclusive=True, group="person", exit_on_error=False)
    def add_person(self, name: str) -> None:
        self.service.memory.add_person(name)
        self.post_message(PersonAdded(name))

    def on_person_added(self, message: PersonAdded) -> None:
        self.notify(f"Added {message.name}; this conversation's brief will be kept with them.", timeout=6)

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        self.post_message(SessionReady(self.service.sessions.view(self.session_id)))

    def on_session_ready(self, message: SessionReady) -> None:
        self._show(message.view, message.view.turns)

    def _show(self, view: SessionView, turns: list) -> None:
        self.view = view
        who = f" · with {view.state.person}" if view.state.person else ""
        self.sub_title = f"{view.conversation.title} · {view.state.role}{who}"
        self.query_one(Transcript).add_turns(turns, view.state)
        self.query_one(QuestionPanel).show(view.conversation, view.state)
        self._status("saved")
        if view.state.person and not view.finished:
            self.find_notes()
        if view.finished:
            self.post_message(ShowBrief(view.id))

    @work(thread=True, exclusive=True, group="notes", exit_on_error=False)
    def find_notes(self) -> None:
        """The side panel is a help, not part of the turn: its failures are quiet (a search
        shows its own warning)."""
        self.post_message(NotesFound(self.service.memory.related_notes(self.session_id)))

    def on_notes_found(self, message: NotesFound) -> None:
        self.query_one(NotesPanel).show(message.result.hits, message.result.warning)

    def _status(self, what: str) -> None:
        self.query_one("#status", Static).update(Text(f"{self.host.mode_label} · session {self.session_id} · {what}"))

    def _tick(self) -> None:
        """A slow model (a CPU server takes tens of seconds) shows it is still at work."""
        if self._started_at is None or self._worker is None or self._worker.is_finished:
            return
        waited = int(time.monotonic() - self._started_at)
        if waited >= SHOW_WAIT_AFTER:
            doing = "the model is writing" if self._reply_text else "waiting for the model"
            self._status(f"{doing}… {waited} s · Esc cancels")

    # Sending --------------------------------------------------------------------------
    @on(AnswerInput.Submitted)
    def _submitted(self, event: AnswerInput.Submitted) -> None:
        if not event.text.strip():
            self.notify("Type an answer first, or press F2 to skip.", severity="warning")
            return
        self._send(event.text, from_input=True)

    def action_skip(self) -> None:
        self._send(COMMAND_OF["skip"])

    def action_back(self) -> None:
        self._send(COMMAND_OF["back"])

    def action_why(self) -> None:
        self._send(COMMAND_OF["why"])

    def action_finish(self) -> None:
        self._send(COMMAND_OF["finish"])

    def action_editor(self) -> None:
        """Write a long answer in $VISUAL or $EDITOR: the box's text goes in, what is saved
        comes back into the box (sent only when you press Enter)."""
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
        if not editor:
            self.notify("Set $EDITOR (for example `export EDITOR=nano`) to write answers in your editor.")
            return
        box = self.query_one("#answer", AnswerInput)
        handle, name = tempfile.mkstemp(prefix="coach-answer-", suffix=".md")  # 0600: the answer is private
        path = Path(name)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as draft:
                draft.write(box.text)
            try:
                with self.app.suspend():
                    finished = subprocess.run([*shlex.split(editor), str(path)], check=False)
            except SuspendNotSupported:
                self.notify("An editor cannot open here: this terminal cannot be handed over.", severity="warning")
                return
            except OSError as exc:
                self.notify(f"{editor} could not start: {exc.strerror or exc}", severity="error")
                return
            if finished.returncode != 0:
                self.notify(f"{editor} ended with an error; the box is unchanged.", severity="warning")
                return
            box.load_text(path.read_text(encoding="utf-8", errors="replace").rstrip("\n"))
            box.move_cursor(box.document.end)
            box.focus()
        finally:
            path.unlink(missing_ok=True)

    def action_home(self) -> None:
        self.post_message(GoHome())

    def _send(self, text: str, *, from_input: bool = False) -> None:
        if not self.ready_for_a_turn():
            return
        self._sent = text if from_input else None
        self._status("working…")
        self._started_at = time.monotonic()
        self._reply_text = ""
        self._worker = self._respond(text)
        self.refresh_bindings()

    @work(exclusive=True, group="send", exit_on_error=False)
    async def _respond(self, text: str) -> None:
        async for event in self.service.sessions.respond(self.session_id, text):
            if isinstance(event, TurnSaved):
                self.post_message(SessionChanged(event.view, self._sent))
            else:
                self.forward(event)

    # Streaming ------------------------------------------------------------------------
    # Widgets are only ever added or updated during a turn, never removed: the answer shows
    # as soon as the reply starts, the reply streams under it, and both stay once saved.
    async def on_reply_started(self, message: ReplyStarted) -> None:
        transcript = self.query_one(Transcript)
        if self._sent is not None:
            self._pending = Static(Text(clean(self._sent)), classes="turn user pending")
            await transcript.mount(self._pending)
        prefix = heading(message.kind, message.question_id, self.view.state) if self.view else ""
        self._reply_text = ""
        self._reply_kind = message.kind
        self._reply = PlainMarkdown(classes=f"turn coach streaming {message.kind}")
        await transcript.mount(self._reply)
        transcript.follow()
        self._reply_stream = PlainMarkdown.get_stream(self._reply)
        if prefix:  # through the stream, so it cannot race the first chunk
            await self._reply_stream.write(prefix)

    async def on_reply_chunk(self, message: ReplyChunk) -> None:
        if self._reply is not None:
            self._reply_text += message.text
            await self._reply_stream.write(message.text)

    async def _end_stream(self) -> None:
        if self._reply is None:
            return
        try:
            await self._reply_stream.stop()
        except asyncio.CancelledError:
            # A stream stopped before its task first ran re-raises the cancellation here;
            # swallowing it keeps this screen's message loop alive. Our own cancellation
            # still propagates.
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise

    async def on_session_changed(self, message: SessionChanged) -> None:
        await self._end_stream()
        unseen: list[Turn] = []
        ahead: list[Turn] = []  # coach's turns the engine put before the streamed one
        streamed = self._reply
        for turn in message.view.new_turns:
            if self._pending is not None and turn.speaker == "user" and turn.text == (self._sent or "").strip():
                self._pending.remove_class("pending")
                self._pending = None
            elif self._reply is not None and turn.speaker == "coach" and turn.kind == self._reply_kind:
                self._reply.remove_class("streaming")
                self._reply.set_class(by_model(turn), "by-model")
                if turn.text.strip() not in self._reply_text or by_model(turn):
                    # coach's own wording replaced the model's, or the model's is marked as such
                    await self._reply.update(shown(turn, message.view.state))
                self._reply = None
            elif self._reply is not None and turn.speaker == "coach":
                ahead.append(turn)  # "Noted: …" before the question the model was asked to word
            else:
                unseen.append(turn)
        if ahead and streamed is not None:
            self.query_one(Transcript).add_turns(ahead, message.view.state, before=streamed)
        else:
            unseen = ahead + unseen
        answer = self.query_one("#answer", AnswerInput)
        if message.sent is not None and answer.text == message.sent:
            answer.clear()  # only now that the turn is saved
        self._pending = self._reply = None
        self._show(message.view, unseen)

    async def _mark_cut_off(self, reason: str) -> None:
        await self._end_stream()
        transcript = self.query_one(Transcript)
        if self._pending is not None:
            self._pending.update(Text(f"{clean(self._sent or '')}  (not sent: still in the box below)"))
            self._pending.add_class("unsent")
        if self._reply is not None:
            self._reply.add_class("cutoff")
            self._reply.set_class(not self._reply_text, "empty")
            note = Static(
                f"⚠ Cut off: {reason}. Nothing was saved; press Enter to try again.", classes="turn coach cutoff-note"
            )
            await transcript.mount(note)
            transcript.follow()
        self._pending = self._reply = None

    async def on_failed(self, message: Failed) -> None:
        await self._mark_cut_off("the reply failed")
        self._status("not saved")  # the error itself is shown by CoachScreen.on_failed

    async def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker is not self._worker:
            return
        self.refresh_bindings()
        if event.state == WorkerState.CANCELLED:
            await self._mark_cut_off("you cancelled it")
            self._status("cancelled; nothing saved")
            self.notify("Reply cancelled; your text is still in the box.", timeout=6)
