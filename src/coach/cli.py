"""The `coach` command. Imports stay inside the subcommands so `coach --help` is instant."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from coach import __version__
from coach.core.errors import CoachError, UsageError
from coach.core.types import ROLES

if TYPE_CHECKING:
    from coach.services import CoachService



def _service() -> CoachService:
    from coach.core.config import load_settings
    from coach.services import CoachService

    return CoachService(load_settings())


def _print_json(data: object) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def cmd_app(args: argparse.Namespace) -> int:
    service = _service()
    _ = service.framework  # a broken knowledge file stops here, in one line
    _ = service.llm  # with a model configured, a broken prompt file stops here too
    session_id: str | None = None
    if args.command == "resume":
        if args.session:
            session_id = service.store.resolve(args.session)
        else:
            latest = service.latest_active()
            if latest is None:
                raise UsageError("no unfinished session to resume; `coach sessions` lists them all")
            session_id = latest.id
    else:
        service.sessions(1)  # a damaged or locked database stops here, in one line
    from coach.tui.app import make_app

    make_app(service.settings, service=service, session_id=session_id).run()
    return 0


def cmd_framework(args: argparse.Namespace) -> int:
    framework = _service().framework
    if args.id is None:
        conversations = framework.for_role(args.role) if args.role else list(framework)
        if args.json:
            _print_json([c.model_dump(mode="json") for c in conversations])
            return 0
        for c in conversations:
            who = f"{c.leader} with {c.answerer}" if c.answerer else f"{c.leader}, alone"
            print(f"{c.id:<17} {c.title:<42} {who:<26} {len(c.questions)} questions")
        return 0
    conversation = framework.get(args.id)
    if args.json:
        _print_json(conversation.model_dump(mode="json"))
        return 0
    who = f"{conversation.leader} with {conversation.answerer}" if conversation.answerer else f"{conversation.leader}, alone"
    print(f"{conversation.title} ({conversation.id}) · {who}\n")
    print(conversation.purpose.strip() + "\n")
    for n, q in enumerate(conversation.questions, 1):
        flag = " [critical]" if q.critical else ""
        stage = " (leader's own prep)" if q.stage == "prep" and conversation.answerer else ""
        print(f"{n}. {q.text}{flag}{stage}\n   id: {q.id}\n   why: {q.intent}")
        for probe in q.probes:
            print(f"   - {probe}")
    print("\nTips:")
    for tip in conversation.tips:
        print(f"- {tip}")
    return 0


def cmd_route(args: argparse.Namespace) -> int:
    import asyncio

    service = _service()
    result, warning = asyncio.run(service.route_with_model(args.situation, args.role))
    if warning:
        print(f"coach: {warning}", file=sys.stderr)
    if args.json:
        _print_json(result.to_json())
        return 0
    title = service.framework.get(result.conversation).title
    print(f"{result.conversation}  {title}  (confidence {result.confidence:.2f})")
    if result.alternatives:
        others = ", ".join(f"{a.conversation} {a.score:.2f}" for a in result.alternatives)
        print(f"  runners-up: {others}")
    if args.role is None and result.role is not None:
        print(f"  as a {result.role} (guessed from the wording; --role sets it)")
    if result.confidence < 0.5:
        print("  Not a clear match: `coach framework` lists every conversation to choose from.")
    return 0


def cmd_sessions(args: argparse.Namespace) -> int:
    service = _service()
    records = service.sessions(args.limit)
    if args.json:
        _print_json(
            [
                {
                    "id": r.id,
                    "created_at": r.created_at.isoformat(),
                    "updated_at": r.updated_at.isoformat(),
                    "role": r.role,
                    "conversation": r.conversation_id,
                    "person": r.person,
                    "status": r.status,
                    "covered": r.state.counts()["covered"],
                    "questions": len(r.state.order),
                }
                for r in records
            ]
        )
        return 0
    if not records:
        print("No sessions yet. Run `coach` to start one.")
        return 0
    for r in records:
        when = r.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        progress = f"{r.state.counts()['covered']}/{len(r.state.order)}"
        print(f"{r.id}  {when}  {r.status:<8} {r.conversation_id:<16} {r.role:<11} {progress:>5}  {r.person or ''}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    service = _service()
    if args.output is None:
        sys.stdout.write(service.export_markdown(args.session))
        return 0
    path = service.export(args.session, Path(args.output))
    print(f"Wrote {path}", file=sys.stderr)
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    import asyncio

    from coach.doctor import render, run_checks

    checks = asyncio.run(run_checks(_service()))
    print(render(checks))
    return 0 if all(c.ok or not c.essential for c in checks) else 1


def cmd_config(args: argparse.Namespace) -> int:
    from coach.core.config import load_settings, settings_report

    report = settings_report(load_settings())
    if args.json:
        _print_json(report)
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


class CommandParser(argparse.ArgumentParser):
    """A command's parser that takes options between its words, as people type them:
    `coach notes add --person Sam "text"` (plain argparse stops at the option)."""

    _parsing = False

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def,override]
        if self._parsing:  # the intermixed parse calls back in here
            return super().parse_known_args(args, namespace)
        self._parsing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._parsing = False


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coach",
        description="A terminal coaching assistant for performance conversations. "
        "Run with no command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"coach {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)

    p = sub.add_parser("framework", help="list the conversations, or show one's questions")
    p.add_argument("id", nargs="?", help="a conversation id, e.g. progress-update")
    p.add_argument("--role", choices=ROLES, help="only conversations open to this role")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_framework)

    p = sub.add_parser("route", help="name the conversation that fits a situation")
    p.add_argument("situation", help='e.g. "my report is behind on a key result"')
    p.add_argument("--role", choices=ROLES, help="your role (guessed from the wording if omitted)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_route)

    p = sub.add_parser("sessions", help="list past and unfinished sessions")
    p.add_argument("--limit", type=int, default=50, help="how many (default 50)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_sessions)

    p = sub.add_parser("resume", help="open the app on a session (the latest unfinished one by default)")
    p.add_argument("session", nargs="?", help="a session id or its first characters")
    p.set_defaults(func=cmd_app)

    p = sub.add_parser("export", help="write a session's brief and transcript as Markdown")
    p.add_argument("session", help="a session id or its first characters")
    p.add_argument("-o", "--output", help="file or folder to write (default: standard output)")
    p.set_defaults(func=cmd_export)

    from coach.cli_memory import add_memory_commands

    add_memory_commands(sub)

    from coach.cli_summary import add_summary_commands

    add_summary_commands(sub)

    from coach.cli_rehearsal import add_rehearsal_commands

    add_rehearsal_commands(sub)

    from coach.cli_eval import add_eval_commands

    add_eval_commands(sub)

    p = sub.add_parser("doctor", help="check the model endpoint: reachable, model, streaming, structured output")
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("config", help="print the effective settings (secrets masked)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_config)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_app)
    try:
        return func(args)
    except CoachError as exc:
        print(f"coach: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
