"""An offline rehearsal through the app: set up, talk, hint, end, debrief, and a second
rehearsal that shows the trend."""

from __future__ import annotations

from textual.widgets import Markdown, Select

from coach.app.coach import Coach
from coach.tui.app import make_app
from coach.tui.screens.rehearsal import DebriefScreen, RehearsalScreen
from coach.tui.screens.rehearsal_setup import RehearsalSetupScreen
from coach.tui.screens.start import StartScreen
from tests.tui.conftest import answer, settle

GOOD_LINES = [
    "I can see this has been a hard few weeks. Thanks for making time.",
    "Walk me through where the activation key result stands and how confident you feel about it.",
    "What has been getting in the way of the onboarding work these last weeks?",
    "What support would make the biggest difference for you?",
    "Let's agree: you'll send me a revised activation plan by next Wednesday.",
]


def transcript_text(screen) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(str(w.render()) for w in screen.query("#rehearsal-transcript Static"))


async def test_an_offline_rehearsal_to_its_debrief_and_the_trend(service: Coach) -> None:
    app = make_app(service=service)
    async with app.run_test(size=(130, 44)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+g")
        await settle(pilot)
        setup = app.screen
        assert isinstance(setup, RehearsalSetupScreen)
        setup.query_one("#rehearse-conversation", Select).value = "progress-update"
        await settle(pilot)
        setup.query_one("#rehearse-persona", Select).value = "defensive-behind"
        await pilot.press("ctrl+s")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, RehearsalScreen)
        rehearsal_id = screen.rehearsal_id
        assert "Alex: Hi. I guess this is about the activation numbers again?" in transcript_text(screen)
        for line in GOOD_LINES[:3]:
            await answer(pilot, line)
        assert "covering on-call" in transcript_text(screen)
        assert "✓ blockers" in str(screen.query_one("#rehearsal-progress").render())
        await pilot.press("f2")
        await settle(pilot)
        assert "Try the capabilities question" in transcript_text(screen)
        for line in GOOD_LINES[3:]:
            await answer(pilot, line)
        await pilot.press("f5")
        await settle(pilot)
        assert isinstance(app.screen, DebriefScreen)
        debrief = app.screen.markdown
        assert (
            "| Next step with owner and date | agreed |" in debrief and "| Hidden facts uncovered | 2 of 3 |" in debrief
        )
        assert "Alex: send you a revised activation plan (by" in debrief
        # Rehearse again (r): a poor attempt this time, then the debrief shows the trend.
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, RehearsalScreen) and app.screen.rehearsal_id != rehearsal_id
        await answer(pilot, "Why did you miss the target again?")
        await pilot.press("f5")
        await settle(pilot)
        assert "## Your rehearsals of this conversation" in app.screen.markdown
        assert str(app.screen.query_one("#debrief", Markdown)._markdown).startswith("# Debrief")  # type: ignore[attr-defined]
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, StartScreen)
    record = service.rehearsals.get(rehearsal_id)
    assert record.scorecard is not None and record.scorecard.next_steps_agreed and record.state.status == "ended"
    assert len(service.parts.rehearsals.trend("progress-update")) == 2


async def test_pause_keeps_the_rehearsal_and_nothing_is_lost(service: Coach) -> None:
    view = service.rehearsals.start(persona_id="quiet-disengaged")
    app = make_app(service=service, rehearsal_id=view.id)
    async with app.run_test(size=(130, 44)) as pilot:
        await settle(pilot)
        await answer(pilot, "What part of your work excites you most these days?")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, StartScreen)
        state = service.rehearsals.get(view.id).state
        assert state.status == "paused" and state.user_lines() == [
            "What part of your work excites you most these days?"
        ]
        # Resume it from the rehearsal screen's list: the lines are back, and it goes on.
        await pilot.press("ctrl+g")
        await settle(pilot)
        table = app.screen.query_one("#rehearsals")
        assert table.row_count == 1
        table.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, RehearsalScreen) and app.screen.rehearsal_id == view.id
        assert "What part of your work excites you most" in transcript_text(app.screen)
        await answer(pilot, "What would you like to change about your role?")
    assert service.rehearsals.get(view.id).state.status == "active"
    assert len(service.rehearsals.get(view.id).state.user_lines()) == 2


async def test_build_a_persona_in_the_app(service: Coach) -> None:
    from textual.widgets import Input, TextArea

    from coach.tui.screens.rehearsal_setup import PersonaBuilderScreen

    app = make_app(service=service)
    async with app.run_test(size=(130, 50)) as pilot:
        await settle(pilot)
        app.push_screen(PersonaBuilderScreen("coaching"))
        await settle(pilot)
        builder = app.screen
        values = {
            "name": "Robin",
            "title": "the senior engineer who resists review changes",
            "situation": "Robin blocks the new review rota.",
            "traits": "defensive about quality, respects data",
            "opening": "You wanted to talk about the reviews?",
        }
        for key, value in values.items():
            builder.query_one(f"#pb-{key}", Input).value = value
        builder.query_one("#pb-facts", TextArea).text = "Robin was burned by a bad merge last year"  # no `::`
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is builder and any("Hidden fact line 1" in n.message for n in app._notifications)
        builder.query_one(
            "#pb-facts", TextArea
        ).text = "Robin was burned by a bad merge last year :: Last year a merge I didn't review took payments down."
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is not builder
    saved = service.settings.user_knowledge_dir / "personas" / "robin-the-senior-engineer-who-resists-re.yaml"
    assert saved.exists()
    robin = next(p for p in service.rehearsals.personas_for("coaching") if p.name == "Robin")
    assert robin.plays == "contributor" and robin.hidden_facts[0].reveal.startswith("Last year a merge")


async def test_the_builder_starts_from_a_persons_notes_to_edit(service: Coach) -> None:
    from textual.widgets import Input, TextArea

    from coach.tui.screens.rehearsal_setup import PersonaBuilderScreen

    service.memory.records.add_person("Dana", "report")
    service.memory.add_note("Dana", "Dana was exhausted and worked all weekend on the release.", date="2026-11-20")
    app = make_app(service=service)
    async with app.run_test(size=(130, 50)) as pilot:
        await settle(pilot)
        app.push_screen(PersonaBuilderScreen("progress-update", "Dana"))
        await settle(pilot)
        builder = app.screen
        assert builder.query_one("#pb-name", Input).value == "Dana"
        assert builder.query_one("#pb-traits", Input).value == "stretched thin, working long hours"
        assert "worked all weekend" in builder.query_one("#pb-facts", TextArea).text
        builder.query_one("#pb-traits", Input).value = "tired, proud of the release"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is not builder
    dana = next(p for p in service.rehearsals.personas_for("progress-update") if p.name == "Dana")
    assert dana.traits == ["tired", "proud of the release"] and dana.hidden_facts[0].reveal.startswith(
        "I was exhausted"
    )
