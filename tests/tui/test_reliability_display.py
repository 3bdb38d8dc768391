"""People's text on screen: markup in a transcript and escape sequences in names (issue 12)."""

from __future__ import annotations

from textual.widgets import Input, ListView, Markdown, TextArea

from coach.app.coach import Coach
from coach.tui.app import make_app
from coach.tui.screens.people import PeopleScreen
from coach.tui.screens.summary_editor import SummaryEditorScreen
from tests.tui.conftest import settle, type_text

HOSTILE = """Attendees: Sam, Dana
Sam: the [/] closing tag and a [link=https://example.com]link[/link] are in my notes [bold]
Dana: I'll send the [red]budget[/red] numbers by Friday.
Dana: I'll fix the [/] tag in the [link=x]wiki by Thursday.
Sam: I'll check the \x1b]0;pwned\x07 escape by Monday.
"""


async def test_markup_in_a_transcript_does_not_crash_the_summary_editor(service: Coach) -> None:
    app = make_app(service=service)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        app.screen.query_one(TextArea).text = HOSTILE
        app.screen.query_one("#meeting-date", Input).value = "2026-11-25"
        await pilot.press("ctrl+s")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, SummaryEditorScreen)
        labels = [str(row.item.label) for row in editor.query_one(ListView).children]
        assert any("[red]budget[/red]" in label for label in labels), labels  # shown as typed
        for _ in labels:  # every item's evidence line is drawn too
            await pilot.press("down")
            await settle(pilot)
        assert "\x1b" not in str(editor.query_one("#item-evidence").render())


async def test_escape_sequences_in_a_name_and_notes_do_not_reach_the_screen(service: Coach) -> None:
    name = "Eve\x1b]0;pwned\x07"
    with service.memory.records.db.transaction() as conn:  # a name saved before names were checked
        conn.execute("INSERT INTO people (name, created_at) VALUES (?, 'x')", (name,))
    service.memory.records.add_note(name, "Clipboard \x1b]52;c;cm0gLXJmIH4=\x07 and [/] in a note.")
    app = make_app(service=service)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(PeopleScreen())
        await settle(pilot)
        await pilot.press("down")
        await settle(pilot)
        shown = app.screen.query_one("#profile", Markdown).source
        assert "Eve" in shown and "[/] in a note" in shown
        assert "\x1b" not in shown and "\x07" not in shown


async def test_a_situation_out_of_scope_gets_an_answer_not_a_route(service: Coach) -> None:
    from textual.widgets import Select

    app = make_app(service=service)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        before = app.screen.query_one("#conversation", Select).value
        await pilot.click("#situation")
        await type_text(pilot, "I need to fire someone")
        await settle(pilot)
        shown = str(app.screen.query_one("#suggestion").render())
        assert "Not something coach covers" in shown and "Dismissals" in shown and "HR" in shown
        assert app.screen.query_one("#conversation", Select).value == before  # nothing preselected
