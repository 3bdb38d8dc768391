"""What every coach screen shares: typed access to the service; one handler for every
worker's failure; and, for the screens that talk turn by turn, one turn in flight at a time.

The rule (ARCHITECTURE.md): a service call runs in a worker, never on the UI thread; the
worker calls and posts a typed message, and never handles its own errors: a `CoachError`
becomes a `Failed` message here, anything else stops the app with its traceback."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING, ClassVar, Protocol, cast

from textual.binding import Binding
from textual.events import Resize
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.worker import Worker, WorkerFailed, WorkerState

from coach.app import events
from coach.core.errors import CoachError
from coach.core.terminal import clean
from coach.tui.messages import Failed, Notice, ReplyChunk, ReplyStarted

if TYPE_CHECKING:
    from coach.app.coach import Coach


class CoachHost(Protocol):
    """What screens may use of the app: the service and the mode shown in the header."""

    service: Coach

    @property
    def mode_label(self) -> str: ...


SIDE_PANEL_MIN_WIDTH = 100
"""Narrower than this, a screen with a side panel starts with it hidden (Ctrl+B shows it)."""


class CoachScreen(Screen[None]):
    QUIET_WORKERS: ClassVar[frozenset[str]] = frozenset()
    """Worker groups whose failures are not worth a message (a side panel, a warm-up)."""
    NOTICE_WORKERS: ClassVar[frozenset[str]] = frozenset()
    """Worker groups whose failures are a warning, not an error."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Notifications carry people's text (names, paths, errors quoting input): cleaned,
        and never read as markup (a `[/]` in a name crashed the screen)."""
        super().notify(clean(message), title=clean(title), severity=severity, timeout=timeout, markup=markup)

    @property
    def host(self) -> CoachHost:
        return cast("CoachHost", self.app)

    @property
    def service(self) -> Coach:
        return self.host.service

    def copy(self, text: str, what: str) -> None:
        """To the clipboard through the terminal (OSC 52): most terminals take it; some ask
        first or need it allowed (tmux: `set -g set-clipboard on`)."""
        if not text.strip():
            self.notify(f"No {what} to copy yet.", severity="warning")
            return
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied the {what} ({len(text):,} characters) to the clipboard.")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> Awaitable[None] | None:
        if event.state is not WorkerState.ERROR:
            return None
        error, group = event.worker.error, event.worker.group
        if error is not None and not isinstance(error, CoachError):
            self.app._handle_exception(WorkerFailed(error))  # what Textual does for a worker that exits on error
        elif group in self.NOTICE_WORKERS:
            self.post_message(Notice(str(error)))
        elif group not in self.QUIET_WORKERS:
            self.post_message(Failed(str(error), action=group))
        return None

    # Textual runs the handler of every class in a screen's lineage: a screen's own
    # `on_failed` or `on_worker_state_changed` adds to these and never calls them again.
    def on_failed(self, message: Failed) -> Awaitable[None] | None:
        self.notify(message.message, severity="error", timeout=10)
        return None

    def on_notice(self, message: Notice) -> None:
        self.notify(message.text, severity="warning", timeout=10)


class TurnScreen(CoachScreen):
    """Sends one turn at a time through a worker; Esc cancels a turn in flight and otherwise
    runs the screen's `IDLE_ESCAPE` action. Ctrl+B shows or hides the side panel; a terminal
    narrower than `SIDE_PANEL_MIN_WIDTH` starts with it hidden."""

    BINDINGS = [Binding("ctrl+b", "toggle_side", "Panel", id="side-panel")]
    IDLE_ESCAPE = "home"
    _worker: Worker[None] | None = None
    _side_chosen = False

    def action_toggle_side(self) -> None:
        self._side_chosen = True
        self.toggle_class("-no-side")

    def on_resize(self, event: Resize) -> None:
        if not self._side_chosen:
            self.set_class(event.size.width < SIDE_PANEL_MIN_WIDTH, "-no-side")

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

    def forward(self, event: events.StreamEvent) -> None:
        """Post a streaming event of the service as this screen's message."""
        if isinstance(event, events.ReplyStarted):
            self.post_message(ReplyStarted(event.kind, event.question_id))
        elif isinstance(event, events.ReplyChunk):
            self.post_message(ReplyChunk(clean(event.text)))
        else:
            self.post_message(Notice(event.text))
