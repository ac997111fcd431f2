"""Fixtures of the Qt screens' tests: offscreen Qt, a fresh demo café per test.

The demo database is built once per session with ``cafe_pos.demo.create_demo_database``
(the real builder, real migrations, the real CSV import) and copied with SQLite's backup
API into each test's own temporary folder, so every test starts from the same fresh café.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.users import Actor


@pytest.fixture(autouse=True)
def _source_strings_as_written() -> None:
    """Every screen test reads our strings as the code writes them (plain spaces), even
    after a test or the app's own start installed the French spacing translator
    (``cafe_pos.ui.typography``, tested on its own)."""
    from cafe_pos.ui.i18n import set_french_spacing

    set_french_spacing(False)


# A Thursday afternoon: the clock every screen test sees.
DEMO_NOW = dt.datetime(2026, 11, 26, 14, 30, tzinfo=PARIS)


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cafe_pos.demo import create_demo_database

    folder = tmp_path_factory.mktemp("demo-template")
    ctx = create_demo_database(folder / "demo.db", clock=FixedClock(DEMO_NOW))
    engine = getattr(ctx.uow, "engine", None)
    if engine is not None:
        engine.dispose()
    return folder / "demo.db"


@pytest.fixture
def demo_ctx(demo_db_template: Path, tmp_path: Path) -> Iterator[ServiceContext]:
    """A fresh copy of the demo café, opened through the composition root."""
    from cafe_pos.app import open_context

    target = tmp_path / "cafe.db"
    with (
        closing(sqlite3.connect(demo_db_template)) as source,
        source,
        closing(sqlite3.connect(target)) as dest,
        dest,
    ):
        source.backup(dest)
    key = demo_db_template.with_name(demo_db_template.name + ".key")
    if key.exists():
        target.with_name(target.name + ".key").write_bytes(key.read_bytes())
    ctx = open_context(target, clock=FixedClock(DEMO_NOW))
    yield ctx
    engine = getattr(ctx.uow, "engine", None)
    if engine is not None:
        engine.dispose()


@pytest.fixture
def demo_clock(demo_ctx: ServiceContext) -> FixedClock:
    """The demo café's clock (fixed at DEMO_NOW), for tests that move it."""
    assert isinstance(demo_ctx.clock, FixedClock)
    return demo_ctx.clock


@pytest.fixture
def styled_app(qapp: QApplication) -> QApplication:
    """The pytest-qt QApplication with the counter's style sheet and fonts."""
    from cafe_pos.ui.style import apply_style

    apply_style(qapp)
    return qapp


@pytest.fixture
def actor_of(demo_ctx: ServiceContext) -> Callable[[str], Actor]:
    """``actor_of("Camille")``: the Actor of a demo user, through the login service."""
    from cafe_pos.demo import DEMO_USERS
    from cafe_pos.services import users

    pins = {user.name: user.pin for user in DEMO_USERS}

    def build(name: str) -> Actor:
        user = next(u for u in users.list_users(demo_ctx) if u.name == name)
        return users.login(demo_ctx, user.id, pins[name])

    return build
