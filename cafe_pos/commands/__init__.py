"""Command-line handlers, one module per area (cli.py only parses and dispatches)."""
