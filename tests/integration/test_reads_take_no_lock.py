"""What a screen reads never takes the till's write lock: while another writer holds it
(a sale being committed, a backup's snapshot, the HQ sender), the login screen's users,
the drawer's state, the print queue, the settings and the identity still come at once.

A read opened as a write transaction (BEGIN IMMEDIATE) waited for the lock, up to the
busy timeout, then failed with "database is locked".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from cafe_pos.context import ServiceContext
from cafe_pos.demo import create_demo_database
from cafe_pos.services import cash, identity, printing, settings, tabs, users

READS: dict[str, Callable[[ServiceContext], Any]] = {
    "login screen's users": users.list_users,
    "a manager exists": users.has_manager,
    "open cash session": cash.current_session,
    "print queue": printing.pending_jobs,
    "a setting": lambda ctx: settings.get_setting(ctx, "fiscal.day_change_hour"),
    "café identity": identity.get_identity,
    "open tabs": tabs.list_open_tabs,
}


@pytest.fixture(scope="module")
def cafe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    ctx = create_demo_database(tmp_path_factory.mktemp("lock") / "cafe.db")
    yield ctx
    ctx.uow.engine.dispose()


@pytest.mark.parametrize("read", list(READS), ids=list(READS))
def test_a_read_does_not_wait_for_another_writer(cafe: ServiceContext, read: str) -> None:
    writer = sqlite3.connect(Path(cafe.db_path), timeout=0, isolation_level=None)
    with closing(writer):
        writer.execute("BEGIN IMMEDIATE")  # another writer holds the lock
        try:
            READS[read](cafe)
        finally:
            writer.execute("ROLLBACK")
