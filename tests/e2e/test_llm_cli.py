"""The CLI with a model: routing through the model (and its fallback), `coach doctor`,
and prompt files checked at start-up, all against the scripted server."""

from __future__ import annotations

import json

from coach.testing.scripted_server import Reply
from tests.e2e.cli_here import coach_here

coach = coach_here


UNSURE = "I need to talk with Elena"
"""The offline router is unsure here (coaching 0.64, progress-update 0.17 and career-growth 0.15)."""


def test_route_asks_the_model_only_where_the_router_is_unsure(llm_env) -> None:
    llm_env.script.add("coach:routing", Reply(json={"conversation": "career-growth", "confidence": 0.8}))
    result = coach("route", UNSURE, "--role", "manager", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["conversation"] == "coaching"  # the router's pick stands: never worse than offline
    assert data["alternatives"][0]["conversation"] == "career-growth"  # the model's pick leads the runners-up
    (request,) = llm_env.chat_requests("routing")
    assert UNSURE in request["text"] and "manager-prep" not in request["text"]  # only the close ones
    sure = json.loads(coach("route", "Prepare for my performance review", "--role", "contributor", "--json").stdout)
    assert sure["conversation"] == "self-reflection" and len(llm_env.chat_requests("routing")) == 1


def test_route_falls_back_offline_with_a_clear_line(llm_env) -> None:
    llm_env.api_key = "another-key"
    result = coach("route", UNSURE, "--role", "manager")
    assert result.returncode == 0
    assert result.stdout.startswith("coaching")
    assert result.stderr.count("\n") == 1 and "refused the API key (401)" in result.stderr
    assert "used the offline router" in result.stderr


def test_doctor_reports_what_works(llm_env) -> None:
    llm_env.json_schema = False
    llm_env.script.add(r"Reply with JSON only", Reply(json={"ready": True}))
    result = coach("doctor")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "✓ models: the server lists 1: scripted-model" in result.stdout
    assert "✓ streaming: first chunk after" in result.stdout
    assert "✓ structured output: the server refuses OpenAI's JSON schema; a JSON object held" in result.stdout
    assert "✓ context window: the server does not say" in result.stdout
    assert "✓ token count: the server does not count tokens" in result.stdout
    data = json.loads(coach("doctor", "--json").stdout)
    assert data["ok"] is True and {c["name"] for c in data["checks"]} >= {"models", "structured output"}
    formats = [(r["body"].get("response_format") or {}).get("type") for r in llm_env.chat_requests()]
    assert formats.count("json_schema") == 1, "what doctor learnt is what coach then does: not asked again"


def test_doctor_says_what_happens_when_json_fails(llm_env) -> None:
    result = coach("doctor")
    assert result.returncode == 0  # not essential: every feature keeps coach's own result
    assert "! structured output: no valid JSON from the model" in result.stdout
    assert "keeps coach's own result" in result.stdout


def test_ollama_preset_host_tags_and_the_first_chat_model(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """`COACH_PROVIDER=ollama` with OLLAMA_HOST: "llama3.1" is served as "llama3.1:latest",
    and with no model set the first *chat* model is taken (an embedding model is listed first).
    In-process, as the other CLI tests that need no process of their own."""
    from coach.cli import main
    from coach.testing.scripted_server import ScriptedServer

    def run(*args: str) -> tuple[int, str]:
        code = main(list(args))
        return code, capsys.readouterr().out

    with ScriptedServer.like("ollama") as server:
        server.script.add(r"Reply with JSON only", Reply(json={"ready": True}))
        monkeypatch.setenv("COACH_PROVIDER", "ollama")
        monkeypatch.setenv("OLLAMA_HOST", server.base_url.removeprefix("http://").removesuffix("/v1"))
        monkeypatch.delenv("COACH_BASE_URL", raising=False)
        code, out = run("doctor")
        assert code == 0, out
        assert "✓ model: using 'llama3.1:latest' (the server's name for 'llama3.1')" in out
        assert "✓ context window: 2,048 tokens" in out
        assert json.loads(run("models", "--json")[1]) == [
            {"id": "nomic-embed-text:latest", "kind": "embedding", "context_window": None},
            {"id": "llama3.1:latest", "kind": "chat", "context_window": 2048},
        ]
        listed = run("models")[1]
        assert "llama3.1:latest" in listed and "2,048 tokens" in listed
        monkeypatch.setenv("COACH_MODEL", "")
        assert "using 'llama3.1:latest'" in run("doctor", "--json")[1]


def test_model_option_on_any_command(llm_env, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from coach.cli import main

    monkeypatch.setenv("COACH_MODEL", "scripted-model")  # -m sets it for the run; restored after the test
    llm_env.models = ("scripted-model", "other-model")
    llm_env.script.add("coach:routing", Reply(json={"conversation": "career-growth", "confidence": 0.8}))
    for args in (["route", UNSURE, "-m", "other-model"], ["-m", "other-model", "route", UNSURE]):
        assert main([*args, "--role", "manager"]) == 0
    assert [r["body"]["model"] for r in llm_env.chat_requests("routing")] == ["other-model", "other-model"]
    capsys.readouterr()
    main(["doctor", "--model", "nope"])
    assert "'nope' is not among the served models" in capsys.readouterr().out


def test_doctor_says_what_to_change(llm_env) -> None:
    result = coach("doctor", COACH_MODEL="gpt-nine")
    assert result.returncode == 1
    assert "✗ model: 'gpt-nine' is not among the served models" in result.stdout
    assert "set COACH_MODEL to one of: scripted-model" in result.stdout


def test_doctor_offline() -> None:
    result = coach("doctor")
    assert result.returncode == 0 and "runs the offline guide" in result.stdout


def test_broken_prompt_file_stops_the_app_at_start_up(llm_env, coach_home) -> None:
    folder = coach_home / "prompts"
    folder.mkdir(parents=True)
    (folder / "coverage.yaml").write_text("messages: [unclosed\n")
    result = coach()
    assert result.returncode != 0
    assert "coverage.yaml: line" in result.stderr and "invalid YAML" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert llm_env.chat_requests() == []


def test_advise_offline_prints_the_entries_as_json(capsys) -> None:  # type: ignore[no-untyped-def]
    from coach.cli import main

    assert main(["advise", "How do I say this without sounding harsh?", "--role", "manager", "--json"]) == 0
    advice = json.loads(capsys.readouterr().out)["advice"]
    assert len(advice) == 3 and set(advice[0]) == {"title", "text", "source"}
    assert any("harsh" in a["title"].lower() for a in advice)
    for args, message in [
        (("",), "ask a question"),
        (("how?", "--conversation", "nope"), "unknown conversation"),
        (("asdf qwerty",), "nothing in the advice base matches that"),  # it listed three unrelated entries
        (("banana bread recipe",), "nothing in the advice base matches that"),
    ]:
        assert main(["advise", *args]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and message in err


def test_advise_on_what_coach_does_not_cover_says_so(capsys) -> None:  # type: ignore[no-untyped-def]
    from coach.cli import main

    assert main(["advise", "how do I fire someone legally"]) == 0  # it listed entries about stress
    out = capsys.readouterr().out
    assert out.startswith("Not something coach covers: Dismissals") and "HR" in out and "1." not in out
    assert main(["advise", "how do I fire someone legally", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["advice"] == [] and shown["out_of_scope"]["topic"] == "dismissal"


def test_advise_with_the_model_cites_only_what_it_was_given(llm_env) -> None:
    llm_env.script.add(
        "coach:advice",
        Reply(text="Name the behaviour [Saying it without sounding harsh] and listen [Made-up entry title]."),
    )
    result = coach("advise", "How do I say this without sounding harsh?", "--role", "manager", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["cited"] == ["Saying it without sounding harsh"]
    assert "Made-up entry" not in data["answer"] and "[Saying it without sounding harsh]" in data["answer"]
    assert "[Saying it without sounding harsh]" in llm_env.chat_requests("advice")[0]["text"]


def test_advise_falls_back_to_the_entries_when_the_model_fails(llm_env) -> None:
    llm_env.script.add("coach:advice", Reply(status=500, error="boom"))
    result = coach("advise", "How do I say this without sounding harsh?", "--role", "manager")
    assert result.returncode == 0, result.stderr
    assert "1. " in result.stdout and "harsh" in result.stdout.lower()
    assert result.stderr.count("\n") == 1 and "showing the advice base's entries" in result.stderr


async def test_advice_answers_quoting_their_entry_are_shown_echoes_and_lower_entries_are_not(llm_env) -> None:
    """Live, the 0.5B model quoted "Asking for a raise" word for word with its title: quoting
    the entry an answer builds on is no echo (every answer was refused for it). An answer that
    is nothing but the quote is not shown either: the entries coach shows offline say more.
    Reading the instructions back is an echo, and an answer drawn only from an entry coach
    ranks lower is refused (it answered "how do I ask for a raise?" from the third entry)."""
    from coach.app.coach import Coach
    from coach.core.config import load_settings

    quoted = (
        "[Asking for a raise] Base the ask on your work, not your needs: the scope you took on, "
        "the results, and what the role pays in the market if you know it. For you that means the two "
        "launches you led since March and the salary range posted for the role; ask your manager when "
        "raises are decided and what would need to be true by then."
    )
    llm_env.script.add(
        "coach:advice",
        Reply(text="Based on the advice entries provided, here is my answer: " + quoted),
        Reply(text=quoted.split(" For you")[0]),
        Reply(text="[Asking for a raise] Build the answer from the advice entries below and cite each entry you use."),
        Reply(text="[Giving your manager feedback safely] Start with something they do that genuinely helps."),
    )
    service = Coach(load_settings())
    try:
        question = "How do I ask my manager for a raise?"
        shown = await service.advice.write(question, role="contributor")
        copied = await service.advice.write(question, role="contributor")
        echoed = await service.advice.write(question, role="contributor")
        lower = await service.advice.write(question, role="contributor")
    finally:
        await service.aclose()
    assert shown.answer == quoted and shown.notice is None and shown.cited == ["Asking for a raise"]  # no preamble
    assert copied.answer is None and "only repeated the advice base's entries" in (copied.notice or "")
    assert echoed.answer is None and "repeated its instructions" in (echoed.notice or "")
    assert [a.title for a in lower.advice][2] == "Giving your manager feedback safely"
    assert lower.answer is None and "drew only on entries coach ranks lower" in (lower.notice or "")
    assert all(r["body"]["max_tokens"] <= 400 for r in llm_env.chat_requests("advice"))  # a rambling answer is cut


def test_advise_shows_the_entries_when_the_answer_reads_its_prompt_back(llm_env) -> None:
    """What a 0.5B model answered, live: its own prompt fields, no entry cited."""
    llm_env.script.add(
        "coach:advice",
        Reply(
            text="The conversation is about self-reflection before a review. I am the contributor, and my question is (none)."
        ),
    )
    result = coach("advise", "How honest should I be about my mistakes in the review?", "--role", "contributor")
    assert result.returncode == 0, result.stderr
    assert "my question is" not in result.stdout and "1. " in result.stdout
    assert (
        result.stderr.count("\n") == 1
        and "repeated its instructions; showing the advice base's entries" in result.stderr
    )
