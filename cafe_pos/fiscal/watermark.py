"""The high-water mark: a small signed file beside the database (``<database>.hwm``) that
says how far the journal went, written after every commit that sealed something.

A database that goes back in time — an older backup copied over it, the end-of-chain row
copied from an old copy, a damaged write-ahead log that silently drops committed sales —
no longer reaches the mark: the till (at start) and ``verify`` report it. The mark carries
the end-of-chain marker's own Ed25519 signature (``canonical.head_message``), so it cannot
be forged without the key, and the schema revision, so a database downgraded and upgraded
again is noticed. What it cannot catch: someone who puts back an old database together
with its old mark; HQ's pinned heads are the outside check for that.

Written in place at a fixed length (one copy into the file's memory mapping, no rename,
no fsync): it costs a few microseconds per sale; after a crash it may lag behind, never run
ahead (docs/fiscal-format.md § 7).
"""

from __future__ import annotations

import contextlib
import json
import mmap
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from cafe_pos.store.migrate import HEAD_REVISION

FORMAT = "cafe-pos-high-water-mark"
SIZE = 1024  # bytes, space-padded
PENDING_HEAD = "fiscal.pending_head"  # session.info, set by chain.append
LAST_TICKET = "fiscal.last_ticket"  # session.info: number of the last ticket sealed
_TICKETS: dict[str, int] = {}  # database path -> last ticket number in its mark


def mark_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".hwm")


_ENCODER = json.JSONEncoder(separators=(",", ":"))  # json.dumps without a new encoder a sale
_NAMES: dict[Path, str] = {}  # database path -> its mark's file name (asked after each sale)


def _mark_name(db_path: Path) -> str:
    name = _NAMES.get(db_path)
    if name is None:
        if len(_NAMES) > 64:
            _NAMES.clear()
        name = _NAMES[db_path] = str(mark_path(db_path))
    return name


@dataclass(frozen=True, slots=True)
class Mark:
    register: str
    position: int
    hash: str
    signature: str
    schema: str
    ticket: int = 0  # the last ticket number issued (numbering never goes back)


# The mark files this process writes, kept mapped in memory (a till writes its mark after
# every sale): path -> (map, device, inode). A write through the map is a copy into the
# page cache: no system call, and the file's times are not touched at every sale, so the
# next commit's fsync has no inode to journal with it (a pwrite cost ~50 µs a sale there).
# Remapped when the name no longer leads to that file (removed or replaced) or the file
# is no longer whole (writing past its end would kill the process); a few at most, for
# the tests and tools that open many databases.
_OPEN: dict[str, tuple[mmap.mmap, int, int]] = {}
_MAX_OPEN = 4


def _mark_map(path: str) -> mmap.mmap:
    cached = _OPEN.get(path)
    if cached is not None:
        mapped, device, inode = cached
        try:
            found = os.stat(path)
        except OSError:
            found = None
        if (
            found is not None
            and (found.st_dev, found.st_ino) == (device, inode)
            and found.st_size >= SIZE
        ):
            return mapped
        _close(path)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        opened = os.fstat(fd)
        if opened.st_size < SIZE:
            os.ftruncate(fd, SIZE)
        mapped = mmap.mmap(fd, SIZE, access=mmap.ACCESS_WRITE)
    finally:
        os.close(fd)  # the map keeps its own handle
    _OPEN[path] = (mapped, opened.st_dev, opened.st_ino)
    while len(_OPEN) > _MAX_OPEN:
        _close(next(iter(_OPEN)))
    return mapped


def _close(path: str) -> None:
    cached = _OPEN.pop(path, None)
    if cached is not None:
        with contextlib.suppress(OSError, ValueError):
            cached[0].close()


def write_mark(db_path: Path, mark: Mark) -> None:
    """Write the mark in place (owner-only); an OS error is ignored: the journal is
    already committed, and a lagging mark is reported, never a false rollback.

    One copy of 1 024 bytes into the file's mapping, no fsync (docs/fiscal-format.md
    § 7 says why the mark needs none)."""
    text = _ENCODER.encode(
        {
            "format": FORMAT,
            "version": 1,
            "register": mark.register,
            "position": mark.position,
            "hash": mark.hash,
            "signature": mark.signature,
            "schema": mark.schema,
            "ticket": mark.ticket,
        }
    ).encode()
    path = _mark_name(db_path)
    try:
        _mark_map(path)[:SIZE] = text.ljust(SIZE)
    except (OSError, ValueError, IndexError):
        _close(path)


def read_mark(db_path: Path) -> Mark | None:
    """The mark beside ``db_path`` (None when there is none); ValueError when unreadable."""
    try:
        raw = mark_path(db_path).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ValueError(str(exc)) from exc
    data: Any = json.loads(raw.decode("utf-8", "replace").strip() or "{}")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("format inconnu")
    return Mark(
        str(data["register"]),
        int(data["position"]),
        str(data["hash"]),
        str(data["signature"]),
        str(data.get("schema", "")),
        int(data.get("ticket", 0)),
    )


def mark_problem(
    mark: Mark | None, head: tuple[int, str] | None, hash_at: str | None, public_keys: list[str]
) -> str | None:
    """Why the database does not reach its mark, or None.

    ``head``: the database's end-of-chain (position, hash) for the mark's register;
    ``hash_at``: the hash of the database's record at the mark's position (None if absent).
    """
    if mark is None:
        return None
    # the keys (and the cryptography library) only when a mark is checked: the hook of
    # this module is installed as a database is opened, at start-up
    from cafe_pos.fiscal import canonical, keys

    message = canonical.head_message(mark.register, mark.position, mark.hash)
    if not any(keys.signature_valid(key, mark.signature, message) for key in public_keys):
        return "fichier témoin (.hwm) non signé par la clé du journal : falsifié"
    if head is None or head[0] < mark.position:
        reached = 0 if head is None else head[0]
        return (
            f"la base est revenue en arrière : le témoin indique l'enregistrement "
            f"n° {mark.position} (caisse {mark.register}), la base s'arrête au n° {reached}"
        )
    if hash_at != mark.hash:
        return (
            f"la base a été remplacée : son enregistrement n° {mark.position} n'est pas "
            f"celui du témoin (caisse {mark.register})"
        )
    return None


def _after_commit(session: Session) -> None:
    pending = session.info.pop(PENDING_HEAD, None)
    if pending is None:
        return
    db_path, register, position, hash_hex, signature = pending
    ticket = session.info.pop(LAST_TICKET, None)
    where = str(db_path)
    if ticket is None:
        ticket = _TICKETS.get(where)
        if ticket is None:
            try:
                previous = read_mark(db_path)
            except (ValueError, KeyError):
                previous = None
            ticket = 0 if previous is None else previous.ticket
    _TICKETS[where] = ticket
    # the program writes only to a database at its own schema (open_context upgrades it)
    write_mark(db_path, Mark(register, position, hash_hex, signature, HEAD_REVISION, ticket))


def _after_rollback(session: Session, _transaction: object) -> None:
    session.info.pop(PENDING_HEAD, None)
    session.info.pop(LAST_TICKET, None)


def forget(db_path: Path) -> None:
    """Forget what this process cached about ``db_path``'s mark (after a restore)."""
    _TICKETS.pop(str(db_path), None)
    _close(str(mark_path(db_path)))


def install_hook() -> None:
    """Write the mark after every commit that sealed a record (idempotent)."""
    if not event.contains(Session, "after_commit", _after_commit):
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_soft_rollback", _after_rollback)
