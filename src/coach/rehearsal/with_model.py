"""The counterpart played by a model: the persona as a system prompt, the rehearsal so far
as the conversation (fitted to the token budget), and a guard that catches a reply that
steps out of character. The debrief's "moments" come from the model too, each quote checked
against what the user actually said."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from coach.framework.models import Conversation
from coach.llm.client import Message
from coach.llm.evidence import quote_found
from coach.llm.gateway import Gateway
from coach.rehearsal.personas import Persona
from coach.rehearsal.scorecard import Moment
from coach.rehearsal.state import RehearsalState

BEHAVIOUR = {
    1: "you are open and cooperative; you share what you know as soon as you are asked.",
    2: "you are a little cautious; one good open question is enough for you to open up.",
    3: "you are guarded; you open up after two or three good open questions or a sincere acknowledgement.",
    4: "you resist: you deflect, blame circumstances and give short answers until the user has shown real curiosity and respect for several turns.",
    5: "you are upset and hard to reach: you push back, challenge the user and open up only after they have listened well for many turns.",
}
OUT_OF_CHARACTER = re.compile(
    r"\b(?:as an ai|language model|as your coach|i'm (?:just )?an? (?:ai|assistant)|in this (?:rehearsal|role[- ]?play)|"
    r"here are some tips|my advice (?:to you )?(?:is|would be)|you (?:could|should|might) try asking|good question to ask|"
    r"(?:stepping|step) out of (?:character|role)|as the (?:persona|character)|the user)\b",
    re.IGNORECASE,
)
REMINDER = "Stay in character as {name}: reply only with what {name} would say in this conversation."


def breaks_character(reply: str) -> bool:
    return bool(OUT_OF_CHARACTER.search(reply)) or reply.lstrip().startswith(("#", "- ", "* ", "1."))


def persona_messages(
    llm: Gateway, persona: Persona, conversation: Conversation, state: RehearsalState, budget: int
) -> list[Message]:
    facts = (
        "\n".join(f'- {f.fact} When reached, say something like: "{f.reveal}"' for f in persona.hidden_facts)
        or "- (nothing)"
    )
    system = llm.prompts.messages(
        "rehearsal",
        persona_name=persona.name,
        title=persona.title,
        plays=persona.plays,
        user_role=state.role,
        conversation_title=conversation.title,
        situation=" ".join(persona.situation.split()),
        traits="; ".join(persona.traits),
        difficulty=str(persona.difficulty),
        behaviour=BEHAVIOUR[persona.difficulty],
        hidden_facts=facts,
    )
    history: list[Message] = [
        {"role": "assistant" if t.speaker == "them" else "user", "content": t.text} for t in state.lines()
    ]
    # Keep the opening and as many of the latest turns as fit the budget.
    while len(history) > 3 and llm.tokens([*system, *history]) > budget:
        del history[1:3]
    return [*system, *history]


class MomentsReply(BaseModel):
    moments: list[Moment] = Field(default_factory=list)


async def find_moments(
    llm: Gateway, persona: Persona, conversation: Conversation, state: RehearsalState
) -> list[Moment]:
    """Two or three of the user's lines with a better phrasing; quotes not in the user's
    lines are dropped (never attribute words the user did not say)."""
    user_lines = state.user_lines()
    transcript = "\n".join(
        f"{'USER' if t.speaker == 'user' else persona.name.upper()}: {t.text}" for t in state.lines()
    )
    messages = llm.prompts.messages(
        "moments",
        conversation_title=conversation.title,
        user_role=state.role,
        persona=f"{persona.name}, {persona.title.lower()}",
        transcript=transcript,
    )
    reply = await llm.structured(messages, MomentsReply, "moments")
    return [m for m in reply.moments if quote_found(m.quote, user_lines) and m.better.strip()][:3]
