"""The OpenAI-compatible client, prompts as files, token counting and structured calls.
No UI imports."""
