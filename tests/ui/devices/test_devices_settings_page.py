"""The devices settings page: choose, check, save, and test each device from the screen
without freezing it; every refusal is a French sentence and saves nothing."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from cafe_pos.context import ServiceContext
from cafe_pos.devices.config import DeviceConfig
from cafe_pos.devices.drawer import PrinterDrawer
from cafe_pos.devices.factory import Devices
from cafe_pos.devices.ports import SerialPortInfo
from cafe_pos.devices.scanner_serial import KeyboardWedgeScanner
from cafe_pos.devices.simulated import SimulatedDisplay, SimulatedPrinter, SimulatedScale
from cafe_pos.devices.spool import PrintSpool
from cafe_pos.domain.users import Actor
from cafe_pos.services.device_settings import load_device_config
from cafe_pos.services.printing import DatabasePrintQueue
from cafe_pos.ui.devices.settings_page import DeviceSettingsPage

PORTS = [SerialPortInfo("/dev/ttyUSB0", "FT232R USB UART"), SerialPortInfo("/dev/ttyS0", "n/a")]


@pytest.fixture
def devices(
    device_ctx: ServiceContext,
    sim_printer: SimulatedPrinter,
    sim_display: SimulatedDisplay,
    sim_scale: SimulatedScale,
) -> Devices:
    drawer = PrinterDrawer(sim_printer, 2)
    return Devices(
        config=DeviceConfig(),
        printer=sim_printer,
        drawer=drawer,
        display=sim_display,
        scale=sim_scale,
        scanner=KeyboardWedgeScanner(),
        spool=PrintSpool(DatabasePrintQueue(device_ctx), sim_printer, drawer),
        simulated=True,
    )


def make_page(
    qtbot: QtBot, ctx: ServiceContext, actor: Actor | None, devices: Devices | None
) -> DeviceSettingsPage:
    page = DeviceSettingsPage(ctx, lambda: actor, devices=devices, port_lister=lambda: PORTS)
    qtbot.addWidget(page)
    page.show()
    return page


def choose(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))


def wait_result(qtbot: QtBot, page: DeviceSettingsPage) -> str:
    qtbot.waitUntil(lambda: page.busy == 0, timeout=5000)
    return page.message.text()


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A TCP port where nothing listens: a network printer that is switched off."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    yield port


def test_fields_follow_the_connection_type(
    qtbot: QtBot, device_ctx: ServiceContext, manager: Actor
) -> None:
    page = make_page(qtbot, device_ctx, manager, None)
    assert page.printer_type.currentData() == "none"  # nothing until the manager says so
    assert not page.printer_host.isVisible()
    choose(page.printer_type, "network")
    assert page.printer_host.isVisible() and not page.printer_serial.isVisible()
    choose(page.printer_type, "serial")
    assert page.printer_serial.isVisible() and not page.printer_host.isVisible()
    # serial ports as pyserial lists them
    assert page.printer_serial.itemText(0) == "/dev/ttyUSB0 — FT232R USB UART"
    assert page.printer_serial.itemText(1) == "/dev/ttyS0"


def test_manager_saves_a_network_printer(
    qtbot: QtBot, device_ctx: ServiceContext, manager: Actor
) -> None:
    page = make_page(qtbot, device_ctx, manager, None)
    choose(page.printer_type, "network")
    qtbot.keyClicks(page.printer_host, "192.168.1.50")
    choose(page.printer_width, 42)
    choose(page.drawer_pin, 5)
    choose(page.display_type, "serial")
    page.display_serial.setCurrentIndex(0)
    choose(page.display_command_set, "cd5220")
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Réglages enregistrés" in page.message.text()
    stored = load_device_config(device_ctx)
    assert (stored.printer.type, stored.printer.host, stored.printer.port) == (
        "network",
        "192.168.1.50",
        9100,
    )
    assert (stored.printer.width, stored.printer.drawer_pin) == (42, 5)
    assert (stored.display.serial_port, stored.display.command_set) == ("/dev/ttyUSB0", "cd5220")


def test_refusals_are_shown_and_nothing_is_saved(
    qtbot: QtBot, device_ctx: ServiceContext, manager: Actor, staff: Actor
) -> None:
    page = make_page(qtbot, device_ctx, manager, None)
    choose(page.printer_type, "network")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Indiquez l'adresse IP de l'imprimante réseau"
    page.printer_host.setText("10.0.0.9")
    page.printer_usb_vendor.setText("zz")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "hexadécimal" in page.message.text()
    staff_page = make_page(qtbot, device_ctx, staff, None)
    qtbot.mouseClick(staff_page.save_button, Qt.MouseButton.LeftButton)
    assert "n'a pas le droit" in staff_page.message.text()
    assert load_device_config(device_ctx) == DeviceConfig()


def test_test_print_on_the_demo_printer(
    qtbot: QtBot,
    device_ctx: ServiceContext,
    manager: Actor,
    devices: Devices,
    sim_printer: SimulatedPrinter,
) -> None:
    page = make_page(qtbot, device_ctx, manager, devices)
    qtbot.mouseClick(page.test_print_button, Qt.MouseButton.LeftButton)
    assert "Page de test envoyée" in wait_result(qtbot, page)
    assert "Crème brûlée 4,50 € — Façon garçon à Noël" in sim_printer.last_text
    assert b"Cr\x8ame br\x96l\x82e 4,50 \xd5 - Fa\x87on gar\x87on \x85 No\x89l" in sim_printer.raw


def test_test_print_on_a_printer_that_is_off_does_not_freeze(
    qtbot: QtBot, device_ctx: ServiceContext, manager: Actor, closed_port: int
) -> None:
    page = make_page(qtbot, device_ctx, manager, None)
    choose(page.printer_type, "network")
    page.printer_host.setText("127.0.0.1")
    page.printer_port.setValue(closed_port)
    page.printer_timeout.setValue(0.5)
    qtbot.mouseClick(page.test_print_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Test en cours…"  # the click returned at once
    assert wait_result(qtbot, page).startswith("L'imprimante ne répond pas")


def test_drawer_display_and_scale_tests(
    qtbot: QtBot,
    device_ctx: ServiceContext,
    staff: Actor,
    devices: Devices,
    sim_printer: SimulatedPrinter,
    sim_display: SimulatedDisplay,
    sim_scale: SimulatedScale,
) -> None:
    page = make_page(qtbot, device_ctx, staff, devices)
    qtbot.mouseClick(page.test_drawer_button, Qt.MouseButton.LeftButton)
    assert wait_result(qtbot, page) == "Impulsion envoyée au tiroir (broche 2)"
    assert sim_printer.drawer_pulses == 1
    assert sim_printer.raw.endswith(bytes.fromhex("1b70003232"))

    qtbot.mouseClick(page.test_display_button, Qt.MouseButton.LeftButton)
    assert "Creme brulee" in wait_result(qtbot, page)
    assert sim_display.lines == ("Creme brulee        ", "            4,50 EUR")

    sim_scale.set_weight(1234)
    qtbot.mouseClick(page.test_scale_button, Qt.MouseButton.LeftButton)
    assert wait_result(qtbot, page) == "Poids lu : 1,234 kg"
    sim_scale.set_weight(5)
    qtbot.mouseClick(page.test_scale_button, Qt.MouseButton.LeftButton)
    assert wait_result(qtbot, page) == "Poids trop faible pour être vendu (20 g au moins)"
    sim_scale.set_weight(800, stable=False)
    qtbot.mouseClick(page.test_scale_button, Qt.MouseButton.LeftButton)
    assert wait_result(qtbot, page).startswith("Poids instable")


def test_keyboard_scanner_advice(qtbot: QtBot, device_ctx: ServiceContext, manager: Actor) -> None:
    page = make_page(qtbot, device_ctx, manager, None)
    qtbot.mouseClick(page.test_scanner_button, Qt.MouseButton.LeftButton)
    assert "AZERTY" in page.message.text()
