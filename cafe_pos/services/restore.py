"""Restoring a backup is itself a fiscal record.

The current database is set aside (``store.backup``), the backup put in its place, and
the restored journal gets a signed restore record (event 912) that names the head it
discards (position and hash of the set-aside journal) and the last ticket number it had
issued: numbering continues after it (a documented gap, never a number printed twice),
and ``verify`` explains the gap. Runs under the database lock (no till may be selling).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import Clock
from cafe_pos.fiscal import watermark
from cafe_pos.fiscal.codes import EventCode
from cafe_pos.fiscal.events import record_event
from cafe_pos.fiscal.records import raw_connection
from cafe_pos.services import sale_writer
from cafe_pos.store.backup import restore_database


@dataclass(frozen=True, slots=True)
class Discarded:
    register: str
    position: int
    hash: str
    last_ticket_number: int


@dataclass(frozen=True, slots=True)
class RestoreResult:
    set_aside: Path | None
    discarded: Discarded | None


def _discarded(db_path: Path) -> Discarded | None:
    """The head and the last ticket number of the database about to be replaced."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
            head = conn.execute(
                "SELECT register, position, hash FROM chain_head ORDER BY position DESC LIMIT 1"
            ).fetchone()
            if head is None:
                return None
            last = sale_writer.token_and_next_number(conn, head[0], None)[1] - 1
    except sqlite3.Error:
        return None
    try:
        mark = watermark.read_mark(db_path)
    except (ValueError, KeyError):
        mark = None
    if mark is not None:
        last = max(last, mark.ticket)
        if mark.position > head[1]:  # the database had already gone back: keep the mark's
            return Discarded(mark.register, mark.position, mark.hash, last)
    return Discarded(head[0], head[1], head[2], last)


def restore_backup(
    db_path: Path,
    source: Path,
    *,
    clock: Clock,
    open_context: Callable[..., ServiceContext],
) -> RestoreResult:
    """Replace the database with ``source`` and record the restore in its journal.

    ``open_context``: the composition root's ``open_context(path, clock=...)``.
    """
    discarded = _discarded(db_path)
    set_aside = restore_database(db_path, source, now=clock.now().replace(tzinfo=None))
    watermark.forget(db_path)
    ctx = open_context(db_path, clock=clock)
    try:
        if discarded is not None:
            with ctx.uow() as uow:
                session = uow.session
                restored = (
                    raw_connection(session)
                    .execute(
                        "SELECT position FROM chain_head WHERE register = ?", (discarded.register,)
                    )
                    .fetchone()
                )
                record_event(
                    ctx,
                    session,
                    EventCode.RESTORE,
                    f"Sauvegarde {source.name} restaurée",
                    actor_name="ligne de commande",
                    details={
                        "declared": 1,
                        "backup": source.name,
                        "set_aside": set_aside.name if set_aside else "",
                        "restored_position": 0 if restored is None else int(restored[0]),
                        "discarded_position": discarded.position,
                        "discarded_hash": discarded.hash,
                        "last_ticket_number": discarded.last_ticket_number,
                    },
                )
                session.info[watermark.LAST_TICKET] = discarded.last_ticket_number
                uow.commit()
    finally:
        ctx.uow.engine.dispose()
    return RestoreResult(set_aside, discarded)
