"""What real local servers do, replayed by the scripted server (`ScriptedServer.like`), and
coach ending each model path with a result at least as good as offline and one clear line:
one slot that a second request interrupts, a context window read from the server or learnt
from an overflow, JSON schema refused with a 500, a small model's empty evidence."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from coach.app.coach import Coach
from coach.app.events import Notice, ReplyChunk, TurnSaved
from coach.core.config import load_settings
from coach.testing.scripted_server import Reply, Script, ScriptedServer

MEETING = """Dana: How is the churn key result?
Sam: It's at 6.2% against the 5% target, so it's at risk.
Dana: I'll talk to the platform lead tomorrow about the pipeline.
Sam: I'll send you the cancellation survey results by Friday.
"""
ANSWER = "The churn key result is at 40% against a 60% target, and Sam said on Monday the data pipeline blocks him."


@pytest.fixture
def serve(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    started: list[ScriptedServer] = []

    def start(kind: str, **options: object) -> ScriptedServer:
        demo = Script.demo()
        server = ScriptedServer.like(kind, demo, **options).start()
        started.append(server)
        monkeypatch.setenv("COACH_BASE_URL", server.base_url)
        monkeypatch.setenv("COACH_MODEL", server.models[-1])
        monkeypatch.setenv("COACH_LLM__MAX_RETRIES", "1")
        monkeypatch.setenv("COACH_LLM__TIMEOUT", "5")
        return server

    yield start
    for server in started:
        server.stop()


async def test_the_tagger_waits_for_the_turn_on_a_single_slot_server(serve) -> None:
    """llama-cpp-python ends the running stream when a second request arrives; coach sends
    one request at a time to a server on this machine, so the turn is never cut."""
    server = serve("llama-cpp-python")
    server.script.rules.insert(
        0,
        Script().add("coach:turn", Reply(text="Thanks. What support would help Sam most?", chunk_delay=0.05)).rules[0],
    )
    service = Coach(load_settings())
    try:
        view = service.sessions.start("manager", "progress-update", "Sam")
        events = [e async for e in service.sessions.respond(view.id, ANSWER)]
    finally:
        await service.aclose()
    assert isinstance(events[-1], TurnSaved)
    assert "".join(e.text for e in events if isinstance(e, ReplyChunk)) == "Thanks. What support would help Sam most?"
    turn, tag = server.chat_requests("turn")[0], server.chat_requests("coverage")[0]
    assert not turn.get("interrupted") and tag["arrived"] >= turn["first_chunk_sent"]
    assert events[-1].view.state.questions["progress-update.okr-status"].status == "covered"  # the tag still counts


@pytest.mark.parametrize("slots", [4, 1])
async def test_a_second_request_interrupts_a_running_stream_unless_it_waits(serve, monkeypatch, slots: int) -> None:
    """The recorded behaviour itself: a second request while a reply streams ends that reply
    with no finish reason (coach reports a broken reply); with one slot, it waits."""
    import asyncio

    from coach.llm.errors import LLMError

    monkeypatch.setenv("COACH_LLM__PARALLEL_REQUESTS", str(slots))
    server = serve("llama-cpp-python")
    server.script.rules.insert(0, Script().add("long one", Reply(text="x" * 120, chunk_delay=0.05)).rules[0])
    service = Coach(load_settings())
    gateway = service.parts.gateway
    assert gateway is not None
    try:
        stream = gateway.stream([{"role": "user", "content": "long one"}])
        first = await anext(stream)
        second = asyncio.ensure_future(gateway.complete([{"role": "user", "content": "short one"}]))
        if slots == 1:
            rest = [chunk async for chunk in stream]
            assert first + "".join(rest) == "x" * 120 and await second
        else:
            with pytest.raises(LLMError, match="broke off midway"):
                _ = [chunk async for chunk in stream]
            await second
    finally:
        await service.aclose()
    assert bool(server.chat_requests()[0].get("interrupted")) == (slots == 4)


@pytest.mark.parametrize(("kind", "window"), [("llama.cpp", 4096), ("ollama", 2048), ("lmstudio", 4096)])
async def test_the_prompt_budget_follows_the_context_window_the_server_says(serve, kind: str, window: int) -> None:
    serve(kind)
    service = Coach(load_settings())
    try:
        gateway = service.parts.gateway
        assert gateway is not None and gateway.budget == 6000
        await gateway.learn_context()
        assert gateway.budget < window and gateway.budget >= window - 600
    finally:
        await service.aclose()
    again = Coach(load_settings())  # remembered for the next run
    assert again.parts.gateway is not None and again.parts.gateway.budget < window
    await again.aclose()


async def test_an_overflow_is_reported_as_such_and_the_next_try_fits(serve) -> None:
    """llama-cpp-python's 2,048 tokens against coach's budget of 6,000: the first summary of a
    long meeting overflows; the one line says so and how to fix it, coach's own draft is
    shown, and the next try is cut into parts that fit. Streamed, the overflow is an empty
    200 (live: "broke off midway"); asked again unstreamed for one token, the server says it."""
    server = serve("llama-cpp-python")
    long_meeting = MEETING + "".join(f"Sam: Item {n} of the backlog is fine and needs nothing.\n" for n in range(400))
    service = Coach(load_settings())
    try:
        draft = await service.summaries.draft(long_meeting, meeting_date=date(2026, 11, 25))
        assert draft.drafted_by == "offline" and len(draft.summary.action_items) == 2
        (notice,) = [n for n in draft.notices if "context window" in n]
        assert "did not fit the model's context window of 2,048 tokens" in notice and "--n_ctx" in notice
        assert service.parts.gateway is not None and service.parts.gateway.budget <= 2048 - 600
        again = await service.summaries.draft(long_meeting, meeting_date=date(2026, 11, 25))
        assert again.drafted_by == "model", again.notices
        assert len(again.summary.action_items) == 2
        first = server.chat_requests("summary")[:3]  # JSON schema refused, the streamed overflow, the plain ask
        assert [r["body"].get("stream", False) for r in first] == [True, True, False]
        assert first[2]["body"]["max_tokens"] == 1
        sizes = [len(r["text"]) // 4 + r["body"].get("max_tokens", 0) for r in server.chat_requests("summary")[3:]]
        assert len(sizes) > 1 and max(sizes) <= 2048  # json_schema is not asked again: refused once is known
    finally:
        await service.aclose()


async def test_parts_are_sized_by_the_servers_own_token_count(serve) -> None:
    """Live, a recorded call made 2.2 characters a token in Qwen's tokenizer, far fewer than
    coach's own count says, and parts cut to a known window still overflowed it. Where the
    server counts tokens (llama-cpp-python's /extras/tokenize/count), parts are sized by its
    count, and once the window is known no request exceeds it."""
    server = serve("llama-cpp-python", context_window=4096, chars_per_token=2.2)
    long_meeting = MEETING + "".join(f"Sam: Item {n} of the backlog is fine and needs nothing.\n" for n in range(300))
    service = Coach(load_settings())
    try:
        first = await service.summaries.draft(long_meeting, meeting_date=date(2026, 11, 25))
        assert any("context window of 4,096 tokens" in n for n in first.notices), first.notices
        learnt = len(server.chat_requests("summary"))
        again = await service.summaries.draft(long_meeting, meeting_date=date(2026, 11, 25))
        assert again.drafted_by == "model", again.notices
        later = server.chat_requests("summary")[learnt:]
        assert len(later) > 1
        assert max(server.tokens(r["text"]) + r["body"].get("max_tokens", 0) for r in later) <= 4096
        assert any(r["path"] == "/extras/tokenize/count" for r in server.requests)
    finally:
        await service.aclose()


async def test_a_streamed_overflow_of_the_replys_room_is_reported_as_an_overflow(serve) -> None:
    """A prompt that fits a known window but not with room for the reply: streamed,
    llama-cpp-python sends an empty 200; the one-token probe then fits, and its usage says
    the prompt's size, so the overflow is still told as one (not "broke off midway")."""
    from coach.llm.errors import LLMError

    server = serve("llama-cpp-python", context_window=1000, tokenizer=None)
    service = Coach(load_settings())
    try:
        assert service.parts.gateway is not None
        client = service.parts.gateway.client
        client.remember(context_window=1000)
        with pytest.raises(LLMError, match=r"prompt \(937 tokens\) with room for a 600-token reply did not fit"):
            async for _ in client.stream([{"role": "user", "content": "word " * 750}], max_tokens=600):
                pass
        assert [r["body"].get("stream", False) for r in server.chat_requests()] == [True, False]
    finally:
        await service.aclose()


async def test_every_structured_path_works_on_a_server_that_refuses_json_schema_with_500(serve) -> None:
    server = serve("llama-cpp-python", context_window=None)
    server.script.rules.insert(0, Script().add("coach:summary", Reply(builtin="summary_no_evidence")).rules[0])
    service = Coach(load_settings())
    try:
        draft = await service.summaries.draft(MEETING, meeting_date=date(2026, 11, 25))
        view = service.sessions.start("manager", "progress-update", "Sam")
        events = [e async for e in service.sessions.respond(view.id, ANSWER)]
    finally:
        await service.aclose()
    assert draft.drafted_by == "model" and [i.line for i in draft.summary.action_items] == [3, 4]
    assert not [e for e in events if isinstance(e, Notice)]
    formats = [(r["body"].get("response_format") or {}).get("type") for r in server.chat_requests()]
    assert formats.count("json_schema") == 1  # refused once, then json_object for every structured call
    assert formats.count("json_object") >= 2


async def test_a_part_whose_prompt_the_server_counts_over_budget_is_halved() -> None:
    """Parts are sized from a sample; a part that is denser than the sample (live: a
    4,813-token prompt for a 3,496-token budget) is halved until the server's count fits."""
    from coach.summary.with_model import _fitted

    class Counting:  # the one call _fitted makes; the server's count, as llama-cpp-python gives it
        asked = 0

        async def served_tokens(self, messages: list[dict[str, str]]) -> int | None:
            Counting.asked += 1
            return sum(len(m["content"]) for m in messages) // 2

    lines = [(n, f"Sam: line {n} " + "x" * 90) for n in range(1, 41)]
    parts = await _fitted(
        [lines], lambda part: [{"role": "user", "content": "\n".join(r for _, r in part)}], Counting(), 1200
    )  # type: ignore[arg-type]
    assert len(parts) > 1 and [n for part in parts for n, _ in part] == list(range(1, 41))
    assert all(sum(len(r) + 1 for _, r in part) // 2 + 40 <= 1200 for part in parts)


async def test_doctor_says_whether_the_server_counts_tokens(serve) -> None:
    from coach.app.doctor import run_checks

    serve("llama-cpp-python")
    service = Coach(load_settings())
    try:
        checks = {c.name: c for c in await run_checks(service)}
        assert "counts tokens in its model's own tokenizer" in checks["token count"].detail
    finally:
        await service.aclose()


async def test_the_one_repair_fits_the_window_the_part_was_cut_to(serve) -> None:
    """Live, a part cut to fit the window, sent again with its broken reply and the schema
    for the repair, overflowed. The repair is the instructions, the broken reply and what was
    wrong with it: the meeting is not sent again."""
    server = serve("llama-cpp-python", context_window=4096)
    empty = {k: [] for k in ("participants", "okr_updates", "highlights", "blockers", "support_requested")}
    empty |= {"decisions": [], "action_items": [], "follow_ups": [], "overview": ""}
    server.script.rules.insert(
        0,
        Script()
        .add("coach:summary", Reply(raw='{"participants": ["Dana", "Sam"], "overview": '), Reply(json=empty))
        .rules[0],
    )
    long_meeting = MEETING + "".join(f"Sam: Item {n} of the backlog is fine and needs nothing.\n" for n in range(200))
    service = Coach(load_settings())
    try:
        service.parts.gateway.client.remember(context_window=4096)  # type: ignore[union-attr]
        draft = await service.summaries.draft(long_meeting, meeting_date=date(2026, 11, 25))
        assert draft.drafted_by == "model", draft.notices
        repairs = [r for r in server.chat_requests("summary") if "[coach:repair]" in r["text"]]
        assert repairs and all("Item 7 of the backlog" not in r["text"] for r in repairs)
        assert max(server.tokens(r["text"]) + r["body"].get("max_tokens", 0) for r in server.chat_requests()) <= 4096
    finally:
        await service.aclose()
