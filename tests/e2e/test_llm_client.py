"""The OpenAI-compatible client against the scripted server over real HTTP: streaming,
every fault, structured output with its fallbacks, and the offline token counter."""

from __future__ import annotations

import time

import pytest
from pydantic import BaseModel

from coach.core.config import load_settings
from coach.llm.client import LLMClient, resolve_endpoint
from coach.llm.errors import LLMError
from coach.llm.prompts import load_prompts
from coach.llm.structured import StructuredOutputFailed, strict_schema, structured_call
from coach.llm.tokens import TokenCounter
from coach.testing.scripted_server import Reply, ScriptedServer

HELLO = [{"role": "user", "content": "hello"}]


_OPEN: list[LLMClient] = []


def client_for(server: ScriptedServer, **overrides) -> LLMClient:
    settings = load_settings(base_url=server.base_url, model=overrides.pop("model", "scripted-model"), **overrides)
    client = LLMClient(settings, resolve_endpoint(settings))
    _OPEN.append(client)
    return client


@pytest.fixture(autouse=True)
async def _close_clients():
    yield
    while _OPEN:
        await _OPEN.pop().close()


class Probe(BaseModel):
    ready: bool
    note: str


async def test_stream_yields_chunks_and_complete_joins_them(scripted) -> None:
    scripted.script.add("hello", Reply(text="Tell me about the key result you are least sure of.", chunk_size=5))
    client = client_for(scripted)
    chunks = [c async for c in client.stream(HELLO)]
    assert len(chunks) > 5 and "".join(chunks) == "Tell me about the key result you are least sure of."
    assert await client.complete(HELLO) == "".join(chunks)
    assert scripted.chat_requests()[0]["body"]["stream"] is True


async def test_first_model_is_used_when_none_is_set(scripted) -> None:
    settings = load_settings(base_url=scripted.base_url)
    client = LLMClient(settings, resolve_endpoint(settings))
    _OPEN.append(client)
    assert await client.model() == "scripted-model"


@pytest.mark.parametrize(
    ("setup", "kind", "words"),
    [
        (lambda s: setattr(s, "api_key", "right-key"), "auth", "refused the API key (401)"),
        (lambda s: None, "not_found", "does not know the model 'ghost' (404)"),
        (lambda s: s.script.add("hello", Reply(status=500)), "server", "server error (500)"),
        (
            lambda s: s.script.add("hello", Reply(status=429, retry_after=0.1)),
            "rate_limited",
            "the server asks to wait 0.1 s",
        ),
        (
            lambda s: s.script.add("hello", Reply(text="x" * 200, chunk_size=10, cut_after_chunks=3)),
            "broken_stream",
            "broke off midway",
        ),
        (lambda s: s.script.add("hello", Reply(hang=2.0)), "timeout", "did not answer within 0.5 s"),
    ],
)
async def test_faults_are_one_clear_line(scripted, setup, kind: str, words: str) -> None:
    setup(scripted)
    model = "ghost" if kind == "not_found" else "scripted-model"
    client = client_for(scripted, model=model, api_key="wrong-key", llm={"max_retries": 1, "timeout": 0.5})
    with pytest.raises(LLMError) as info:
        await client.complete(HELLO)
    assert info.value.kind == kind and words in str(info.value) and "\n" not in str(info.value)


async def test_refused_connection() -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = load_settings(base_url=f"http://127.0.0.1:{port}/v1", model="m", llm={"max_retries": 0})
    client = LLMClient(settings, resolve_endpoint(settings))
    _OPEN.append(client)
    with pytest.raises(LLMError, match=r"cannot connect to http://127\.0\.0\.1:.*is the server running") as info:
        await client.complete(HELLO)
    assert info.value.kind == "connection"


async def test_retry_after_is_honoured(scripted) -> None:
    scripted.script.add("hello", Reply(status=429, retry_after=0.6), Reply(text="ok now"))
    client = client_for(scripted, llm={"max_retries": 2})
    start = time.perf_counter()
    assert await client.complete(HELLO) == "ok now"
    assert time.perf_counter() - start >= 0.6
    assert len(scripted.chat_requests()) == 2


async def test_structured_output_with_json_schema(scripted) -> None:
    scripted.script.add("probe", Reply(json={"ready": True, "note": "fine"}))
    client = client_for(scripted)
    result = await structured_call(client, load_prompts(), [{"role": "user", "content": "probe"}], Probe, "probe")
    assert result == Probe(ready=True, note="fine")
    (request,) = scripted.chat_requests()
    assert request["body"]["response_format"]["type"] == "json_schema"
    assert request["body"]["response_format"]["json_schema"]["schema"]["additionalProperties"] is False
    assert request["body"]["temperature"] == 0.0


