"""Unit of work: one service call = one transaction, rolled back unless committed."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from types import TracebackType

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session, sessionmaker

from cafe_pos.store.engine import KEPT, READ_ONLY
from cafe_pos.store.raw import hold_driver


class UnitOfWork:
    """``with uow: ...; uow.commit()`` — leaving the block without commit rolls back.

    ``ctx.uow(read_only=True)`` opens a read snapshot that takes no write lock (reports,
    screens); writing through it fails, so use it only for reads.

    Services receive a ``UnitOfWork`` factory (``Callable[[], UnitOfWork]``) and open one
    per use case, so everything a sale writes commits together or not at all.
    """

    session: Session

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()


@dataclass
class _Kept:
    """A thread's kept connection and the session bound to it (see ``kept``)."""

    connection: Connection
    session: Session
    driver: sqlite3.Connection  # the connection's own SQLite connection
    busy: bool = False
    dropped: bool = False  # the engine was disposed while busy: close when released


class _KeptUnitOfWork(UnitOfWork):
    """BEGIN IMMEDIATE and COMMIT straight on the kept SQLite connection.

    The sale's hot path runs plain SQL on that connection (``raw_connection``), so the
    session's transaction machinery (~0.1 ms of a ~1 ms checkout) is only paid when the
    ORM is used: the session then joins the same SQLite transaction (``engine._on_begin``)
    and commits or rolls it back itself. Either way, one connection, one transaction.
    """

    def __init__(self, factory: UnitOfWorkFactory, kept: _Kept) -> None:
        self._factory = factory
        self._kept = kept

    def __enter__(self) -> UnitOfWork:
        kept = self._kept
        kept.busy = True
        self.session = kept.session
        try:
            kept.driver.execute("BEGIN IMMEDIATE")  # the write lock, as uow() takes it
        except BaseException:
            kept.busy = False
            raise
        hold_driver(self.session, kept.driver)
        return self

    def commit(self) -> None:
        session = self.session
        session.flush()  # ORM objects, if any, join the transaction
        hold_driver(session, None)  # after the commit, a new transaction begins as usual
        if session.in_transaction():
            session.commit()  # the ORM was used: its commit is the SQLite transaction's
        else:
            self._kept.driver.execute("COMMIT")
            session.dispatch.after_commit(session)  # what the session's commit would tell

    def rollback(self) -> None:
        self._end()

    def _end(self) -> None:
        session, driver = self.session, self._kept.driver
        hold_driver(session, None)
        session.rollback()  # the session's part (and the transaction, when it joined it)
        if driver.in_transaction:
            driver.execute("ROLLBACK")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        kept = self._kept
        try:
            self._end()  # rolls back what was not committed; the connection stays
            self.session.close()
            self.session.info.clear()  # what the fiscal layer remembers is per transaction
        except BaseException:
            kept.dropped = True
            raise
        finally:
            kept.busy = False
            if kept.dropped or exc_type is not None:
                self._factory._release(kept)  # after a failure, the next one starts afresh


class UnitOfWorkFactory:
    """Builds units of work on one engine; the composition root makes one per database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(
            engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False
        )
        self._kept: dict[int, _Kept] = {}
        self._kept_lock = threading.Lock()
        event.listen(engine, "engine_disposed", self._drop_kept)

    def __call__(self, *, read_only: bool = False) -> UnitOfWork:
        return UnitOfWork(self._read_sessions if read_only else self._sessions)

    def kept(self) -> UnitOfWork:
        """A write unit of work on this thread's kept connection and session: the checkout's.

        The same transaction as ``uow()`` (BEGIN IMMEDIATE, committed or rolled back) and a
        session emptied after each use, without taking a connection from the pool and
        building a session at every sale (~40 µs of a checkout's ~1 ms). Used inside
        another one on the same thread, it is a plain unit of work. ``engine.dispose()``
        (a restore, the app closing) closes the kept connections with the pool's.
        """
        kept = self._kept.get(threading.get_ident())
        if kept is not None and kept.busy:
            return self()
        if kept is None:
            connection = self.engine.connect()
            connection.info[KEPT] = True
            driver = connection.connection.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            kept = _Kept(connection, Session(bind=connection, expire_on_commit=False), driver)
            with self._kept_lock:
                self._kept[threading.get_ident()] = kept
        return _KeptUnitOfWork(self, kept)

    def _release(self, kept: _Kept) -> None:
        with self._kept_lock:
            for ident, found in list(self._kept.items()):
                if found is kept:
                    del self._kept[ident]
        try:
            kept.session.close()
        finally:
            # closed for real, not handed back: after dispose() the pool it came from is
            # gone, and a connection checked into it would keep the file (and its WAL) open
            kept.connection.invalidate()
            kept.connection.close()

    def _drop_kept(self, _engine: Engine) -> None:
        with self._kept_lock:
            idle = [kept for kept in self._kept.values() if not kept.busy]
            for kept in self._kept.values():
                kept.dropped = True
        for kept in idle:
            self._release(kept)
