"""`coach logs`: off by default; on, every prompt and reply (secrets masked), pruned, shown
by the CLI and scrubbed by `coach forget`. Calls go through real HTTP to the scripted server."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from coach.app.coach import Coach
from coach.cli import main
from coach.core.config import load_settings
from coach.llm.call_log import ModelCall, redact
from tests.e2e.test_llm_conversation import GOOD, run, use_demo


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_secrets_are_masked() -> None:
    text = "key sk-abcdefghijklmnopqrstuvwx and Bearer abcdefghijklmnop at https://me:pw@host/v1?api_key=zzz&x=1"
    assert redact(text) == "key [redacted] and [redacted] at https://[redacted]@host/v1?[redacted]&x=1"


async def test_off_by_default(llm_env, capsys) -> None:  # type: ignore[no-untyped-def]
    use_demo(llm_env)
    service = Coach(load_settings())
    view = service.sessions.start("manager", "progress-update", "Sam")
    await run(service, view.id, GOOD)
    await service.aclose()
    code, out, _ = cli(capsys, "logs")
    assert code == 0 and out.startswith("Model calls are not logged.")


async def test_on_every_call_is_kept_shown_and_forgotten_with_the_person(llm_env, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COACH_LLM__LOG", "1")
    use_demo(llm_env)
    service = Coach(load_settings())
    service.memory.add_person("Sam")
    view = service.sessions.start("manager", "progress-update", "Sam")
    await run(service, view.id, GOOD)
    await service.aclose()
    code, out, _ = cli(capsys, "logs", "--json")
    calls = json.loads(out)
    kinds = {c["kind"] for c in calls}
    assert code == 0 and "chat" in kinds and len(kinds) >= 2  # the turn and the coverage tagger
    turn = next(c for c in calls if c["kind"] == "chat")
    assert any(GOOD in m["content"] for m in turn["messages"]) and turn["reply"] and turn["model"]
    code, out, _ = cli(capsys, "logs", "show", str(turn["id"]))
    assert code == 0 and "--- reply ---" in out and GOOD in out
    assert cli(capsys, "logs", "show", "9999")[0] == 2
    code, out, _ = cli(capsys, "forget", "Sam", "--yes")
    assert code == 0
    assert json.loads(cli(capsys, "logs", "--json")[1]) == [], "every logged call named Sam"


def test_old_and_surplus_calls_are_pruned(coach_home) -> None:  # type: ignore[no-untyped-def]
    service = Coach(load_settings())
    log = service.parts.model_log
    log.keep = 3
    call = ModelCall("chat", "m", [{"role": "user", "content": "hello"}], "hi", 0.1)
    for _ in range(5):
        log.record(call)
    assert [c.id for c in log.recent()] == [5, 4, 3]
    with service.parts.sessions.db.transaction() as conn:
        old = (datetime.now(UTC) - timedelta(days=30)).isoformat(timespec="seconds")
        conn.execute("UPDATE model_calls SET at = ? WHERE id = 3", (old,))
    log.record(call)
    assert [c.id for c in log.recent()] == [6, 5, 4]
    assert service.logs.clear() == 3 and service.logs.recent() == []
