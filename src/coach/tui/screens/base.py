"""What every coach screen shares: typed access to the app (and through it, the service);
and, for the screens that talk turn by turn, one turn in flight at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.screen import Screen
from textual.worker import Worker, WorkerState

from coach.app import events
from coach.tui.messages import Notice, ReplyChunk, ReplyStarted

if TYPE_CHECKING:
    from coach.tui.app import CoachApp


class CoachScreen(Screen[None]):
    @property
    def coach(self) -> CoachApp:
        return cast("CoachApp", self.app)


class TurnScreen(CoachScreen):
    """Sends one turn at a time through a worker; Esc cancels a turn in flight and otherwise
    runs the screen's `IDLE_ESCAPE` action."""

    IDLE_ESCAPE = "home"
    _worker: Worker[None] | None = None

    @property
    def busy(self) -> bool:
        return self._worker is not None and self._worker.state in (WorkerState.PENDING, WorkerState.RUNNING)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel_reply":
            return self.busy
        if action == self.IDLE_ESCAPE:
            return not self.busy
        return True

    def action_cancel_reply(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def ready_for_a_turn(self) -> bool:
        if self.busy:
            self.notify("Still working on the last turn; Esc cancels it.", severity="warning")
            return False
        return True

    def forward(self, event: object) -> bool:
        """Post a streaming event of the service as this screen's message; False for others."""
        if isinstance(event, events.ReplyStarted):
            self.post_message(ReplyStarted(event.kind, event.question_id))
        elif isinstance(event, events.ReplyChunk):
            self.post_message(ReplyChunk(event.text))
        elif isinstance(event, events.Notice):
            self.post_message(Notice(event.text))
        else:
            return False
        return True

    def on_notice(self, message: Notice) -> None:
        self.notify(message.text, severity="warning", timeout=10)
