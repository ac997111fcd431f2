"""A network receipt printer on a real TCP listener (127.0.0.1): exact bytes, status
answers, and the failures a café meets (printer off, out of paper, gone mid-job)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from devices_fakes import FakeNetworkPrinter

from cafe_pos.devices.base import CoverOpen, PaperOut, PrinterOffline
from cafe_pos.devices.config import PrinterConfig
from cafe_pos.devices.escpos_printer import EscposPrinter
from cafe_pos.devices.render_escpos import EscposOptions, render_escpos
from cafe_pos.domain.receipt_layout import PrintLine, build_test_page


def printer_on(
    port: int, *, timeout_s: float = 0.5, status_check: bool = True, width: int = 48
) -> EscposPrinter:
    return EscposPrinter(
        PrinterConfig(
            type="network",
            host="127.0.0.1",
            port=port,
            timeout_s=timeout_s,
            status_check=status_check,
            width=width,
        )
    )


def test_printer_gets_the_exact_bytes_between_status_checks(
    net_printer: FakeNetworkPrinter,
) -> None:
    page = build_test_page(48)
    printer_on(net_printer.port).print_lines(page)
    expected = render_escpos(page, EscposOptions(width=48))
    assert net_printer.printed == expected
    # paper and cover asked before, delivery confirmed after
    assert net_printer.requests == [b"\x10\x04\x02", b"\x10\x04\x04", b"\x10\x04\x01"]
    assert bytes(net_printer.received).startswith(b"\x10\x04\x02\x10\x04\x04\x1b@\x1bt\x13")


def test_drawer_pulse_through_the_network_printer(net_printer: FakeNetworkPrinter) -> None:
    printer_on(net_printer.port).kick_drawer(2)
    assert net_printer.printed == bytes.fromhex("1b70003232")


def test_out_of_paper_prints_nothing(net_printer: FakeNetworkPrinter) -> None:
    net_printer.answers[4] = 0x72  # roll paper end sensor
    with pytest.raises(PaperOut, match="plus de papier"):
        printer_on(net_printer.port).print_lines(build_test_page(48))
    assert net_printer.printed == b""


def test_cover_open_prints_nothing(net_printer: FakeNetworkPrinter) -> None:
    net_printer.answers[2] = 0x16
    with pytest.raises(CoverOpen, match="capot"):
        printer_on(net_printer.port).print_lines(build_test_page(48))
    assert net_printer.printed == b""


def test_printer_switched_off() -> None:
    fake = FakeNetworkPrinter().start()
    port = fake.port
    fake.stop()
    with pytest.raises(PrinterOffline, match=r"allumée et branchée.*connexion refusée"):
        printer_on(port).print_lines(build_test_page(32))


def test_hung_printer_times_out_quickly(net_printer: FakeNetworkPrinter) -> None:
    net_printer.silent = True
    started = time.monotonic()
    with pytest.raises(PrinterOffline, match="ne répond pas"):
        printer_on(net_printer.port, timeout_s=0.3).print_lines(build_test_page(32))
    assert time.monotonic() - started < 2.0


def test_status_check_can_be_switched_off_for_one_way_printers(
    net_printer: FakeNetworkPrinter,
) -> None:
    net_printer.silent = True
    page = build_test_page(42)
    printer_on(net_printer.port, status_check=False, width=42).print_lines(page)
    deadline = time.monotonic() + 2
    expected = render_escpos(page, EscposOptions(width=42))
    while net_printer.printed != expected and time.monotonic() < deadline:
        time.sleep(0.01)
    assert net_printer.printed == expected
    assert net_printer.requests == []


def test_printer_gone_mid_job_is_reported(net_printer: FakeNetworkPrinter) -> None:
    net_printer.drop_after = 60
    with pytest.raises(PrinterOffline):
        printer_on(net_printer.port).print_lines(build_test_page(48))
    assert net_printer.complete_jobs() == []


def test_device_node_printer_gets_the_same_bytes(tmp_path: Path) -> None:
    node = tmp_path / "lp0"  # stands for /dev/usb/lp0
    page = build_test_page(32)
    config = PrinterConfig(type="file", device_path=str(node), width=32, profile="POS-5890")
    EscposPrinter(config).print_lines(page)
    expected = render_escpos(page, EscposOptions(profile="POS-5890", width=32))
    assert node.read_bytes() == expected
    assert expected.startswith(bytes.fromhex("1b40 1b7435"))  # CP858 is slot 53 on clones


def test_missing_device_node(tmp_path: Path) -> None:
    config = PrinterConfig(type="file", device_path=str(tmp_path / "nope" / "lp0"))
    with pytest.raises(PrinterOffline, match="périphérique introuvable"):
        EscposPrinter(config).print_lines(build_test_page(48))


def test_logo_is_printed_as_a_raster_image(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("1", (64, 32), color=0).save(logo)
    page = [PrintLine(kind="logo"), PrintLine("Café de la Place")]
    with_logo = render_escpos(page, EscposOptions(logo_path=str(logo)))
    without = render_escpos(page, EscposOptions())
    assert b"\x1dv0" in with_logo  # GS v 0: raster bit image
    assert b"\x1dv0" not in without
    assert with_logo.endswith(b"Caf\x82 de la Place\n")
