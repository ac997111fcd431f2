"""The customer pole display (2 lines × 20 characters, serial 9600 8N1).

Two command sets: Epson ESC/POS (``1F 24 x y`` cursor moves) and CD5220 (``1B 51 41``
upper line, ``1B 51 42`` lower line). Text is transliterated to ASCII ("é" → "e",
"€" → "EUR") and cut or padded to exactly 20 characters. ``DisplayMessages`` makes the
lines of each moment of a sale: an item and its price, the total, the change, welcome.
``BackgroundDisplay`` sends from its own thread so a slow or unplugged display never
blocks the till.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from cafe_pos.devices.base import CustomerDisplay, DeviceError, DisplayOffline
from cafe_pos.devices.text import fit, to_ascii, two_columns
from cafe_pos.domain.money import format_amount

log = logging.getLogger(__name__)

COLUMNS = 20


def _line(text: str) -> bytes:
    return fit(to_ascii(text), COLUMNS).encode("ascii")


class EpsonCommands:
    """Epson / ESC-POS display command set."""

    name = "epson"

    def init(self) -> bytes:
        # initialise, clear, overwrite mode (no scrolling), cursor off
        return b"\x1b\x40\x0c\x1f\x01\x1f\x43\x00"

    def frame(self, upper: str, lower: str) -> bytes:
        # Writing 20 characters moves the cursor: place it before each line (1-based x, y).
        return b"\x1f\x24\x01\x01" + _line(upper) + b"\x1f\x24\x01\x02" + _line(lower)

    def clear(self) -> bytes:
        return b"\x0c"


class Cd5220Commands:
    """CD5220 display command set."""

    name = "cd5220"

    def init(self) -> bytes:
        return b"\x1b\x40\x0c"

    def frame(self, upper: str, lower: str) -> bytes:
        return b"\x1b\x51\x41" + _line(upper) + b"\x0d" + b"\x1b\x51\x42" + _line(lower) + b"\x0d"

    def clear(self) -> bytes:
        return b"\x0c"


COMMAND_SETS: dict[str, Callable[[], EpsonCommands | Cd5220Commands]] = {
    "epson": EpsonCommands,
    "cd5220": Cd5220Commands,
}


def euros(cents: int) -> str:
    """Display amount: 1234 -> "12,34 EUR" (most displays have no €)."""
    return f"{format_amount(cents)} EUR"


class DisplayMessages:
    """The two lines for each moment of a sale (plain text, not yet transliterated)."""

    def __init__(self, welcome: str = "Bienvenue !", welcome_lower: str = "") -> None:
        self.welcome_upper = welcome
        self.welcome_lower = welcome_lower

    def item(self, label: str, price_cents: int, qty_label: str = "") -> tuple[str, str]:
        lower = euros(price_cents)
        return fit(to_ascii(label), COLUMNS), two_columns(qty_label, lower, COLUMNS)

    def total(self, total_cents: int) -> tuple[str, str]:
        return "TOTAL", euros(total_cents).rjust(COLUMNS)

    def change(self, paid_cents: int, change_cents: int) -> tuple[str, str]:
        return (
            two_columns("Recu", euros(paid_cents), COLUMNS),
            two_columns("Rendu", euros(change_cents), COLUMNS),
        )

    def welcome(self) -> tuple[str, str]:
        return self.welcome_upper.center(COLUMNS), self.welcome_lower.center(COLUMNS)


class SerialDisplay:
    """``CustomerDisplay`` on a serial port (or any pyserial URL such as ``loop://``)."""

    def __init__(
        self,
        port: str,
        *,
        command_set: str = "epson",
        baudrate: int = 9600,
        write_timeout_s: float = 1.0,
        serial_factory: Callable[..., Any] | None = None,
    ) -> None:
        self.port = port
        self.baudrate = baudrate
        self.commands = COMMAND_SETS[command_set]()
        self.write_timeout_s = write_timeout_s
        self._serial_factory = serial_factory
        self._link: Any = None

    def _open(self) -> Any:
        if self._link is None:
            import serial

            factory = self._serial_factory or serial.serial_for_url
            try:
                link = factory(
                    self.port, baudrate=self.baudrate, timeout=0, write_timeout=self.write_timeout_s
                )
            except (OSError, ValueError, serial.SerialException) as exc:
                raise DisplayOffline(self.port) from exc
            self._link = link
            self._write(self.commands.init())
        return self._link

    def _write(self, data: bytes) -> None:
        try:
            self._link.write(data)
            self._link.flush()
        except Exception as exc:
            self.close()
            raise DisplayOffline(self.port) from exc

    def show(self, upper: str, lower: str) -> None:
        self._open()
        self._write(self.commands.frame(upper, lower))

    def clear(self) -> None:
        self._open()
        self._write(self.commands.clear())

    def close(self) -> None:
        link, self._link = self._link, None
        if link is not None:
            with contextlib.suppress(Exception):
                link.close()


class NoDisplay:
    """No customer display: every call does nothing."""

    def show(self, upper: str, lower: str) -> None:
        pass

    def clear(self) -> None:
        pass

    def close(self) -> None:
        pass


class BackgroundDisplay:
    """Sends to a display from a worker thread; only the newest frame is kept.

    ``on_error`` receives the French message of a failure (at most once until the
    display works again), so the status bar can say it; the sale goes on regardless.
    """

    def __init__(
        self, display: CustomerDisplay, on_error: Callable[[str], None] | None = None
    ) -> None:
        self.display = display
        self.on_error = on_error
        self._mailbox: queue.Queue[tuple[str, str] | None] = queue.Queue(maxsize=1)
        self._failed = False
        self._thread = threading.Thread(target=self._run, name="customer-display", daemon=True)
        self._thread.start()

    def show(self, upper: str, lower: str) -> None:
        self._post((upper, lower))

    def clear(self) -> None:
        self._post(("", ""))

    def _post(self, frame: tuple[str, str] | None) -> None:
        while True:
            try:
                self._mailbox.put_nowait(frame)
                return
            except queue.Full:
                with contextlib.suppress(queue.Empty):
                    self._mailbox.get_nowait()  # drop the stale frame

    def _run(self) -> None:
        while True:
            frame = self._mailbox.get()
            if frame is None:
                return
            try:
                self.display.show(*frame)
            except DeviceError as exc:
                if not self._failed and self.on_error is not None:
                    self.on_error(str(exc))
                self._failed = True
            else:
                self._failed = False

    def close(self, timeout: float = 2.0) -> None:
        self._post(None)
        self._thread.join(timeout)
        self.display.close()
