"""SQLite storage (the source of truth). No UI imports."""
