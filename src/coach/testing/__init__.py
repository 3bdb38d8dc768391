"""Test tooling that ships with coach: a scripted OpenAI-compatible server."""
