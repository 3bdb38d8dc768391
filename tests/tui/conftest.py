"""Helpers to drive the real app built by `make_app()`."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.worker import WorkerCancelled, WorkerFailed

from coach.app.coach import Coach
from coach.core.config import load_settings
from coach.core.errors import CoachError
from coach.tui.app import CoachApp, make_app

GOOD = "I shipped the billing migration on 3 March, two weeks early, and cut costs by 12%."


async def settle(pilot: Pilot) -> None:
    """Wait for workers and the messages they post to be handled. A worker that failed with
    a `CoachError` is expected (the screen shows its message); any other failure is raised."""
    for _ in range(3):
        for worker in list(pilot.app.workers):
            try:
                await worker.wait()
            except WorkerFailed as failed:
                if not isinstance(failed.error, CoachError):
                    raise
            except WorkerCancelled:
                pass
        await pilot.pause()


async def answer(pilot: Pilot, text: str) -> None:
    box = pilot.app.screen.query_one("#answer")
    box.insert(text)
    await pilot.press("enter")
    await settle(pilot)


@pytest.fixture
def app() -> CoachApp:
    return make_app()


@pytest.fixture
def service() -> Coach:
    return Coach(load_settings())
