"""`coach doctor`: check the endpoint, the model, streaming and structured output, and say
what works and what to change."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from coach.app.coach import Coach
from coach.core.config import redact_url
from coach.core.errors import CoachError

# Diagnostic probes, not coaching prompts: tiny fixed requests to see what the server supports.
PROBE_STREAM = [{"role": "user", "content": "Reply with the single word: ready"}]
PROBE_JSON = [{"role": "user", "content": 'Reply with JSON only: {"ready": true}'}]
PROBE_SCHEMA = {
    "type": "json_schema",
    "json_schema": {
        "name": "probe",
        "strict": True,
        "schema": {
            "type": "object",
            "properties": {"ready": {"type": "boolean"}},
            "required": ["ready"],
            "additionalProperties": False,
        },
    },
}


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    advice: str = ""
    essential: bool = True


async def run_checks(service: Coach) -> list[Check]:
    from coach.llm.client import StructuredOutputUnsupported

    endpoint = service.parts.endpoint
    if endpoint is None:
        return [
            Check(
                "mode",
                True,
                "no model configured: coach runs the offline guide (framework questions, offline routing and tagging)",
                "to use a model, set COACH_BASE_URL (and COACH_MODEL, COACH_API_KEY), or COACH_PROVIDER=ollama|vllm|lmstudio|llamacpp|openai|azure",
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
    model = endpoint.model or (models[0] if models else None)
    if endpoint.model and models and endpoint.model not in models:
        return [
            *checks,
            Check(
                "model",
                False,
                f"'{endpoint.model}' is not among the served models",
                f"set COACH_MODEL to one of: {', '.join(models[:8])}",
            ),
        ]
    checks.append(Check("model", model is not None, f"using '{model}'", "" if model else "set COACH_MODEL"))
    try:
        start = time.perf_counter()
        first: float | None = None
        text = ""
        async for chunk in client.stream(PROBE_STREAM, temperature=0.0):
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
    try:
        reply = await client.complete(PROBE_JSON, temperature=0.0, response_format=PROBE_SCHEMA)
        json.loads(reply)
        checks.append(Check("structured output", True, "JSON-schema output works", essential=False))
    except StructuredOutputUnsupported:
        checks.append(
            Check(
                "structured output",
                False,
                "the server rejects JSON-schema output",
                "nothing to change: coach asks for JSON in the prompt instead and validates it",
                essential=False,
            )
        )
    except (CoachError, ValueError) as exc:
        checks.append(
            Check(
                "structured output",
                False,
                f"JSON-schema output did not give valid JSON ({str(exc)[:80]})",
                "coach will repair once, then fall back to offline tagging",
                essential=False,
            )
        )
    return checks


def render(checks: list[Check]) -> str:
    lines = []
    for check in checks:
        mark = "✓" if check.ok else ("✗" if check.essential else "!")
        lines.append(f"{mark} {check.name}: {check.detail}")
        if check.advice:
            lines.append(f"  → {check.advice}")
    return "\n".join(lines)
