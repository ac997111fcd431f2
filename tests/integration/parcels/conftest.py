"""A migrated SQLite café with a moveable clock, for the parcel relay tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock

START = dt.datetime(2026, 12, 1, 9, 0, tzinfo=PARIS)  # a Tuesday


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def ctx(tmp_path: Path, clock: FixedClock) -> Iterator[ServiceContext]:
    context = open_context(tmp_path / "cafe.db", clock=clock)
    yield context
    context.uow.engine.dispose()
