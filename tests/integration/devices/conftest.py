"""Fixtures of the device integration tests: a migrated café database, fake hardware."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from devices_fakes import FakeNetworkPrinter, PtyDevice

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor, Role


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[ServiceContext]:
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
def net_printer() -> Iterator[FakeNetworkPrinter]:
    printer = FakeNetworkPrinter().start()
    yield printer
    printer.stop()


@pytest.fixture
def pty_device() -> Iterator[PtyDevice]:
    device = PtyDevice()
    yield device
    device.close()
