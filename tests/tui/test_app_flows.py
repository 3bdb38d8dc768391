"""Whole conversations through the app built by `make_app()`, checked against the store."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, RadioButton, Select
from textual.widgets._markdown import MarkdownBlock

from coach.app.coach import Coach
from coach.tui.app import CoachApp, make_app
from coach.tui.screens.brief import BriefScreen
from coach.tui.screens.conversation import ConversationScreen
from coach.tui.screens.export_dialog import ExportDialog
from coach.tui.screens.start import StartScreen
from coach.tui.widgets.answer_input import AnswerInput
from coach.tui.widgets.question_panel import QuestionPanel
from tests.tui.conftest import GOOD, answer, settle, type_text


async def test_contributor_self_reflection_to_exported_brief(app: CoachApp, service: Coach, tmp_path: Path) -> None:
    messages = []
    async with app.run_test(size=(110, 36), message_hook=messages.append) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, StartScreen)
        await pilot.click("#role-contributor")
        await pilot.click("#situation")
        await type_text(pilot, "my annual review is on Thursday")
        await settle(pilot)
        assert app.screen.query_one("#conversation", Select).value == "self-reflection"
        assert "Self-reflection before a review" in str(app.screen.query_one("#suggestion").render())
        await pilot.press("enter")  # from the name field: start
        await settle(pilot)
        assert isinstance(app.screen, ConversationScreen)
        session_id = app.screen.session_id

        await answer(pilot, "fine")  # vague: probed
        assert service.sessions.view(session_id).turns[-1].kind == "probe"
        await answer(pilot, GOOD)
        await pilot.press("f4")  # why
        await settle(pilot)
        await pilot.press("f2")  # skip
        await settle(pilot)
        await answer(pilot, "Our launch feeds the Q4 self-serve milestone; I am unsure how the API work connects.")
        await answer(pilot, "I'd tell Dana that the weekly planning meeting helps me, for example last Monday.")
        await answer(pilot, "I want to ask for the lead role on the 2027 platform project by January.")
        await settle(pilot)
        assert isinstance(app.screen, BriefScreen)

        view = service.sessions.view(session_id)
        assert view.finished and view.state.questions["self-reflection.opportunities"].status == "skipped"
        assert view.state.counts()["covered"] == 4
        stored = service.parts.sessions.get(session_id).brief
        assert stored and "# Brief: Self-reflection before a review" in stored
        assert "## Questions to ask your manager" in stored
        assert GOOD in stored

        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        target = tmp_path / "my-brief.md"
        field = app.screen.query_one("#export-path", Input)
        field.value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert target.read_text(encoding="utf-8").startswith("# Brief: Self-reflection before a review")
        assert "## Transcript" in target.read_text(encoding="utf-8")
    names = {type(m).__name__ for m in messages}
    assert {"RouteReady", "SessionReady", "SessionChanged", "BriefReady", "Exported"} <= names


async def test_manager_accepts_suggestion_and_finishes(app: CoachApp, service: Coach) -> None:
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        await pilot.click("#situation")
        await type_text(pilot, "Elena asked me what it takes to get promoted")
        await settle(pilot)
        assert app.screen.query_one("#conversation", Select).value == "career-growth"
        await type_text(pilot, "Elena")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)  # offered, not asked: typing goes to the answer
        assert any("Elena is not among your people yet: F8 adds them" in n.message for n in app._notifications)
        await pilot.press("y")
        assert screen.query_one("#answer", AnswerInput).text == "y"  # the first key of an answer, kept
        assert service.memory.records.find_person("Elena") is None
        screen.query_one("#answer", AnswerInput).clear()
        await pilot.press("f8")  # add Elena
        await settle(pilot)
        assert service.memory.records.find_person("Elena") is not None
        assert "with Elena" in screen.sub_title
        assert not screen.check_action("add_person", ())  # offered once
        for _ in range(5):
            await answer(
                pilot, "She led the Q3 data migration and mentored two new hires; she wants a staff role in 2027."
            )
        assert isinstance(app.screen, BriefScreen)
        (record,) = service.sessions.recent()
        assert record.person == "Elena" and record.status == "finished"
        assert record.state.counts()["covered"] == 5
        assert "## Questions to ask Elena" in (record.brief or "")


async def test_failed_send_keeps_the_text_and_loses_nothing(app: CoachApp, service: Coach) -> None:
    view = service.sessions.start("manager", "coaching", "Luis")
    async with make_app(service=service, session_id=view.id).run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        await answer(pilot, GOOD)
        big = "x" * 50_000
        await answer(pilot, big)
        box = pilot.app.screen.query_one("#answer")
        assert box.text == big, "the refused paste stays in the box"
        assert "not saved" in str(pilot.app.screen.query_one("#status").render())
        box.clear()
        await pilot.press("enter")  # empty: a warning, nothing sent
        await settle(pilot)
    answers = [t.text for t in service.sessions.view(view.id).turns if t.kind == "answer"]
    assert answers == [GOOD]


async def test_side_panel_marks_follow_coverage(service: Coach) -> None:
    view = service.sessions.start("manager", "upward-feedback")
    async with make_app(service=service, session_id=view.id).run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        panel = pilot.app.screen.query_one(QuestionPanel)
        assert "0/4 covered" in str(panel.render())
        await answer(pilot, GOOD)
        await pilot.press("f2")
        await settle(pilot)
        rendered = str(panel.render())
        assert "1/4 covered" in rendered and "✓ 1." in rendered and "– 2." in rendered and "○ 3." in rendered


async def test_back_and_finish_from_the_command_palette_actions(service: Coach) -> None:
    view = service.sessions.start("contributor", "progress-update")
    async with make_app(service=service, session_id=view.id).run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        await answer(pilot, GOOD)
        await pilot.press("f3")
        await settle(pilot)
        assert service.sessions.view(view.id).state.current == "progress-update.okr-status"
        titles = [c.title for c in pilot.app.get_system_commands(pilot.app.screen)]
        assert {"Skip question", "Previous question", "Why this question?", "Finish and write the brief"} <= set(titles)
        await pilot.press("f5")
        await settle(pilot)
        assert isinstance(pilot.app.screen, BriefScreen)


async def test_resume_from_the_start_screen(service: Coach) -> None:
    view = service.sessions.start("manager", "goal-planning", "Priya")
    service.sessions.send(view.id, GOOD)
    async with make_app(service=service).run_test(size=(110, 40)) as pilot:
        await settle(pilot)
        table = pilot.app.screen.query_one("#sessions", DataTable)
        assert table.row_count == 1
        table.focus()
        await pilot.press("enter")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ConversationScreen) and screen.session_id == view.id
        assert any(GOOD in str(w.render()) for w in screen.query(".turn.user"))
        await answer(pilot, GOOD)
    assert service.sessions.view(view.id).state.counts()["covered"] == 2


async def test_role_switch_limits_conversations(app: CoachApp) -> None:
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        select = app.screen.query_one("#conversation", Select)
        manager_options = {value for _, value in select._options}
        await pilot.click("#role-contributor")
        await settle(pilot)
        assert app.screen.query_one("#role-contributor", RadioButton).value
        contributor_options = {value for _, value in select._options}
        assert "manager-prep" in manager_options and "manager-prep" not in contributor_options
        assert "self-reflection" in contributor_options and "self-reflection" not in manager_options


async def test_a_known_person_named_in_the_situation_fills_the_with_field(service: Coach) -> None:
    service.memory.records.add_person("Sam")
    app = make_app(service=service)
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(pilot)
        await pilot.click("#situation")
        await type_text(pilot, "Sam is behind on the churn key result")
        await settle(pilot)
        assert app.screen.query_one("#person", Input).value == "Sam"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConversationScreen)
        assert service.sessions.view(app.screen.session_id).state.person == "Sam"


async def test_the_situation_typed_on_the_start_screen_stays_with_the_session(service: Coach) -> None:
    from textual.widgets import Input

    app = make_app(service=service)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.click("#situation")
        await type_text(pilot, "Dana missed two <b>milestones</b> and got defensive")
        await settle(pilot)
        app.screen.query_one("#person", Input).value = "Dana"
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("n")  # not among the user's people, and not added
        await settle(pilot)
        assert service.memory.records.find_person("Dana") is None
        session = service.sessions.recent(1)[0]
        assert session.state.situation == "Dana missed two <b>milestones</b> and got defensive"
        # drawn as typed: the tags showed as HTML once ("…two milestones and…"), then not at all
        context = pilot.app.screen.query_one("#transcript").query_one("Markdown.context")
        drawn = " ".join(str(block.render()) for block in context.query(MarkdownBlock))
        assert "described: “Dana missed two <b>milestones</b> and got defensive" in drawn, drawn


async def test_the_start_screen_guesses_the_role_and_asks_when_unsure(service: Coach) -> None:
    """The role follows the wording until the user picks one; a situation that fits two
    conversations about as well shows both, with one line each, and asks."""
    app = make_app(service=service)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        situation = screen.query_one("#situation", Input)
        await pilot.click("#situation")
        await type_text(pilot, "I have to write my self-review for the mid-year review")
        await settle(pilot)
        assert screen.query_one("#role-contributor", RadioButton).value
        assert screen.query_one("#conversation", Select).value == "self-reflection"
        assert "You seem to be the contributor" in str(screen.query_one("#suggestion").render())

        situation.value = (
            "Sam's key result is slipping and I also want to talk about where he wants to go in his career."
        )
        await pilot.click("#situation")
        await pilot.press("enter")
        await settle(pilot)
        shown = str(screen.query_one("#suggestion").render())
        assert shown.startswith("Not sure which fits:\n• Career growth: ") and "\n• Progress update: " in shown
        assert "Pick one in the list" in shown
        assert screen.focused is screen.query_one("#conversation", Select)

        screen.query_one("#role-manager", RadioButton).value = True  # the user's choice now stands
        await settle(pilot)
        situation.value = "I have to write my self-review for the mid-year review"
        await pilot.click("#situation")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.query_one("#role-manager", RadioButton).value


async def test_a_suggestion_for_the_other_role_takes_that_role_and_shows_in_the_list(service: Coach) -> None:
    """Tried in the app: a self-review told without "my review" was suggested while the list
    held a manager's conversations, and the list still showed "Goal planning"."""
    app = make_app(service=service)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.query_one("#role-manager", RadioButton).value
        await pilot.click("#situation")
        await type_text(pilot, "I want to write up my year honestly without underselling myself.")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.query_one("#role-contributor", RadioButton).value
        assert screen.query_one("#conversation", Select).value == "self-reflection"
        assert "You seem to be the contributor" in str(screen.query_one("#suggestion").render())


