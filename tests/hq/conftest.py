"""HQ tests run against both databases: an SQLite file and PostgreSQL (CI starts it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hq_factory import ThreadedHq, pg_database


@pytest.fixture(params=["sqlite", "postgresql"])
def hq_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hq.db'}"
    else:
        with pg_database() as url:
            yield url


@pytest.fixture
def hq(hq_db_url: str) -> Iterator[ThreadedHq]:
    server = ThreadedHq(hq_db_url)
    yield server
    server.stop()
