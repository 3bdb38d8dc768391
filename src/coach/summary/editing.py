"""The draft as a list of items the user accepts, edits or removes before saving; the
summary that is saved is rebuilt from what was kept."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from coach.summary.models import ActionItem, MeetingSummary, OKRUpdate
from coach.summary.render import STATUS_LABELS

TextSection = Literal["highlights", "blockers", "support_requested", "decisions", "follow_ups"]
Section = Literal["okr_updates", "action_items", TextSection]
TEXT_SECTIONS: tuple[TextSection, ...] = ("highlights", "blockers", "support_requested", "decisions", "follow_ups")
SECTION_LABELS = {
    "action_items": "Action",
    "okr_updates": "OKR",
    "highlights": "Highlight",
    "blockers": "Blocker",
    "support_requested": "Support",
    "decisions": "Decision",
    "follow_ups": "Next time",
}


@dataclass
class EditableItem:
    section: Section
    value: ActionItem | OKRUpdate | str
    kept: bool = True
    flagged: str | None = None
    """Why the item is not supported by the meeting; such items start removed."""
    by_model: bool = False
    """Added to coach's draft by the model (shown, so the user knows what to check)."""

    @property
    def label(self) -> str:
        mark = "✓" if self.kept else "✗"
        kind = SECTION_LABELS[self.section]
        value = self.value
        if isinstance(value, ActionItem):
            due = f" · due {value.due.isoformat()}" if value.due else ""
            body = f"{value.owner or '(unassigned)'}: {value.task}{due}"
        elif isinstance(value, OKRUpdate):
            body = f"{value.objective}: {STATUS_LABELS[value.status]}"
        else:
            body = value
        line = getattr(value, "line", None)
        where = f"  (line {line})" if line else ""
        where += "  · by the model" if self.by_model or getattr(value, "by", "coach") == "model" else ""
        warning = f"  ⚠ {self.flagged}" if self.flagged else ""
        return f"[{mark}] {kind:<9} {body}{where}{warning}"


def editable_items(summary: MeetingSummary) -> list[EditableItem]:
    items = [EditableItem("action_items", item) for item in summary.action_items]
    items += [EditableItem("okr_updates", update) for update in summary.okr_updates]
    for section in TEXT_SECTIONS:
        items += [
            EditableItem(section, text, by_model=text in summary.from_model) for text in getattr(summary, section)
        ]
    for flagged in summary.unsupported:
        if flagged.action_item is not None:
            items.append(EditableItem("action_items", flagged.action_item, kept=False, flagged=flagged.reason))
        elif flagged.okr_update is not None:
            items.append(EditableItem("okr_updates", flagged.okr_update, kept=False, flagged=flagged.reason))
    return items


def accepted_summary(draft: MeetingSummary, items: list[EditableItem]) -> MeetingSummary:
    """The summary made of the kept items only; an unsupported item the user kept is saved
    like any other (they vouched for it)."""
    summary = draft.model_copy(deep=True, update={"unsupported": [], "action_items": [], "okr_updates": []})
    for section in TEXT_SECTIONS:
        setattr(summary, section, [])
    for item in items:
        if item.kept:
            getattr(summary, item.section).append(item.value)
    return summary
