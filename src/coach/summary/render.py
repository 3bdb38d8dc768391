"""A summary as Markdown: readable in any viewer, and the text saved as the summary note."""

from __future__ import annotations

from coach.summary.models import ActionItem, MeetingSummary, OKRUpdate

STATUS_LABELS = {
    "on-track": "on track",
    "at-risk": "at risk",
    "off-track": "off track",
    "done": "done",
    "unknown": "status not said",
}


def action_line(item: ActionItem) -> str:
    owner = f"**{item.owner}**" if item.owner else "**(unassigned)**"
    due = f", due {item.due.isoformat()}" if item.due else ""
    where = f" (line {item.line}{', by the model' if item.by == 'model' else ''})" if item.line else ""
    return f"- [ ] {owner}: {item.task}{due}{where}"


def okr_line(update: OKRUpdate) -> str:
    where = f" (line {update.line}{', by the model' if update.by == 'model' else ''})" if update.line else ""
    return f"- **{update.objective}**: {STATUS_LABELS[update.status]}. “{update.evidence}”{where}"


def statement(text: str, summary: MeetingSummary) -> str:
    return f"- {text}" + (" (by the model)" if text in summary.from_model else "")


def render_markdown(summary: MeetingSummary, *, title: str = "Meeting summary", unsupported: bool = True) -> str:
    lines = [f"# {title}, {summary.date.isoformat()}", ""]
    about = [summary.conversation or "", ", ".join(summary.participants)]
    said = (
        all(name in summary.overview for name in summary.participants)
        and (summary.conversation or "") in summary.overview
    )
    if any(about) and not said:  # the offline overview already names them
        lines += [" · ".join(part for part in about if part), ""]
    if summary.overview:
        lines += [summary.overview, ""]
    sections: list[tuple[str, list[str]]] = [
        ("OKR updates", [okr_line(u) for u in summary.okr_updates]),
        ("Highlights", [statement(s, summary) for s in summary.highlights]),
        ("Blockers", [statement(s, summary) for s in summary.blockers]),
        ("Support requested", [statement(s, summary) for s in summary.support_requested]),
        ("Decisions", [statement(s, summary) for s in summary.decisions]),
        ("Action items", [action_line(i) for i in summary.action_items]),
        ("For next time", [statement(s, summary) for s in summary.follow_ups]),
    ]
    if unsupported and summary.unsupported:
        flagged = []
        for u in summary.unsupported:
            text = action_line(u.action_item) if u.action_item else okr_line(u.okr_update) if u.okr_update else "-"
            flagged.append(f"{text} — not saved: {u.reason}")
        sections.append(("Not supported by the meeting", flagged))
    for heading, body in sections:
        if body:
            lines += [f"## {heading}", "", *body, ""]
    return "\n".join(lines).rstrip() + "\n"
