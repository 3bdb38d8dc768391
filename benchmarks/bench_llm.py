"""With a model: coach's added latency per turn, and prompt tokens per turn.

Added latency = (Enter pressed -> first chunk written to the screen) minus the scripted
server's own time to first chunk for that request (set to 200 ms), over 50 streamed turns
in the real app (Pilot). Prompt tokens are measured on a 200-turn conversation through the
service, with the offline tokenizer, against the default budget."""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import percentile
from textual import events

from coach.app.coach import Coach
from coach.core.config import load_settings
from coach.llm.tokens import TokenCounter
from coach.testing.scripted_server import Reply, Script, ScriptedServer
from coach.tui.app import make_app
from coach.tui.screens.conversation import ConversationScreen

TTFC = 0.2
TURNS = 50
TURN_DEADLINE = 15.0
"""A turn with no first chunk by then is a failure to report, not a wait forever."""
VAGUE = "maybe things are fine, not sure, kind of okay, sort of good"


def conversation_script() -> Script:
    script = Script()
    script.add(r"coach:coverage", Reply(json={"intent": "answer", "covered": []}))
    script.default = Reply(text="Say more about that: what exactly happened, and when did you notice it?", chunk_size=8)
    return script


async def added_latency() -> list[float]:
    first_on_screen: list[float] = []
    original = ConversationScreen.on_reply_chunk

    async def timed(self: ConversationScreen, message: object) -> None:
        await original(self, message)  # type: ignore[arg-type]
        if len(self._reply_text) == len(message.text):  # type: ignore[attr-defined]  # the first chunk
            first_on_screen.append(time.perf_counter())

    ConversationScreen.on_reply_chunk = timed  # type: ignore[method-assign]
    samples: list[float] = []
    with ScriptedServer(conversation_script(), first_chunk_delay=TTFC) as server:
        settings = load_settings(base_url=server.base_url, model="scripted-model", engine={"max_probes": 3})
        service = Coach(settings)
        view = service.sessions.start("manager", "progress-update", "Sam")
        app = make_app(service=service, session_id=view.id)
        async with app.run_test(size=(110, 36)) as pilot:
            await pilot.pause(0.3)
            _ = service.parts.gateway  # as `coach` does at start-up
            screen = app.screen
            box = screen.query_one("#answer")
            sent = 0
            while len(samples) < TURNS:
                # Keys are delivered as a terminal would deliver them (a Key event to the
                # focused widget); waiting uses plain sleeps, not Pilot's screen-wide waits.
                # 3 answers (probes), then back twice: the guide never reaches its end
                text = "/back" if sent % 5 >= 3 else VAGUE
                sent += 1
                while screen.busy:  # a command sent while a reply is drawn would be dropped
                    await asyncio.sleep(0.005)
                if os.environ.get("COACH_BENCH_DETAIL"):
                    last = service.sessions.view(view.id).turns[-1]
                    print(f"send {sent} {text[:6]!r} after {last.kind}: {last.text[:50]!r}")
                if text == "/back":
                    screen.action_back()
                    await asyncio.sleep(0.02)
                    while screen.busy:
                        await asyncio.sleep(0.005)
                    await asyncio.sleep(0.05)  # as after an answer: a person does not type within 50 ms
                    continue
                box.insert(text)
                before = len(first_on_screen)
                turn_requests = len(server.chat_requests("turn"))
                pressed = time.perf_counter()
                box.post_message(events.Key("enter", "\r"))
                deadline = time.perf_counter() + TURN_DEADLINE
                while len(first_on_screen) == before:
                    if time.perf_counter() > deadline:
                        shown = " / ".join(
                            f"{t.kind}: {t.text[:90]}" for t in service.sessions.view(view.id).turns[-3:]
                        )
                        raise SystemExit(
                            f"bench_llm: turn {sent} got no reply within {TURN_DEADLINE:.0f} s; last on screen: {shown}"
                        )
                    await asyncio.sleep(0.0005)
                while screen.busy:
                    await asyncio.sleep(0.005)
                await asyncio.sleep(0.05)  # let the screen settle before the next turn
                request = server.chat_requests("turn")[turn_requests]
                server_ttfc = request["first_chunk_sent"] - request["arrived"]
                samples.append(first_on_screen[before] - pressed - server_ttfc)
                if os.environ.get("COACH_BENCH_DETAIL"):
                    print(
                        f"pre {1000 * (request['arrived'] - pressed):6.1f} ms  post {1000 * (first_on_screen[before] - request['first_chunk_sent']):6.1f} ms"
                    )
        await service.aclose()
    ConversationScreen.on_reply_chunk = original  # type: ignore[method-assign]
    return samples


async def prompt_tokens(turns: int = 200) -> dict[int, int]:
    with ScriptedServer(conversation_script()) as server:
        service = Coach(load_settings(base_url=server.base_url, model="scripted-model", engine={"max_probes": 3}))
        view = service.sessions.start("manager", "progress-update", "Sam")
        sent = 0
        while len(server.chat_requests("turn")) < turns:
            text = "/back" if sent % 5 >= 3 else VAGUE * 3  # as above: the guide never ends
            sent += 1
            async for _ in service.sessions.respond(view.id, text):
                pass
        counter = TokenCounter()
        sizes = [counter.count_messages(r["body"]["messages"]) for r in server.chat_requests("turn")]
        await service.aclose()
    return {n: sizes[n - 1] for n in (5, 50, 200)} | {0: service.settings.llm.token_budget}


def measure() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as home:
        os.environ["COACH_HOME"] = home
        latency = asyncio.run(added_latency())
    with tempfile.TemporaryDirectory() as home:
        os.environ["COACH_HOME"] = home
        tokens = asyncio.run(prompt_tokens())
    ms = [s * 1000 for s in latency]
    return {"p50_ms": statistics.median(ms), "p95_ms": percentile(ms, 95), "n": len(ms), "tokens": tokens}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    r = measure()
    print(
        f"added latency per turn: p50 {r['p50_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms over {r['n']} turns (server TTFC {TTFC * 1000:.0f} ms)"
    )
    t = r["tokens"]
    print(f"prompt tokens per turn (budget {t[0]}): turn 5 {t[5]}, turn 50 {t[50]}, turn 200 {t[200]}")
