"""A paste with colour codes reaches the box whole and in order (the parser coach runs with)."""

from __future__ import annotations

from textual import events
from textual._xterm_parser import XTermParser

from coach.tui.paste import PasteSafeParser

PASTE = "\x1b[200~Dana: \x1b[31mI'll send the deck\x1b[0m by Friday\x1b[201~"


def parsed(parser: XTermParser, data: str) -> list[object]:
    return [*parser.feed(data), *parser.feed("")]


def test_textual_alone_sends_the_codes_ahead_of_the_paste() -> None:
    """Why coach has its own parser: with Textual's, the codes come out as keys."""
    found = parsed(XTermParser(), PASTE)
    assert any(isinstance(event, events.Key) for event in found)


def test_a_paste_with_colour_codes_is_one_paste_in_order() -> None:
    found = parsed(PasteSafeParser(), PASTE)
    assert [type(event) for event in found] == [events.Paste]
    assert found[0].text == "Dana: I'll send the deck by Friday"  # type: ignore[attr-defined]


def test_keys_and_mouse_reports_are_left_alone() -> None:
    keys = [event.key for event in parsed(PasteSafeParser(), "a\x1b[A") if isinstance(event, events.Key)]
    assert keys == ["a", "up"]
    mouse = parsed(PasteSafeParser(), "\x1b[<0;10;5M\x1b[<0;10;5m")
    assert any(isinstance(event, events.MouseDown) for event in mouse)
