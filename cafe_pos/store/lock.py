"""One writer per café database: the app and every command that writes take an exclusive
lock on ``<database>.lock`` for as long as they run.

A second app instance, a restore or a simulation started while the till is open is
refused with a French message instead of writing beside it (a restore under a running
till would let it carry on from an old number). The lock is the operating system's
(``flock`` on Linux, ``msvcrt.locking`` on Windows): it disappears with the process, even
killed, so a crash never leaves the till locked. ``verify`` takes no lock: it reads a
snapshot and may run while the till sells.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from cafe_pos.domain.errors import UserError


class TillAlreadyOpen(UserError):
    """Another process holds the café database."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class DatabaseLock:
    """An exclusive, non-blocking lock on a database (``acquire`` raises TillAlreadyOpen)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(lock_path(self.db_path), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise TillAlreadyOpen(
                f"La caisse est déjà ouverte sur {self.db_path.name} (un autre programme "
                "cafe-pos l'utilise) : fermez-le d'abord"
            ) from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


@contextlib.contextmanager
def database_lock(db_path: Path) -> Iterator[DatabaseLock]:
    lock = DatabaseLock(db_path)
    lock.acquire()
    try:
        yield lock
    finally:
        lock.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
