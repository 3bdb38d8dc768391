"""The kernel: errors and exit codes, settings, text and file helpers, the shared types. Imports nothing else from coach."""
