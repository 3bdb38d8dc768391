"""The model's endpoint: where keys go, what is printed, and bounds on the model's work (issue 12)."""

from __future__ import annotations

import time

import pytest

from coach.cli import main
from coach.core.config import load_settings, redact_url
from coach.llm.client import LLMClient, resolve_endpoint
from coach.llm.errors import LLMError
from coach.testing.scripted_server import Reply, ScriptedServer

HELLO = [{"role": "user", "content": "hello"}]


async def complete(server: ScriptedServer, **llm: object) -> str:
    settings = load_settings(base_url=server.base_url, model="scripted-model", llm={"max_retries": 0, **llm})
    client = LLMClient(settings, resolve_endpoint(settings))
    try:
        return await client.complete(HELLO)
    finally:
        await client.close()


def test_openais_key_is_not_sent_to_another_server(scripted, monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai-secret")
    monkeypatch.setenv("COACH_BASE_URL", scripted.base_url)
    monkeypatch.setenv("COACH_MODEL", "scripted-model")
    assert resolve_endpoint(load_settings()).api_key is None  # type: ignore[union-attr]
    monkeypatch.setenv("COACH_SHARE_OPENAI_KEY", "true")  # the user says otherwise
    assert resolve_endpoint(load_settings()).api_key == "sk-openai-secret"  # type: ignore[union-attr]


def test_openais_key_still_goes_to_openai_and_to_openai_base_url(monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai-secret")
    assert resolve_endpoint(load_settings()).api_key == "sk-openai-secret"  # type: ignore[union-attr]
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # set together by the user
    assert resolve_endpoint(load_settings()).api_key == "sk-openai-secret"  # type: ignore[union-attr]


async def test_the_request_carries_no_key_from_openais_variable(scripted, monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai-secret")
    scripted.script.add("hello", Reply(text="hi"))
    settings = load_settings(base_url=scripted.base_url, model="scripted-model")
    client = LLMClient(settings, resolve_endpoint(settings))  # type: ignore[arg-type]
    try:
        await client.complete(HELLO)
    finally:
        await client.close()
    assert "sk-openai-secret" not in scripted.chat_requests()[0]["authorization"]


def test_a_key_inside_the_base_url_is_never_printed(capsys, monkeypatch) -> None:
    url = "http://coach:sk-in-the-url@127.0.0.1:9/v1?api-key=sk-in-the-query&region=eu"
    assert redact_url(url) == "http://coach:********@127.0.0.1:9/v1?api-key=********&region=eu"
    monkeypatch.setenv("COACH_BASE_URL", url)
    monkeypatch.setenv("COACH_MODEL", "m")
    monkeypatch.setenv("COACH_LLM__MAX_RETRIES", "0")
    for args in (["config"], ["config", "--json"], ["route", "my report is behind on a key result"], ["doctor"]):
        main(args)
        out, err = capsys.readouterr()
        assert "sk-in-the" not in out + err, args


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("COACH_LLM__TIMEOUT", "inf", "timeout"),
        ("COACH_LLM__DEADLINE", "0", "deadline"),
        ("COACH_HOME", "", "is empty"),
        ("COACH_LLM__MAX_REPLY_CHARS", "10", "max_reply_chars"),
    ],
)
def test_unbounded_settings_are_refused_in_one_line(
    capsys, monkeypatch, variable: str, value: str, message: str
) -> None:
    monkeypatch.setenv(variable, value)
    assert main(["config"]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


async def test_a_trickling_stream_is_stopped_at_the_calls_deadline(scripted) -> None:
    """One chunk every 0.5 s: each within the per-request timeout, never finishing within
    the whole call's deadline."""
    scripted.script.add("hello", Reply(text="x" * 400, chunk_size=1, chunk_delay=0.5))
    started = time.monotonic()
    with pytest.raises(LLMError, match="took longer than 2 s in all") as info:
        await complete(scripted, timeout=1, deadline=2)
    assert info.value.kind == "timeout" and time.monotonic() - started < 10


async def test_a_reply_past_the_size_cap_is_stopped(scripted) -> None:
    scripted.script.add("hello", Reply(text="y" * 5_000, chunk_size=500))
    with pytest.raises(LLMError, match="ran past 1,000 characters") as info:
        await complete(scripted, max_reply_chars=1_000)
    assert info.value.kind == "bad_output"


async def test_a_server_that_never_answers_ends_at_the_deadline(scripted) -> None:
    scripted.script.add("hello", Reply(hang=30, text="too late"))
    started = time.monotonic()
    with pytest.raises(LLMError) as info:
        await complete(scripted, timeout=60, deadline=2)
    assert info.value.kind == "timeout" and time.monotonic() - started < 10
