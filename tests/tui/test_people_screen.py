"""The People screen edits what coach remembers: add a person, a note and an OKR, mark an
action done, edit an action, delete a note and undo it. Every change goes through a worker
and the lists are read again after it."""

from __future__ import annotations

from textual.widgets import DataTable, Input, TextArea

from coach.app.coach import Coach
from coach.tui.app import make_app
from coach.tui.screens.form_dialog import FormDialog
from coach.tui.screens.people import PeopleScreen
from tests.tui.conftest import settle


async def fill(pilot, **values: str) -> None:  # type: ignore[no-untyped-def]
    dialog = pilot.app.screen
    assert isinstance(dialog, FormDialog)
    for name, value in values.items():
        box = dialog.query_one(f"#field-{name}")
        if isinstance(box, TextArea):
            box.load_text(value)
        else:
            assert isinstance(box, Input)
            box.value = value
    await pilot.press("ctrl+s")
    await settle(pilot)


def item_keys(screen: PeopleScreen) -> list[str]:
    table = screen.query_one("#items", DataTable)
    return [str(row.value) for row in table.rows]


async def test_the_people_screen_adds_edits_and_undoes(service: Coach) -> None:
    service.memory.records.add_person("Dana", "report")
    service.memory.records.add_action("Dana", "Dana", "send the plan", due="2026-12-01")
    app = make_app(service=service)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PeopleScreen)
        await pilot.press("a")
        await fill(pilot, name="Sam Patel", role="report")
        assert service.memory.records.find_person("Sam Patel") is not None
        assert screen.person == "Sam Patel"
        await pilot.press("n")
        await fill(pilot, text="Sam led the churn review on Monday; the numbers were clear.")
        await pilot.press("k")
        await fill(pilot, objective="Keep customers", quarter="2026-Q4", key_results="Monthly churn %:<5\nNPS:40")
        (okr,) = service.memory.records.okrs("Sam Patel")
        assert [(k.description, k.target, k.lower_is_better) for k in okr.key_results] == [
            ("Monthly churn %", 5.0, True),
            ("NPS", 40.0, False),
        ]
        assert any(key.startswith("note:") for key in item_keys(screen))
        # Dana's action: edit it, then mark it done
        table = screen.query_one("#people", DataTable)
        table.move_cursor(row=table.get_row_index("Dana"))
        await settle(pilot)
        assert item_keys(screen) == ["action:1"]
        screen.query_one("#items", DataTable).focus()
        await pilot.press("e")
        await fill(pilot, task="send the revised plan", due="2026-12-03")
        assert service.memory.records.action(1).task == "send the revised plan"
        assert service.memory.records.action(1).due == "2026-12-03"
        await pilot.press("d")
        await settle(pilot)
        assert service.memory.records.action(1).status == "done" and item_keys(screen) == []
        # Sam's note: delete, then undo
        table.move_cursor(row=table.get_row_index("Sam Patel"))
        await settle(pilot)
        screen.query_one("#items", DataTable).focus()
        await pilot.press("x")
        await settle(pilot)
        assert service.memory.records.notes("Sam Patel") == []
        assert any("Press u to undo" in n.message for n in app._notifications)
        await pilot.press("u")
        await settle(pilot)
        (again,) = service.memory.records.notes("Sam Patel")
        assert again.text.startswith("Sam led the churn review")


async def test_a_form_needs_its_fields_and_esc_changes_nothing(service: Coach) -> None:
    app = make_app(service=service)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        await pilot.press("n")  # no person yet
        await settle(pilot)
        assert any("Pick a person first" in n.message for n in app._notifications)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("ctrl+s")  # the name is missing
        await settle(pilot)
        assert isinstance(app.screen, FormDialog)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, PeopleScreen) and service.memory.records.people() == []
