"""The scrolling transcript: the coach's lines as Markdown, the user's exactly as typed."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from coach.core.terminal import clean
from coach.engine.state import GuideState, Turn
from coach.tui.widgets.plain_markdown import PlainMarkdown


class Transcript(VerticalScroll):
    def add_turns(self, turns: list[Turn], state: GuideState, *, before: Widget | None = None) -> None:
        """The turns at the end, or just `before` a turn already shown (coach's "Noted: …"
        above the question that streamed in first)."""
        widgets = [self._turn_widget(turn, state) for turn in turns if turn.kind != "command"]
        if widgets:
            self.mount_all(widgets, before=before)
            self.follow()

    def follow(self) -> None:
        """Keep the newest turn in view from the moment the transcript overflows. (Anchoring
        a short transcript would push it to the bottom of the screen.) New turns re-anchor,
        so scrolling up to read only lasts until the next turn."""
        self._wants_follow = True
        self._follow()

    def watch_virtual_size(self) -> None:
        # Markdown lays its blocks out after mounting: the overflow shows up here, later.
        if getattr(self, "_wants_follow", False):
            self._follow()

    def _follow(self) -> None:
        if self.max_scroll_y > 0:
            self._wants_follow = False
            self.anchor()

    @staticmethod
    def _turn_widget(turn: Turn, state: GuideState) -> Static | PlainMarkdown:
        if turn.speaker == "user":
            return Static(Text(clean(turn.text)), classes="turn user")
        return PlainMarkdown(
            shown(turn, state), classes=f"turn coach {turn.kind}{' by-model' if by_model(turn) else ''}"
        )


MODEL_MARK = "\n\n*worded by the model*"


def by_model(turn: Turn) -> bool:
    return turn.speaker == "coach" and turn.worded_by == "model"


def shown(turn: Turn, state: GuideState) -> str:
    """A coach turn as the transcript shows it: its heading, its text, and who worded it."""
    return heading(turn.kind, turn.question_id, state) + clean(turn.text) + (MODEL_MARK if by_model(turn) else "")


def heading(kind: str, question_id: str | None, state: GuideState) -> str:
    """The "Question n of m" line above a question."""
    if kind == "question" and question_id in state.order:
        return f"**Question {state.order.index(question_id) + 1} of {len(state.order)}**\n\n"
    return ""
