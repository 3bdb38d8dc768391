"""`coach people`, `notes`, `okr`, `actions`, `forget`, `backup`, `restore`."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date as Date
from pathlib import Path
from typing import TYPE_CHECKING

from coach.cli.common import finite, limit, print_data, record_id
from coach.core.errors import UsageError
from coach.core.types import KR_STATUSES, NOTE_KINDS
from coach.memory.action_export import DUE_SOON_DAYS, due_label, timing
from coach.memory.models import KeyResult, parse_key_result, progress

if TYPE_CHECKING:
    from coach.app.memory import MemoryStore


def _memory() -> MemoryStore:
    from coach.cli.common import make_coach

    return make_coach().memory.records


def cmd_people(args: argparse.Namespace) -> int:
    memory = _memory()
    if args.action == "add":
        person = memory.add_person(args.name, args.role)
        return print_data(person, args.json, [f"Added {person.name}."])
    if args.action == "show":
        person = memory.person(args.name)
        notes = memory.notes(person.name, limit=5)
        okrs = memory.okrs(person.name)
        actions = memory.actions(person.name)
        data = {"person": person, "recent_notes": notes, "okrs": okrs, "open_actions": actions}
        lines = [f"{person.name}" + (f" ({person.role})" if person.role else ""), "", "Open action items:"]
        lines += [f"  [{a.id}] {a.owner}: {a.task}{due_label(a, Date.today())}" for a in actions] or ["  none"]
        lines += ["", "OKRs:"]
        for okr in okrs:
            lines.append(f"  {okr.quarter} {okr.objective}")
            lines += [f"    [{k.id}] {k.description}: {_progress(k)}" for k in okr.key_results]
        lines += [] if okrs else ["  none"]
        lines += ["", "Recent notes:"]
        lines += [f"  {n.date} {n.kind}: {_short(n.text)}" for n in notes] or ["  none"]
        return print_data(data, args.json, lines)
    people = memory.people()
    rows = [{"name": p.name, "role": p.role, "notes": n, "okrs": o, "open_actions": a} for p, n, o, a in people]
    lines = [f"{p.name:<24} {p.role or '':<16} {n:>4} notes {o:>3} OKRs {a:>3} open actions" for p, n, o, a in people]
    return print_data(rows, args.json, lines or ["No people yet. `coach people add NAME` adds one."])


def cmd_notes(args: argparse.Namespace) -> int:
    from coach.cli.common import make_coach

    service = make_coach()
    memory = service.memory.records
    if args.action == "add":
        text = sys.stdin.read() if args.text == "-" else args.text
        note, warning = service.memory.add_note(args.person, text, date=args.date, kind=args.kind)
        print_data(note, args.json, [f"Saved note {note.id} ({note.date})."])
        if warning:
            print(f"coach: {warning}", file=sys.stderr)
        return 0
    if args.action == "import":
        count = service.memory.import_file(Path(args.path), args.person, date=args.date, kind=args.kind)
        what = "OKRs" if args.path.lower().endswith(".csv") else "notes"
        return print_data({"imported": count, "what": what}, args.json, [f"Imported {count} {what}."])
    if args.action == "search":
        result = service.memory.search(" ".join(args.query), k=args.limit or 10, person=args.person, kind=args.kind)
        if result.warning:
            print(f"coach: {result.warning}", file=sys.stderr)
        data = [
            {
                "note_id": h.note.id,
                "date": h.note.date,
                "person": h.note.person,
                "kind": h.note.kind,
                "score": round(h.score, 5),
                "text": h.note.text,
            }
            for h in result.hits
        ]
        lines = [f"{h.citation} {h.note.person or '-'}: {_short(h.note.text)}" for h in result.hits]
        return print_data(data, args.json, lines or ["No notes match."])
    notes = memory.notes(args.person, kind=args.kind, limit=args.limit or 50)
    lines = [f"[{n.id}] {n.date} {n.kind:<10} {n.person or '-':<16} {_short(n.text)}" for n in notes]
    return print_data(notes, args.json, lines or ["No notes."])


def cmd_okr(args: argparse.Namespace) -> int:
    memory = _memory()
    if args.action == "add":
        missing = [flag for flag in ("person", "objective", "quarter") if not (getattr(args, flag) or "").strip()]
        if missing:
            needed = " ".join(f"--{flag}" for flag in missing)
            raise UsageError(
                f"`coach okr add` needs {needed}, e.g. --person Sam --objective 'Reduce churn' --quarter 2026-Q4"
            )
        key_results = [parse_key_result(text) for text in args.kr]
        okr = memory.add_okr(args.person, args.objective, args.quarter, key_results)
        return print_data(okr, args.json, [f"Added OKR {okr.id} with {len(okr.key_results)} key result(s)."])
    if args.action == "update":
        if args.kr_id is None:
            raise UsageError("`coach okr update` needs the key result's id; `coach okr list` shows them")
        kr = memory.update_key_result(
            args.kr_id, current=args.current, status=args.status, note=args.note, date=args.date
        )
        return print_data(kr, args.json, [f"[{kr.id}] {kr.description}: {_progress(kr)}"])
    okrs = memory.okrs(args.person)
    lines = []
    for okr in okrs:
        lines.append(f"{okr.person} · {okr.quarter} · {okr.objective}")
        lines += [f"  [{k.id}] {k.description}: {_progress(k)}" for k in okr.key_results]
    return print_data(okrs, args.json, lines or ["No OKRs."])


def cmd_actions(args: argparse.Namespace) -> int:
    from coach.cli.common import make_coach

    service = make_coach().memory
    if args.action in ("done", "edit", "delete", "reopen"):
        action_id = _the_id(args.target, f"`coach actions {args.action}`")
        if args.action == "done":
            item = service.records.complete_action(action_id)
            line = f"Done: [{item.id}] {item.task}"
        elif args.action == "edit":
            if args.task is None and args.owner is None and args.due_on is None:
                raise UsageError("`coach actions edit ID` needs --task, --owner or --due-on")
            item = service.records.edit_action(action_id, task=args.task, owner=args.owner, due=args.due_on)
            line = f"[{item.id}] {item.owner}: {item.task}{due_label(item, Date.today())}"
        elif args.action == "reopen":
            item = service.records.reopen_action(action_id)
            line = f"Open again: [{item.id}] {item.task}"
        else:
            item = service.records.action(action_id)
            if not confirmed(f"Delete action item {item.id} ({item.owner}: {item.task[:60]})?", args.yes):
                return 0
            item = service.records.delete_action(action_id)
            line = f"Deleted action item {item.id}."
        return print_data(item, args.json, [line])
    if args.action == "export":
        exported = service.export_actions(args.target, kind=args.format, person=args.person, done=args.all)
        if exported.path is None:
            sys.stdout.write(exported.text)
            return 0
        left_out = exported.items - exported.placed
        unplaced = f" ({left_out} without a due date {'is' if left_out == 1 else 'are'} left out)" if left_out else ""
        if args.json:
            return print_data(
                {"path": str(exported.path), "items": exported.items, "written": exported.placed}, True, []
            )
        print(f"Wrote {exported.placed} action items to {exported.path}{unplaced}.")
        return 0
    today = Date.today()
    if args.due:
        items = service.due_actions(args.person, days=args.days)
        empty = f"Nothing overdue or due in the next {args.days} days."
    else:
        items = service.records.actions(args.person, status=None if args.all else "open")
        empty = "No open action items."
    lines = [f"[{a.id}] {a.status:<5} {a.owner:<16} {a.task}{due_label(a, today)}" for a in items]
    data = [{**asdict(a), "timing": timing(a, today, args.days)} for a in items]
    return print_data(data, args.json, lines or [empty])


def cmd_forget(args: argparse.Namespace) -> int:
    from coach.cli.common import make_coach

    service = make_coach()
    person = service.memory.records.person(args.name)
    if not confirmed(f"Forget {person.name} and every note, OKR, action item and session about them?", args.yes):
        return 0  # as every delete answered "no": nothing went wrong
    counts = service.memory.forget(person.name)
    print(f"Forgot {person.name}: " + ", ".join(f"{n} {what}" for what, n in counts.items()) + ".")
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    from coach.cli.common import make_coach

    service = make_coach()
    index = service.memory.index
    if args.action == "rebuild":
        report = index.rebuild(service.memory.records)
        line = f"Rebuilt the index at {index.where}: {report.added} notes ({index.embedder.name}, {index.dimension()} dimensions)."
    else:
        report = index.sync(service.memory.records, full=True)
        line = (
            f"Index at {index.where}: {len(index.indexed_ids())} notes; caught up {report.added}, removed {report.removed}"
            + ("; rebuilt for new embeddings" if report.rebuilt else "")
            + "."
        )
    data = {
        "where": str(index.where),
        "notes": len(index.indexed_ids()),
        "embedder": index.embedder.name,
        "added": report.added,
        "removed": report.removed,
        "rebuilt": bool(report.rebuilt) or args.action == "rebuild",
    }
    return print_data(data, args.json, [line])


def cmd_backup(args: argparse.Namespace) -> int:
    from coach.cli.common import make_coach

    print(f"Backed up to {make_coach().memory.backup(Path(args.file))}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from coach.cli.common import make_coach

    kept = make_coach().memory.restore(Path(args.file))
    print(f"Restored from {args.file}." + (f" The previous database is kept as {kept}." if kept else ""))
    return 0


def _progress(kr: KeyResult) -> str:
    return f"{progress(kr)} ({kr.status})"


def _short(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("people", help="the people you coach or report to")
    p.add_argument("action", nargs="?", choices=("list", "add", "show"), default="list")
    p.add_argument("name", nargs="?", help="the person's name (add, show)")
    p.add_argument("--role", help="their role, e.g. 'report' or 'manager' (add)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_needs_name(cmd_people, ("add", "show")))

    p = sub.add_parser("notes", help="add, import, list, search, edit or delete notes")
    p.add_argument("action", nargs="?", choices=("list", "add", "import", "search", "edit", "delete"), default="list")
    p.add_argument(
        "text", nargs="?", help="the note (add; '-' reads standard input), a path (import), or the note's ID"
    )
    p.add_argument("query", nargs="*", help=argparse.SUPPRESS)
    p.add_argument("--person", help="whose note it is")
    p.add_argument("--date", help="YYYY-MM-DD (default: today, or a date at the start of a file name)")
    p.add_argument("--kind", choices=NOTE_KINDS, help="note, summary, reflection or brief")
    p.add_argument("--limit", type=limit, help="how many (default: 50 listed, 10 found)")
    p.add_argument("--yes", action="store_true", help="delete without asking")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_notes_entry)

    p = sub.add_parser("okr", help="list, add or update OKRs")
    p.add_argument("action", nargs="?", choices=("list", "add", "update"), default="list")
    p.add_argument("kr_id", nargs="?", type=record_id, help="key result id (update)")
    p.add_argument("--person")
    p.add_argument("--objective")
    p.add_argument("--quarter", help="e.g. 2026-Q4")
    p.add_argument(
        "--kr",
        action="append",
        default=[],
        help='a key result, "text:target" ("text:<5" when lower is better; repeatable)',
    )
    p.add_argument("--current", type=finite)
    p.add_argument("--status", choices=KR_STATUSES)
    p.add_argument("--note")
    p.add_argument("--date")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_okr)

    p = sub.add_parser(
        "actions",
        help="list open action items, mark one done, or export them (a calendar .ics or a Markdown checklist)",
        description="`coach actions` lists open items (overdue ones flagged); `--due` only those overdue or due "
        "soon; `done ID` marks one done; `export [FILE]` writes them as an .ics calendar (replaced in place on "
        "each export, so a calendar re-importing it updates its events) or, for a .md name, a checklist; "
        "FILE - prints it.",
    )
    p.add_argument("action", nargs="?", choices=("list", "done", "reopen", "edit", "delete", "export"), default="list")
    p.add_argument("target", nargs="?", metavar="ID|FILE", help="the item to mark done, or where to export")
    p.add_argument("--person")
    p.add_argument("--all", action="store_true", help="include done items")
    p.add_argument("--due", action="store_true", help="only items overdue or due within --days")
    p.add_argument("--days", type=limit, default=DUE_SOON_DAYS, help="what counts as due soon (default 7 days)")
    p.add_argument("--format", choices=("ics", "md"), help="export format (default: from FILE's name, else ics)")
    p.add_argument("--task", help="edit: the new task")
    p.add_argument("--owner", help="edit: the new owner")
    p.add_argument("--due-on", help="edit: the new due date (YYYY-MM-DD), or none")
    p.add_argument("--yes", action="store_true", help="delete without asking")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_needs_id(cmd_actions))

    p = sub.add_parser("forget", help="remove a person and everything about them")
    p.add_argument("name")
    p.add_argument("--yes", action="store_true", help="do not ask to confirm")
    p.set_defaults(func=cmd_forget)

    p = sub.add_parser("index", help="the search index of notes (derived from the database)")
    p.add_argument("action", choices=("rebuild", "status"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("backup", help="copy the whole database to FILE")
    p.add_argument("file")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with a backup (the current one is kept)")
    p.add_argument("file")
    p.set_defaults(func=cmd_restore)


def _needs_name(func, actions):  # type: ignore[no-untyped-def]
    def run(args: argparse.Namespace) -> int:
        if args.action in actions and not args.name:
            raise UsageError(f"`coach people {args.action}` needs a NAME")
        return func(args)

    return run


def _needs_id(func):  # type: ignore[no-untyped-def]
    def run(args: argparse.Namespace) -> int:
        if args.action == "done" and args.target is None:
            raise UsageError("`coach actions done` needs the item's ID (see `coach actions list`)")
        return func(args)

    return run


def _notes_entry(args: argparse.Namespace) -> int:
    args.kind = args.kind if args.action != "add" or args.kind else "note"
    if args.action in ("add", "import") and not args.text:
        raise UsageError(f"`coach notes {args.action}` needs {'the text' if args.action == 'add' else 'a PATH'}")
    if args.action == "import":
        args.path = args.text
        args.kind = args.kind or "note"
    if args.action == "search":
        args.query = [args.text or "", *args.query]
    if args.action in ("edit", "delete"):
        return _change_note(args)
    return cmd_notes(args)


def _the_id(text: str | None, what: str) -> int:
    if not text:
        raise UsageError(f"{what} needs the item's ID")
    try:
        return record_id(text)
    except argparse.ArgumentTypeError as exc:
        raise UsageError(str(exc)) from None


def confirmed(question: str, yes: bool) -> bool:
    """--yes, or a yes typed at a terminal (else "Nothing was deleted."); without a
    terminal, --yes is required."""
    if yes:
        return True
    if not sys.stdin.isatty():
        raise UsageError(f"{question.rstrip('?')} cannot be undone; add --yes to confirm")
    if input(f"{question} [y/N] ").strip().lower() in ("y", "yes"):
        return True
    print("Nothing was deleted.")
    return False


def _change_note(args: argparse.Namespace) -> int:
    from coach.cli.common import make_coach

    note_id = _the_id(args.text, f"`coach notes {args.action}`")
    memory = make_coach().memory
    if args.action == "edit":
        words = " ".join(args.query)
        text = sys.stdin.read() if words == "-" else words
        if not text.strip():
            raise UsageError("`coach notes edit ID` needs the new text (or '-' to read it from standard input)")
        note, warning = memory.edit_note(note_id, text)
        done = f"Note {note.id} now reads: {note.text[:80]}{'…' if len(note.text) > 80 else ''}"
    else:
        note = memory.records.note(note_id)
        if not confirmed(f"Delete note {note.id} ({note.date}, {note.person or 'no one'})?", args.yes):
            return 0
        note, warning = memory.delete_note(note_id)
        done = f"Deleted note {note.id}."
    print_data(note, args.json, [done])
    if warning:
        print(f"coach: {warning}", file=sys.stderr)
    return 0
