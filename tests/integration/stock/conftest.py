"""Fixtures of the stock integration tests: the sales tests' migrated café and catalogue."""

from __future__ import annotations

from sales_helpers import clock, ctx, items  # noqa: F401
