"""Fixtures of the bread-deposit integration tests (defined in bread_helpers)."""

from bread_helpers import clock, ctx  # noqa: F401
