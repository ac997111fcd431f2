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
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from cafe_pos.domain.errors import UserError
from cafe_pos.fiscal.chain_check import ChainSummary, quick_check
from cafe_pos.store.backup import copy_database, file_sha256, integrity_ok

DAMAGED = "copie endommagée"
NICE = 5  # the child yields the CPU to the till (not so much that a busy till starves it)


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
