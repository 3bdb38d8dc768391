"""Helpers to drive the real app built by `make_app()`."""

from __future__ import annotations

import unicodedata

import pytest
from textual import events
from textual.pilot import Pilot
from textual.worker import Worker, WorkerCancelled, WorkerFailed, WorkerState

from coach.app.coach import Coach
from coach.core.config import load_settings
from coach.core.errors import CoachError
from coach.tui.app import CoachApp, make_app

GOOD = "I shipped the billing migration on 3 March, two weeks early, and cut costs by 12%."


def _busy(pilot: Pilot) -> list[Worker[object]]:
    return [w for w in pilot.app.workers if w.state in (WorkerState.PENDING, WorkerState.RUNNING)]


async def settle(pilot: Pilot, rounds: int = 100) -> None:
    """Wait until the app is quiet: no worker running, the messages they posted handled and
    no animation (scrolling) left, twice in a row, whatever the machine's load. A worker
    that failed with a `CoachError` is expected (the screen shows its message); any other
    failure is raised."""
    quiet = 0
    for _ in range(rounds):
        for worker in _busy(pilot):
            try:
                await worker.wait()
            except WorkerFailed as failed:
                if not isinstance(failed.error, CoachError):
                    raise
            except WorkerCancelled:
                pass
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        quiet = quiet + 1 if not _busy(pilot) else 0
        if quiet == 2:
            return
    raise AssertionError(f"the app did not settle: {_busy(pilot)}")


async def answer(pilot: Pilot, text: str) -> None:
    box = pilot.app.screen.query_one("#answer")
    box.insert(text)
    await pilot.press("enter")
    await settle(pilot)


async def type_text(pilot: Pilot, text: str) -> None:
    """Type `text` key by key, as a fast typist does: every key goes through the app as a
    terminal's would, without waiting for the screen between keys (`pilot.press` waits for
    the machine to be idle after each key, about 65 ms a key under `make test`'s load).
    Then press Enter and let the app settle."""
    for char in text:
        key = char if char.isalnum() else unicodedata.name(char).lower().replace("-", "_").replace(" ", "_")
        pilot.app.post_message(events.Key(key, char))
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


@pytest.fixture
def app() -> CoachApp:
    return make_app()


@pytest.fixture
def service() -> Coach:
    return Coach(load_settings())
