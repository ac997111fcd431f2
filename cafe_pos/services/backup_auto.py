"""Automatic backups: a background thread that makes one after each daily closure and
once a day at the hour set in Réglages (``backup.hour``), never in the way of a sale.

The thread only reads: the snapshot is SQLite's online backup (a read transaction, which
never blocks a writer in WAL mode), the checks read the copy, the copies go to other
disks. A sale commits meanwhile as usual (``tests/benchmarks/bench_backup.py`` measures
the longest pause). The composition root (``cafe_pos.app``) registers ``closure_done``
after each closure; the GUI starts the scheduler once its window is on screen and hears
each run's status through ``on_status`` (a queued Qt signal).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.services import backups, settings
from cafe_pos.services.backup_wiring import BackupWiring as BackupWiring
from cafe_pos.services.closing import ClosureView

log = logging.getLogger(__name__)

_RUNNING: dict[Path, BackupScheduler] = {}
_LOCK = threading.Lock()


def closure_done(ctx: ServiceContext, view: ClosureView) -> None:
    """After a closure (hook registered by the composition root): ask for a backup."""
    if ctx.training:
        return
    with _LOCK:
        scheduler = _RUNNING.get(ctx.db_path)
    if scheduler is not None:
        scheduler.request("closure")


def backup_after_closure(ctx: ServiceContext) -> backups.BackupRun | None:
    """A closure made by a command (``cafe-pos close``): the backup the app's scheduler
    makes after a closure, made at once (no scheduler runs in a command). None when no
    destination is configured (or in training mode)."""
    if ctx.training or not backups.destinations(ctx):
        return None
    return backups.backup_now(ctx, reason="closure", roots=backups.environment_roots())


def due_at_hour(db_path: Path, now: dt.datetime, hour: int) -> bool:
    """The daily backup is due: past the hour and no run yet today."""
    if now.hour < hour:
        return False
    for run in reversed(backups.read_log(db_path)):
        try:
            at = dt.datetime.fromisoformat(str(run.get("at")))
        except ValueError:
            continue
        return at.date() < now.date()
    return True


class BackupScheduler:
    def __init__(
        self,
        ctx: ServiceContext,
        *,
        on_status: Callable[[backups.BackupStatus], None] | None = None,
        poll_seconds: float = 60.0,
        roots: Sequence[Path] | None = None,
    ) -> None:
        self.ctx = ctx
        self._on_status = on_status
        self._poll = poll_seconds
        self._roots = tuple(roots) if roots is not None else backups.environment_roots()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._reasons: list[str] = []
        self._thread = threading.Thread(target=self._loop, name="backup", daemon=True)
        self.runs: list[backups.BackupRun] = []

    def start(self) -> None:
        with _LOCK:
            _RUNNING[self.ctx.db_path] = self
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop after the current run (a backup is never cut half-way on purpose)."""
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        with _LOCK:
            if _RUNNING.get(self.ctx.db_path) is self:
                del _RUNNING[self.ctx.db_path]

    def request(self, reason: str = "manual") -> None:
        self._reasons.append(reason)
        self._wake.set()

    def _reason(self) -> str | None:
        if self._reasons:
            reason = self._reasons[-1]
            self._reasons.clear()
            return reason
        try:
            hour = settings.get_int(self.ctx, "backup.hour")
        except UserError:
            return None
        now = backups.local_now(self.ctx.clock)
        return "hour" if due_at_hour(self.ctx.db_path, now, hour) else None

    def run_once(self) -> backups.BackupRun | None:
        reason = self._reason()
        if reason is None:
            return None
        run = backups.backup_now(self.ctx, reason=reason, roots=self._roots)
        self.runs.append(run)
        return run

    def _loop(self) -> None:
        self._report()
        while not self._stop.is_set():
            try:
                if self.run_once() is not None:
                    self._report()
            except Exception:  # never let the thread die: the status says it
                log.exception("automatic backup failed")
            self._wake.wait(self._poll)
            self._wake.clear()

    def _report(self) -> None:
        if self._on_status is None:
            return
        try:
            self._on_status(backups.status(self.ctx))
        except Exception:
            log.exception("backup status could not be read")
