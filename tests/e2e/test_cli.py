"""The `coach` command: every subcommand, JSON shapes, and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.app.coach import Coach
from coach.cli import main
from coach.core.config import load_settings

COACH = [sys.executable, "-m", "coach"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def finished_session() -> str:
    service = Coach(load_settings())
    view = service.sessions.start("contributor", "self-reflection", None)
    service.sessions.send(view.id, "I shipped the billing migration on 3 March, two weeks early.")
    service.sessions.act(view.id, "finish")
    return view.id


def test_help_is_lazy() -> None:
    """What keeps `--help` instant: nothing heavy is imported. Its time is a benchmark
    (benchmarks/bench_cli_help.py), not an assert that a loaded machine could break."""
    result = subprocess.run([*COACH, "--help"], capture_output=True, text=True, check=True)
    assert "framework" in result.stdout and "route" in result.stdout
    probe = "import sys, coach.cli; print(any(m.split('.')[0] in ('textual','pydantic','numpy','yaml') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout.strip() == "False"


def test_version(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("coach 0.")


def test_framework_list_and_detail(capsys) -> None:
    code, out, _ = run(capsys, "framework")
    assert code == 0 and len(out.strip().splitlines()) == 7
    code, out, _ = run(capsys, "framework", "progress-update")
    assert "progress-update.blockers" in out and "[critical]" in out
    code, out, _ = run(capsys, "framework", "coaching", "--json")
    assert json.loads(out)["id"] == "coaching"
    code, out, _ = run(capsys, "framework", "--role", "contributor", "--json")
    assert "manager-prep" not in {c["id"] for c in json.loads(out)}


def test_route_json(capsys) -> None:
    code, out, _ = run(capsys, "route", "Prepare for my performance review", "--role", "contributor", "--json")
    data = json.loads(out)
    assert code == 0 and data["conversation"] == "self-reflection"
    assert set(data) == {"conversation", "confidence", "alternatives"}


def test_route_text(capsys) -> None:
    code, out, _ = run(capsys, "route", "Elena asked what she needs to get promoted", "--role", "manager")
    assert code == 0 and out.startswith("career-growth  Career growth  (confidence ")


def test_route_says_when_it_guessed_the_role(capsys) -> None:
    code, out, _ = run(capsys, "route", "my manager keeps changing priorities every week")
    assert code == 0 and "as a contributor (guessed from the wording" in out


def test_sessions_and_export(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "sessions")
    assert "No sessions yet" in out
    sid = finished_session()
    code, out, _ = run(capsys, "sessions", "--json")
    (row,) = json.loads(out)
    assert row["id"] == sid and row["status"] == "finished" and row["covered"] == 1
    code, out, _ = run(capsys, "export", sid[:4])
    assert out.startswith("# Brief: Self-reflection before a review") and "## Transcript" in out
    target = tmp_path / "brief.md"
    code, _, err = run(capsys, "export", sid, "-o", str(target))
    assert code == 0 and target.read_text().startswith("# Brief") and str(target) in err
    code, _, _ = run(capsys, "export", sid, "-o", str(tmp_path))
    assert (tmp_path / Coach(load_settings()).sessions.default_export_path(sid).name).is_file()


def test_export_to_unwritable_path_is_one_line(capsys) -> None:
    sid = finished_session()
    code, _out, err = run(capsys, "export", sid, "-o", "/nonexistent/folder/brief.md")
    assert code == 2 and err == "coach: cannot write /nonexistent/folder/brief.md: No such file or directory\n"


def test_config_masks_secrets(capsys, monkeypatch) -> None:
    monkeypatch.setenv("COACH_API_KEY", "sk-very-secret-value")
    monkeypatch.setenv("COACH_ENGINE__MAX_PROBES", "1")
    _code, out, _ = run(capsys, "config")
    assert "sk-very" not in out and 'api_key = "********"' in out
    assert "engine.max_probes = 1" in out and 'mode = "llm"' in out


def test_config_file_in_coach_home(capsys, coach_home: Path) -> None:
    coach_home.mkdir(parents=True, mode=0o700)  # private, as coach makes it: no warning line
    (coach_home / "config.toml").write_text('model = "llama3"\n[engine]\nmax_probes = 3\n')
    _code, out, _ = run(capsys, "config", "--json")
    data = json.loads(out)
    assert data["model"] == "llama3" and data["engine"]["max_probes"] == 3
    assert data["paths"]["config_file_exists"] is True


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        ("bad-toml", ["config"], "config.toml: invalid TOML"),
        ("bad-setting", ["config"], "invalid setting engine.max_probes"),
        ("typo-setting", ["config"], "unknown setting 'llm.temprature' (did you mean 'llm.temperature'?)"),
        ("typo-setting", [], "unknown setting 'llm.temprature' (did you mean 'llm.temperature'?)"),
        ("unknown-setting", ["route", "x"], "unknown setting 'colour' (the README's Configuration lists"),
        ("broken-knowledge", ["framework"], "coaching.yaml: questions[2].text: field required"),
        ("corrupt-db", ["sessions"], "is damaged"),
        ("broken-knowledge", [], "coaching.yaml: questions[2].text: field required"),
        ("corrupt-db", [], "is damaged"),
        ("corrupt-db", ["resume"], "is damaged"),
        (None, ["framework", "nope"], "unknown conversation 'nope'"),
        (None, ["route", "  "], "describe the situation"),
        (None, ["resume"], "no unfinished session to resume"),
        (None, ["export", "abc"], "no session 'abc'"),
        (None, ["rehearse", "--persona", "defensive-behind", "--traits", "calm"], "--traits goes with --person"),
        (None, ["rehearse", "--person", "Nobody"], "no person 'Nobody'"),
    ],
)
def test_bad_input_is_one_line_without_traceback(coach_home: Path, setup, args, message) -> None:
    coach_home.mkdir(parents=True, mode=0o700)  # private, as coach makes it: no warning line
    env = dict(os.environ.items())
    if setup == "bad-toml":
        (coach_home / "config.toml").write_text("this is = = not toml")
    elif setup == "typo-setting":
        (coach_home / "config.toml").write_text('model = "x"\n[llm]\ntemprature = 0.2\n')
    elif setup == "unknown-setting":
        (coach_home / "config.toml").write_text('colour = "blue"\n')
    elif setup == "bad-setting":
        env["COACH_ENGINE__MAX_PROBES"] = "lots"
    elif setup == "broken-knowledge":
        import yaml

        from coach.framework.loader import bundled_knowledge_dir

        data = yaml.safe_load((bundled_knowledge_dir() / "conversations" / "coaching.yaml").read_text())
        del data["questions"][2]["text"]
        folder = coach_home / "knowledge" / "conversations"
        folder.mkdir(parents=True)
        (folder / "coaching.yaml").write_text(yaml.safe_dump(data))
    elif setup == "corrupt-db":
        (coach_home / "coach.db").write_bytes(b"garbage" * 1000)
    result = subprocess.run([*COACH, *args], capture_output=True, text=True, env=env)
    assert result.returncode != 0
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
