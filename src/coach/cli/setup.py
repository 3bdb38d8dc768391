"""Setting up: `doctor` (is the model endpoint usable?) and `config` (the effective settings)."""

from __future__ import annotations

import argparse
import json
import sys

from coach.cli.common import make_coach, print_json


def cmd_doctor(args: argparse.Namespace) -> int:
    import asyncio

    from coach.app.doctor import as_json, render, run_checks

    checks = asyncio.run(run_checks(make_coach()))
    if args.json:
        print_json(as_json(checks))
    else:
        print(render(checks))
    return 0 if all(c.ok or not c.essential for c in checks) else 1


def cmd_models(args: argparse.Namespace) -> int:
    import asyncio

    from coach.app.doctor import served_models

    models = asyncio.run(served_models(make_coach()))
    if args.json:
        print_json(models)
        return 0
    for m in models:
        window = f"{m['context_window']:,} tokens" if m["context_window"] else "context not said"
        print(f"{m['id']:<48} {m['kind']:<9} {window}")
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    from coach.core.config import load_settings, settings_report

    report = settings_report(load_settings())
    if args.json:
        print_json(report)
        return 0
    paths = report.pop("paths")
    for section, value in report.items():
        if isinstance(value, dict):
            for key, inner in value.items():
                print(f"{section}.{key} = {json.dumps(inner)}")
        else:
            print(f"{section} = {json.dumps(value)}")
    for key, value in paths.items():
        print(f"# {key}: {value}")
    return 0


def cmd_completion(args: argparse.Namespace) -> int:
    from coach.cli import build_parser
    from coach.cli.completion import script

    sys.stdout.write(script(args.shell, build_parser()))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="check the model endpoint: reachable, model, streaming, structured output")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("models", help="list the models the server serves, with their context windows")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_models)

    p = sub.add_parser(
        "completion",
        help="print a shell completion script (bash, zsh or fish)",
        description='Add `eval "$(coach completion bash)"` to ~/.bashrc (zsh: the same with zsh, in ~/.zshrc), '
        "or write `coach completion fish` to ~/.config/fish/completions/coach.fish.",
    )
    p.add_argument("shell", choices=("bash", "zsh", "fish"))
    p.set_defaults(func=cmd_completion)

    p = sub.add_parser("config", help="print the effective settings (secrets masked)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_config)
