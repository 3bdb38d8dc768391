"""Pasted text arrives whole, colour codes and all.

Text copied from a terminal (a log, a `git diff`, a coloured transcript) carries colour codes:
`ESC [ 31 m`. Inside a bracketed paste, Textual's parser (8.x) reads such a code as keys and
sends it ahead of the paste, so the box shows the pasted words around stray characters, out
of order. A terminal never sends a colour code as input (keys and mouse reports end otherwise:
SGR mouse reports start `ESC [ <`), so the parser coach runs with drops them before parsing;
`coach.core.terminal.clean` then removes whatever else a paste carries."""

from __future__ import annotations

import re
from collections.abc import Iterable

from textual._xterm_parser import XTermParser
from textual.message import Message

COLOUR_CODE = re.compile(r"\x1b\[[0-9;:]*m")


class PasteSafeParser(XTermParser):
    """Textual's input parser, given the input without colour codes."""

    def feed(self, data: str) -> Iterable[Message]:
        return super().feed(COLOUR_CODE.sub("", data))


def keep_pastes_whole() -> None:
    """Run the terminal drivers with `PasteSafeParser` (called when the app starts for real,
    never at import)."""
    from textual.drivers import linux_driver

    linux_driver.XTermParser = PasteSafeParser  # type: ignore[misc]
