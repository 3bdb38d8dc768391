"""Run by test_kill_and_resume in a child process: drives the real app through two answers,
reports what the screen shows, then waits to be killed (it never exits cleanly)."""

from __future__ import annotations

import asyncio
import sys

from coach.tui.app import make_app

ANSWERS = [
    "I shipped the billing migration on 3 March, two weeks early, and cut costs by 12%.",
    "Last quarter I missed the docs deadline twice; I want to plan reviews earlier, e.g. by Friday.",
]


async def main() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.click("#role-contributor")
        await pilot.pause()
        app.screen.query_one("#conversation").value = "self-reflection"
        await pilot.click("#start-button")
        for _ in range(20):
            await pilot.pause(0.05)
            if type(app.screen).__name__ == "ConversationScreen" and app.screen.view is not None:
                break
        screen = app.screen
        for text in ANSWERS:
            before = len(screen.query(".turn"))
            screen.query_one("#answer").insert(text)
            await pilot.press("enter")
            for _ in range(100):  # until the screen has moved on to the next line
                await pilot.pause(0.02)
                if len(screen.query(".turn")) > before:
                    break
        print("READY", screen.session_id, screen.view.state.current, flush=True)
        await asyncio.sleep(3600)


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
