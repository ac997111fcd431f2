"""Barcode scanners: serial (or USB-CDC) reader thread, keyboard wedge placeholder.

A serial scanner sends each code followed by CR and/or LF; a reader thread delivers the
codes to a callback. Serial mode avoids the AZERTY/QWERTY mix-up of keyboard wedges. A
keyboard-wedge scanner types into the sale screen, which decodes it
(``cafe_pos.domain.scanning``): ``KeyboardWedgeScanner`` only marks that choice.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from cafe_pos.devices.base import ScannerError

log = logging.getLogger(__name__)

MAX_CODE_LENGTH = 64


def split_codes(buffer: bytearray) -> list[str]:
    """Take the complete codes (ended by CR or LF) out of ``buffer``; the rest stays."""
    codes: list[str] = []
    while True:
        ends = [i for i in (buffer.find(b"\r"), buffer.find(b"\n")) if i >= 0]
        if not ends:
            if len(buffer) > MAX_CODE_LENGTH:  # garbage without terminator
                del buffer[:]
            return codes
        end = min(ends)
        raw = bytes(buffer[:end])
        del buffer[: end + 1]
        code = raw.decode("ascii", errors="ignore").strip()
        if code:
            codes.append(code)


class SerialScanner:
    """``Scanner`` reading codes from a serial port on its own thread."""

    def __init__(
        self,
        port: str,
        *,
        baudrate: int = 9600,
        on_error: Callable[[str], None] | None = None,
        serial_factory: Callable[..., Any] | None = None,
    ) -> None:
        self.port = port
        self.baudrate = baudrate
        self.on_error = on_error
        self._factory = serial_factory
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._link: Any = None

    def start(self, on_code: Callable[[str], None]) -> None:
        import serial

        factory = self._factory or serial.serial_for_url
        try:
            self._link = factory(self.port, baudrate=self.baudrate, timeout=0.1)
        except (OSError, ValueError, serial.SerialException) as exc:
            raise ScannerError(
                f"Impossible d'ouvrir le port du lecteur de codes-barres ({self.port})"
            ) from exc
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(on_code,), name="serial-scanner", daemon=True
        )
        self._thread.start()

    def _run(self, on_code: Callable[[str], None]) -> None:
        buffer = bytearray()
        while not self._stop.is_set():
            try:
                chunk = self._link.read(64)
            except Exception:
                if not self._stop.is_set() and self.on_error is not None:
                    self.on_error(f"Le lecteur de codes-barres est débranché ({self.port})")
                return
            if not chunk:
                continue
            buffer.extend(chunk)
            for code in split_codes(buffer):
                try:
                    on_code(code)
                except Exception:
                    log.exception("scan handler failed for %r", code)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2.0)
            self._thread = None
        link, self._link = self._link, None
        if link is not None:
            with contextlib.suppress(Exception):
                link.close()


class KeyboardWedgeScanner:
    """The scanner types like a keyboard: the sale screen handles its keystrokes."""

    def start(self, on_code: Callable[[str], None]) -> None:
        pass

    def stop(self) -> None:
        pass
