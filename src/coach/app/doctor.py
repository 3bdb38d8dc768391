"""`coach doctor`: check the endpoint, the model, streaming and structured output, and say
what works and what to change."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coach.app.coach import Coach
from coach.core.config import redact_url
from coach.core.errors import CoachError

if TYPE_CHECKING:
    from coach.llm.gateway import Gateway

# Diagnostic probes, not coaching prompts: tiny fixed requests to see what the server supports.
PROBE_STREAM = [{"role": "user", "content": "Reply with the single word: ready"}]
PROBE_JSON = [{"role": "user", "content": 'Reply with JSON only: {"ready": true}'}]


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    advice: str = ""
    essential: bool = True


async def run_checks(service: Coach) -> list[Check]:
    endpoint = service.parts.endpoint
    if endpoint is None:
        return [
            Check(
                "mode",
                True,
                "no model configured: coach runs the offline guide (framework questions, offline routing and tagging)",
                "to use a model, set COACH_BASE_URL (and COACH_MODEL, COACH_API_KEY), or "
                "COACH_PROVIDER=ollama|vllm|lmstudio|llamacpp|llama-cpp-python|openai|azure",
            )
        ]
    checks = [Check("endpoint", True, f"{redact_url(endpoint.base_url)} (model: {endpoint.model or 'first served'})")]
    try:
        llm = service.parts.gateway
        assert llm is not None
        checks.append(Check("prompts", True, "all prompt files load and use the right variables"))
    except CoachError as exc:
        return [*checks, Check("prompts", False, str(exc), "fix or remove the prompt file named above")]
    client = llm.client
    try:
        models = await client.list_models()
        checks.append(Check("models", True, f"the server lists {len(models)}: {', '.join(models[:8]) or '(none)'}"))
    except CoachError as exc:
        return [
            *checks,
            Check("models", False, str(exc), "check COACH_BASE_URL, COACH_API_KEY and that the server is running"),
        ]
    from coach.llm.presets import is_chat_model, match_model

    chat = [m for m in models if is_chat_model(m)]
    model = match_model(endpoint.model, models) if endpoint.model else (chat[0] if chat else None)
    if endpoint.model and models and model is None:
        return [
            *checks,
            Check(
                "model",
                False,
                f"'{endpoint.model}' is not among the served models",
                f"set COACH_MODEL to one of: {', '.join(chat[:8] or models[:8])}",
            ),
        ]
    named = f"using '{model}'" + (
        f" (the server's name for '{endpoint.model}')" if endpoint.model and model != endpoint.model else ""
    )
    if not endpoint.model and model:
        named += " (the first chat model listed; COACH_MODEL picks another)"
    checks.append(Check("model", model is not None, named, "" if model else "set COACH_MODEL"))
    try:
        start = time.perf_counter()
        first: float | None = None
        text = ""
        async for chunk in client.stream(PROBE_STREAM, temperature=0.0, max_tokens=8):
            first = first or time.perf_counter() - start
            text += chunk
        checks.append(
            Check("streaming", True, f"first chunk after {1000 * (first or 0):.0f} ms; replied {text.strip()[:40]!r}")
        )
    except CoachError as exc:
        checks.append(
            Check("streaming", False, str(exc), "coach needs streaming chat completions at /chat/completions")
        )
        return checks
    window = await client.discover_context()
    budget = llm.budget
    checks.append(
        Check(
            "context window",
            True,
            f"{window:,} tokens; coach keeps its prompts under {budget:,}"
            if window
            else f"the server does not say; coach uses its budget of {budget:,} tokens and learns from an overflow",
            "for long meetings, start the server with a larger context (llama.cpp -c 8192, Ollama num_ctx)"
            if window and window < 4096
            else "",
            essential=False,
        )
    )
    counted = await client.count_tokens("How many tokens is this?")
    checks.append(
        Check(
            "token count",
            True,
            "the server counts tokens in its model's own tokenizer; coach sizes meeting parts by it"
            if counted is not None
            else "the server does not count tokens; coach sizes meeting parts by its own count, and learns "
            "from an overflow",
            essential=False,
        )
    )
    checks.append(await _structured_check(llm))
    return checks


async def _structured_check(llm: Gateway) -> Check:
    """Structured output as coach will use it: negotiated (and remembered) the same way."""
    from pydantic import BaseModel

    class Probe(BaseModel):
        ready: bool

    labels = {
        "json_schema": "JSON-schema output works",
        "json_object": "the server refuses OpenAI's JSON schema; a JSON object held to the schema works",
        "prompt": "the server constrains no output; coach asks for JSON in the prompt and checks it",
    }
    try:
        await llm.structured(PROBE_JSON, Probe, "probe")
    except CoachError as exc:
        return Check(
            "structured output",
            False,
            f"no valid JSON from the model ({str(exc)[:100]})",
            "each feature then keeps coach's own result (tags, summaries, routing) and says so in one line",
            essential=False,
        )
    mode = llm.client.structured_mode or "json_schema"
    return Check("structured output", True, labels[mode], essential=False)


async def served_models(service: Coach) -> list[dict[str, object]]:
    """The models the configured server lists, with their kind and context window."""
    llm = service.parts.gateway
    if llm is None:
        from coach.core.errors import UsageError

        raise UsageError("no model server is configured; set COACH_BASE_URL or COACH_PROVIDER (see `coach doctor`)")
    return await llm.client.model_details()


def as_json(checks: list[Check]) -> dict[str, object]:
    return {
        "ok": all(c.ok or not c.essential for c in checks),
        "checks": [
            {"name": c.name, "ok": c.ok, "essential": c.essential, "detail": c.detail, "advice": c.advice or None}
            for c in checks
        ],
    }


def render(checks: list[Check]) -> str:
    lines = []
    for check in checks:
        mark = "✓" if check.ok else ("✗" if check.essential else "!")
        lines.append(f"{mark} {check.name}: {check.detail}")
        if check.advice:
            lines.append(f"  → {check.advice}")
    return "\n".join(lines)
