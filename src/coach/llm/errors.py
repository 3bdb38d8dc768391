"""Every way a model call can fail, as one line that says what to do."""

from __future__ import annotations

import re
from typing import Literal

from coach.core.config import redact_url
from coach.core.errors import CoachError

FaultKind = Literal[
    "auth",
    "not_found",
    "rate_limited",
    "server",
    "timeout",
    "connection",
    "broken_stream",
    "bad_request",
    "bad_output",
    "context",
]
_OVERFLOW = re.compile(
    r"maximum context length is (?P<a>\d+)|exceeds? (?:the )?context window of (?P<b>\d+)|"
    r"context (?:window|length)[^.\d]{0,40}?(?P<c>\d{3,})|n_ctx[^\d]{0,20}(?P<d>\d{3,})",
    re.IGNORECASE,
)
_ASKED = re.compile(r"requested (?:tokens )?\(?(\d+)\)?(?: tokens)?", re.IGNORECASE)


def context_overflow(exc: BaseException) -> tuple[int, int | None] | None:
    """(the server's context window, the tokens asked for) when the error says the prompt did
    not fit ("This model's maximum context length is 2048 tokens. However, you requested
    2650 tokens", "Requested tokens (2707) exceed context window of 2048"); else None."""
    said = f"{exc} {getattr(exc, 'body', '')}"
    if "context" not in said.lower() and "n_ctx" not in said:
        return None
    match = _OVERFLOW.search(said)
    if match is None:
        return None
    window = int(next(g for g in match.groups() if g))
    asked = _ASKED.search(said)
    return window, int(asked.group(1)) if asked else None


def overflow_error(where: str, window: int, asked: int | None, reply: int = 0) -> LLMError:
    size = f" ({asked:,} tokens)" if asked else ""
    room = f" with room for a {reply:,}-token reply" if reply else ""
    return LLMError(
        f"the prompt{size}{room} did not fit the model's context window of {window:,} tokens at {where}; coach now keeps "
        "its prompts under that: try again. For more room, start the server with a larger context "
        "(llama.cpp -c 8192, llama-cpp-python --n_ctx 8192, Ollama num_ctx)",
        "context",
    )


class LLMError(CoachError):
    exit_code = 4

    def __init__(self, message: str, kind: FaultKind) -> None:
        super().__init__(message)
        self.kind = kind


def describe(exc: BaseException, *, base_url: str, model: str | None, timeout: float) -> LLMError:
    """Map an openai/httpx exception to an `LLMError`."""
    import openai

    where = redact_url(base_url.rstrip("/"))
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return LLMError(
            f"{where} refused the API key ({exc.status_code}); check COACH_API_KEY (or OPENAI_API_KEY)", "auth"
        )
    if isinstance(exc, openai.NotFoundError):
        return LLMError(
            f"{where} does not know the model '{model}' (404); `coach doctor` lists the models it serves", "not_found"
        )
    if isinstance(exc, openai.RateLimitError):
        retry_after = exc.response.headers.get("retry-after") if exc.response is not None else None
        hint = f"; the server asks to wait {retry_after} s" if retry_after else ""
        return LLMError(
            f"{where} is rate limiting requests (429) even after retries{hint}; try again shortly", "rate_limited"
        )
    if isinstance(exc, openai.InternalServerError):
        return LLMError(
            f"{where} failed with a server error ({exc.status_code}) after retries; try again later", "server"
        )
    if isinstance(exc, openai.APITimeoutError):
        return LLMError(
            f"{where} did not answer within {timeout:g} s; try again, or raise COACH_LLM__TIMEOUT", "timeout"
        )
    if isinstance(exc, openai.APIConnectionError):
        return LLMError(f"cannot connect to {where}; is the server running? ({_cause(exc)})", "connection")
    if isinstance(exc, openai.APIStatusError):
        return LLMError(f"{where} rejected the request ({exc.status_code}): {_server_message(exc)}", "bad_request")
    transport = type(exc).__module__.split(".")[0] in ("httpx", "httpx2", "httpcore", "h11")
    if transport or isinstance(exc, openai.APIError):
        return LLMError(f"the reply from {where} broke off midway ({type(exc).__name__})", "broken_stream")
    return LLMError(f"unexpected error talking to {where}: {exc}", "server")


def _cause(exc: BaseException) -> str:
    inner = exc.__cause__ or exc.__context__
    text = str(inner or exc).strip() or type(inner or exc).__name__
    return text.splitlines()[0][:160]


def _server_message(exc: BaseException) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"])[:200]
    return str(exc).splitlines()[0][:200]
