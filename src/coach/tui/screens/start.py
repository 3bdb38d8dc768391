"""The start screen: pick a role and a conversation, or describe the situation and take
the suggestion; optionally name the other person; or resume a past session."""

from __future__ import annotations

import asyncio
import re

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, DataTable, Footer, Header, Input, Label, RadioButton, RadioSet, Select, Static

from coach.core.types import Role
from coach.routing.router import ASK_BELOW
from coach.routing.scope import GIBBERISH
from coach.tui.messages import Failed, Notice, OpenSession, ResumeSession, RouteReady, SessionReady, SessionsListed
from coach.tui.screens.base import CoachScreen
from coach.tui.widgets.line_input import LineInput, one_line

MAX_NAME = 80
_NOT_A_NAME = re.compile(r"[?!]|(?:\S+\s+){5,}\S|\.\s+\S+\s+\S+\s+\S")
"""A question, six words or more, or a sentence after a full stop ("Dr. Sam Patel" is a name)."""


def match_strength(confidence: float) -> str:
    if confidence >= 0.9:
        return "strong match"
    if confidence >= ASK_BELOW:
        return "likely match"
    return "not sure"


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s", " ".join(text.split()), maxsplit=1)[0]


class StartScreen(CoachScreen):
    BINDINGS = [
        Binding("ctrl+s", "start", "Start", id="start"),
        Binding("ctrl+r", "focus_sessions", "Resume…", id="focus-sessions"),
        Binding("ctrl+o", "app.people", "People", id="people"),
        Binding("ctrl+t", "app.summarise", "Summarise notes", id="summarise"),
        Binding("ctrl+g", "app.rehearse", "Rehearse", id="rehearse"),
        Binding("ctrl+q", "app.quit", "Quit", id="quit"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="start"):
            yield Static("Prepare a performance conversation", classes="heading")
            with Horizontal(classes="row"):
                yield Label("I am the", classes="field-label")
                with RadioSet(id="role"):
                    yield RadioButton("Manager", value=True, id="role-manager")
                    yield RadioButton("Contributor", id="role-contributor")
            yield Label("Describe the situation, then press Enter for a suggestion (optional)")
            yield LineInput(  # coming back to it goes on with the situation, not over it
                placeholder="e.g. My report is behind on a key result", id="situation", select_on_focus=False
            )
            yield Static("", id="suggestion")
            yield Label("Conversation")
            yield Select[str](self._choices("manager"), id="conversation", allow_blank=False)
            yield Label("With (optional: the other person's name)")
            yield LineInput(placeholder="e.g. Sam", id="person")  # no max_length: a pasted situation arrives whole
            yield Button("Start", variant="primary", id="start-button")
            yield Static("Resume a session", classes="heading")
            yield DataTable(id="sessions", cursor_type="row", zebra_stripes=True)
            yield Static("No sessions yet.", id="no-sessions")
        yield Footer()

    NOTICE_WORKERS = frozenset({"index"})
    QUIET_WORKERS = frozenset({"warm"})

    def on_mount(self) -> None:
        self.sub_title = self.host.mode_label
        table = self.query_one("#sessions", DataTable)
        table.add_columns("id", "updated", "conversation", "role", "with", "covered", "status")
        self._fill_conversations()
        self.query_one("#situation", Input).focus()
        self.call_after_refresh(self.warm_router)
        self.call_after_refresh(self.sync_index)

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def sync_index(self) -> None:
        """Rebuild a missing or stale search index by itself (nothing to do without notes)."""
        if warning := self.service.privacy_warning():
            self.post_message(Notice(warning))
        report = self.service.memory.sync_index()
        if report is not None and report.rebuilt:
            self.post_message(Notice(f"Rebuilt the search index for the current embeddings ({report.added} notes)."))

    @work(thread=True, exclusive=True, group="warm", exit_on_error=False)
    def warm_router(self) -> None:
        """Load the embeddings once the screen is drawn, so the first suggestion is instant
        (a failure here shows again, with its message, when the user asks for a suggestion)."""
        self.service.warm_up()

    def on_screen_resume(self) -> None:
        self.list_sessions()

    # Role and conversation choice -----------------------------------------------------
    @property
    def role(self) -> Role:
        return "contributor" if self.query_one("#role-contributor", RadioButton).value else "manager"

    def _choices(self, role: Role) -> list[tuple[str, str]]:
        return [(c.title, c.id) for c in self.service.framework.for_role(role)]

    def _fill_conversations(self, prefer: str | None = None) -> None:
        select = self.query_one("#conversation", Select)
        choices = self._choices(self.role)
        current = prefer or (select.value if isinstance(select.value, str) else None)
        select.set_options(choices)
        if current in {cid for _, cid in choices}:
            select.value = current

    _role_picked = False
    """Set once the user chooses a role: until then, the role is guessed from the situation."""
    _setting_role = False

    @on(RadioSet.Changed, "#role")
    def _role_changed(self) -> None:
        self._fill_conversations()
        if self._setting_role:  # coach set it from the situation's wording
            self._setting_role = False
            return
        self._role_picked = True
        situation = self.query_one("#situation", Input).value
        if situation.strip():
            self.route(situation, self.role)

    def _guessed_role(self, role: Role | None) -> bool:
        """Take the role guessed from the wording, unless the user chose one. True if it changed."""
        if self._role_picked or role is None or role == self.role:
            return False
        self._setting_role = True
        self.query_one(f"#role-{role}", RadioButton).value = True
        return True

    def on_paste(self, event: events.Paste) -> None:
        """A paste with the list, a button or the sessions in focus (no box took it) is a
        situation: it goes to the end of the situation box rather than nowhere."""
        if text := one_line(event.text):
            self._add_to_situation(text)

    def _add_to_situation(self, text: str) -> None:
        box = self.query_one("#situation", Input)
        box.focus()
        box.cursor_position = len(box.value)
        joined = box.value and not box.value.endswith(" ") and not text.startswith(" ")
        box.insert_text_at_cursor(f" {text}" if joined else text)

    @on(Input.Changed, "#person")
    def _person_changed(self, event: Input.Changed) -> None:
        """The name box has the focus once a conversation is suggested, so more of the
        situation pasted then lands in it ("Boss said my Q3 OKR is red 😬 what do I tell him?"
        became the other person's name): text that reads as sentences goes on with the
        situation, and the name box is emptied."""
        if not _NOT_A_NAME.search(event.value):
            return
        text = event.value.strip()
        event.input.value = ""
        self._add_to_situation(text)
        self.notify("That reads as more of the situation, not a name: it was added to the situation.")

    @on(Input.Submitted, "#situation")
    def _situation_submitted(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            self.notify("Describe the situation in a few words first.", severity="warning")
            return
        self.query_one("#suggestion", Static).update("Finding the conversation that fits…")
        self.route(event.value, self.role if self._role_picked else None)

    @work(exclusive=True, group="route", exit_on_error=False)
    async def route(self, situation: str, role: Role | None) -> None:
        """The model's suggestion when one is configured, else (or if it fails) the offline router's."""
        result, warning = await self.service.sessions.route_with_model(situation, role)
        person = await asyncio.to_thread(self.service.memory.person_in, situation)
        if warning:
            self.post_message(Notice(warning))
        self.post_message(RouteReady(result, person))

    def on_route_ready(self, message: RouteReady) -> None:
        result = message.result
        framework = self.service.framework
        if result.out_of_scope is not None:
            outside = result.out_of_scope
            if outside.topic == GIBBERISH:  # not a topic coach leaves out: just what to write instead
                self.query_one("#suggestion", Static).update(outside.answer)
                return
            helpful = [framework.get(c).title for c in outside.instead if c in framework.conversations]
            also = f" For the part that is a performance conversation: {', '.join(helpful)}." if helpful else ""
            self.query_one("#suggestion", Static).update(
                Text.assemble(
                    ("Not something coach covers: ", "bold"), (outside.title, "bold"), f". {outside.answer}{also}"
                )
            )
            return
        title = framework.get(result.conversation).title
        others = ", ".join(framework.get(a.conversation).title for a in result.also_possible[:2])
        person = self.query_one("#person", Input)
        if message.person and not person.value.strip():
            person.value = message.person  # the situation named someone
        if result.unsure:
            self._ask_between(result.conversation, result.alternatives[0].conversation, result.role)
            return
        guessed = self._take_role_of(result.conversation, result.role)
        as_role = f" You seem to be the {self.role} (change it above if not)." if guessed else ""
        self.query_one("#suggestion", Static).update(
            Text.assemble(
                "Suggested: ",
                (title, "bold"),
                f" ({match_strength(result.confidence)}).{f' Also possible: {others}.' if others else ''}{as_role} "
                "Change the conversation below if it does not fit; then name the other person and press Enter.",
            )
        )
        person.focus()

    def _ask_between(self, first: str, second: str, role: Role | None) -> None:
        """Two conversations fit about as well: each with one line, and the user picks."""
        framework = self.service.framework
        self._take_role_of(first, role)
        lines: list[str | tuple[str, str]] = ["Not sure which fits:\n"]
        for cid in (first, second):
            conversation = framework.get(cid)
            other_role = (
                "" if self.role in conversation.roles else f" (as the {conversation.roles[0]}: change it above)"
            )
            lines += ["• ", (conversation.title, "bold"), f"{other_role}: {first_sentence(conversation.purpose)}\n"]
        lines.append("Pick one in the list below, then name the other person and press Enter.")
        self.query_one("#suggestion", Static).update(Text.assemble(*lines))
        self.query_one("#conversation", Select).focus()

    def _take_role_of(self, conversation_id: str, role: Role | None) -> bool:
        """Show `conversation_id` in the list, taking the role it needs when the user has not
        chosen one: a self-review suggested while the list held a manager's conversations
        left "Goal planning" selected. True if the role changed."""
        roles = self.service.framework.get(conversation_id).roles
        if role is None and self.role not in roles:
            role = roles[0]
        changed = self._guessed_role(role)
        self._fill_conversations(prefer=conversation_id)
        return changed

    @on(Input.Submitted, "#person")
    def _person_submitted(self) -> None:
        self.action_start()

    # Starting -------------------------------------------------------------------------
    @on(Button.Pressed, "#start-button")
    def action_start(self) -> None:
        select = self.query_one("#conversation", Select)
        if not isinstance(select.value, str):
            self.notify("Pick a conversation first.", severity="warning")
            return
        person = self.query_one("#person", Input).value.strip() or None
        if person and len(person) > MAX_NAME:
            self.notify(f"A name is at most {MAX_NAME} characters; shorten it.", severity="warning")
            return
        situation = self.query_one("#situation", Input).value.strip() or None
        self.start_session(self.role, select.value, person, situation)

    @work(thread=True, exclusive=True, group="start", exit_on_error=False)
    def start_session(self, role: Role, conversation_id: str, person: str | None, situation: str | None) -> None:
        self.post_message(SessionReady(self.service.sessions.start(role, conversation_id, person, situation=situation)))

    def on_session_ready(self, message: SessionReady) -> None:
        self.post_message(OpenSession(message.view))

    # Resuming -------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="list", exit_on_error=False)
    def list_sessions(self) -> None:
        self.post_message(SessionsListed(self.service.sessions.recent(50)))

    def on_sessions_listed(self, message: SessionsListed) -> None:
        table = self.query_one("#sessions", DataTable)
        table.clear()
        framework = self.service.framework.conversations
        for r in message.records:
            title = framework[r.conversation_id].title if r.conversation_id in framework else r.conversation_id
            covered = f"{r.state.counts()['covered']}/{len(r.state.order)}"
            updated = r.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
            table.add_row(r.id, updated, title, r.role, r.person or "", covered, r.status, key=r.id)
        table.display = bool(message.records)
        self.query_one("#no-sessions", Static).display = not message.records

    def action_focus_sessions(self) -> None:
        table = self.query_one("#sessions", DataTable)
        if table.row_count:
            table.focus()
        else:
            self.notify("No sessions to resume yet.")

    @on(DataTable.RowSelected, "#sessions")
    def _resume(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self.post_message(ResumeSession(event.row_key.value))

    def on_failed(self, message: Failed) -> None:
        if message.action == "route":
            self.query_one("#suggestion", Static).update("")
