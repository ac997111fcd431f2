"""Serial scales: the simple Mettler-Toledo 8217 protocol and Dialog 06 (unlocked mode).

Toledo 8217 (9600 7E1): the till sends ``W``; the scale answers ``02 "dd.ddd" 0D`` (kg)
or ``02 "?" <status> 0D`` with status bits 0 = in motion, 1 = over capacity, 2 = under zero.

Dialog 06 (9600 7O1): the till sends the unit price ``04 02 "01" 1B PPPPPP 1B 03`` (cents,
6 digits), the scale answers ACK ``06`` or NAK ``15``; the till asks the weight ``04 05``;
the scale answers ``02 "02" 1B "3" 1B WWWWW 1B PPPPPP 1B IIIIII 03`` (grams, unit price,
amount in cents) or NAK; after a NAK, ``04 02 "08" 03`` asks the status, answered by
``02 "09" 1B SS 03`` (20 motion, 30 under minimum, 31 below zero, 32 overload, 10-13 bad
record). The till acknowledges every scale record with ``04``. A legally locked link adds
a checksum exchange with the maker's secret polynomial: that is the pluggable
``ScaleLock`` step (``NoLock`` = unlocked mode, the only one implemented here).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any, Protocol

from cafe_pos.devices.base import (
    Scale,
    ScaleBelowZero,
    ScaleError,
    ScaleOverload,
    ScaleTimeout,
    ScaleUnderMinimum,
    ScaleUnstable,
    Weighing,
)

STX, ETX, EOT, ENQ, ACK, NAK, ESC, CR = 0x02, 0x03, 0x04, 0x05, 0x06, 0x15, 0x1B, 0x0D

TOLEDO_MOTION = 0x01
TOLEDO_OVER = 0x02
TOLEDO_UNDER_ZERO = 0x04


class SerialLink:
    """A serial port opened lazily (pyserial URL: a device name, ``loop://``...)."""

    def __init__(
        self,
        port: str,
        *,
        baudrate: int = 9600,
        bytesize: int = 8,
        parity: str = "N",
        timeout_s: float = 2.0,
        serial_factory: Callable[..., Any] | None = None,
    ) -> None:
        self.port = port
        self.settings: dict[str, Any] = {
            "baudrate": baudrate,
            "bytesize": bytesize,
            "parity": parity,
        }
        self.timeout_s = timeout_s
        self._factory = serial_factory
        self._serial: Any = None

    def open(self) -> Any:
        if self._serial is None:
            import serial

            factory = self._factory or serial.serial_for_url
            try:
                self._serial = factory(self.port, timeout=0.05, write_timeout=1.0, **self.settings)
            except (OSError, ValueError, serial.SerialException) as exc:
                raise ScaleError(
                    f"Impossible d'ouvrir le port de la balance ({self.port}) : vérifiez le câble"
                ) from exc
        return self._serial

    def write(self, data: bytes) -> None:
        link = self.open()
        try:
            link.reset_input_buffer()
            link.write(data)
            link.flush()
        except Exception as exc:
            self.close()
            raise ScaleError(
                f"La balance est débranchée ou son port est inutilisable ({self.port})"
            ) from exc

    def read_message(self, end: int, *, single: frozenset[int] = frozenset()) -> bytes:
        """One message: a single byte in ``single``, or STX ... ``end``; ScaleTimeout if none."""
        link = self.open()
        deadline = time.monotonic() + self.timeout_s
        buffer = bytearray()
        while time.monotonic() < deadline:
            try:
                chunk = link.read(1)
            except Exception as exc:
                self.close()
                raise ScaleError(f"La balance est débranchée ({self.port})") from exc
            if not chunk:
                continue
            byte = chunk[0]
            if not buffer:
                if byte in single:
                    return bytes(chunk)
                if byte != STX:
                    continue  # noise before a record
            buffer.append(byte)
            if byte == end:
                return bytes(buffer)
        raise ScaleTimeout(self.timeout_s)

    def close(self) -> None:
        link, self._serial = self._serial, None
        if link is not None:
            with contextlib.suppress(Exception):
                link.close()


def _check_limits(grams: int, min_grams: int, max_grams: int) -> None:
    if grams < 0:
        raise ScaleBelowZero()
    if grams < min_grams:
        raise ScaleUnderMinimum(min_grams)
    if grams > max_grams:
        raise ScaleOverload()


def parse_kg(text: str) -> int:
    """ "01.234" -> 1234 grams (no float: digits only)."""
    cleaned = text.strip().rstrip("N").strip()
    negative = cleaned.startswith("-")
    cleaned = cleaned.lstrip("+-")
    whole, _, decimals = cleaned.partition(".")
    if not (whole or decimals) or not (whole + decimals).isdigit():
        raise ScaleError(f"Réponse illisible de la balance : « {text} »")
    grams = int(whole or "0") * 1000 + int((decimals + "000")[:3])
    return -grams if negative else grams


def parse_toledo(frame: bytes) -> int:
    """Grams from a Toledo 8217 answer, or the matching ScaleError."""
    body = frame[1:] if frame[:1] == bytes([STX]) else frame
    body = body[:-1] if body[-1:] == bytes([CR]) else body
    if body.startswith(b"?"):
        status = body[1] if len(body) > 1 else 0
        if status & TOLEDO_MOTION:
            raise ScaleUnstable()
        if status & TOLEDO_OVER:
            raise ScaleOverload()
        if status & TOLEDO_UNDER_ZERO:
            raise ScaleBelowZero()
        raise ScaleError(f"La balance signale une erreur (état {status:#04x})")
    return parse_kg(body.decode("ascii", errors="replace"))


class ToledoScale:
    """``Scale`` speaking the Mettler-Toledo 8217 protocol."""

    def __init__(self, link: SerialLink, *, min_grams: int = 20, max_grams: int = 15000) -> None:
        self.link = link
        self.min_grams = min_grams
        self.max_grams = max_grams

    def weigh(self, unit_price_cents: int = 0) -> Weighing:
        self.link.write(b"W")
        grams = parse_toledo(self.link.read_message(CR))
        _check_limits(grams, self.min_grams, self.max_grams)
        return Weighing(grams=grams, unit_price_cents=unit_price_cents)

    def close(self) -> None:
        self.link.close()


class ScaleLock(Protocol):
    """The legal-lock step of Dialog 06 (checksums with the maker's secret polynomial)."""

    def before_price(self, link: SerialLink) -> None: ...


class NoLock:
    """Unlocked Dialog 06 mode: no checksum exchange."""

    def before_price(self, link: SerialLink) -> None:
        pass


LOCKS: dict[str, Callable[[], ScaleLock]] = {"none": NoLock}

DIALOG_STATUS: dict[str, Callable[[], ScaleError]] = {
    "20": ScaleUnstable,
    "22": ScaleUnstable,
    "30": ScaleUnderMinimum,
    "31": ScaleBelowZero,
    "32": ScaleOverload,
}


def dialog_price_record(unit_price_cents: int) -> bytes:
    if not 0 <= unit_price_cents <= 999_999:
        raise ScaleError("Prix au kilo hors des limites de la balance (9 999,99 € au plus)")
    return b"\x04\x0201\x1b" + f"{unit_price_cents:06d}".encode() + b"\x1b\x03"


DIALOG_WEIGHT_REQUEST = b"\x04\x05"
DIALOG_STATUS_REQUEST = b"\x04\x0208\x03"


def parse_dialog_weight(record: bytes) -> tuple[int, int, int]:
    """(grams, unit price, amount) from record 02."""
    fields = record.strip(bytes([STX, ETX])).split(bytes([ESC]))
    if len(fields) != 5 or fields[0] != b"02" or not all(f.isdigit() for f in fields[2:]):
        raise ScaleError("Réponse illisible de la balance (enregistrement de pesée)")
    return int(fields[2]), int(fields[3]), int(fields[4])


def dialog_status_error(record: bytes) -> ScaleError:
    fields = record.strip(bytes([STX, ETX])).split(bytes([ESC]))
    code = (
        fields[1].decode("ascii", errors="replace")
        if len(fields) == 2 and fields[0] == b"09"
        else "??"
    )
    if code == "21":
        return ScaleError("Retirez l'article de la balance puis reposez-le")
    if code.startswith("1"):
        return ScaleError(f"La balance a refusé les données envoyées (code {code})")
    factory = DIALOG_STATUS.get(code)
    return factory() if factory else ScaleError(f"La balance signale une erreur (code {code})")


class Dialog06Scale:
    """``Scale`` speaking Dialog 06; the scale computes the amount (the one to print)."""

    def __init__(
        self,
        link: SerialLink,
        *,
        lock: ScaleLock | None = None,
        min_grams: int = 20,
        max_grams: int = 15000,
    ) -> None:
        self.link = link
        self.lock = lock or NoLock()
        self.min_grams = min_grams
        self.max_grams = max_grams

    def _status_error(self) -> ScaleError:
        self.link.write(DIALOG_STATUS_REQUEST)
        record = self.link.read_message(ETX)
        self.link.write(bytes([EOT]))
        return dialog_status_error(record)

    def weigh(self, unit_price_cents: int = 0) -> Weighing:
        self.lock.before_price(self.link)
        self.link.write(dialog_price_record(unit_price_cents))
        if self.link.read_message(ETX, single=frozenset({ACK, NAK})) != bytes([ACK]):
            raise self._status_error()
        self.link.write(DIALOG_WEIGHT_REQUEST)
        answer = self.link.read_message(ETX, single=frozenset({NAK}))
        if answer == bytes([NAK]):
            raise self._status_error()
        self.link.write(bytes([EOT]))
        grams, price, amount = parse_dialog_weight(answer)
        if price != unit_price_cents:
            raise ScaleError("La balance a pesé avec un autre prix au kilo : recommencez")
        _check_limits(grams, self.min_grams, self.max_grams)
        return Weighing(grams=grams, unit_price_cents=price, amount_cents=amount)

    def close(self) -> None:
        self.link.close()


class NoScale:
    """No scale configured: weighing is refused, the weight is typed by hand."""

    def weigh(self, unit_price_cents: int = 0) -> Weighing:
        raise ScaleError("Aucune balance n'est configurée : saisissez le poids à la main")

    def close(self) -> None:
        pass


def weigh_until_stable(
    scale: Scale,
    unit_price_cents: int = 0,
    *,
    timeout_s: float = 10.0,
    interval_s: float = 0.2,
    on_unstable: Callable[[], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Weighing:
    """Ask again while the scale is in motion (``on_unstable`` lets the UI show
    "instable"); other refusals (under minimum, overload, timeout) are raised at once."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return scale.weigh(unit_price_cents)
        except ScaleUnstable:
            if on_unstable is not None:
                on_unstable()
            if time.monotonic() + interval_s > deadline or (should_stop and should_stop()):
                raise
            time.sleep(interval_s)
