"""Eval case files, scorers and the `coach eval` runner."""

SUITES = ("routing", "coverage", "summary", "retrieval", "rehearsal", "advice", "brief")
"""The suites, in the order they run (kept here so the CLI can list them without imports)."""
