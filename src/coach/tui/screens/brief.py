"""The brief screen: the Markdown brief, saved to the exports folder or exported anywhere."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header

from coach.core.terminal import clean
from coach.core.text import counted
from coach.tui.messages import ActionsTracked, BriefReady, Exported, GoHome, OpenSession
from coach.tui.screens.base import CoachScreen
from coach.tui.screens.export_dialog import ExportDialog
from coach.tui.widgets.plain_markdown import PlainMarkdown


class BriefScreen(CoachScreen):
    BINDINGS = [
        Binding("s", "save", "Save", id="save"),
        Binding("e", "export", "Export…", id="export"),
        Binding("t", "track", "Track next steps", id="track"),
        Binding("c", "copy", "Copy", id="copy"),
        Binding("o", "reopen", "Reopen", id="reopen"),
        Binding("escape", "home", "Home", id="home"),
        Binding("q", "app.quit", "Quit", id="quit"),
    ]

    def __init__(self, session_id: str) -> None:
        super().__init__()
        self.session_id = session_id
        self.markdown = ""
        self.default_path: Path | None = None
        self.last_path: Path | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="brief-scroll"):
            yield PlainMarkdown("Writing your brief…", id="brief")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"Brief · session {self.session_id}"
        self.query_one("#brief-scroll").focus()
        self.load()

    @work(thread=True, exclusive=True, group="brief", exit_on_error=False)
    def load(self) -> None:
        service = self.service
        self.post_message(
            BriefReady(
                self.session_id,
                service.sessions.brief(self.session_id),
                service.sessions.default_export_path(self.session_id),
            )
        )

    def on_brief_ready(self, message: BriefReady) -> None:
        self.markdown = message.markdown
        self.default_path = message.default_path
        self.query_one("#brief", PlainMarkdown).update(clean(message.markdown))

    def action_copy(self) -> None:
        self.copy(self.markdown, "brief")

    def action_save(self) -> None:
        self.export(None)

    def action_export(self) -> None:
        suggestion = self.last_path or self.default_path or Path.cwd() / f"coach-brief-{self.session_id}.md"

        def chosen(path: Path | None) -> None:
            if path is not None:
                self.last_path = path
                self.export(path)

        self.app.push_screen(ExportDialog(suggestion), chosen)

    @work(thread=True, exclusive=True, group="track", exit_on_error=False)
    def action_track(self) -> None:
        added = self.service.sessions.track_actions(self.session_id)
        self.post_message(ActionsTracked(len(added), added[0].person if added else None))

    def on_actions_tracked(self, message: ActionsTracked) -> None:
        if not message.count:
            self.notify("These next steps are already tracked.", timeout=6)
            return
        whose = f" for {message.person}" if message.person else ""
        self.notify(
            f"Tracking {counted(message.count, 'action item')}{whose}; they open your next conversation.", timeout=8
        )

    @work(thread=True, exclusive=True, group="reopen", exit_on_error=False)
    def action_reopen(self) -> None:
        self.post_message(OpenSession(self.service.sessions.reopen(self.session_id)))

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export(self, path: Path | None) -> None:
        self.post_message(Exported(self.service.sessions.export(self.session_id, path)))

    def on_exported(self, message: Exported) -> None:
        self.notify(f"Saved to {message.path}", title="Brief saved", timeout=8)

    def action_home(self) -> None:
        self.post_message(GoHome())
