"""`coach completion`: scripts written from the parser, and the bash one driven in a real
bash the way the shell calls it."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from coach.cli import build_parser, main
from coach.cli.completion import commands, script


def complete(bash_script: str, *words: str) -> list[str]:
    """What bash offers after `words` (the last one is being typed)."""
    quoted = " ".join(f"'{w}'" for w in words)
    program = (
        f"{bash_script}\nCOMP_WORDS=({quoted}); COMP_CWORD=$((${{#COMP_WORDS[@]}}-1)); COMPREPLY=(); _coach;"
        ' printf "%s\\n" "${COMPREPLY[@]}"'
    )
    result = subprocess.run(["bash", "--norc", "-c", program], capture_output=True, text=True, check=True)
    return [line for line in result.stdout.splitlines() if line]


@pytest.fixture(scope="module")
def bash_script() -> str:
    return script("bash", build_parser())


def test_bash_completes_commands_words_options_and_their_choices(bash_script: str) -> None:
    assert complete(bash_script, "coach", "ac") == ["actions"]
    assert complete(bash_script, "coach", "summ") == ["summarize", "summarise"]  # the alias too
    assert complete(bash_script, "coach", "-m", "qwen", "summ") == ["summarize", "summarise"]  # a value is skipped
    assert complete(bash_script, "coach", "actions", "") == ["list", "done", "reopen", "edit", "delete", "export"]
    assert complete(bash_script, "coach", "actions", "--fo") == ["--format"]
    assert complete(bash_script, "coach", "actions", "--format", "") == ["ics", "md"]
    assert complete(bash_script, "coach", "route", "--role", "m") == ["manager"]
    assert complete(bash_script, "coach", "summarize", "--date", "") == []  # bash falls back to file names
    assert "--json" in complete(bash_script, "coach", "doctor", "--")


def test_every_command_of_the_parser_is_in_every_script() -> None:
    parser = build_parser()
    _, found = commands(parser)
    names = [n for c in found for n in c.names]
    assert "completion" in names and "summarise" in names and len(names) > 20
    for shell in ("bash", "zsh", "fish"):
        text = script(shell, parser)
        assert all(name in text for name in names), shell


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_scripts_parse_where_the_shell_is_installed(shell: str) -> None:
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed here")
    text = script(shell, build_parser())
    check = ["zsh", "-n", "-c", text] if shell == "zsh" else ["fish", "--no-execute", "-c", text]
    subprocess.run(check, check=True, capture_output=True)


def test_the_command_prints_the_script_and_refuses_other_shells(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", "bash"]) == 0
    assert "complete -o default -F _coach coach" in capsys.readouterr().out
    refused = subprocess.run(
        [sys.executable, "-m", "coach", "completion", "powershell"], capture_output=True, text=True
    )
    assert refused.returncode == 2 and "invalid choice: 'powershell'" in refused.stderr


def test_fish_completes_and_zsh_registers_where_installed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("fish"):
        path = tmp_path / "coach.fish"
        path.write_text(script("fish", build_parser()))
        asked = "; ".join(
            f"complete -C '{line}'" for line in ("coach ac", "coach actions --format ", "coach route --role m")
        )
        out = subprocess.run(
            ["fish", "-c", f"source {path}; {asked}"], capture_output=True, text=True, check=True
        ).stdout
        assert [line.split("\t")[0] for line in out.splitlines()] == ["actions", "ics", "md", "manager"]
    if shutil.which("zsh"):
        path = tmp_path / "coach.zsh"
        path.write_text(script("zsh", build_parser()))
        out = subprocess.run(
            ["zsh", "-c", f"source {path}; complete -p coach"], capture_output=True, text=True, check=True
        )
        assert "_coach coach" in out.stdout
    if not (shutil.which("fish") or shutil.which("zsh")):
        pytest.skip("neither fish nor zsh is installed here")
