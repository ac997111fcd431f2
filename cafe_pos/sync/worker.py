"""The background thread that keeps trying to empty the outbox: a sale or a closing never
waits for it (it only reads and marks outbox rows in short transactions of its own).

After a failure it waits longer each time (growing delays with jitter, up to a ceiling);
when everything is sent it waits for the next closure (``wake``) or a quiet interval.
It knows nothing of the database or Qt: ``run_once`` (a service call given by the
composition root) does the work and says whether something is left, ``on_status`` hears
the status text.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from cafe_pos.domain.wording import Wording


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one pass did: ``done`` when nothing is pending any more."""

    done: bool
    status_text: str
    ok: bool | None  # for the status bar: True up to date, False a problem, None neutral


def backoff_delay(failures: int, base: float = 5.0, ceiling: float = 900.0) -> float:
    """5 s, 10 s, 20 s, ... up to 15 min (before jitter)."""
    return float(min(ceiling, base * (2 ** max(0, failures - 1))))


class SyncWorker:
    def __init__(
        self,
        run_once: Callable[[], Outcome],
        *,
        on_status: Callable[[str, bool | None], None] | None = None,
        idle_interval: float = 600.0,
        base_delay: float = 5.0,
        max_delay: float = 900.0,
    ) -> None:
        self._run_once = run_once
        self._on_status = on_status
        self._idle = idle_interval
        self._base = base_delay
        self._max = max_delay
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="hq-sync", daemon=True)
        self.failures = 0

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        """Try now (after a closure, or when the manager asks)."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                outcome = self._run_once()
            except Exception as exc:  # never let the thread die: report and retry
                outcome = Outcome(
                    False, Wording("Siège : erreur interne ({0})", type(exc).__name__), False
                )
            if self._on_status is not None:
                self._on_status(outcome.status_text, outcome.ok)
            if outcome.done:
                self.failures = 0
                delay = self._idle
            else:
                self.failures += 1
                delay = backoff_delay(self.failures, self._base, self._max)
                delay *= random.uniform(0.8, 1.2)  # cafés don't all retry in step
            self._wake.wait(delay)
            self._wake.clear()
