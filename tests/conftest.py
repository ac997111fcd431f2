"""Fixtures shared by every layer of tests.

Helper modules imported by bare name (``from sales_helpers import ...``) live in this
directory, which pytest puts on ``sys.path`` for this conftest; mypy finds them through
``mypy_path = ["tests"]`` (pyproject.toml). A helper placed in a sub-directory would be
found by pytest only in the order of the run, and by mypy not at all.
"""

from __future__ import annotations

import contextlib
import decimal
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_sessionstart(session: pytest.Session) -> None:
    """Remove what a killed ``faketime`` left in /dev/shm. Its wrapper names a semaphore
    and a shared memory after its own process id and refuses to start ("sem_open: File
    exists") when a run killed on a timeout left them behind and the id comes round again."""
    shared = Path("/dev/shm")
    if not shared.is_dir():
        return
    for entry in shared.glob("*faketime_*"):
        pid = entry.name.rsplit("_", 1)[-1]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            with contextlib.suppress(OSError):
                entry.unlink()


@pytest.fixture(autouse=True)
def _no_float_in_money() -> Iterator[None]:
    """Mixing a float into Decimal money arithmetic raises instead of silently rounding."""
    context = decimal.getcontext()
    previous = context.traps[decimal.FloatOperation]
    context.traps[decimal.FloatOperation] = True
    yield
    context.traps[decimal.FloatOperation] = previous


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cafe.db"
