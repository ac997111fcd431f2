"""Fixtures shared by every layer of tests.

Helper modules imported by bare name (``from sales_helpers import ...``) live in this
directory, which pytest puts on ``sys.path`` for this conftest; mypy finds them through
``mypy_path = ["tests"]`` (pyproject.toml). A helper placed in a sub-directory would be
found by pytest only in the order of the run, and by mypy not at all.
"""

from __future__ import annotations

import decimal
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _no_float_in_money() -> Iterator[None]:
    """Mixing a float into Decimal money arithmetic raises instead of silently rounding."""
    context = decimal.getcontext()
    previous = context.traps[decimal.FloatOperation]
    context.traps[decimal.FloatOperation] = True
    yield
    context.traps[decimal.FloatOperation] = previous


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cafe.db"
