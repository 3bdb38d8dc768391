"""`coach advise "QUESTION"`: advice for a hard moment, from the advice base (and written by
the model, citing it, when one is configured)."""

from __future__ import annotations

import argparse
import sys
import textwrap

from coach.cli.common import make_coach, print_json
from coach.core.types import ROLES


def cmd_advise(args: argparse.Namespace) -> int:
    import asyncio

    service = make_coach()

    async def answer():  # type: ignore[no-untyped-def]
        try:
            return await service.advice.write(
                args.question,
                role=args.role,
                conversation=args.conversation,
                person=args.person,
                offline=args.offline,
            )
        finally:
            await service.aclose()

    result = asyncio.run(answer())
    if result.out_of_scope is not None and not args.json:
        outside = result.out_of_scope
        print(f"Not something coach covers: {outside.title}.\n")
        print(textwrap.fill(outside.answer, width=88))
        return 0
    if result.notice:
        print(f"coach: {result.notice}", file=sys.stderr)
    if args.json:
        print_json(result.to_json())
        return 0
    if result.answer is not None:
        print(result.answer + "\n\nFrom the advice base:")
        print("\n".join(f"- {a.title} ({a.source})" for a in result.advice))
        return 0
    for number, advice in enumerate(result.advice, 1):
        body = textwrap.fill(advice.text, width=88, initial_indent="   ", subsequent_indent="   ")
        print(f"{number}. {advice.title}\n{body}\n   ({advice.source})\n")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("advise", help="advice for a hard moment of a performance conversation")
    p.add_argument("question", help='e.g. "how do I raise this without her getting defensive?"')
    p.add_argument("--role", choices=ROLES, help="whose side you are on (entries for the other side are left out)")
    p.add_argument("--conversation", metavar="ID", help="favour advice for this conversation (`coach framework`)")
    p.add_argument("--person", metavar="NAME", help="with a model: let the answer use what you have on them")
    p.add_argument("--offline", action="store_true", help="the advice base's entries only, even with a model")
    p.add_argument("--json", action="store_true", help='print {"advice": [{"title", "text", "source"}]}')
    p.set_defaults(func=cmd_advise)
