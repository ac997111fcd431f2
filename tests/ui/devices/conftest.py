"""Fixtures of the device screens' tests: a migrated database, actors, simulated devices."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.devices.render_escpos import EscposOptions
from cafe_pos.devices.simulated import SimulatedDisplay, SimulatedPrinter, SimulatedScale
from cafe_pos.domain.users import Actor, Role


@pytest.fixture
def device_ctx(tmp_path: Path) -> Iterator[ServiceContext]:
    context = open_context(tmp_path / "cafe.db")
    yield context
    engine = getattr(context.uow, "engine", None)
    if engine is not None:
        engine.dispose()


@pytest.fixture
def manager() -> Actor:
    return Actor(user_id=None, name="Camille", role=Role.MANAGER)


@pytest.fixture
def staff() -> Actor:
    return Actor(user_id=None, name="Léo", role=Role.STAFF)


@pytest.fixture
def sim_printer() -> SimulatedPrinter:
    return SimulatedPrinter(EscposOptions(width=42))


@pytest.fixture
def sim_display() -> SimulatedDisplay:
    return SimulatedDisplay()


@pytest.fixture
def sim_scale() -> SimulatedScale:
    return SimulatedScale(min_grams=20, max_grams=15000)
