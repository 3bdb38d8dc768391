"""Eval case files and scorers (grown into `coach eval` by the evals issue)."""