async def test_a_refused_input_is_said_once(service: Coach) -> None:
    """Textual calls a message handler of every class in the screen's lineage: a screen that
    also called its parent's handler showed each error two or four times."""
    view = service.sessions.start("manager", "coaching", "Dana")
    app = make_app(service=service, session_id=view.id)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await answer(pilot, "/zzz")
        said = [n.message for n in app._notifications if "Unknown command /zzz" in n.message]
        assert len(said) == 1, said


async def test_the_app_leaves_when_its_terminal_is_gone(service: Coach, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Started through `make run`, a closed terminal's hangup stops at make: the app checks
    for its terminal itself instead of keeping a core busy, unseen."""
    import sys

    app = make_app(service=service)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        exits: list[bool] = []
        monkeypatch.setattr(app, "exit", lambda *args, **kwargs: exits.append(True))
        monkeypatch.setattr(sys, "__stdin__", None)
        app._exit_if_the_terminal_is_gone()
        assert exits == [True]


async def test_keys_typed_before_the_first_screen_was_up_are_not_lost(service: Coach) -> None:
    """Typed the moment the app opens, keys reach the app instead of the situation box (seen
    in tmux: the first half second of typing vanished, and Enter came in as a line feed).
    The app sends them in again, once, so the box gets the text and Enter still submits."""
    from textual import events

    typed = [events.Key(c if c != " " else "space", c) for c in "Sam is behind on his KR"]
    typed.append(events.Key("ctrl+j", "\n"))  # made now, before the app and its box exist
    app = make_app(service=service)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StartScreen)
        for key in typed:
            app.on_key(key)  # as an early key arrives: at the app
        app.on_key(events.Key("x", "x"))  # a key made now is the box's own business: not sent again
        await settle(pilot)
        assert screen.query_one("#situation", Input).value == "Sam is behind on his KR"
        assert str(screen.query_one("#suggestion").render()).startswith(("Suggested:", "Not sure which fits"))


async def test_a_transcript_pasted_from_a_terminal_keeps_its_lines(service: Coach) -> None:
    """A terminal sends each pasted line break as a carriage return: a WebVTT file pasted into
    the summary box arrived as one line and was refused as "a webvtt file with no words"."""
    from textual import events
    from textual.widgets import TextArea

    app = make_app(service=service)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        vtt = "WEBVTT\r\r1\r00:00:01.000 --> 00:00:04.000\rAna: I'll send the plan by Friday.\r"
        app.post_message(events.Paste(vtt + "\r2\r00:00:05.000 --> 00:00:06.000\rDana: Thanks.\r"))
        await settle(pilot)
        text = app.screen.query_one("#meeting-text", TextArea).text
        assert text.splitlines()[:5] == [
            "WEBVTT",
            "",
            "1",
            "00:00:01.000 --> 00:00:04.000",
            "Ana: I'll send the plan by Friday.",
        ]


async def test_pasted_escape_codes_never_reach_a_box(service: Coach) -> None:
    """A paste with colour codes or a window-title sequence in it would repaint the screen
    around the box that shows it: the app cleans every paste before a box gets it."""
    from textual import events

    app = make_app(service=service)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.post_message(events.Paste("Dana [lead] said \x1b[31mred\x1b[0m flags 🚩\x1b]0;pwned\x07 again"))
        await settle(pilot)
        assert app.screen.query_one("#situation", Input).value == "Dana [lead] said red flags 🚩 again"


async def test_a_situation_pasted_in_paragraphs_arrives_whole_wherever_the_focus_is(service: Coach) -> None:
    """A forum post copied whole is paragraphs: a one-line box kept only the first line and
    dropped the rest unseen; a paste with the list in focus went nowhere."""
    from textual import events

    post = "My report missed two deadlines.\n\nHe says he is overloaded.\r\nHow do I raise it?\n"
    app = make_app(service=service)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.post_message(events.Paste(post))
        await settle(pilot)
        box = app.screen.query_one("#situation", Input)
        assert box.value == "My report missed two deadlines. He says he is overloaded. How do I raise it?"
        app.screen.query_one("#conversation", Select).focus()
        await settle(pilot)
        app.post_message(events.Paste("It has happened since March.\n"))
        await settle(pilot)
        assert box.has_focus
        assert box.value.endswith("How do I raise it? It has happened since March.")
        app.post_message(events.Paste(" [1:1] 🚩"))  # one line, as pasted: its leading space kept
        await settle(pilot)
        assert box.value.endswith("since March. [1:1] 🚩")


async def test_more_of_the_situation_pasted_into_the_name_box_goes_on_with_the_situation(service: Coach) -> None:
    """Found in tmux (stop 36): once a conversation is suggested the name box has the focus, and a
    second paste of the situation became the other person's name ("with Boss said my Q3…")."""
    from textual import events

    app = make_app(service=service)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        box = app.screen.query_one("#situation", Input)
        box.value = "my report keeps missing deadlines"
        await pilot.press("enter")
        await settle(pilot)
        person = app.screen.query_one("#person", Input)
        assert person.has_focus
        app.post_message(events.Paste('Boss said my Q3 OKR "reduce churn" is red 😬\n\nwhat do I tell him?'))
        await settle(pilot)
        assert person.value == ""
        assert (
            box.value
            == 'my report keeps missing deadlines Boss said my Q3 OKR "reduce churn" is red 😬 what do I tell him?'
        )
        person.focus()
        await pilot.press(*"Dr. Sam Patel")
        await settle(pilot)
        assert person.value == "Dr. Sam Patel"
