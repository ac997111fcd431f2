"""The cash drawer, opened by a pulse sent through the receipt printer's drawer port.

The pin (2 or 5) is a setting. The spool calls ``open()`` for drawer jobs that have not
expired, so a drawer never opens seconds after the sale when a printer comes back.
"""

from __future__ import annotations

from cafe_pos.devices.base import DrawerError, PrinterError, ReceiptPrinter


class PrinterDrawer:
    """``CashDrawer`` wired to a receipt printer."""

    def __init__(self, printer: ReceiptPrinter, pin: int = 2) -> None:
        self.printer = printer
        self.pin = pin

    def open(self) -> None:
        try:
            self.printer.kick_drawer(self.pin)
        except PrinterError as exc:
            raise DrawerError(f"Le tiroir-caisse ne s'est pas ouvert : {exc}") from exc


class NoDrawer:
    """No drawer connected: opening it is refused with a clear sentence."""

    def open(self) -> None:
        raise DrawerError("Aucun tiroir-caisse n'est branché sur cette caisse")
