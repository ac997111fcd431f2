"""Fixtures of the fiscal integration tests: a migrated café database with a fixed clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fiscal_factory import at_paris

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.users import Actor, Role

DAY = dt.date(2026, 11, 26)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(at_paris(DAY, 9))


@pytest.fixture
def ctx(tmp_path: Path, clock: FixedClock) -> ServiceContext:
    return open_context(tmp_path / "cafe.db", clock=clock)


@pytest.fixture
def manager() -> Actor:
    return Actor(user_id=None, name="Marie", role=Role.MANAGER)


@pytest.fixture
def staff() -> Actor:
    return Actor(user_id=None, name="Paul", role=Role.STAFF)
