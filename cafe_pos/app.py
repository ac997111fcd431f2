"""Composition root: the only place that opens the database, installs the fiscal guard,
switches training mode on, and picks real or simulated devices and the HQ client. The
command line, the desktop app and the tests build everything through here.

``open_app(path, ...)`` gives a ``CafeApp``: its ``ctx`` is what every service call takes,
``build_devices()`` builds the counter's devices from their stored settings with the print
spool on the persisted queue (the GUI calls it once its window is on screen).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import Clock, SystemClock
from cafe_pos.domain.users import Actor
from cafe_pos.fiscal import watermark
from cafe_pos.fiscal.guard import install_guard
from cafe_pos.store.engine import make_engine
from cafe_pos.store.migrate import upgrade_to_head
from cafe_pos.store.models.settings import CafeIdentity
from cafe_pos.store.uow import UnitOfWorkFactory

if TYPE_CHECKING:
    from cafe_pos.devices.factory import Devices
    from cafe_pos.services.backup_auto import BackupScheduler, BackupWiring
    from cafe_pos.services.backups import BackupStatus
    from cafe_pos.services.closing import ClosureView
    from cafe_pos.sync.worker import SyncWorker


class HqLink(Protocol):
    """The café side of the HQ link (``cafe_pos.sync``): a background worker that pushes
    the outbox of closures; the GUI starts it once on screen and stops it at exit."""

    def start(self) -> None: ...
    def stop(self, timeout: float = 5.0) -> None: ...


DevicesFactory = Callable[[ServiceContext, bool], "Devices"]
HqStatus = Callable[[str, bool | None], None]  # (French text, ok) for the status bar
HqLinkFactory = Callable[[ServiceContext, HqStatus], HqLink]


def default_db_path() -> Path:
    from platformdirs import user_data_path

    folder = user_data_path("cafe-pos", appauthor=False, ensure_exists=True)
    return folder / "cafe.db"


def open_context(db_path: Path, *, clock: Clock | None = None) -> ServiceContext:
    """Check the file, back it up and migrate it if needed, and return the service context.

    Raises StoreError (French message) for a path or file that cannot be used; in that case
    nothing was written. The fiscal hooks are installed here, before the first session
    opens: the guard (no update or delete of a fiscal record through the ORM) and the
    high-water mark written after each commit that sealed a record.
    """
    install_guard()
    watermark.install_hook()
    _install_daily_sections()
    _install_after_closure()
    upgrade_to_head(db_path)
    engine = make_engine(db_path)
    uow = UnitOfWorkFactory(engine)
    with uow(read_only=True) as reader:
        register = reader.session.scalar(select(CafeIdentity.register_number)) or "01"
    return ServiceContext(uow=uow, db_path=db_path, clock=clock or SystemClock(), register=register)


def _install_daily_sections() -> None:
    """The stock, bread and press parts of HQ's daily message (imported when a database is
    opened, not when the program starts)."""
    from cafe_pos.services.hq_sections import install

    install()


def _install_after_closure() -> None:
    """After each closure: the automatic backup (once per process). Neither the closing
    nor the backups are imported here (a database is opened at start-up)."""
    from cafe_pos.services import closure_hooks

    closure_hooks.register(_backup_after_closure)


def _backup_after_closure(ctx: ServiceContext, closure: ClosureView) -> None:
    from cafe_pos.services import backup_auto

    backup_auto.closure_done(ctx, closure)


def build_backup_scheduler(
    ctx: ServiceContext, on_status: Callable[[BackupStatus], None]
) -> BackupScheduler:
    """The automatic backups' background thread for the desktop app (started by the caller)."""
    from cafe_pos.services.backup_auto import BackupScheduler

    return BackupScheduler(ctx, on_status=on_status)


def backup_wiring() -> BackupWiring:
    """The automatic backups and the restore screen's way back into the database."""
    from cafe_pos.services.backup_wiring import BackupWiring  # light: no backups yet

    return BackupWiring(scheduler=build_backup_scheduler, open_context=open_context)


def build_devices(ctx: ServiceContext, simulated: bool) -> Devices:
    """The counter's devices from their stored settings, the print spool on the persisted
    queue (built, not started). Imported when called: devices never slow the start-up."""
    from cafe_pos.devices.factory import build_devices as from_settings
    from cafe_pos.services.device_settings import load_device_config
    from cafe_pos.services.printing import DatabasePrintQueue

    return from_settings(load_device_config(ctx), DatabasePrintQueue(ctx), simulated=simulated)


def build_hq_worker(ctx: ServiceContext, on_status: HqStatus) -> SyncWorker:
    """The HQ link's background sender for the desktop app (started by the caller)."""
    from cafe_pos.services.hq_sync import sync_once
    from cafe_pos.sync.worker import SyncWorker

    return SyncWorker(lambda: sync_once(ctx), on_status=on_status, idle_interval=60.0)


@dataclass(frozen=True)
class CafeApp:
    """Everything the GUI and the command line are handed."""

    ctx: ServiceContext
    simulated_devices: bool = False
    devices_factory: DevicesFactory = build_devices
    hq_factory: HqLinkFactory | None = build_hq_worker  # None: nothing sent to HQ
    backups: Callable[[], BackupWiring] | None = backup_wiring  # None: no automatic backup

    def build_devices(self) -> Devices:
        return self.devices_factory(self.ctx, self.simulated_devices)

    def close(self) -> None:
        """Close the database's connections (the write-ahead log is merged)."""
        self.ctx.uow.engine.dispose()


def start_training(ctx: ServiceContext, actor: Actor) -> ServiceContext:
    """Training mode: the journal records that it was switched on (event 910), then the
    session runs on a training context (nothing enters the fiscal chain or the figures)."""
    from cafe_pos.services.startup import record_training_start

    record_training_start(ctx, actor)
    return replace(ctx, training=True)


def open_app(
    db_path: Path,
    *,
    clock: Clock | None = None,
    simulated_devices: bool = False,
    training_actor: Actor | None = None,
    devices_factory: DevicesFactory = build_devices,
) -> CafeApp:
    """Open the café at ``db_path`` (see ``open_context``); with ``training_actor`` the app
    runs in training mode, switched on by that actor."""
    ctx = open_context(db_path, clock=clock)
    if training_actor is not None:
        ctx = start_training(ctx, training_actor)
    return CafeApp(ctx, simulated_devices=simulated_devices, devices_factory=devices_factory)
