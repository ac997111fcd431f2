"""Composition root: the only place that opens the database and picks real or simulated
devices. The command line, the desktop app and the tests build everything through here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from cafe_pos.domain.clock import Clock, SystemClock
from cafe_pos.services.context import ServiceContext
from cafe_pos.store.engine import make_engine
from cafe_pos.store.migrate import upgrade_to_head
from cafe_pos.store.models.settings import CafeIdentity
from cafe_pos.store.uow import UnitOfWorkFactory

if TYPE_CHECKING:
    from cafe_pos.sync.worker import SyncWorker


def default_db_path() -> Path:
    from platformdirs import user_data_path

    folder = user_data_path("cafe-pos", appauthor=False, ensure_exists=True)
    return folder / "cafe.db"


def open_context(db_path: Path, *, clock: Clock | None = None) -> ServiceContext:
    """Check the file, back it up and migrate it if needed, and return the service context.

    Raises StoreError (French message) for a path or file that cannot be used; in that case
    nothing was written.
    """
    upgrade_to_head(db_path)
    engine = make_engine(db_path)
    uow = UnitOfWorkFactory(engine)
    with uow(read_only=True) as reader:
        register = reader.session.scalar(select(CafeIdentity.register_number)) or "01"
    return ServiceContext(uow=uow, db_path=db_path, clock=clock or SystemClock(), register=register)


def record_start(ctx: ServiceContext) -> None:
    """The technical journal's start-up event (code 80; 250 first after a new version),
    in its own transaction: the desktop app calls it once its window is on screen."""
    from cafe_pos.fiscal.events import record_startup

    with ctx.uow() as uow:
        record_startup(ctx, uow.session)
        uow.commit()


def build_hq_worker(
    ctx: ServiceContext, on_status: Callable[[str, bool | None], None]
) -> SyncWorker:
    """The HQ link's background sender for the desktop app (started by the caller)."""
    from cafe_pos.services.hq_sync import sync_once
    from cafe_pos.sync.worker import SyncWorker

    return SyncWorker(lambda: sync_once(ctx), on_status=on_status, idle_interval=60.0)
