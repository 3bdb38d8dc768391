"""Setting up: `doctor` (is the model endpoint usable?) and `config` (the effective settings)."""

from __future__ import annotations

import argparse
import json
import sys

from coach.cli.common import limit, make_coach, print_json, record_id
from coach.core.errors import UsageError


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


def cmd_logs(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from coach.cli.common import make_coach, print_data

    logs = make_coach().logs
    if args.action == "clear":
        removed = logs.clear()
        return print_data({"removed": removed}, args.json, [f"Removed {removed} logged model calls."])
    if args.action == "show":
        if args.id is None:
            raise UsageError("`coach logs show` needs the call's ID (`coach logs` lists them)")
        call = logs.get(args.id)
        lines = [f"[{call.id}] {call.at} · {call.kind} · {call.model} · {call.seconds:.1f} s"]
        lines += [f"error: {call.error}"] if call.error else []
        for message in call.messages:
            lines += ["", f"--- {message['role']} ---", message["content"]]
        lines += ["", "--- reply ---", call.reply]
        return print_data(asdict(call), args.json, lines)
    calls = logs.recent(args.limit)
    if not logs.enabled and not calls:
        off = (
            "Model calls are not logged. Set `log = true` under [llm] in the config (or COACH_LLM__LOG=1) to keep "
            f"each prompt and reply, secrets masked, for {logs.days} days."
        )
        return print_data([], args.json, [off])
    lines = [
        f"[{c.id}] {c.at} {c.kind:<16} {c.seconds:6.1f} s  "
        + (f"failed: {c.error[:60]}" if c.error else " ".join(c.reply.split())[:70])
        for c in calls
    ]
    return print_data([asdict(c) for c in calls], args.json, lines or ["No model calls logged yet."])


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="check the model endpoint: reachable, model, streaming, structured output")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("models", help="list the models the server serves, with their context windows")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_models)

    p = sub.add_parser(
        "logs",
        help="the model calls kept when [llm] log is on: list, show ID, or clear",
        description="Off by default. With `log = true` under [llm] (or COACH_LLM__LOG=1), every prompt and reply "
        "is kept in coach's database, secrets masked, for [llm] log_days (14) days; `coach forget` removes the "
        "calls that name the person.",
    )
    p.add_argument("action", nargs="?", choices=("list", "show", "clear"), default="list")
    p.add_argument("id", nargs="?", type=record_id, help="show: the call's ID")
    p.add_argument("-n", "--limit", type=limit, default=20, help="how many (default 20)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_logs)

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
