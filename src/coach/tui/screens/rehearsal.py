"""The rehearsal screen: the conversation with the counterpart, a card about them, and the
framework's questions as they are reached. F2 hint, F5 end and debrief, Esc pauses (or
cancels a reply that is streaming)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Header, Static
from textual.worker import Worker, WorkerState

from coach.app.events import RehearsalSaved
from coach.app.views import RehearsalView
from coach.core.terminal import clean
from coach.rehearsal.personas import Persona
from coach.rehearsal.state import RehearsalTurn
from coach.tui.messages import (
    DebriefReady,
    Exported,
    Failed,
    GoHome,
    Notice,
    OpenRehearsal,
    RehearsalChanged,
    ReplyChunk,
    ReplyStarted,
    ShowDebrief,
)
from coach.tui.screens.base import CoachScreen, TurnScreen
from coach.tui.screens.export_dialog import ExportDialog
from coach.tui.widgets.answer_input import AnswerInput
from coach.tui.widgets.plain_markdown import PlainMarkdown


def turn_widget(turn: RehearsalTurn, name: str) -> Static:
    if turn.speaker == "user":
        return Static(Text(clean(turn.text)), classes="turn user")
    if turn.speaker == "them":
        return Static(Text.assemble((f"{name}: ", "bold"), clean(turn.text)), classes="turn them")
    return Static(Text(clean(turn.text)), classes=f"turn coach {turn.kind}")


class RehearsalScreen(TurnScreen):
    IDLE_ESCAPE = "pause"

    BINDINGS = [
        Binding("f2", "hint", "Hint", id="hint"),
        Binding("f4", "restart", "Restart", id="restart"),
        Binding("f5", "end", "End & debrief", id="end"),
        Binding("escape", "cancel_reply", "Cancel reply", id="cancel-reply"),
        Binding("escape", "pause", "Pause", id="pause"),
    ]

    def __init__(self, rehearsal_id: str) -> None:
        super().__init__()
        self.rehearsal_id = rehearsal_id
        self.view: RehearsalView | None = None
        self._worker: Worker[None] | None = None
        self._sent: str | None = None
        self._pending: Static | None = None
        self._reply: Static | None = None
        self._reply_text = ""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="main"):
                yield VerticalScroll(id="rehearsal-transcript")
                yield AnswerInput(id="answer", soft_wrap=True, show_line_numbers=False)
                yield Static("", id="status")
            with VerticalScroll(id="side"):
                yield Static("", id="persona-card")
                yield Static("", id="rehearsal-progress")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#answer", AnswerInput).focus()
        self.load()

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        service = self.service
        view = service.rehearsals.get(self.rehearsal_id)
        self.post_message(RehearsalChanged(view, service.rehearsals.progress(view)))

    def _status(self, what: str) -> None:
        self.query_one("#status", Static).update(
            Text(f"{self.host.mode_label} · rehearsal {self.rehearsal_id} · {what}")
        )

    def _add(self, turns: list[RehearsalTurn]) -> None:
        if self.view is None or not turns:
            return
        box = self.query_one("#rehearsal-transcript", VerticalScroll)
        box.mount_all([turn_widget(t, self.view.persona.name) for t in turns])
        box.call_after_refresh(box.scroll_end, animate=False)

    def _show_side(self, view: RehearsalView, progress: list[tuple[str, bool]]) -> None:
        persona = view.persona
        card = Text()
        card.append(f"{persona.name}\n", style="bold")
        card.append(f"{persona.title}\n", style="italic")
        card.append(f"Difficulty {'●' * persona.difficulty}{'○' * (5 - persona.difficulty)}\n\n")
        card.append(" ".join(persona.situation.split()) + "\n")
        self.query_one("#persona-card", Static).update(card)
        lines = Text()
        lines.append("\nThe framework's questions\n", style="bold")
        for topic, reached in progress:
            lines.append(f"{'✓' if reached else '○'} {topic}\n", style="" if reached else "dim")
        total = len(persona.hidden_facts)
        if total:
            lines.append(f"\nHeld back: {len(view.state.revealed)} of {total} uncovered\n", style="dim")
        self.query_one("#rehearsal-progress", Static).update(lines)

    async def on_rehearsal_changed(self, message: RehearsalChanged) -> None:
        view = message.view
        first = self.view is None
        self.view = view
        self.sub_title = f"Rehearsal · {view.conversation.title} · with {view.persona.name}"
        if first:
            self._add(view.state.turns)
        else:
            new = list(view.new)
            if self._pending is not None and new and new[0].speaker == "user":
                self._pending.remove_class("pending")
                new = new[1:]
            if self._reply is not None and new and new[0].speaker == "them":
                self._reply.update(Text.assemble((f"{view.persona.name}: ", "bold"), clean(new[0].text)))
                self._reply.remove_class("streaming")
                new = new[1:]
            self._add(new)
            answer = self.query_one("#answer", AnswerInput)
            if message.sent is not None and answer.text == message.sent:
                answer.clear()
        self._pending = self._reply = None
        self._show_side(view, message.progress)
        self._status(view.state.status)
        if view.state.status == "ended":
            self.post_message(ShowDebrief(view.id))
        elif view.state.status == "paused" and not first:  # just paused; a paused one opened here resumes
            self.post_message(GoHome())

    # Sending -----------------------------------------------------------------------
    @on(AnswerInput.Submitted)
    def _submitted(self, event: AnswerInput.Submitted) -> None:
        if not event.text.strip():
            self.notify("Say something to the other person, or press F2 for a hint.", severity="warning")
            return
        self._send(event.text, from_input=True)

    def action_hint(self) -> None:
        self._send("/hint")

    def action_restart(self) -> None:
        self._send("/restart")

    def action_end(self) -> None:
        self._send("/end")

    def action_pause(self) -> None:
        self._send("/pause")

    def _send(self, text: str, *, from_input: bool = False) -> None:
        if not self.ready_for_a_turn():
            return
        self._sent = text if from_input else None
        self._status("working…")
        if from_input:
            self._pending = Static(Text(clean(text.strip())), classes="turn user pending")
            box = self.query_one("#rehearsal-transcript", VerticalScroll)
            box.mount(self._pending)
            box.call_after_refresh(box.scroll_end, animate=False)
        self._worker = self._respond(text)
        self.refresh_bindings()

    @work(exclusive=True, group="send", exit_on_error=False)
    async def _respond(self, text: str) -> None:
        service = self.service
        async for event in service.rehearsals.rehearse(self.rehearsal_id, text):
            if isinstance(event, RehearsalSaved):
                progress = await asyncio.to_thread(service.rehearsals.progress, event.view)
                self.post_message(RehearsalChanged(event.view, progress, self._sent))
            else:
                self.forward(event)

    async def on_reply_started(self, message: ReplyStarted) -> None:
        if self._reply is None and self.view is not None:
            self._reply_text = ""
            self._reply = Static(Text.assemble((f"{self.view.persona.name}: ", "bold")), classes="turn them streaming")
            box = self.query_one("#rehearsal-transcript", VerticalScroll)
            await box.mount(self._reply)
            box.scroll_end(animate=False)

    def on_reply_chunk(self, message: ReplyChunk) -> None:
        if self._reply is not None and self.view is not None:
            self._reply_text += message.text
            self._reply.update(Text.assemble((f"{self.view.persona.name}: ", "bold"), self._reply_text))

    def _cut_off(self, reason: str) -> None:
        if self._pending is not None:
            self._pending.update(Text(f"{clean(self._sent or '')}  (not sent: still in the box below)"))
            self._pending.add_class("unsent")
        if self._reply is not None:
            self._reply.add_class("cutoff")
            self._reply.update(Text(f"⚠ Cut off: {reason}. Nothing was saved; press Enter to try again."))
        self._pending = self._reply = None

    def on_failed(self, message: Failed) -> None:
        self._cut_off("the reply failed")
        self._status("not saved")  # the error itself is shown by CoachScreen.on_failed

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker is not self._worker:
            return
        self.refresh_bindings()
        if event.state == WorkerState.CANCELLED:
            self._cut_off("you cancelled it")
            self._status("cancelled; nothing saved")


class DebriefScreen(CoachScreen):
    BINDINGS = [
        Binding("r", "again", "Rehearse again", id="again"),
        Binding("e", "export", "Export…", id="export"),
        Binding("c", "copy", "Copy", id="copy"),
        Binding("escape", "home", "Home", id="home"),
    ]

    def __init__(self, rehearsal_id: str) -> None:
        super().__init__()
        self.rehearsal_id = rehearsal_id
        self.view: RehearsalView | None = None
        self.markdown = ""

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="debrief-scroll"):
            yield PlainMarkdown("Scoring the rehearsal…", id="debrief")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"Debrief · rehearsal {self.rehearsal_id}"
        self.query_one("#debrief-scroll").focus()
        self.load()

    @work(exclusive=True, group="debrief", exit_on_error=False)
    async def load(self) -> None:
        service = self.service
        view, warning = await service.rehearsals.end(self.rehearsal_id)
        if warning:
            self.post_message(Notice(warning))
        self.post_message(DebriefReady(view, await asyncio.to_thread(service.rehearsals.debrief_markdown, view)))

    def on_debrief_ready(self, message: DebriefReady) -> None:
        self.view, self.markdown = message.view, message.markdown
        self.query_one("#debrief", PlainMarkdown).update(clean(message.markdown))

    def action_again(self) -> None:
        if self.view is not None:
            self.rehearse_again(self.view.conversation.id, self.view.persona)

    @work(thread=True, exclusive=True, group="again", exit_on_error=False)
    def rehearse_again(self, conversation_id: str, persona: Persona) -> None:
        """The same counterpart, from the start, in place of this debrief."""
        view = self.service.rehearsals.start(conversation_id, persona=persona)
        self.post_message(OpenRehearsal(view.id, replace=True))

    def action_copy(self) -> None:
        self.copy(self.markdown, "debrief")

    def action_export(self) -> None:
        if not self.markdown:
            return
        suggestion = self.service.settings.exports_dir / f"debrief-{self.rehearsal_id}.md"

        def chosen(path: Path | None) -> None:
            if path is not None:
                self.export(path)

        self.app.push_screen(ExportDialog(suggestion, "the debrief"), chosen)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export(self, path: Path) -> None:
        self.post_message(Exported(self.service.rehearsals.export_debrief(self.rehearsal_id, self.markdown, path)))

    def on_exported(self, message: Exported) -> None:
        self.notify(f"Saved to {message.path}", title="Debrief exported", timeout=8)

    def action_home(self) -> None:
        self.post_message(GoHome())
