"""What a model call was, for `coach logs` (off unless `[llm] log = true`): the messages
sent, the reply, how long it took and how it failed. Secrets are masked before anything is
kept; where it is kept (and for how long) is the store's business."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from coach.llm.client import Message

_SECRETS = re.compile(
    r"\b(?:sk|pk|rk)-[A-Za-z0-9_-]{12,}|\bBearer\s+[A-Za-z0-9._~+/-]{12,}=*|"
    r"(?<=[?&])(?:api[_-]?key|key|token|access_token|sig)=[^&\s]+|(?<=://)[^/\s:@]+:[^/\s@]+(?=@)",
    re.IGNORECASE,
)


def redact(text: str) -> str:
    """API keys, bearer tokens, keys in URLs and passwords in URLs, masked."""
    return _SECRETS.sub("[redacted]", text)


@dataclass(frozen=True)
class ModelCall:
    kind: str
    """What the call was for: `chat` (a streamed turn or advice) or a structured reply's name."""
    model: str
    messages: list[Message]
    reply: str
    seconds: float
    error: str | None = None


class CallLog(Protocol):
    def record(self, call: ModelCall) -> None: ...
