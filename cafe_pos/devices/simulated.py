"""Simulated devices for the demo and the tests: they keep what they were asked to do.

The simulated printer keeps each document as text and as the exact ESC/POS bytes; the
display keeps its two lines; the scale returns a weight that can be set; the scanner
delivers codes given to ``scan()``. Each can be switched off (``online = False``) or, for
the printer, run out of paper, to exercise failures. Listeners are called (from the
calling thread, often the print spool's) after every change.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cafe_pos.devices.base import (
    DisplayOffline,
    PaperOut,
    PrinterOffline,
    ScaleBelowZero,
    ScaleOverload,
    ScaleTimeout,
    ScaleUnderMinimum,
    ScaleUnstable,
    ScannerError,
    Weighing,
)
from cafe_pos.devices.display import COLUMNS
from cafe_pos.devices.render_escpos import EscposOptions, render_drawer_pulse, render_escpos
from cafe_pos.devices.text import fit, to_ascii
from cafe_pos.domain.receipt_layout import PrintLine, render_text

Listener = Callable[[], None]


class _Observable:
    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()


@dataclass(frozen=True, slots=True)
class PrintedDocument:
    text: str
    data: bytes


class SimulatedPrinter(_Observable):
    """``ReceiptPrinter`` that prints into memory."""

    def __init__(self, options: EscposOptions | None = None, *, drawer_pin: int = 2) -> None:
        super().__init__()
        self.options = options or EscposOptions()
        self.online = True
        self.paper = True
        self.drawer_pin = drawer_pin
        self.printed: list[PrintedDocument] = []
        self.drawer_pulses = 0
        self.raw = bytearray()  # everything "sent to the printer", bytes included

    @property
    def width(self) -> int:
        return self.options.width

    def _check(self) -> None:
        if not self.online:
            raise PrinterOffline("imprimante simulée éteinte")
        if not self.paper:
            raise PaperOut()

    def print_lines(self, lines: Sequence[PrintLine]) -> None:
        with self._lock:
            self._check()
            data = render_escpos(lines, self.options)
            self.printed.append(PrintedDocument(render_text(lines, self.width), data))
            self.raw.extend(data)
        self._notify()

    def kick_drawer(self, pin: int) -> None:
        with self._lock:
            if not self.online:
                raise PrinterOffline("imprimante simulée éteinte")
            self.raw.extend(render_drawer_pulse(pin, self.options))
            self.drawer_pulses += 1
        self._notify()

    def set_online(self, online: bool) -> None:
        self.online = online
        self._notify()

    def set_paper(self, paper: bool) -> None:
        self.paper = paper
        self._notify()

    @property
    def last_text(self) -> str:
        with self._lock:
            return self.printed[-1].text if self.printed else ""

    def close(self) -> None:
        pass


class SimulatedDisplay(_Observable):
    """``CustomerDisplay`` that keeps the two lines as the customer would read them."""

    def __init__(self) -> None:
        super().__init__()
        self.online = True
        self.lines = (" " * COLUMNS, " " * COLUMNS)
        self.history: list[tuple[str, str]] = []

    def show(self, upper: str, lower: str) -> None:
        with self._lock:
            if not self.online:
                raise DisplayOffline("afficheur simulé éteint")
            self.lines = (fit(to_ascii(upper), COLUMNS), fit(to_ascii(lower), COLUMNS))
            self.history.append(self.lines)
        self._notify()

    def clear(self) -> None:
        self.show("", "")

    def set_online(self, online: bool) -> None:
        self.online = online
        self._notify()

    def close(self) -> None:
        pass


class SimulatedScale(_Observable):
    """``Scale`` returning a weight set by the demo or the test."""

    def __init__(
        self, *, min_grams: int = 20, max_grams: int = 15000, timeout_s: float = 2.0
    ) -> None:
        super().__init__()
        self.online = True
        self.grams = 0
        self.stable = True
        self.min_grams = min_grams
        self.max_grams = max_grams
        self.timeout_s = timeout_s

    def set_weight(self, grams: int, *, stable: bool = True) -> None:
        self.grams = grams
        self.stable = stable
        self._notify()

    def weigh(self, unit_price_cents: int = 0) -> Weighing:
        if not self.online:
            raise ScaleTimeout(self.timeout_s)
        if not self.stable:
            raise ScaleUnstable()
        if self.grams < 0:
            raise ScaleBelowZero()
        if self.grams < self.min_grams:
            raise ScaleUnderMinimum(self.min_grams)
        if self.grams > self.max_grams:
            raise ScaleOverload()
        return Weighing(grams=self.grams, unit_price_cents=unit_price_cents)

    def close(self) -> None:
        pass


class SimulatedScanner:
    """``Scanner`` fed by ``scan(code)`` (demo buttons, tests)."""

    def __init__(self) -> None:
        self._on_code: Callable[[str], None] | None = None
        self.online = True

    def start(self, on_code: Callable[[str], None]) -> None:
        self._on_code = on_code

    def scan(self, code: str) -> None:
        if not self.online:
            raise ScannerError("Lecteur de codes-barres simulé éteint")
        if self._on_code is not None:
            self._on_code(code)

    def stop(self) -> None:
        self._on_code = None
