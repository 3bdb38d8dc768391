"""Personas made by the user: from the builder's fields, or from what coach knows about a
person (their recent notes and open items become what the counterpart holds back)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from coach.core.errors import UsageError
from coach.core.types import Role

if TYPE_CHECKING:
    from coach.app.components import Components
    from coach.rehearsal.personas import Persona


def build_persona(
    parts: Components,
    conversation_id: str,
    *,
    name: str,
    title: str,
    difficulty: int,
    situation: str,
    traits: str,
    opening: str,
    facts: str,
) -> Persona:
    """A persona from the builder's fields: `traits` separated by commas, `facts` one a line
    as `what is true :: what they say when asked well`. Problems are one-line UsageErrors."""
    from pydantic import ValidationError

    from coach.core.yamlfiles import format_validation_error
    from coach.rehearsal.from_notes import fact_keywords
    from coach.rehearsal.personas import HiddenFact, Persona, slugify

    values = {"name": name, "title": title, "situation": situation, "traits": traits, "opening": opening}
    missing = [k for k, v in values.items() if not v.strip()]
    if missing:
        raise UsageError(f"fill in: {', '.join(missing)}")
    hidden = []
    for number, line in enumerate(facts.splitlines(), start=1):
        if not line.strip():
            continue
        fact, _, says = line.partition("::")
        if not fact.strip() or not says.strip():
            raise UsageError(f"hidden fact line {number}: write the fact, then :: and what they say")
        told = fact_keywords(says)
        hidden.append(
            HiddenFact(
                id=f"fact-{number}",
                fact=fact.strip(),
                reveal=says.strip(),
                keywords=fact_keywords(f"{fact} {says}")[:12],
                tells=told[:2] or [says.strip()[:20]],
            )
        )
    leader = parts.framework.get(conversation_id).leader
    try:
        return Persona(
            id=slugify(f"{name}-{title}"),
            name=name.strip(),
            plays="contributor" if leader == "manager" else "manager",
            title=title.strip(),
            conversations=[conversation_id],
            difficulty=difficulty,
            situation=situation.strip(),
            traits=[t.strip() for t in traits.split(",") if t.strip()],
            opening=opening.strip(),
            good_outcome="You reach the framework's questions, uncover what they hold back, and agree a next step.",
            hidden_facts=hidden,
        )
    except ValidationError as exc:
        raise UsageError(format_validation_error(exc)) from None


def builder_fields(persona: Persona) -> dict[str, str]:
    """A persona as the builder's fields, to edit before saving (the inverse of build_persona)."""
    return {
        "name": persona.name,
        "title": persona.title,
        "situation": " ".join(persona.situation.split()),
        "traits": ", ".join(persona.traits),
        "opening": persona.opening,
        "facts": "\n".join(f"{f.fact} :: {f.reveal}" for f in persona.hidden_facts),
    }


def persona_from_person(
    parts: Components,
    personas_for: Callable[[str], list[Persona]],
    name: str,
    conversation_id: str,
    traits: list[str] | None = None,
) -> Persona:
    """A counterpart built from what coach knows about a person: clean statements from
    their recent notes become what they hold back until asked well, the same words give
    their traits (unless `traits` are given), and their open items set the scene. It speaks only its own lines (and
    coach's neutral ones), never another persona's."""
    from coach.rehearsal.from_notes import facts_from_notes, traits_from_notes
    from coach.rehearsal.personas import Persona, slugify

    person = parts.memory.person(name)
    conversation = parts.framework.get(conversation_id)
    plays: Role = "contributor" if conversation.leader == "manager" else "manager"
    base = next((p for p in personas_for(conversation_id) if p.plays == plays), None)
    notes = parts.memory.notes(person.name, limit=6)
    facts = facts_from_notes(person.name, [(n.id, n.date, n.text) for n in notes], parts.matcher(conversation))
    actions = parts.memory.actions(person.name)
    situation = f"{person.name}" + (f", {person.role}" if person.role else "") + ". "
    situation += " ".join(f"Open: {a.owner}: {a.task}" + (f" (due {a.due})." if a.due else ".") for a in actions[:3])
    return Persona(
        id=slugify(f"{person.name}-{conversation_id}"),
        name=person.name,
        plays=plays,
        title="From your notes",
        conversations=[conversation_id],
        difficulty=base.difficulty if base else 3,
        situation=situation.strip() or f"A {conversation.title.lower()} conversation with {person.name}.",
        traits=traits or traits_from_notes([n.text for n in notes]),
        opening="Hi. You wanted to talk?",
        good_outcome=f"{person.name} tells you what is really going on, and you agree a next step with an owner "
        "and a date.",
        hidden_facts=facts,
    )
