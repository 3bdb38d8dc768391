"""The CLI with a model: routing through the model (and its fallback), `coach doctor`,
and prompt files checked at start-up, all against the scripted server."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from coach.testing.scripted_server import Reply

COACH = [sys.executable, "-m", "coach"]


def coach(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COACH, *args], capture_output=True, text=True, env={**os.environ, **env}, timeout=60)


def test_route_uses_the_model(llm_env) -> None:
    llm_env.script.add("coach:routing", Reply(json={"conversation": "career-growth", "confidence": 0.8}))
    result = coach("route", "Elena wants to grow into a lead role", "--role", "manager", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["conversation"] == "career-growth" and data["confidence"] == 0.8
    request = llm_env.chat_requests("routing")[0]
    assert "Elena wants to grow into a lead role" in request["text"] and "manager-prep" in request["text"]


def test_route_falls_back_offline_with_a_clear_line(llm_env) -> None:
    llm_env.api_key = "another-key"
    result = coach("route", "Prepare for my performance review", "--role", "contributor")
    assert result.returncode == 0
    assert result.stdout.startswith("self-reflection")
    assert result.stderr.count("\n") == 1 and "refused the API key (401)" in result.stderr
    assert "used the offline router" in result.stderr


def test_doctor_reports_what_works(llm_env) -> None:
    llm_env.json_schema = False
    result = coach("doctor")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "✓ models: the server lists 1: scripted-model" in result.stdout
    assert "✓ streaming: first chunk after" in result.stdout
    assert "! structured output: the server rejects JSON-schema output" in result.stdout


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
    for args, message in [(("",), "ask a question"), (("how?", "--conversation", "nope"), "unknown conversation")]:
        assert main(["advise", *args]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and message in err


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
