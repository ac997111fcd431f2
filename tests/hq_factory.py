"""Helpers for the HQ link tests: a café with an identity and sales, an HQ database on
SQLite or PostgreSQL, and a real HQ web service (uvicorn) on 127.0.0.1 in a thread.

PostgreSQL: ``CAFE_POS_TEST_PG`` (default ``postgresql+psycopg://cafe:cafe@127.0.0.1/hq_test``,
see .ci/run). Each test gets its own database, created and dropped around it. Outside CI
the PostgreSQL cases are skipped with the reason when the server is not there; in CI
(``CI=true``) they fail instead.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fiscal_factory import at_paris, sell_days
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.users import Actor, Role

PG_URL = os.environ.get("CAFE_POS_TEST_PG", "postgresql+psycopg://cafe:cafe@127.0.0.1/hq_test")
MANAGER = Actor(user_id=None, name="Marie Dupont", role=Role.MANAGER)
SIRETS = ("73282932000074", "44306184100047", "55208131766522", "54205118000066")


def new_cafe(
    path: Path, first_day: dt.date, siret: str = SIRETS[0]
) -> tuple[ServiceContext, FixedClock]:
    from cafe_pos.services.identity import IdentityInput, save_identity

    clock = FixedClock(at_paris(first_day, 8))
    ctx = open_context(path, clock=clock)
    save_identity(
        ctx,
        MANAGER,
        IdentityInput(name="Café du Lavoir", address="1 place de l'Église, 12345 Bourg",
                      siret=siret, naf_code="5630Z", vat_number="", register_number="01"),
    )  # fmt: skip
    return ctx, clock


def sell_and_close(ctx: ServiceContext, clock: FixedClock, first: dt.date, days: int) -> None:
    """A few sales a day, each day closed (Z) the same evening."""
    from cafe_pos.services.closing import close_day

    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        sell_days(ctx, clock, day, 1, per_day=3)
        clock.set(at_paris(day, 22))
        close_day(ctx, MANAGER, day)


def pg_available() -> bool:
    try:
        engine = create_engine(PG_URL)
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


@contextmanager
def pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database for one test; its URL."""
    if not pg_available():
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL unreachable at {PG_URL} in CI: .ci/run must start it")
        pytest.skip(f"PostgreSQL not running at {PG_URL} (CI starts it; see docs/hq.md)")
    name = f"hq_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ThreadedHq:
    """The real HQ app under uvicorn, in a thread of the test process."""

    def __init__(self, url: str) -> None:
        import uvicorn

        from cafe_pos.hq.app import create_app
        from cafe_pos.hq.db import open_database

        self.db_url = url
        self.engine, self.sessions = open_database(url)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_app(self.sessions), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("HQ did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.engine.dispose()
