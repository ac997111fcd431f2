"""Fixtures of the stock integration tests: the sales tests' migrated café and catalogue."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sales"))

from sales_helpers import clock, ctx, items  # noqa: F401
