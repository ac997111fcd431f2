"""Fixtures of the sales integration tests (defined in tests/sales_helpers.py)."""

from sales_helpers import clock, ctx, items  # noqa: F401
