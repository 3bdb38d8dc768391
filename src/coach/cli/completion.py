"""`coach completion bash|zsh|fish`: a completion script written from the parser itself,
so that it never falls behind the commands: every command (and alias), its options, the
fixed choices of its words and options, and file names where a command takes a file.

    eval "$(coach completion bash)"                              # in ~/.bashrc
    eval "$(coach completion zsh)"                               # in ~/.zshrc
    coach completion fish > ~/.config/fish/completions/coach.fish
"""

from __future__ import annotations

import argparse
import shlex
from dataclasses import dataclass, field

SHELLS = ("bash", "zsh", "fish")


@dataclass
class Command:
    names: list[str]
    help: str
    options: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    """Fixed choices of its positional arguments (`coach actions list|done|export`)."""
    option_choices: dict[str, list[str]] = field(default_factory=dict)
    takes_value: list[str] = field(default_factory=list)


def _options(parser: argparse.ArgumentParser) -> tuple[list[str], list[str], dict[str, list[str]], list[str]]:
    options: list[str] = []
    words: list[str] = []
    choices: dict[str, list[str]] = {}
    takes_value: list[str] = []
    for action in parser._actions:
        if action.option_strings:
            options += action.option_strings
            if action.nargs != 0:
                takes_value += action.option_strings
                if action.choices:
                    for option in action.option_strings:
                        choices[option] = [str(c) for c in action.choices]
        elif action.choices and not isinstance(action, argparse._SubParsersAction):
            words += [str(c) for c in action.choices]
    return options, words, choices, takes_value


def commands(parser: argparse.ArgumentParser) -> tuple[Command, list[Command]]:
    """The top level (its options) and each command, in `--help` order."""
    options, _, choices, takes_value = _options(parser)
    top = Command(["coach"], "", options, [], choices, takes_value)
    found: list[Command] = []
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
        by_parser: dict[int, Command] = {}
        for name, sub in action.choices.items():
            if id(sub) in by_parser:
                by_parser[id(sub)].names.append(name)  # an alias (`summarise`)
                continue
            options, words, choices, takes_value = _options(sub)
            by_parser[id(sub)] = Command([name], helps.get(name, ""), options, words, choices, takes_value)
        found = list(by_parser.values())
    return top, found


def script(shell: str, parser: argparse.ArgumentParser) -> str:
    if shell not in SHELLS:
        raise ValueError(shell)
    top, found = commands(parser)
    if shell == "fish":
        return _fish(top, found)
    bash = _bash(top, found)
    if shell == "zsh":  # zsh runs the bash function through its own bash compatibility
        return "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + bash
    return bash


def _words(values: list[str]) -> str:
    return shlex.quote(" ".join(values))


def _bash(top: Command, found: list[Command]) -> str:
    value_options = sorted({o for c in [top, *found] for o in c.takes_value})
    lines = [
        "# coach completion for bash (coach completion bash); generated from coach's own parser",
        "_coach() {",
        '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
        '    local command="" i word opts="" words=""',
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        '        word="${COMP_WORDS[i]}"',
        '        case "$word" in',
        f"            {'|'.join(value_options) or '--'}) ((i++)) ;;",
        "            -*) ;;",
        '            *) command="$word"; break ;;',
        "        esac",
        "    done",
        '    case "$command" in',
        '        "")',
        f"            opts={_words(top.options)}",
        f"            words={_words([n for c in found for n in c.names])}",
        "            ;;",
    ]
    for command in found:
        lines.append(f"        {'|'.join(command.names)})")
        lines.append(f"            opts={_words(command.options)}")
        lines.append(f"            words={_words(command.words)}")
        if command.option_choices:
            lines.append('            case "$prev" in')
            for option, values in command.option_choices.items():
                lines.append(
                    f'                {option}) COMPREPLY=($(compgen -W {_words(values)} -- "$cur")); return ;;'
                )
            lines.append("            esac")
        lines.append("            ;;")
    lines += [
        "    esac",
        '    case "$prev" in',
        f"        {'|'.join(value_options) or '--'}) return ;;  # a value: file names (-o default)",
        "    esac",
        '    if [[ "$cur" == -* ]]; then',
        '        COMPREPLY=($(compgen -W "$opts" -- "$cur"))',
        "    else",
        '        COMPREPLY=($(compgen -W "$words" -- "$cur"))',
        "    fi",
        "}",
        "complete -o default -F _coach coach",
        "",
    ]
    return "\n".join(lines)


def _fish(top: Command, found: list[Command]) -> str:
    names = " ".join(n for c in found for n in c.names)
    lines = [
        "# coach completion for fish (coach completion fish); generated from coach's own parser",
        "complete -c coach -f",
    ]
    lines += [f"complete -c coach -n '__fish_use_subcommand' {_fish_option(option)}" for option in top.options]
    for command in found:
        lines += [
            f"complete -c coach -n '__fish_use_subcommand' -a {name} -d {shlex.quote(command.help[:60])}"
            for name in command.names
        ]
        seen = f"__fish_seen_subcommand_from {' '.join(command.names)}"
        if command.words:
            lines.append(f"complete -c coach -n '{seen}' -a {_words(command.words)}")
        else:
            lines.append(f"complete -c coach -n '{seen}' -F")  # its word is a file, a name or text
        for option in command.options:
            values = command.option_choices.get(option)
            extra = f" -xa {_words(values)}" if values else (" -r -F" if option in command.takes_value else "")
            lines.append(f"complete -c coach -n '{seen}' {_fish_option(option)}{extra}")
    lines.append(f"# commands: {names}")
    return "\n".join(lines) + "\n"


def _fish_option(option: str) -> str:
    return f"-l {option[2:]}" if option.startswith("--") else f"-s {option[1:]}"
