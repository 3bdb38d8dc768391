"""Markdown as coach shows it: the formatting coach writes, never HTML. A user's words
quoted in a coach line ("What you described: “… <b>late</b> …”") show as typed, where
Textual's default parser would drop the tags and what they hold."""

from __future__ import annotations

from markdown_it import MarkdownIt
from textual.widgets import Markdown


def _parser() -> MarkdownIt:
    return MarkdownIt("gfm-like", {"html": False})


class PlainMarkdown(Markdown):
    def __init__(
        self, markdown: str | None = None, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(markdown, name=name, id=id, classes=classes, parser_factory=_parser)
