"""The application layer: use cases composed into one `Coach` facade for the CLI and the app, the events they report, their views, and `coach doctor`."""
