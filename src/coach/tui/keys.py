"""The app's keys by binding id, for `[ui.keys]` in the config (Textual's keymap): every
screen's bindings, the app's own, and the answer box's."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from textual.binding import Binding


def bindings(app: type) -> dict[str, list[tuple[str, Binding]]]:
    """Each binding id with where it is bound ("conversation", ...) and the binding; `app`
    is the app's class (its own bindings are "everywhere")."""
    from coach.tui.screens import (
        brief,
        confirm_dialog,
        conversation,
        export_dialog,
        form_dialog,
        people,
        rehearsal,
        rehearsal_setup,
        start,
        summary_editor,
        summary_input,
    )
    from coach.tui.screens.base import TurnScreen
    from coach.tui.widgets.answer_input import AnswerInput

    owners: list[tuple[str, type]] = [("everywhere", app), ("answer box", AnswerInput), ("turns", TurnScreen)]
    for module in (
        start,
        conversation,
        brief,
        rehearsal,
        rehearsal_setup,
        people,
        summary_input,
        summary_editor,
        export_dialog,
        form_dialog,
        confirm_dialog,
    ):
        owners += [
            (name.removesuffix("Screen").removesuffix("Dialog").lower() or name, kind)
            for name, kind in vars(module).items()
            if isinstance(kind, type) and kind.__module__ == module.__name__ and "BINDINGS" in vars(kind)
        ]
    found: dict[str, list[tuple[str, Binding]]] = {}
    for where, kind in owners:
        for binding in vars(kind)["BINDINGS"]:
            if isinstance(binding, Binding) and binding.id:
                found.setdefault(binding.id, []).append((where, binding))
    return found


def check_keymap(keymap: Mapping[str, str], known: Mapping[str, object]) -> tuple[dict[str, str], list[str]]:
    """The remappings whose ids exist, and one line for each that does not."""
    kept, problems = {}, []
    for ident, keys in keymap.items():
        if ident in known:
            kept[ident] = keys
            continue
        near = difflib.get_close_matches(ident, list(known), n=1)
        problems.append(f"[ui.keys] {ident}: no such key binding" + (f" (did you mean '{near[0]}'?)" if near else ""))
    return kept, problems
