"""The real receipt printer: rendered ESC/POS bytes sent through a python-escpos transport
(network TCP 9100, serial, USB, device file, Windows raw printer).

A job opens the connection, optionally asks the printer's status (``DLE EOT``: paper,
cover), writes the bytes, asks the status again to confirm the printer got them, and
closes. Any failure becomes a French ``PrinterError``; the spool keeps the job and retries.
The connection is opened per job: a printer switched off and on again needs nothing else.
"""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Sequence
from typing import Any

from cafe_pos.devices.base import (
    CoverOpen,
    DeviceUnavailable,
    PaperOut,
    PrinterError,
    PrinterOffline,
)
from cafe_pos.devices.config import PrinterConfig
from cafe_pos.devices.render_escpos import EscposOptions, render_drawer_pulse, render_escpos
from cafe_pos.domain.receipt_layout import PrintLine

# Real-time status requests (Epson ESC/POS, answered even while the printer is busy).
DLE_EOT_PRINTER = b"\x10\x04\x01"  # bit 3: offline
DLE_EOT_OFFLINE_CAUSE = b"\x10\x04\x02"  # bit 2: cover open, bit 5: stopped by paper end
DLE_EOT_PAPER = b"\x10\x04\x04"  # bits 5-6: paper end, bits 2-3: near end
BIDIRECTIONAL = frozenset({"network", "serial", "usb"})


def options_from_config(config: PrinterConfig) -> EscposOptions:
    return EscposOptions(
        profile=config.profile,
        codepage=config.codepage,
        codepage_slot=config.codepage_slot,
        width=config.width,
        logo_path=config.logo_path,
    )


def describe(config: PrinterConfig) -> str:
    """Where the printer is, in words, for messages and the settings screen."""
    if config.type == "network":
        return f"{config.host}:{config.port}"
    if config.type == "serial":
        return f"{config.serial_port} ({config.baudrate} bauds)"
    if config.type == "usb":
        return f"USB {config.usb_vendor:04x}:{config.usb_product:04x}"
    if config.type == "file":
        return config.device_path
    if config.type == "windows":
        return config.windows_name
    return "simulée"


class EscposPrinter:
    """``ReceiptPrinter`` on a real ESC/POS printer."""

    def __init__(self, config: PrinterConfig) -> None:
        self.config = config
        self.options = options_from_config(config)

    @property
    def width(self) -> int:
        return self.config.width

    def print_lines(self, lines: Sequence[PrintLine]) -> None:
        self.send(render_escpos(lines, self.options))

    def kick_drawer(self, pin: int) -> None:
        self.send(render_drawer_pulse(pin, self.options), check_paper=False)

    def close(self) -> None:
        """Nothing stays open between jobs."""

    def send(self, data: bytes, *, check_paper: bool = True) -> None:
        """Write ``data`` to the printer, or raise a PrinterError (French message)."""
        device = self._open()
        try:
            checking = self.config.status_check and self.config.type in BIDIRECTIONAL
            if checking and check_paper:
                self._check_ready(device)
            device._raw(data)
            if checking:
                # The printer answers a status request only after it got what came before:
                # no answer means the job may not have arrived (printer gone mid-job).
                self._query(device, DLE_EOT_PRINTER)
        except PrinterError:
            raise
        except Exception as exc:
            raise PrinterOffline(_short(exc)) from exc
        finally:
            with contextlib.suppress(Exception):
                device.close()

    # --- connection -----------------------------------------------------------------------

    def _open(self) -> Any:
        device = self._make_device()
        try:
            device.open()
        except Exception as exc:
            raise PrinterOffline(_short(exc)) from exc
        if getattr(device, "_device", None) in (None, False):
            raise PrinterOffline(describe(self.config))
        return device

    def _make_device(self) -> Any:
        from escpos import printer as escpos_printer

        config = self.config
        common: dict[str, Any] = {"profile": config.profile}
        if config.type == "network":
            return escpos_printer.Network(
                config.host, port=config.port, timeout=config.timeout_s, **common
            )
        if config.type == "serial":
            return escpos_printer.Serial(
                devfile=config.serial_port,
                baudrate=config.baudrate,
                timeout=config.timeout_s,
                dsrdtr=False,
                **common,
            )
        if config.type == "usb":
            if not escpos_printer.Usb.is_usable():
                raise DeviceUnavailable(
                    "Imprimante USB : le pilote pyusb (et libusb) n'est pas installé sur ce poste"
                )
            return escpos_printer.Usb(
                config.usb_vendor,
                config.usb_product,
                timeout=int(config.timeout_s * 1000),
                **common,
            )
        if config.type == "file":
            return escpos_printer.File(devfile=config.device_path, **common)
        if config.type == "windows":
            if not escpos_printer.Win32Raw.is_usable():
                raise DeviceUnavailable(
                    "L'impression Windows brute n'est possible que sous Windows"
                )
            return escpos_printer.Win32Raw(config.windows_name, **common)
        raise PrinterError(f"Type d'imprimante non géré : {config.type}")

    # --- status ---------------------------------------------------------------------------

    def _check_ready(self, device: Any) -> None:
        cause = self._query(device, DLE_EOT_OFFLINE_CAUSE)
        if cause & 0x04:
            raise CoverOpen()
        paper = self._query(device, DLE_EOT_PAPER)
        if cause & 0x20 or paper & 0x60 == 0x60:
            raise PaperOut()

    def _query(self, device: Any, request: bytes) -> int:
        device._raw(request)
        answer = self._read_byte(device)
        if answer is None:
            raise PrinterOffline("pas de réponse à la demande d'état")
        return answer

    def _read_byte(self, device: Any) -> int | None:
        deadline = time.monotonic() + self.config.timeout_s
        link = device.device
        if isinstance(link, socket.socket):
            link.settimeout(self.config.timeout_s)
            try:
                data = link.recv(1)
            except TimeoutError:
                return None
            if not data:
                raise PrinterOffline("connexion fermée par l'imprimante")
            return data[0]
        while time.monotonic() < deadline:
            data = device._read()
            if data:
                return int(data[0])
        return None


def _short(exc: BaseException) -> str:
    """A few French words on a transport failure (the chain of causes is searched)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError):
            return "connexion refusée"
        if isinstance(seen, TimeoutError | socket.timeout):
            return "délai dépassé"
        if isinstance(seen, ConnectionError):
            return "connexion coupée"
        if isinstance(seen, FileNotFoundError):
            return "périphérique introuvable"
        if isinstance(seen, PermissionError):
            return "accès refusé au périphérique"
        if isinstance(seen, socket.gaierror):
            return "adresse inconnue"
        seen = seen.__cause__ or seen.__context__
    name = type(exc).__name__
    if "serial" in name.lower() or "serial" in type(exc).__module__:
        return "port série inutilisable"
    return "erreur de communication"
