"""Fixtures of the sales integration tests (defined in sales_helpers)."""

from sales_helpers import clock, ctx, items  # noqa: F401
