"""Conversations: the app itself, `framework`, `route`, `sessions`, `resume` and `export`."""

from __future__ import annotations

import argparse
import sys
from datetime import date as Date

from coach.cli.common import limit, make_coach, print_data, print_json
from coach.core.errors import UsageError
from coach.core.types import ROLES
from coach.memory.action_export import due_label


def cmd_app(args: argparse.Namespace) -> int:
    service = make_coach()
    _ = service.framework  # a broken knowledge file stops here, in one line
    _ = service.parts.gateway  # with a model configured, a broken prompt file stops here too
    session_id: str | None = None
    if args.command == "resume":
        if args.session:
            session_id = service.parts.sessions.resolve(args.session)
        else:
            latest = service.sessions.latest_active()
            if latest is None:
                raise UsageError("no unfinished session to resume; `coach sessions` lists them all")
            session_id = latest.id
    else:
        service.sessions.recent(1)  # a damaged or locked database stops here, in one line
    from coach.tui.app import make_app

    make_app(service.settings, service=service, session_id=session_id).run()
    return 0


def cmd_framework(args: argparse.Namespace) -> int:
    framework = make_coach().framework
    if args.id is None:
        conversations = framework.for_role(args.role) if args.role else list(framework)
        if args.json:
            print_json([c.model_dump(mode="json") for c in conversations])
            return 0
        for c in conversations:
            who = f"{c.leader} with {c.answerer}" if c.answerer else f"{c.leader}, alone"
            print(f"{c.id:<17} {c.title:<42} {who:<26} {len(c.questions)} questions")
        return 0
    conversation = framework.get(args.id)
    if args.json:
        print_json(conversation.model_dump(mode="json"))
        return 0
    who = (
        f"{conversation.leader} with {conversation.answerer}"
        if conversation.answerer
        else f"{conversation.leader}, alone"
    )
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

    service = make_coach()
    result, warning = asyncio.run(service.sessions.route_with_model(args.situation, args.role))
    if warning:
        print(f"coach: {warning}", file=sys.stderr)
    if args.json:
        print_json(result.to_json())
        return 0
    if result.out_of_scope is not None:
        outside = result.out_of_scope
        print(f"out-of-scope  {outside.title}: coach does not cover this.\n  {outside.answer}")
        helpful = [service.framework.get(c).title for c in outside.instead if c in service.framework.conversations]
        if helpful:
            print(f"  For the part that is a performance conversation: {', '.join(helpful)} (`coach framework ID`).")
        return 0
    title = service.framework.get(result.conversation).title
    print(f"{result.conversation}  {title}  (confidence {result.confidence:.2f})")
    if result.alternatives:
        others = ", ".join(f"{a.conversation} {a.score:.2f}" for a in result.alternatives)
        print(f"  runners-up: {others}")
    if args.role is None and result.role is not None:
        print(f"  as a {result.role} (guessed from the wording; --role sets it)")
    if result.unsure:
        second = service.framework.get(result.alternatives[0].conversation)
        print(f"  Not sure: it may be {second.id} ({second.title}) instead; `coach framework` lists them all.")
    return 0


def cmd_sessions(args: argparse.Namespace) -> int:
    service = make_coach()
    if args.action == "delete":
        from coach.cli.memory import confirmed

        if not args.session:
            raise UsageError("`coach sessions delete` needs a session id (`coach sessions` lists them)")
        view = service.sessions.view(args.session)
        about = f"{view.conversation.title}{f' with {view.state.person}' if view.state.person else ''}"
        if not confirmed(f"Delete session {view.id} ({about}), its transcript and its brief?", args.yes):
            return 0
        service.sessions.delete(view.id)
        if args.json:
            print_json({"deleted": view.id})
        else:
            print(f"Deleted session {view.id}. Notes and action items made from it are kept.")
        return 0
    records = service.sessions.recent(args.limit)
    if args.json:
        print_json(
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
    service = make_coach()
    if args.output is None:
        sys.stdout.write(service.sessions.export_markdown(args.session))
        return 0
    path = service.sessions.export(args.session, args.output)
    print(f"Wrote {path}", file=sys.stderr)
    return 0


def cmd_steps(args: argparse.Namespace) -> int:
    service = make_coach()
    session_id = service.parts.sessions.resolve(args.session)
    if args.track:
        added = service.sessions.track_actions(session_id)
        rows = [{"id": a.id, "owner": a.owner, "task": a.task, "due": a.due, "person": a.person} for a in added]
        lines = [f"tracking {a.id}: {a.owner}: {a.task}{due_label(a, Date.today())}" for a in added]
        return print_data(rows, args.json, lines or ["These next steps are already tracked."])
    steps = service.sessions.proposed_actions(session_id)
    rows = [{"owner": s.owner, "task": s.task, "due": s.due, "when": s.when} for s in steps]
    lines = [f"{s.owner}: {s.task}" + (f" ({s.when})" if s.when else "") for s in steps]
    return print_data(rows, args.json, lines or ["No next steps with an owner in this session."])


def register(sub: argparse._SubParsersAction) -> None:
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

    p = sub.add_parser("sessions", help="list past and unfinished sessions, or delete one")
    p.add_argument("action", nargs="?", choices=("list", "delete"), default="list")
    p.add_argument("session", nargs="?", help="delete: a session id or its first characters")
    p.add_argument("--yes", action="store_true", help="delete without asking")
    p.add_argument("--limit", type=limit, default=50, help="how many (default 50)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_sessions)

    p = sub.add_parser("resume", help="open the app on a session (the latest unfinished one by default)")
    p.add_argument("session", nargs="?", help="a session id or its first characters")
    p.set_defaults(func=cmd_app, draws_the_app=True)

    p = sub.add_parser("steps", help="a session's next steps; --track keeps them as action items")
    p.add_argument("session", help="a session id (or its first characters)")
    p.add_argument("--track", action="store_true", help="track them as action items about the session's person")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_steps)

    p = sub.add_parser("export", help="write a session's brief and transcript as Markdown")
    p.add_argument("session", help="a session id or its first characters")
    p.add_argument("-o", "--output", help="file or folder to write (default: standard output)")
    p.set_defaults(func=cmd_export)
