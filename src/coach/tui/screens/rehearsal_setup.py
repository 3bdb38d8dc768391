"""Choose what to rehearse: a conversation and a persona, or a counterpart built from a
known person's notes; or build a persona of your own."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Button, DataTable, Footer, Header, Input, Label, Select, Static, TextArea

from coach.core.errors import CoachError
from coach.rehearsal.personas import Persona
from coach.tui.messages import Failed
from coach.tui.screens.base import CoachScreen

REHEARSED = ("progress-update", "coaching", "goal-planning", "upward-feedback", "career-growth", "manager-prep")


class RehearsalSetupScreen(CoachScreen):
    BINDINGS = [Binding("ctrl+s", "start", "Start"), Binding("ctrl+b", "build", "Build a persona"), Binding("escape", "app.pop_screen", "Back")]

    def compose(self) -> ComposeResult:
        service = self.coach.service
        conversations = [(c.title, c.id) for c in service.framework if c.id in REHEARSED and service.rehearsals.personas_for(c.id)]
        first = self._persona_options(conversations[0][1])
        yield Header()
        with VerticalScroll(id="rehearsal-setup"):
            yield Static("Rehearse a difficult conversation", classes="heading")
            yield Label("Conversation")
            yield Select[str](conversations, id="rehearse-conversation", allow_blank=False)
            yield Label("Counterpart")
            yield Select[str](first, id="rehearse-persona", allow_blank=False)
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
        self._fill_personas()
        people = [(p.name, p.name) for p, *_ in self.coach.service.memory.records.people()]
        self.query_one("#rehearse-person", Select).set_options(people)
        self.query_one("#rehearsals", DataTable).add_columns("id", "updated", "conversation", "with", "your lines", "status")
        self.query_one("#rehearse-conversation", Select).focus()
        self.list_rehearsals()

    @work(thread=True, exclusive=True, group="list")
    def list_rehearsals(self) -> None:
        service = self.coach.service
        try:
            rows = [
                (r.id, r.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"), service.framework.get(r.state.conversation_id).title,
                 r.state.persona.name, str(len(r.state.user_lines())), r.state.status)
                for r in service.rehearsals.unfinished()
            ]
        except CoachError as exc:
            self.post_message(Failed(str(exc), action="rehearsals"))
            return
        self.app.call_from_thread(self._show_rehearsals, rows)

    def _show_rehearsals(self, rows: list[tuple[str, ...]]) -> None:
        table = self.query_one("#rehearsals", DataTable)
        table.clear()
        for row in rows:
            table.add_row(*row, key=row[0])
        table.display = bool(rows)
        self.query_one("#no-rehearsals", Static).display = not rows

    @on(DataTable.RowSelected, "#rehearsals")
    def _resume(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self.coach.open_rehearsal(event.row_key.value)

    @on(Select.Changed, "#rehearse-conversation")
    def _fill_personas(self) -> None:
        conversation = self.query_one("#rehearse-conversation", Select).value
        if not isinstance(conversation, str):
            return
        options = self._persona_options(conversation)
        select = self.query_one("#rehearse-persona", Select)
        select.set_options(options)
        select.value = options[0][1]

    def _persona_options(self, conversation: str) -> list[tuple[str, str]]:
        return [(f"{p.name}: {p.title} (difficulty {p.difficulty})", p.id) for p in self.coach.service.rehearsals.personas_for(conversation)]

    @on(Select.Changed, "#rehearse-persona")
    def _describe(self, event: Select.Changed) -> None:
        persona = self.coach.service.rehearsals.personas.get(str(event.value))
        you = "manager" if persona and persona.plays == "contributor" else "contributor"
        text = f"{' '.join(persona.situation.split())}\nYou play the {you}; {persona.name} plays the {persona.plays}." if persona else ""
        self.query_one("#persona-summary", Static).update(text)

    @on(Button.Pressed, "#rehearse-start")
    def action_start(self) -> None:
        conversation = self.query_one("#rehearse-conversation", Select).value
        persona = self.query_one("#rehearse-persona", Select).value
        person = self.query_one("#rehearse-person", Select).value
        if not isinstance(conversation, str):
            return
        self.start(conversation, persona if isinstance(persona, str) else None, person if isinstance(person, str) else None)

    @work(thread=True, exclusive=True, group="start")
    def start(self, conversation: str, persona_id: str | None, person: str | None) -> None:
        service = self.coach.service
        try:
            persona = service.rehearsals.persona_from_person(person, conversation) if person else None
            view = service.rehearsals.start(conversation, None if persona else persona_id, persona)
        except CoachError as exc:
            self.post_message(Failed(str(exc), action="rehearse"))
            return
        self.app.call_from_thread(self.coach.open_rehearsal, view.id)

    @on(Button.Pressed, "#rehearse-build")
    def action_build(self) -> None:
        conversation = self.query_one("#rehearse-conversation", Select).value
        self.app.push_screen(PersonaBuilderScreen(conversation if isinstance(conversation, str) else "progress-update"))

    def on_screen_resume(self) -> None:
        self._fill_personas()  # a persona built meanwhile shows up
        self.list_rehearsals()

    def on_failed(self, message: Failed) -> None:
        self.notify(message.message, severity="error", timeout=10)


class PersonaBuilderScreen(CoachScreen):
    """A persona of your own, saved to `$COACH_HOME/knowledge/personas/`. Hidden facts are one
    a line: what is true, then `::` and what they say when asked well."""

    BINDINGS = [Binding("ctrl+s", "save", "Save persona"), Binding("escape", "app.pop_screen", "Back")]

    def __init__(self, conversation: str) -> None:
        super().__init__()
        self.conversation = conversation

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="persona-builder"):
            yield Static("Build a persona", classes="heading")
            yield Label("Name")
            yield Input(id="pb-name", placeholder="e.g. Robin")
            yield Label("Who they are, in a few words")
            yield Input(id="pb-title", placeholder="e.g. the senior engineer who resists code review changes")
            yield Label("Difficulty (1 easy to 5 hard)")
            yield Select[int]([(str(n), n) for n in range(1, 6)], value=3, allow_blank=False, id="pb-difficulty")
            yield Label("The situation, as you know it")
            yield Input(id="pb-situation")
            yield Label("Traits, separated by commas")
            yield Input(id="pb-traits", placeholder="e.g. defensive about quality, respects data, dislikes surprises")
            yield Label("Their first line")
            yield Input(id="pb-opening", placeholder="e.g. You wanted to talk about the reviews?")
            yield Label("What they hold back, one a line: the fact :: what they say when asked well")
            yield TextArea(id="pb-facts")
            yield Label("Ctrl+S saves it; it appears in the list for this conversation.", classes="hint")
        yield Footer()

    def action_save(self) -> None:
        from coach.rehearsal.personas import HiddenFact, slugify

        values = {k: self.query_one(f"#pb-{k}", Input).value.strip() for k in ("name", "title", "situation", "traits", "opening")}
        missing = [k for k, v in values.items() if not v]
        if missing:
            self.notify(f"Fill in: {', '.join(missing)}.", severity="warning")
            return
        facts = []
        for number, line in enumerate(self.query_one("#pb-facts", TextArea).text.splitlines(), start=1):
            if not line.strip():
                continue
            fact, _, says = line.partition("::")
            if not fact.strip() or not says.strip():
                self.notify(f"Hidden fact line {number}: write the fact, then :: and what they say.", severity="warning")
                return
            words = [w.strip(".,!?") for w in says.split() if len(w) > 5][:3]
            facts.append(HiddenFact(id=f"fact-{number}", fact=fact.strip(), reveal=says.strip(), keywords=words, tells=words or [says.strip()[:20]]))
        try:
            persona = Persona(
                id=slugify(f"{values['name']}-{values['title']}"), name=values["name"], plays="contributor"
                if self.coach.service.framework.get(self.conversation).leader == "manager" else "manager",
                title=values["title"], conversations=[self.conversation], difficulty=int(self.query_one("#pb-difficulty", Select).value),
                situation=values["situation"], traits=[t.strip() for t in values["traits"].split(",") if t.strip()],
                opening=values["opening"], good_outcome="You reach the framework's questions, uncover what they hold back, and agree a next step.",
                hidden_facts=facts,
            )
            self.save(persona)
        except ValueError as exc:
            self.notify(str(exc).splitlines()[0], severity="error")

    @work(thread=True, exclusive=True, group="save")
    def save(self, persona: Persona) -> None:
        try:
            path = self.coach.service.rehearsals.save_persona(persona)
        except CoachError as exc:
            self.post_message(Failed(str(exc), action="save"))
            return
        self.app.call_from_thread(self._saved, str(path))

    def _saved(self, path: str) -> None:
        self.notify(f"Saved to {path}", title="Persona saved")
        self.app.pop_screen()

    def on_failed(self, message: Failed) -> None:
        self.notify(message.message, severity="error", timeout=10)