async def test_without_json_schema_it_negotiates_and_remembers(scripted) -> None:
    scripted.json_schema = False
    scripted.script.add("probe", Reply(json={"ready": True, "note": "via json_object"}))
    client = client_for(scripted)
    result = await structured_call(client, load_prompts(), [{"role": "user", "content": "probe"}], Probe, "probe")
    assert result.note == "via json_object" and client.structured_mode == "json_object"
    first, second = scripted.chat_requests()
    assert first["body"]["response_format"]["type"] == "json_schema"
    assert second["body"]["response_format"] == {"type": "json_object", "schema": strict_schema(Probe)}
    assert "Reply with one JSON object only" in second["body"]["messages"][-1]["content"]
    await structured_call(client, load_prompts(), [{"role": "user", "content": "probe"}], Probe, "probe")
    assert scripted.chat_requests()[2]["body"]["response_format"]["type"] == "json_object", "learnt: no refusal"


async def test_a_refusal_is_recognised_whatever_its_status(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """llama-cpp-python answers a JSON schema with HTTP 500 (recorded from 0.3.36): not a
    server failure to retry three times, a refusal; the mode that works is remembered in
    $COACH_HOME/servers.json for the next run."""
    from coach.llm.server_profile import ServerProfiles

    with ScriptedServer.like("llama-cpp-python", json_object=False) as server:
        server.script.add("probe", Reply(json={"ready": True, "note": "in the prompt"}))
        model = server.models[0]
        profiles = ServerProfiles(tmp_path / "servers.json")
        settings = load_settings(base_url=server.base_url, model=model)
        client = LLMClient(settings, resolve_endpoint(settings), profiles)
        _OPEN.append(client)
        result = await structured_call(client, load_prompts(), [{"role": "user", "content": "probe"}], Probe, "p")
        assert result.note == "in the prompt"
        kinds = [(r["body"].get("response_format") or {}).get("type") for r in server.chat_requests()]
        assert kinds == ["json_schema", "json_object", None]  # one request each: refusals are not retried
        again = LLMClient(settings, resolve_endpoint(settings), ServerProfiles(tmp_path / "servers.json"))
        _OPEN.append(again)
        assert again.structured_mode == "prompt"  # remembered across runs
        assert (tmp_path / "servers.json").stat().st_mode & 0o077 == 0


async def test_invalid_json_is_repaired_once(scripted) -> None:
    scripted.script.add("coach:repair", Reply(text='```json\n{"ready": false, "note": "repaired"}\n```'))
    scripted.script.add("probe", Reply(raw='{"ready": tru'))
    client = client_for(scripted)
    result = await structured_call(client, load_prompts(), [{"role": "user", "content": "probe"}], Probe, "probe")
    assert result.note == "repaired"
    repair = scripted.chat_requests("repair")[0]["text"]
    assert "could not be used: it contained no JSON object" in repair and '{"ready": tru' in repair


async def test_invalid_json_twice_fails_clearly(scripted) -> None:
    scripted.script.add("coach:repair", Reply(raw="still not json"))
    scripted.script.add("probe", Reply(json={"ready": "maybe"}))
    with pytest.raises(StructuredOutputFailed, match="not valid JSON twice"):
        await structured_call(
            client_for(scripted), load_prompts(), [{"role": "user", "content": "probe"}], Probe, "probe"
        )


def test_token_counter_needs_no_download() -> None:
    counter = TokenCounter()
    assert counter.exact, "the tokenizer shipped inside wordllama's wheel is used"
    assert 5 <= counter.count("How are your OKRs coming along this quarter?") <= 15
    assert counter.count_messages([{"role": "user", "content": "hi"}]) >= 5


def test_offline_by_default_and_presets(monkeypatch) -> None:
    assert resolve_endpoint(load_settings()) is None
    ollama = resolve_endpoint(load_settings(provider="ollama"))
    assert ollama.base_url == "http://localhost:11434/v1" and ollama.model == "llama3.1"
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    openai = resolve_endpoint(load_settings())
    assert openai.base_url == "https://api.openai.com/v1" and openai.api_key == "sk-test"


def test_a_server_on_this_machine_gets_cpu_timeouts_and_no_retries() -> None:
    """A small model on two cores reads a long prompt for half a minute before its first
    token; retrying a timed-out request only queues a second one behind the first."""
    local = load_settings(base_url="http://127.0.0.1:8000/v1")
    client = LLMClient(local, resolve_endpoint(local))
    _OPEN.append(client)
    assert client.timeout == 180.0 and client._client.max_retries == 0
    chosen = load_settings(base_url="http://localhost:8000/v1", llm={"timeout": 20, "max_retries": 3})
    client = LLMClient(chosen, resolve_endpoint(chosen))
    _OPEN.append(client)
    assert client.timeout == 20 and client._client.max_retries == 3  # what the user set stands
    remote = load_settings(base_url="https://models.example.com/v1")
    client = LLMClient(remote, resolve_endpoint(remote))
    _OPEN.append(client)
    assert client.timeout == 60 and client._client.max_retries == 2
