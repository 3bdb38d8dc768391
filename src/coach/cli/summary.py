"""`coach summarize FILE|-`: draft a meeting summary, print it (Markdown or JSON), and with
`--save` keep it as a summary note whose action items open the next conversation."""

from __future__ import annotations

import argparse
import sys
from datetime import date as Date

from coach.core.errors import UsageError
from coach.core.text import counted


def cmd_summarize(args: argparse.Namespace) -> int:
    import asyncio

    from coach.cli.common import MAX_INPUT_BYTES, make_coach, print_json, read_source
    from coach.summary.dates import date_written, parse_meeting_date
    from coach.summary.meeting import read_meeting
    from coach.summary.render import render_markdown

    if args.update_okrs and not args.save:
        raise UsageError("--update-okrs applies the saved summary's OKR updates; add --save")
    meeting_date = parse_meeting_date(args.date) if args.date else None
    data, where = read_source(args.source)
    if len(data) > MAX_INPUT_BYTES:
        raise UsageError(f"{where} is over {MAX_INPUT_BYTES // (1024 * 1024)} MB; split it into meetings first")
    transcript = read_meeting(data, where)
    text = transcript.text
    if transcript.format != "text":
        print(f"coach: read {where} as {transcript.described} ({transcript.extent})", file=sys.stderr)
    if meeting_date is None and (written := date_written(text)):
        print(f"coach: dated {written.isoformat()}, as {where} says (--date sets another)", file=sys.stderr)
    meeting_date = meeting_date or date_written(text) or Date.today()
    service = make_coach()

    def progress(part: int, total: int) -> None:
        if total > 1:
            print(f"coach: summarising part {part} of {total}", file=sys.stderr)

    async def draft():  # type: ignore[no-untyped-def]
        try:
            return await service.summaries.draft(
                text,
                meeting_date=meeting_date,
                person=args.person,
                conversation=args.conversation,
                offline=args.offline,
                progress=progress,
            )
        finally:
            await service.aclose()

    result = asyncio.run(draft())
    summary = result.summary
    for notice in result.notices:
        print(f"coach: {notice}", file=sys.stderr)
    if args.json:
        print_json(summary.model_dump(mode="json"))
    else:
        if args.output:
            print(f"Wrote {service.summaries.export(summary, args.output)}")
        else:
            print(render_markdown(summary), end="")
    if args.save:
        saved = service.summaries.save(summary, result.person)
        whose = f" for {result.person}" if result.person else " (no person: --person NAME ties it to someone)"
        print(
            f"coach: saved as summary note {saved.note.id}{whose}; {counted(len(saved.actions), 'action item')} now tracked"
            + (f"; {counted(len(summary.unsupported), 'unsupported item')} left out" if summary.unsupported else ""),
            file=sys.stderr,
        )
        if saved.index_warning:
            print(f"coach: {saved.index_warning}; the note is saved and will be indexed later", file=sys.stderr)
        offer_okr_updates(service, saved.okr_proposals, result.person, summary.date, apply=args.update_okrs)
    return 0


def offer_okr_updates(service, proposals, person, day, *, apply: bool) -> None:  # type: ignore[no-untyped-def]
    """The key results this meeting updates: applied with --update-okrs, else listed."""
    if not proposals:
        return
    if apply:
        for proposal, kr in zip(proposals, service.summaries.apply_okr_updates(proposals, day), strict=True):
            print(f"coach: key result {kr.id} updated: {proposal.describe()}", file=sys.stderr)
        return
    print(f"coach: this meeting updates {len(proposals)} key result(s) of {person}; to apply one:", file=sys.stderr)
    for p in proposals:
        status = f" --status {p.status}" if p.status else ""
        current = f" --current {p.current:g}" if p.current is not None else ""
        print(f"  {p.describe()}: coach okr update {p.key_result_id}{status}{current} --date {day}", file=sys.stderr)
    print("coach: or save with --update-okrs next time to apply them all", file=sys.stderr)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("summarize", aliases=["summarise"], help="draft a meeting summary from notes or a transcript")
    p.add_argument("source", help="a file of notes or a transcript (`Name: text` lines), or - for standard input")
    p.add_argument(
        "--date",
        help="the meeting's date, YYYY-MM-DD (default: the date the notes' title or Date: line gives, else today); "
        "due dates in words count from it",
    )
    p.add_argument("--person", help="the known person the meeting was with (default: the one known participant)")
    p.add_argument("--conversation", help="the conversation id, e.g. progress-update")
    p.add_argument("--offline", action="store_true", help="draft without the model even when one is configured")
    p.add_argument(
        "--save", action="store_true", help="save the draft as it is: a summary note and tracked action items"
    )
    p.add_argument(
        "--update-okrs",
        action="store_true",
        help="with --save: apply the meeting's OKR updates to the person's key results (listed otherwise)",
    )
    p.add_argument("-o", "--output", help="write the Markdown summary to this file")
    p.add_argument("--json", action="store_true", help="print the summary as JSON (format in the README)")
    p.set_defaults(func=cmd_summarize)
