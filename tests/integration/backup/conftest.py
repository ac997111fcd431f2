"""Fixtures of the backup tests: a real café (Alembic-migrated SQLite, identity, key, a few
sealed sales) with a fixed clock, and a manager."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fiscal_factory import at_paris, sell_days

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services.identity import IdentityInput, save_identity
from cafe_pos.services.signing_key import ensure_key

DAY = dt.date(2026, 11, 26)
MANAGER = Actor(user_id=None, name="Marie", role=Role.MANAGER)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(at_paris(DAY, 9))


@pytest.fixture
def manager() -> Actor:
    return MANAGER


@pytest.fixture
def cafe(tmp_path: Path, clock: FixedClock) -> ServiceContext:
    folder = tmp_path / "till"
    folder.mkdir()
    ctx = open_context(folder / "cafe.db", clock=clock)
    save_identity(
        ctx, MANAGER, IdentityInput("Café de la Place", "1 place de l'Église", "73282932000074")
    )
    ensure_key(ctx)
    sell_days(ctx, clock, DAY, 2, per_day=4)
    return ctx
