"""The checked snapshot of a backup: the copy taken here, its chain check in a child.

A backup runs beside a till that sells. The snapshot (SQLite's backup API) runs inside
SQLite, without the interpreter lock; the chain check of every record is a Python loop
over the whole journal, which in the till's own process held the lock long enough to
pause a sale several times its usual time (tests/benchmarks/bench_backup.py). It runs,
with ``PRAGMA integrity_check`` and the snapshot's SHA-256, in a child process
(``spawn``) at a lower CPU priority, on the snapshot file alone: the child never
opens the live database (in a trial where the child also took the snapshot, one copy in
three came out damaged while the till sold — refused by the integrity check, but a
failed backup; the cause was not found, so the live database is read here only). When
no child can be started (a restricted system), the same check runs in this process.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
from pathlib import Path

from cafe_pos.domain.errors import UserError
from cafe_pos.fiscal.chain_check import ChainSummary, quick_check
from cafe_pos.store.backup import copy_database, file_sha256, integrity_ok

RAM = Path("/dev/shm")  # a tmpfs on Linux: the snapshot never touches the disk
RAM_MARGIN = 64 * 1024 * 1024
DAMAGED = "copie endommagée"
NICE = 10  # the child yields the CPU to the till: a backup only takes longer while it sells


def _private_dir(folder: Path) -> bool:
    """``folder`` exists as a real folder of this user that nobody else can open (a
    folder someone else created in a shared place is never written into)."""
    try:
        st = folder.lstat()
    except OSError:
        return False
    owner = os.getuid() if hasattr(os, "getuid") else st.st_uid
    return stat.S_ISDIR(st.st_mode) and st.st_uid == owner and not st.st_mode & 0o077


def ram_folder(db_path: Path, size: int) -> Path | None:
    """A folder in memory for the snapshot of ``db_path`` (``size`` bytes), or None when
    there is none or too little room (the snapshot then goes beside the database).

    Why: on the same disk, the snapshot's megabytes waiting to be written made each
    sale's flush wait behind them (ext4 flushes a file's new blocks before the journal
    commit a sale's fsync asks for), pausing sales for tens of milliseconds."""
    if not hasattr(os, "getuid") or not RAM.is_dir():
        return None
    try:
        free = shutil.disk_usage(RAM).free
    except OSError:
        return None
    if free < 2 * size + RAM_MARGIN:  # the snapshot and its journal while it is written
        return None
    user = RAM / f"cafe-pos-{os.getuid()}"
    folder = user / hashlib.sha256(str(db_path.resolve()).encode()).hexdigest()[:16]
    try:
        user.mkdir(mode=0o700, exist_ok=True)
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return None
    return folder if _private_dir(user) and _private_dir(folder) else None


def _check(snapshot: Path) -> tuple[ChainSummary, str]:
    """SQLite's integrity check, the chain check and the SHA-256 of a snapshot file (no
    other process uses it)."""
    if not integrity_ok(snapshot):
        return ChainSummary(False, 0, (), "base", DAMAGED), ""
    return quick_check(snapshot), file_sha256(snapshot)


def _job(snapshot: str) -> tuple[ChainSummary, str]:
    """In the child: lower priority, then the snapshot's chain check and digest."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICE)
    return _check(Path(snapshot))


def _check_in_child(snapshot: Path) -> tuple[ChainSummary, str]:
    # multiprocessing when a backup runs, not at the till's start-up (backups is imported
    # there for the status bar)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            return pool.submit(_job, str(snapshot)).result()
    except (OSError, BrokenProcessPool, RuntimeError):  # no child here: do it ourselves
        return _check(snapshot)


def checked_snapshot(
    db_path: Path, staging: Path, stem: str
) -> tuple[Path, int, ChainSummary, str]:
    """(snapshot, size, chain summary, SHA-256): the copy taken here, its checks made in
    a child process; UserError (French) when the copy or its journal does not verify."""
    snapshot = staging / f"{stem}.db"
    copy_database(db_path, snapshot, durable=False, check=False)  # scratch, checked below
    chain, digest = _check_in_child(snapshot)
    if chain.message == DAMAGED:
        snapshot.unlink(missing_ok=True)
        raise UserError(f"La copie de {db_path.name} est endommagée : sauvegarde annulée")
    if not chain.ok:
        snapshot.unlink(missing_ok=True)
        text = chain.message[:1].lower() + chain.message[1:]
        raise UserError(f"Sauvegarde refusée : le journal copié ne se vérifie pas ({text})")
    return snapshot, snapshot.stat().st_size, chain, digest
