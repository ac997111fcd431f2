"""A USB receipt printer that is unplugged (or absent): a clear French error, never a crash.

pyusb and libusb are installed by the project (pyproject, system packages), so the USB
transport is usable; no such printer is plugged into the test machine.
"""

from __future__ import annotations

import pytest

from cafe_pos.devices.base import PrinterOffline
from cafe_pos.devices.config import PrinterConfig
from cafe_pos.devices.escpos_printer import EscposPrinter
from cafe_pos.domain.receipt_layout import build_test_page


def test_unplugged_usb_printer_says_so_in_french() -> None:
    printer = EscposPrinter(
        PrinterConfig(type="usb", usb_vendor=0x04B8, usb_product=0x0EFE, timeout_s=0.5)
    )
    with pytest.raises(PrinterOffline) as err:
        printer.print_lines(build_test_page(48))
    message = str(err.value)
    assert "imprimante" in message.lower()
    assert "pyusb" not in message  # the driver is there: the printer is what's missing
