"""The print spool: a worker thread that prints persisted jobs, never the GUI thread.

It polls a ``PrintQueue`` (the persisted ``print_jobs`` table, implemented by
``services.printing.DatabasePrintQueue``, each step its own short transaction), takes the oldest job due, prints it, and marks it done; on a device error it marks the
job failed with the French reason and holds the whole queue (so jobs keep their order
and a dead printer is not hammered) until the next attempt, with exponential backoff.
Drawer pulses older than their expiry are dropped. Listeners receive a ``SpoolStatus``
snapshot (plain values) after every change: the Qt bridge turns it into a signal.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from cafe_pos.devices.base import CashDrawer, DeviceError, ReceiptPrinter
from cafe_pos.devices.no_printer import NO_PRINTER_MESSAGE, NoPrinter
from cafe_pos.domain.clock import Clock, SystemClock, to_utc_naive
from cafe_pos.domain.receipt_layout import PrintLine

log = logging.getLogger(__name__)


DRAWER_JOB = "drawer"  # the kind of a job that opens the cash drawer instead of printing


class QueuedJob(Protocol):
    """A job the queue handed to the spool (marked "printing")."""

    @property
    def id(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def lines(self) -> Sequence[PrintLine]: ...
    @property
    def label(self) -> str: ...


class QueueTotals(Protocol):
    @property
    def waiting(self) -> int: ...
    @property
    def failed(self) -> int: ...
    @property
    def last_error(self) -> str: ...


class PrintQueue(Protocol):
    """What the spool needs of the persisted queue (each call its own transaction)."""

    def recover_interrupted(self) -> int: ...
    def expire_drawer_pulses(self, now: dt.datetime) -> int: ...
    def claim_next_job(self, now: dt.datetime) -> QueuedJob | None: ...
    def mark_done(self, job_id: int, now: dt.datetime) -> None: ...
    def mark_failed(self, job_id: int, error: str, retry_at: dt.datetime | None) -> None: ...
    def queue_counts(self) -> QueueTotals: ...


@dataclass(frozen=True, slots=True)
class SpoolStatus:
    """What the status bar shows about printing."""

    state: str  # "ok" | "printing" | "error" | "none" (no printer configured)
    message: str  # French
    waiting: int  # jobs not printed yet
    failed: int


StatusListener = Callable[[SpoolStatus], None]


class PrintSpool(threading.Thread):
    """Prints the queue on ``printer`` (drawer pulses through ``drawer``)."""

    def __init__(
        self,
        queue: PrintQueue,
        printer: ReceiptPrinter,
        drawer: CashDrawer,
        *,
        poll_s: float = 0.5,
        retry_base_s: float = 2.0,
        retry_max_s: float = 60.0,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(name="print-spool", daemon=True)
        self.queue = queue
        self.printer = printer
        self.drawer = drawer
        self.poll_s = poll_s
        self.retry_base_s = retry_base_s
        self.retry_max_s = retry_max_s
        self.clock = clock or SystemClock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._listeners: list[StatusListener] = []
        self._held_until: dt.datetime | None = None
        self._failures = 0  # consecutive failed attempts, for the backoff
        self.last_status = self._idle_status()

    # --- control (any thread) -------------------------------------------------------------

    def add_listener(self, listener: StatusListener) -> None:
        self._listeners.append(listener)

    def wake(self) -> None:
        """Look at the queue now (after a sale); a held queue stays held."""
        self._wake.set()

    def retry_now(self) -> None:
        """The manager asked to try again: lift the hold and look at the queue now."""
        self._held_until = None
        self._failures = 0
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self.is_alive():
            self.join(timeout)

    # --- the loop -------------------------------------------------------------------------

    def run(self) -> None:
        try:
            self.queue.recover_interrupted()
        except Exception:
            log.exception("print spool: cannot recover interrupted jobs")
        self.publish()
        while not self._stopping.is_set():
            try:
                worked = self.run_once()
            except Exception:  # a database hiccup must not kill the printer thread
                log.exception("print spool: unexpected error")
                worked = False
            if not worked:
                self._wake.wait(self._sleep_time())
                self._wake.clear()

    def _now(self) -> dt.datetime:
        return to_utc_naive(self.clock.now())

    def _sleep_time(self) -> float:
        if self._held_until is None:
            return self.poll_s
        remaining = (self._held_until - self._now()).total_seconds()
        return max(0.01, min(self.poll_s, remaining))

    def run_once(self) -> bool:
        """Print at most one job; False when there was nothing to do now."""
        now = self._now()
        if self._held_until is not None and now < self._held_until:
            # Held after a failure: only drop the drawer requests that became too old.
            if self.queue.expire_drawer_pulses(now):
                self.publish()
            return False
        job = self.queue.claim_next_job(now)  # expires stale drawer pulses it meets
        if job is None:
            return False
        current = self.last_status
        self._emit(
            SpoolStatus("printing", f"Impression : {job.label}…", current.waiting, current.failed)
        )
        try:
            if job.kind == DRAWER_JOB:
                self.drawer.open()
            else:
                self.printer.print_lines(job.lines)
        except DeviceError as exc:
            self._failed(job.id, str(exc))
        except Exception as exc:  # a driver bug: keep the job, say something useful
            log.exception("print spool: job %s failed", job.id)
            self._failed(job.id, f"Erreur inattendue de l'imprimante ({type(exc).__name__})")
        else:
            self.queue.mark_done(job.id, self._now())
            self._failures = 0
            self._held_until = None
        self.publish()
        return True

    def _failed(self, job_id: int, message: str) -> None:
        self._failures += 1
        delay = min(self.retry_max_s, self.retry_base_s * 2 ** (self._failures - 1))
        retry_at = self._now() + dt.timedelta(seconds=delay)
        self.queue.mark_failed(job_id, message, retry_at)
        self._held_until = retry_at

    # --- status ---------------------------------------------------------------------------

    def publish(self) -> SpoolStatus:
        counts = self.queue.queue_counts()
        if counts.failed:
            waiting = f" ({counts.waiting} impression(s) en attente)" if counts.waiting else ""
            status = SpoolStatus(
                "error", f"{counts.last_error}{waiting}", counts.waiting, counts.failed
            )
        elif counts.waiting:
            status = SpoolStatus(
                "printing", f"{counts.waiting} impression(s) en attente", counts.waiting, 0
            )
        else:
            status = self._idle_status()
        self._emit(status)
        return status

    def _idle_status(self) -> SpoolStatus:
        if isinstance(self.printer, NoPrinter):
            return SpoolStatus("none", NO_PRINTER_MESSAGE, 0, 0)
        return SpoolStatus("ok", "Imprimante prête", 0, 0)

    def _emit(self, status: SpoolStatus) -> None:
        self.last_status = status
        for listener in list(self._listeners):
            try:
                listener(status)
            except Exception:
                log.exception("print spool listener failed")
