"""`coach rehearse`, `coach debrief FILE` and `coach personas`."""

from __future__ import annotations

import argparse
import sys


def cmd_rehearse(args: argparse.Namespace) -> int:
    from coach.cli.common import make_coach
    from coach.core.errors import UsageError
    from coach.tui.app import make_app

    service = make_coach()
    if args.traits and not args.person:
        raise UsageError("--traits goes with --person (a persona file has its own traits)")
    if not (args.conversation or args.persona or args.person):
        app = make_app(service=service)
        app.call_later(app.action_rehearse)
        app.run()
        return 0
    persona = None
    if args.person:
        conversation = args.conversation or "progress-update"
        traits = [t.strip() for t in (args.traits or "").split(",") if t.strip()] or None
        persona = service.rehearsals.persona_from_person(args.person, conversation, traits)
    view = service.rehearsals.start(args.conversation, args.persona, persona)  # invalid choices fail here, in one line
    make_app(service=service, rehearsal_id=view.id).run()
    return 0


def cmd_debrief(args: argparse.Namespace) -> int:
    from coach.cli.common import make_coach, print_json, read_source
    from coach.rehearsal.scorecard import render_scorecard
    from coach.summary.meeting import read_input

    data, where = read_source(args.source)
    text = read_input(data, where)
    service = make_coach()
    card, conversation, persona = service.rehearsals.score_transcript(text, args.conversation, args.persona)
    if args.json:
        print_json(card.brief_json())
    else:
        print(render_scorecard(card, conversation, persona), end="")
    return 0


def cmd_personas(args: argparse.Namespace) -> int:
    from coach.cli.common import make_coach, print_json

    service = make_coach()
    if args.conversation:
        service.framework.get(args.conversation)
    personas = service.rehearsals.personas_for(args.conversation)
    if args.json:
        print_json(
            [
                {
                    "id": p.id,
                    "name": p.name,
                    "title": p.title,
                    "plays": p.plays,
                    "conversations": p.conversations,
                    "difficulty": p.difficulty,
                }
                for p in personas
            ]
        )
        return 0
    for p in personas:
        print(f"{p.id:<26} {p.name:<8} difficulty {p.difficulty}  {', '.join(p.conversations):<32} {p.title}")
    if not personas:
        print("No persona fits that conversation.", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rehearse", help="practise a difficult conversation against a persona, then a debrief")
    p.add_argument("--conversation", help="the conversation id, e.g. progress-update (default: the persona's)")
    p.add_argument("--persona", help="a persona id (`coach personas` lists them)")
    p.add_argument("--person", help="play someone you know: their notes and open items become what they hold back")
    p.add_argument(
        "--traits", help="with --person: how they react, separated by commas (default: read from their notes)"
    )
    p.set_defaults(func=cmd_rehearse, draws_the_app=True)

    p = sub.add_parser("debrief", help="score a rehearsal transcript (Manager:/Report: or You:/Them: lines)")
    p.add_argument("source", help="the transcript file, or - for standard input")
    p.add_argument("--conversation", help="the conversation id (default: the persona's, else guessed from the text)")
    p.add_argument("--persona", help="the persona faced, to count the hidden facts uncovered")
    p.add_argument("--json", action="store_true", help="print the scorecard as JSON")
    p.set_defaults(func=cmd_debrief)

    p = sub.add_parser("personas", help="list the personas to rehearse against")
    p.add_argument("--conversation", help="only those for this conversation")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_personas)
