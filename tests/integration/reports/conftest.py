"""A fresh migrated café database per test, with a clock the test moves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reports_factory import set_identity

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 11, 26, 7, 30, tzinfo=PARIS))


@pytest.fixture
def ctx(tmp_path: Path, clock: FixedClock) -> ServiceContext:
    context = open_context(tmp_path / "cafe.db", clock=clock)
    set_identity(context)
    return context
