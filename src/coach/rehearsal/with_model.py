"""The counterpart played by a model: the persona as a system prompt, the rehearsal so far
as the conversation (fitted to the token budget), and, each turn, the counterpart's state
decided in code (the trust earned, what it has told, what was agreed, and the one fact it
may let out now: the others are never in the prompt, so a model cannot leak them). A guard
catches a reply that steps out of character, talks like an assistant, lets out a fact not
earned, or denies one already told. The debrief's "moments" come from the model too, each
quote checked against what the user actually said."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from coach.framework.models import Conversation
from coach.llm.client import Message
from coach.llm.evidence import quote_found
from coach.llm.gateway import Gateway
from coach.rehearsal.counterpart import REPEAT_WINDOW, Reply
from coach.rehearsal.debrief import Moment
from coach.rehearsal.personas import HiddenFact, Persona
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
    r"here are (?:some|a few|three|two|four|five|\d+|my)\b[^.:]{0,30}(?:tips|ways|steps|suggestions|ideas|points)|"
    r"my advice (?:to you )?(?:is|would be)|you (?:could|should|might) try asking|good question to ask|"
    r"(?:stepping|step) out of (?:character|role)|as the (?:persona|character)|the user|"
    r"i'd be (?:happy|glad) to help|how can i (?:help|assist)|let me know if|feel free to|i hope this helps|"
    r"is there anything else i can|great question|"
    r"i(?:'m| am) sorry,? but i (?:can(?:no|')t|am unable to|'m unable to)|i can(?:no|')t (?:assist|help) with (?:that|this))\b",
    re.IGNORECASE,
)
_LISTED = re.compile(r"(?m)^\s*(?:#|[-*•]\s|\d+[.)]\s)")
REMINDER = "Stay in character as {name}: reply only with what {name} would say in this conversation."
_DENIAL = r"(?:not|no|never|nothing|isn't|aren't|wasn't|weren't|don't|didn't|hardly)"


def breaks_character(reply: str) -> bool:
    """Out of character: talk of AI or the rehearsal, coaching, assistant phrases ("Sure,
    here are three tips:"), or a list or heading anywhere in the reply."""
    return bool(OUT_OF_CHARACTER.search(reply) or _LISTED.search(reply))


def denies(reply: str, fact: HiddenFact) -> bool:
    """Whether the reply denies a fact already told ("Blocked? Not exactly." after "I'm blocked
    on the on-call load"): a denial word right before one of the fact's tells."""
    return any(
        re.search(rf"\b{_DENIAL}\b(?:\W+\w+){{0,2}}\W+{re.escape(tell.lower())}", reply.lower())
        for tell in fact.tells
        if tell.strip()
    )


def reply_problem(reply: str, persona: Persona, state: RehearsalState, allowed: str | None) -> str | None:
    """Why the model's reply cannot be used, or None: empty, out of character, a line it said
    in its last few turns (a real 1.5B model answered an apology with its previous reply,
    word for word), a fact it has not earned yet (only `allowed` may come out now), or a
    denial of one already told."""
    if not reply.strip():
        return "empty"
    if breaks_character(reply):
        return "out of character"
    said = [t.text for t in state.lines() if t.speaker == "them"][-REPEAT_WINDOW:]
    if " ".join(reply.lower().split()) in {" ".join(s.lower().split()) for s in said}:
        return "it repeated itself"
    told = set(state.revealed)
    if any(fid not in told and fid != allowed for fid in persona.facts_told(reply)):
        return "a fact not earned yet"
    if any(denies(reply, f) for f in persona.hidden_facts if f.id in told):
        return "it denied what it already said"
    return None


def trust_word(persona: Persona, state: RehearsalState) -> str:
    needed = persona.trust_needed()
    if state.trust >= needed:
        return "enough to be open"
    return "some, not yet enough" if state.trust * 2 >= needed else "low: you are guarded"


def turn_messages(
    llm: Gateway, persona: Persona, state: RehearsalState, decision: Reply, agreed: list[str]
) -> list[Message]:
    """The state of the counterpart for this turn, decided in code by the offline counterpart
    (`decision`): the model phrases it, it does not decide what comes out."""
    facts = {f.id: f for f in persona.hidden_facts}
    told = [facts[fid] for fid in state.revealed if fid in facts and fid != decision.revealed]
    if decision.revealed and decision.revealed in facts:
        now = f'you are ready to say this, in your own words: "{facts[decision.revealed].reveal}"'
    elif decision.agreed:
        now = "they proposed a next step with a date that works for you: agree to it in your own words."
    else:
        now = (
            "share nothing you have not said already; answer as you would, in the tone their line earned "
            f'(what you would say, roughly: "{decision.text}").'
        )
    return llm.prompts.messages(
        "rehearsal-turn",
        persona_name=persona.name,
        trust=trust_word(persona, state),
        told="\n".join(f'  - "{f.reveal}"' for f in told) or "  - nothing yet",
        agreed="; ".join(agreed) or "nothing yet",
        now=now,
    )


def persona_messages(
    llm: Gateway, persona: Persona, conversation: Conversation, state: RehearsalState, budget: int
) -> list[Message]:
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
        hidden_facts="(you are told each turn what you may share)",
    )
    history: list[Message] = [
        {"role": "assistant" if t.speaker == "them" else "user", "content": t.text} for t in state.lines()
    ]
    # Keep the opening and as many of the latest turns as fit the budget.
    while len(history) > 3 and llm.tokens([*system, *history]) > budget:
        del history[1:3]
    return [*system, *history]


