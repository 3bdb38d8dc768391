"""Snapshots of the main screens, made from `make_app()`. Update with `pytest --snapshot-update`."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import TextArea

from coach.app.coach import Coach
from coach.core.config import load_settings
from coach.tui.app import make_app
from tests.tui.conftest import GOOD, answer, settle, type_text

SIZE = (110, 36)


async def still(pilot: Pilot) -> None:
    """Settle, then stop every cursor blinking: a snapshot taken mid-blink on a loaded
    machine would differ by one cell."""
    await settle(pilot)
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False  # type: ignore[attr-defined]
        if isinstance(widget, TextArea):
            widget._line_cache.clear()  # its lines are cached with the cursor as it last blinked
        widget.refresh()
    await pilot.pause()


@pytest.fixture(autouse=True)
def _fixed_ids_and_times(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("coach.store.sessions.secrets.token_hex", lambda n: "5e55107d")
    monkeypatch.setattr("coach.store.sessions.now", lambda: "2026-11-25T09:00:00+00:00")


def test_start_screen(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.click("#situation")
        await type_text(pilot, "Sam is behind on his key result")
        await still(pilot)

    assert snap_compare(make_app(), run_before=run_before, terminal_size=SIZE)


def test_conversation_screen(snap_compare) -> None:
    service = Coach(load_settings())
    view = service.sessions.start("manager", "progress-update", "Sam")

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await answer(pilot, "fine")
        await answer(pilot, GOOD)
        await still(pilot)

    assert snap_compare(make_app(service=service, session_id=view.id), run_before=run_before, terminal_size=SIZE)


def test_brief_screen(snap_compare) -> None:
    service = Coach(load_settings())
    view = service.sessions.start("contributor", "self-reflection")
    service.sessions.send(view.id, GOOD)
    service.sessions.act(view.id, "skip")
    service.sessions.send(view.id, "I want to ask for the lead role on the 2027 platform project by January.")
    service.sessions.act(view.id, "finish")

    async def run_before(pilot: Pilot) -> None:
        await still(pilot)

    assert snap_compare(make_app(service=service, session_id=view.id), run_before=run_before, terminal_size=SIZE)
