"""Fixtures of the bread-deposit integration tests (defined in tests/bread_helpers.py)."""

from bread_helpers import clock, ctx  # noqa: F401
