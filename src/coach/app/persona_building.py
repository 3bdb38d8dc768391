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
        words = [w.strip(".,!?") for w in says.split() if len(w) > 5][:3]
        hidden.append(
            HiddenFact(
                id=f"fact-{number}",
                fact=fact.strip(),
                reveal=says.strip(),
                keywords=words,
                tells=words or [says.strip()[:20]],
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


def persona_from_person(
    parts: Components, personas_for: Callable[[str], list[Persona]], name: str, conversation_id: str
) -> Persona:
    """A counterpart built from what coach knows about a person: their recent notes and
    open action items become what they hold back until asked well."""
    from coach.core.text import STOP_WORDS, words
    from coach.rehearsal.personas import HiddenFact, Persona, slugify

    person = parts.memory.person(name)
    conversation = parts.framework.get(conversation_id)
    plays: Role = "contributor" if conversation.leader == "manager" else "manager"
    base = next((p for p in personas_for(conversation_id) if p.plays == plays), None)
    facts = []
    for note in parts.memory.notes(person.name, limit=4):
        text = " ".join(note.text.split())[:240]
        reached = parts.matcher(conversation).reached(text)
        keywords = [
            w for w in dict.fromkeys(words(text)) if len(w) > 4 and w not in STOP_WORDS and w != person.name.lower()
        ][:8]
        facts.append(
            HiddenFact(
                id=f"note-{note.id}",
                fact=f"From your note of {note.date}: {text}",
                reveal=text.replace(person.name, "I", 1),
                topics=reached[:2],
                keywords=keywords or [person.name],
                tells=list(keywords[:2]) or [text[:20]],
            )
        )
    actions = parts.memory.actions(person.name)
    situation = f"{person.name}" + (f", {person.role}" if person.role else "") + ". "
    situation += " ".join(f"Open: {a.owner}: {a.task}" + (f" (due {a.due})." if a.due else ".") for a in actions[:3])
    return Persona(
        id=slugify(f"{person.name}-{conversation_id}"),
        name=person.name,
        plays=plays,
        title=f"{person.name}, from your notes",
        conversations=[conversation_id],
        difficulty=base.difficulty if base else 3,
        situation=situation.strip() or f"A {conversation.title.lower()} conversation with {person.name}.",
        traits=base.traits if base else ["answers what is asked, no more"],
        opening=base.opening.replace(base.name, person.name) if base else "Hi. What did you want to talk about?",
        good_outcome=base.good_outcome
        if base
        else "You cover the framework's questions and agree a next step with an owner and a date.",
        hidden_facts=facts,
        reactions=dict(base.reactions) if base else {},
    )
