"""Choose what to rehearse: a conversation and a persona, or a counterpart built from a
known person's notes; or build a persona of your own."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Button, DataTable, Footer, Header, Input, Label, Select, Static, TextArea

from coach.tui.messages import (
    BuilderFilled,
    OpenRehearsal,
    PeopleListed,
    PersonaSaved,
    RehearsalChoices,
    RehearsalsListed,
)
from coach.tui.screens.base import CoachScreen
from coach.tui.widgets.line_input import LineInput


class RehearsalSetupScreen(CoachScreen):
    BINDINGS = [
        Binding("ctrl+s", "start", "Start", id="start"),
        Binding("ctrl+b", "build", "Build a persona", id="build"),
        Binding("escape", "app.pop_screen", "Back", id="leave"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.choices: RehearsalChoices | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="rehearsal-setup"):
            yield Static("Rehearse a difficult conversation", classes="heading")
            yield Label("Conversation")
            yield Select[str]([], id="rehearse-conversation", prompt="loading…")
            yield Label("Counterpart")
            yield Select[str]([], id="rehearse-persona", prompt="loading…")
            yield Static("", id="persona-summary")
            yield Label("Or play someone you know (their notes and open items become what they hold back)")
            yield Select[str]([], id="rehearse-person", prompt="nobody: use the persona above")
            yield Button("Start", variant="primary", id="rehearse-start")
            yield Button("Build a persona…", id="rehearse-build")
            yield Static("Resume a rehearsal", classes="heading")
            yield DataTable(id="rehearsals", cursor_type="row", zebra_stripes=True)
            yield Static("No unfinished rehearsals.", id="no-rehearsals")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Rehearsal"
        self.load_choices()
        self.query_one("#rehearsals", DataTable).add_columns(
            "id", "updated", "conversation", "with", "your lines", "status"
        )
        self.query_one("#rehearse-conversation", Select).focus()
        self.list_people()
        self.list_rehearsals()

    @work(thread=True, exclusive=True, group="rehearsals", exit_on_error=False)
    def list_rehearsals(self) -> None:
        service = self.service
        rows = [
            (
                r.id,
                r.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                service.framework.get(r.state.conversation_id).title,
                r.state.persona.name,
                str(len(r.state.user_lines())),
                str(r.state.status),
            )
            for r in service.rehearsals.unfinished()
        ]
        self.post_message(RehearsalsListed(rows))

    @work(thread=True, exclusive=True, group="choices", exit_on_error=False)
    def load_choices(self) -> None:
        """The conversations that have personas, and each one's personas (read from files)."""
        rehearsals = self.service.rehearsals
        conversations = [(c.title, c.id) for c in rehearsals.rehearsable()]
        personas = {cid: rehearsals.personas_for(cid) for _, cid in conversations}
        self.post_message(RehearsalChoices(conversations, personas))

    def on_rehearsal_choices(self, message: RehearsalChoices) -> None:
        self.choices = message
        select = self.query_one("#rehearse-conversation", Select)
        current = select.value
        select.set_options(message.conversations)
        ids = [cid for _, cid in message.conversations]
        select.value = current if current in ids else ids[0]
        self._fill_personas()

    @work(thread=True, exclusive=True, group="people", exit_on_error=False)
    def list_people(self) -> None:
        self.post_message(
            PeopleListed([(p.name, p.role or "", n, o, a) for p, n, o, a in self.service.memory.records.people()])
        )

    def on_people_listed(self, message: PeopleListed) -> None:
        self.query_one("#rehearse-person", Select).set_options([(row[0], row[0]) for row in message.rows])

    def on_rehearsals_listed(self, message: RehearsalsListed) -> None:
        rows = message.rows
        table = self.query_one("#rehearsals", DataTable)
        table.clear()
        for row in rows:
            table.add_row(*row, key=row[0])
        table.display = bool(rows)
        self.query_one("#no-rehearsals", Static).display = not rows

    @on(DataTable.RowSelected, "#rehearsals")
    def _resume(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self.post_message(OpenRehearsal(event.row_key.value))

    @on(Select.Changed, "#rehearse-conversation")
    def _fill_personas(self) -> None:
        conversation = self.query_one("#rehearse-conversation", Select).value
        if not isinstance(conversation, str) or self.choices is None:
            return
        options = self._persona_options(conversation)
        select = self.query_one("#rehearse-persona", Select)
        select.set_options(options)
        select.value = options[0][1]

    def _persona_options(self, conversation: str) -> list[tuple[str, str]]:
        personas = self.choices.personas.get(conversation, []) if self.choices else []
        return [(f"{p.name}: {p.title} (difficulty {p.difficulty})", p.id) for p in personas]

    @on(Select.Changed, "#rehearse-persona")
    def _describe(self, event: Select.Changed) -> None:
        known = [p for group in self.choices.personas.values() for p in group] if self.choices else []
        persona = next((p for p in known if p.id == event.value), None)
        you = "manager" if persona and persona.plays == "contributor" else "contributor"
        text = (
            f"{' '.join(persona.situation.split())}\nYou play the {you}; {persona.name} plays the {persona.plays}."
            if persona
            else ""
        )
        self.query_one("#persona-summary", Static).update(text)

    @on(Button.Pressed, "#rehearse-start")
    def action_start(self) -> None:
        conversation = self.query_one("#rehearse-conversation", Select).value
        persona = self.query_one("#rehearse-persona", Select).value
        person = self.query_one("#rehearse-person", Select).value
        if not isinstance(conversation, str):
            return
        self.start(
            conversation, persona if isinstance(persona, str) else None, person if isinstance(person, str) else None
        )

    @work(thread=True, exclusive=True, group="rehearse", exit_on_error=False)
    def start(self, conversation: str, persona_id: str | None, person: str | None) -> None:
        service = self.service
        persona = service.rehearsals.persona_from_person(person, conversation) if person else None
        view = service.rehearsals.start(conversation, None if persona else persona_id, persona)
        self.post_message(OpenRehearsal(view.id))

    @on(Button.Pressed, "#rehearse-build")
    def action_build(self) -> None:
        """The builder, filled from the person chosen above when there is one, to edit."""
        conversation = self.query_one("#rehearse-conversation", Select).value
        person = self.query_one("#rehearse-person", Select).value
        self.app.push_screen(
            PersonaBuilderScreen(
                conversation if isinstance(conversation, str) else "progress-update",
                person if isinstance(person, str) else None,
            )
        )

    def on_screen_resume(self) -> None:
        self.load_choices()  # a persona built meanwhile shows up
        self.list_rehearsals()


class PersonaBuilderScreen(CoachScreen):
    """A persona of your own, saved to `$COACH_HOME/knowledge/personas/`. Hidden facts are one
    a line: what is true, then `::` and what they say when asked well. Opened with a person
    chosen, it starts from what their notes say (facts, traits, situation), to edit."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save persona", id="save"),
        Binding("escape", "app.pop_screen", "Back", id="leave"),
    ]

    def __init__(self, conversation: str, person: str | None = None) -> None:
        super().__init__()
        self.conversation = conversation
        self.person = person

    def on_mount(self) -> None:
        self.query_one("#pb-name", Input).focus()
        if self.person:
            self.fill_from(self.person)

    @work(thread=True, exclusive=True, group="fill", exit_on_error=False)
    def fill_from(self, person: str) -> None:
        self.post_message(BuilderFilled(self.service.rehearsals.builder_fields(person, self.conversation)))

    def on_builder_filled(self, message: BuilderFilled) -> None:
        for key, value in message.fields.items():
            if key == "facts":
                self.query_one("#pb-facts", TextArea).text = value
            else:
                self.query_one(f"#pb-{key}", Input).value = value
        self.query_one("#pb-traits", Input).focus()
        self.notify("Read from their notes: edit the traits and facts, then Ctrl+S.", title=self.person or "")

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="persona-builder"):
            yield Static(
                f"Build a persona from {self.person}'s notes" if self.person else "Build a persona", classes="heading"
            )
            yield Label("Name")
            yield Input(id="pb-name", placeholder="e.g. Robin")
            yield Label("Who they are, in a few words")
            yield LineInput(id="pb-title", placeholder="e.g. the senior engineer who resists code review changes")
            yield Label("Difficulty (1 easy to 5 hard)")
            yield Select[int]([(str(n), n) for n in range(1, 6)], value=3, allow_blank=False, id="pb-difficulty")
            yield Label("The situation, as you know it")
            yield LineInput(id="pb-situation")
            yield Label("Traits, separated by commas")
            yield LineInput(
                id="pb-traits", placeholder="e.g. defensive about quality, respects data, dislikes surprises"
            )
            yield Label("Their first line")
            yield LineInput(id="pb-opening", placeholder="e.g. You wanted to talk about the reviews?")
            yield Label("What they hold back, one a line: the fact :: what they say when asked well")
            yield TextArea(id="pb-facts")
            yield Label("Ctrl+S saves it; it appears in the list for this conversation.", classes="hint")
        yield Footer()

    def action_save(self) -> None:
        fields = {
            k: self.query_one(f"#pb-{k}", Input).value for k in ("name", "title", "situation", "traits", "opening")
        }
        difficulty = self.query_one("#pb-difficulty", Select).value
        self.save(
            fields, int(difficulty) if isinstance(difficulty, int) else 3, self.query_one("#pb-facts", TextArea).text
        )

    @work(thread=True, exclusive=True, group="save", exit_on_error=False)
    def save(self, fields: dict[str, str], difficulty: int, facts: str) -> None:
        rehearsals = self.service.rehearsals
        persona = rehearsals.build_persona(self.conversation, difficulty=difficulty, facts=facts, **fields)
        self.post_message(PersonaSaved(rehearsals.save_persona(persona)))

    def on_persona_saved(self, message: PersonaSaved) -> None:
        self.notify(f"Saved to {message.path}", title="Persona saved")
        self.app.pop_screen()
