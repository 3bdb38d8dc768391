"""Routing by the model: it picks one of the candidate conversations with a confidence."""

from __future__ import annotations

from pydantic import BaseModel

from coach.core.types import Role
from coach.framework.models import Conversation
from coach.llm.gateway import Gateway
from coach.llm.structured import StructuredOutputFailed
from coach.routing.router import Alternative, RouteResult


class RouteChoice(BaseModel):
    conversation: str
    confidence: float


async def route_with_model(
    gateway: Gateway, conversations: list[Conversation], situation: str, role: Role | None
) -> RouteResult:
    candidates = "\n".join(f"- {c.id}: {c.title}. {c.purpose.strip()}" for c in conversations)
    messages = gateway.prompts.messages(
        "routing",
        role=role or "manager or contributor (not stated)",
        candidate_ids=", ".join(c.id for c in conversations),
        candidates=candidates,
        situation=situation,
    )
    choice = await gateway.structured(messages, RouteChoice, "routing")
    ids = [c.id for c in conversations]
    if choice.conversation not in ids:
        raise StructuredOutputFailed(f"the model chose an unknown conversation '{choice.conversation}'")
    confidence = min(1.0, max(0.0, choice.confidence))
    rest = [i for i in ids if i != choice.conversation]
    share = (1 - confidence) / len(rest) if rest else 0.0
    return RouteResult(choice.conversation, confidence, [Alternative(i, share) for i in rest[:3]], role)
