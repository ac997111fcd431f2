"""Unit of work: one service call = one transaction, rolled back unless committed."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from cafe_pos.store.engine import READ_ONLY


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


class UnitOfWorkFactory:
    """Builds units of work on one engine; the composition root makes one per database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(
            engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False
        )

    def __call__(self, *, read_only: bool = False) -> UnitOfWork:
        return UnitOfWork(self._read_sessions if read_only else self._sessions)
