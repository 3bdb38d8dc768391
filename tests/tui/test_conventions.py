"""The conventions of a good TUI (issue 17): keys help on F1 and ?, a side panel that
folds away, copy to the clipboard, the theme kept in the config, keys remapped there."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import HelpPanel

from coach.app.coach import Coach
from coach.core.config import config_file_path, load_settings
from coach.tui.app import make_app
from coach.tui.screens.brief import BriefScreen
from coach.tui.screens.conversation import ConversationScreen
from tests.tui.conftest import GOOD, answer, settle


def session(service: Coach) -> str:
    return service.sessions.start("contributor", "self-reflection", None).id


async def test_at_80_columns_keys_help_side_panel_and_editor(service: Coach, tmp_path: Path, monkeypatch) -> None:
    """F1 and ? show the keys; the side panel starts folded and Ctrl+B brings it back (a
    resize keeps the choice); Ctrl+O writes the answer in $EDITOR, or says how to set one."""
    import contextlib
    import sys

    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys, pathlib\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text() + ' It went live on 3 March.\\n')\n"
        f"pathlib.Path({str(tmp_path / 'used')!r}).write_text(str(p))\n"
    )
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    app = make_app(service=service, session_id=session(service))
    async with app.run_test(size=(80, 30)) as pilot:
        await settle(pilot)
        box = app.screen.query_one("#answer")
        await pilot.press("f1")
        await settle(pilot)
        assert app.screen.query(HelpPanel)
        await pilot.press("f1")
        await settle(pilot)
        assert not app.screen.query(HelpPanel)
        box.blur()
        await pilot.press("question_mark")
        await settle(pilot)
        assert app.screen.query(HelpPanel)
        await pilot.press("f1")
        box.focus()
        await pilot.press("question_mark")  # in the answer box, ? is typed
        assert box.text == "?"
        box.clear()

        side = app.screen.query_one("#side")
        assert side.display is False
        assert app.screen.query_one("#transcript").size.width > 70, "the conversation takes the whole width"
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert side.display is True
        await pilot.resize_terminal(81, 30)  # chosen by hand: a resize keeps it
        await settle(pilot)
        assert side.display is True

        await pilot.press("ctrl+o")
        await settle(pilot)
        assert any("Set $EDITOR" in n.message for n in app._notifications)
        monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
        monkeypatch.setattr(app, "suspend", contextlib.nullcontext)  # headless: no terminal to hand over
        box.insert("I shipped the billing migration.")
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert box.text == "I shipped the billing migration. It went live on 3 March."
    draft = Path((tmp_path / "used").read_text())
    assert draft.name.startswith("coach-answer-") and not draft.exists(), "the draft file is removed"


async def test_at_120_columns_the_side_panel_shows_and_c_copies_the_brief(service: Coach) -> None:
    app = make_app(service=service, session_id=session(service))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        side = app.screen.query_one("#side")
        assert side.display is True
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert side.display is False
        await answer(pilot, GOOD)
        await pilot.press("f5")
        await settle(pilot)
        assert isinstance(app.screen, BriefScreen)
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard == app.screen.markdown and "billing migration" in app.clipboard


async def test_the_chosen_theme_is_kept_in_the_config_with_its_comments(service: Coach, coach_home: Path) -> None:
    path = config_file_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('# my settings\nmodel = "x"\n\n[ui]  # looks\ntheme = "textual-dark"  # was\n', encoding="utf-8")
    service = Coach(load_settings())
    app = make_app(service=service)
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await settle(pilot)
    text = path.read_text(encoding="utf-8")
    assert text == '# my settings\nmodel = "x"\n\n[ui]  # looks\ntheme = "nord"\n'
    assert load_settings().ui.theme == "nord"
    again = make_app(service=Coach(load_settings()))
    async with again.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        assert again.theme == "nord"


async def test_textual_theme_stands_when_the_config_names_none(coach_home: Path, monkeypatch) -> None:
    monkeypatch.setenv("TEXTUAL_THEME", "gruvbox")
    app = make_app(service=Coach(load_settings()))
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        assert app.theme == "gruvbox"
    assert not config_file_path().exists(), "nothing is written for a theme nobody chose in the app"


async def test_keys_remapped_in_the_config_and_unknown_ids_named(coach_home: Path) -> None:
    path = config_file_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[ui.keys]\nskip = "f9"\nskpi = "ctrl+l"\n', encoding="utf-8")
    service = Coach(load_settings())
    view = service.sessions.start("contributor", "self-reflection", None)
    app = make_app(service=service, session_id=view.id)
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ConversationScreen)
        await pilot.press("f9")
        await settle(pilot)
        warnings = [n.message for n in app._notifications]
        assert any("[ui.keys] skpi: no such key binding (did you mean 'skip'?)" in m for m in warnings)
    state = service.sessions.view(view.id).state
    assert state.counts()["skipped"] == 1


def test_the_readme_lists_every_key_binding_id() -> None:
    from coach.tui.app import CoachApp
    from coach.tui.keys import bindings

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    missing = [ident for ident in bindings(CoachApp) if f"| `{ident}` |" not in readme]
    assert missing == [], "add them to the table under Configuration"
