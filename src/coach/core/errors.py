"""Errors that reach the user as one clear line, never as a traceback."""

from __future__ import annotations


class CoachError(Exception):
    """A problem the user can act on. `str(error)` is the whole message."""

    exit_code: int = 1


class UsageError(CoachError):
    """Bad input on the command line or in the app (unknown id, bad path...)."""

    exit_code = 2


class KnowledgeError(CoachError):
    """A knowledge file is missing, malformed or fails validation."""

    exit_code = 2


class ConfigError(CoachError):
    """The settings (environment or config.toml) are invalid."""

    exit_code = 2


class StoreError(CoachError):
    """The session database is corrupt, locked or unwritable."""

    exit_code = 3
