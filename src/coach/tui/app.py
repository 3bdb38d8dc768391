"""The coach app and the one factory (`make_app`) that the CLI and the tests both use."""

from __future__ import annotations

import os
import sys
import termios
import weakref
from collections.abc import Iterable
from typing import Any

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.theme import Theme
from textual.widgets import HelpPanel, Input, TextArea
from textual.worker import Worker, WorkerState

from coach.app.coach import Coach
from coach.core.config import Settings, load_settings
from coach.core.terminal import clean
from coach.tui.messages import GoHome, OpenRehearsal, OpenSession, ResumeSession, ShowBrief, ShowDebrief
from coach.tui.screens.brief import BriefScreen
from coach.tui.screens.conversation import ConversationScreen
from coach.tui.screens.rehearsal import DebriefScreen, RehearsalScreen
from coach.tui.screens.start import StartScreen

TERMINAL_CHECK_SECONDS = 2.0


_EDITING_KEYS = frozenset(["enter", "ctrl+j", "backspace", "delete", "left", "right", "home", "end"])
_REPLAYED: weakref.WeakSet[events.Key] = weakref.WeakSet()
"""Keys already handed on once, never handed on again."""


class CoachApp(App[None]):
    CSS_PATH = "coach.tcss"
    TITLE = "coach"
    BINDINGS = [
        Binding("f1", "toggle_keys", "Keys", id="keys"),
        Binding("question_mark", "toggle_keys", "Keys", show=False, id="keys-question-mark"),
    ]

    def __init__(
        self, settings: Settings, service: Coach, session_id: str | None = None, rehearsal_id: str | None = None
    ) -> None:
        super().__init__()
        self.settings = settings
        self.service = service
        self._resume_id = session_id
        self._focused_at = 0.0
        """When the focus last moved (Textual's message clock): a key made before it is early."""
        self._rehearsal_id = rehearsal_id

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """Run in the terminal, with input read so that a paste with colour codes stays whole."""
        from coach.tui.paste import keep_pastes_whole

        keep_pastes_whole()
        return super().run(*args, **kwargs)

    def on_key(self, event: events.Key) -> None:
        """A key typed in the first half second, before the first screen was up, reaches the
        app rather than the box that has the focus by the time it is handled: it is sent in
        again, once, so nothing typed at once is lost (a key a box takes never gets here)."""
        target = self.focused
        editing = event.is_printable or event.key in _EDITING_KEYS
        early = event.time < self._focused_at  # made before the box it would go to had the focus
        if not isinstance(target, (Input, TextArea)) or not editing or not early or event in _REPLAYED:
            return
        # typed before the app set the terminal up, Enter arrives as a line feed (ctrl+j)
        key, character = ("enter", "\r") if event.key == "ctrl+j" else (event.key, event.character)
        again = events.Key(key, character)
        _REPLAYED.add(again)
        self.post_message(again)  # the app's own way in: the box's bindings (Enter submits) apply

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Paste):  # before any box gets it
            event.text = clean(event.text)  # pasted escape codes would repaint the screen around them
        await super().on_event(event)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self._focused_at = event.time

    @property
    def mode_label(self) -> str:
        return self.service.mode_label

    def on_mount(self) -> None:
        chosen = "theme" in self.settings.ui.model_fields_set  # in config.toml or COACH_UI__THEME
        textual_theme = os.environ.get("TEXTUAL_THEME", "")
        if not chosen and textual_theme in self.available_themes:
            self.theme = textual_theme  # Textual's own variable stands when coach's config names no theme
        elif self.settings.ui.theme in self.available_themes:
            self.theme = self.settings.ui.theme
        else:
            self.notify(f"Unknown theme '{self.settings.ui.theme}'; using the default.", severity="warning")
        self._startup_theme: str | None = self.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self.settings.ui.keys:
            from coach.tui.keys import bindings, check_keymap

            kept, problems = check_keymap(self.settings.ui.keys, bindings(type(self)))
            for problem in problems:
                self.notify(problem, severity="warning", markup=False, timeout=10)
            self.set_keymap(kept)
        self.push_screen(StartScreen())
        stream = sys.__stdin__
        if not self.is_headless and stream is not None and stream.isatty():  # not in a browser (coach serve)
            self.set_interval(TERMINAL_CHECK_SECONDS, self._exit_if_the_terminal_is_gone)
        if self._resume_id:
            self.resume(self._resume_id)
        if self._rehearsal_id:
            self.open_rehearsal(self._rehearsal_id)

    def action_toggle_keys(self) -> None:
        """F1 or ?: the keys of the screen and the box in focus, beside the screen."""
        if self.screen.query(HelpPanel):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    def _theme_changed(self, theme: Theme) -> None:
        if theme.name == self._startup_theme:
            return  # the one the app started with, announced late: nobody chose it here
        self._startup_theme = None
        if theme.name != self.settings.ui.theme:
            self.keep_theme(theme.name)

    @work(thread=True, exclusive=True, group="theme", exit_on_error=False)
    def keep_theme(self, name: str) -> None:
        self.service.keep_theme(name)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "theme" and event.state is WorkerState.ERROR:
            self.notify(f"The theme is not kept for next time: {event.worker.error}", severity="warning", markup=False)

    def _exit_if_the_terminal_is_gone(self) -> None:
        """A closed terminal does not always hang the app up (run through `make run`, the
        hangup stops at make): without this check it would keep a core busy, unseen. Every
        answer is already saved, so leaving loses nothing."""
        stream = sys.__stdin__
        try:
            if stream is None:
                raise OSError("no standard input")
            termios.tcgetattr(stream.fileno())
        except (OSError, ValueError, termios.error):
            self.exit()

    # Navigation: screens post these messages up; only the app changes screens ----------
    def on_open_session(self, message: OpenSession) -> None:
        screen = ConversationScreen(message.view.id, message.view)
        if isinstance(self.screen, BriefScreen):
            self.switch_screen(screen)  # a reopened session replaces its brief
        else:
            self.push_screen(screen)

    def on_resume_session(self, message: ResumeSession) -> None:
        self.resume(message.session_id)

    def resume(self, session_id: str) -> None:
        self.push_screen(ConversationScreen(session_id))

    def on_show_brief(self, message: ShowBrief) -> None:
        if isinstance(self.screen, ConversationScreen):
            self.switch_screen(BriefScreen(message.session_id))
        else:
            self.push_screen(BriefScreen(message.session_id))

    def on_open_rehearsal(self, message: OpenRehearsal) -> None:
        if message.replace:
            self.switch_screen(RehearsalScreen(message.rehearsal_id))
        else:
            self.open_rehearsal(message.rehearsal_id)

    def open_rehearsal(self, rehearsal_id: str) -> None:
        self.push_screen(RehearsalScreen(rehearsal_id))

    def on_show_debrief(self, message: ShowDebrief) -> None:
        if isinstance(self.screen, RehearsalScreen):
            self.switch_screen(DebriefScreen(message.rehearsal_id))
        else:
            self.push_screen(DebriefScreen(message.rehearsal_id))

    def on_go_home(self, message: GoHome) -> None:
        self.go_home()

    def go_home(self) -> None:
        while len(self.screen_stack) > 2 or not isinstance(self.screen, StartScreen):
            if len(self.screen_stack) <= 1:
                break
            self.pop_screen()

    def action_people(self) -> None:
        from coach.tui.screens.people import PeopleScreen

        self.push_screen(PeopleScreen())

    def action_rehearse(self) -> None:
        from coach.tui.screens.rehearsal_setup import RehearsalSetupScreen

        self.push_screen(RehearsalSetupScreen())

    def action_summarise(self, session_id: str | None = None) -> None:
        from coach.tui.screens.summary_input import MeetingInputScreen

        self.push_screen(MeetingInputScreen(session_id))

    # Command palette ------------------------------------------------------------------
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, ConversationScreen):
            yield SystemCommand("Skip question", "Move on without answering (F2)", screen.action_skip)
            yield SystemCommand("Previous question", "Go back one question (F3)", screen.action_back)
            yield SystemCommand("Why this question?", "What the question is for (F4)", screen.action_why)
            yield SystemCommand("Finish and write the brief", "End the conversation (F5)", screen.action_finish)
        if isinstance(screen, ConversationScreen | BriefScreen):
            session_id = screen.session_id
            yield SystemCommand(
                "Summarise this session",
                "Draft a summary of your answers, check it, save it",
                lambda: self.action_summarise(session_id),
            )
        if isinstance(screen, BriefScreen):
            yield SystemCommand("Save brief", "Save to the exports folder (s)", screen.action_save)
            yield SystemCommand("Export brief…", "Write the brief to a Markdown file (e)", screen.action_export)
        if not isinstance(screen, StartScreen):
            yield SystemCommand("New conversation", "Back to the start screen", self.go_home)
        yield SystemCommand("People", "Notes, OKRs and action items of the people you work with", self.action_people)
        yield SystemCommand(
            "Rehearse a conversation",
            "Practise against a realistic counterpart, then a debrief (Ctrl+G)",
            self.action_rehearse,
        )
        yield SystemCommand(
            "Summarise meeting notes",
            "Paste notes or a transcript; check the draft; save it (Ctrl+T)",
            self.action_summarise,
        )


def make_app(
    settings: Settings | None = None,
    *,
    service: Coach | None = None,
    session_id: str | None = None,
    rehearsal_id: str | None = None,
) -> CoachApp:
    """Build the app exactly as the CLI runs it; tests call this too."""
    settings = settings or (service.settings if service else load_settings())
    service = service or Coach(settings)
    _ = service.framework  # read before the app runs: screens then read it from memory
    return CoachApp(settings, service, session_id, rehearsal_id)