class ModelMoment(BaseModel):
    line: int | None = None
    quote: str = ""
    better: str
    why: str = ""


class MomentsReply(BaseModel):
    moments: list[ModelMoment] = Field(default_factory=list)


def useful_rephrasing(better: str, spoken: list[str]) -> bool:
    """A better phrasing worth showing: words of its own, not a placeholder ("..."), not a
    line already said in the rehearsal (the user's own, or the other person's: the 0.5B model
    offered "No. It's not on track."), not assistant-speak ("I'm sorry, but I can't assist")."""
    words = re.findall(r"[\w']+", better)
    if len(words) < MIN_REPHRASING_WORDS or breaks_character(better):
        return False
    own = {w.lower() for w in words} - _LIGHT
    return not any(own <= set(re.findall(r"[\w']+", line.lower())) for line in spoken)  # nothing new to say


MIN_REPHRASING_WORDS = 4
_LIGHT = frozenset(["so", "well", "ok", "okay", "and", "but", "then", "just", "now", "um", "uh"])


async def find_moments(
    llm: Gateway, persona: Persona, conversation: Conversation, state: RehearsalState
) -> list[Moment]:
    """Two or three of the user's lines with a better phrasing, in one call. The transcript
    goes with line numbers; the model cites a line of the user's and coach quotes it itself
    (a quote not in the user's lines is dropped: never attribute words the user did not say)."""
    numbered = list(enumerate(state.lines(), start=1))
    user_lines = state.user_lines()
    mine = {n: t.text for n, t in numbered if t.speaker == "user"}
    # Only the user's lines carry a number, so a line number the model cites is one of them
    # (a small model otherwise often picks a line of the counterpart's).
    transcript = "\n".join(
        f"{n}| USER: {t.text}" if t.speaker == "user" else f"   {persona.name.upper()}: {t.text}" for n, t in numbered
    )
    messages = llm.prompts.messages(
        "moments",
        conversation_title=conversation.title,
        user_role=state.role,
        persona=f"{persona.name}, {persona.title.lower()}",
        transcript=transcript,
        user_lines=", ".join(str(n) for n in mine),
    )
    reply = await llm.structured(messages, MomentsReply, "moments")
    found: list[Moment] = []
    spoken = [t.text for _, t in numbered]
    for moment in reply.moments:
        if not useful_rephrasing(moment.better, spoken):
            continue
        if moment.line in mine:
            found.append(Moment(quote=mine[moment.line], better=moment.better, why=moment.why, line=moment.line))
        elif moment.quote.strip() and quote_found(moment.quote, user_lines):
            line = next((n for n, text in mine.items() if quote_found(moment.quote, [text])), None)
            found.append(Moment(quote=moment.quote, better=moment.better, why=moment.why, line=line))
    return found[:3]
