"""The SQLite engine: WAL, foreign keys on, durable commits, and clear errors on bad files."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from cafe_pos.domain.errors import UserError


class StoreError(UserError):
    """A database that cannot be used (message in French, for people)."""


def sqlite_uri(path: Path, *, read_only: bool = False) -> str:
    """The ``file:`` URI of a database for ``sqlite3.connect(uri, uri=True)``, safe for any
    file name: ``?``, ``#``, ``%`` or spaces are percent-encoded, so ``q?x.db`` never opens
    a file called ``q``. Every URI of the program is built here."""
    uri = path.absolute().as_uri()
    return uri + "?mode=ro" if read_only else uri


def sqlite_url(path: Path) -> URL:
    """The SQLAlchemy URL of a database file (through :func:`sqlite_uri`, never by pasting
    the path into a string that SQLAlchemy would parse)."""
    return URL.create("sqlite", database=sqlite_uri(path), query={"uri": "true"})


def check_database_path(path: Path, *, must_exist: bool = False) -> None:
    """Refuse, with a French message, a path the app cannot use, before touching anything."""
    if not path.parent.is_dir():
        raise StoreError(f"Le dossier de la base de données n'existe pas : {path.parent}")
    if must_exist and not path.exists():
        raise StoreError(f"Base de données introuvable : {path}")
    if path.exists():
        if path.is_dir():
            raise StoreError(f"{path} est un dossier, pas une base de données")
        with path.open("rb") as handle:
            header = handle.read(16)
        if header and header != b"SQLite format 3\x00":
            raise StoreError(f"{path} n'est pas une base de données cafe-pos (SQLite)")


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy manage transactions explicitly (BEGIN emitted on first statement).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
    if mode != "wal":
        cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed sale survives a power cut (fsync of the WAL at each commit).
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


READ_ONLY = "cafe_pos_read_only"


# Connection.info flag of the till's kept connection (store.uow.UnitOfWorkFactory.kept):
# its unit of work begins and commits the SQLite transaction itself.
KEPT = "cafe_pos_kept"


def _on_begin(conn: Any) -> None:
    # Straight on the DBAPI connection: exec_driver_sql costs ~40 µs per sale (issue 3).
    driver = conn.connection.driver_connection
    if driver.in_transaction and conn.info.get(KEPT):
        # the kept unit of work already holds BEGIN IMMEDIATE: the session joins that same
        # transaction (one connection, one transaction) and commits or rolls it back
        return
    if conn.get_execution_options().get(READ_ONLY):
        # A report or a screen refresh: a WAL snapshot, no lock, sales never wait for it.
        driver.execute("BEGIN DEFERRED")
    else:
        # IMMEDIATE: take the write lock at the start, so two writers never deadlock mid-sale.
        driver.execute("BEGIN IMMEDIATE")


def make_engine(path: Path, *, echo: bool = False) -> Engine:
    """Engine on a SQLite file with the durability settings of a till."""
    engine = create_engine(sqlite_url(path), echo=echo)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine
