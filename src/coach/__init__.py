"""coach: a terminal coaching assistant for performance conversations."""

__version__ = "0.1.0"
