"""Serial devices on pseudo-terminals (os.openpty) and pyserial's loop://: the display
frames and scale dialogues as bytes on the wire, and the failures (unplugged, silent)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from devices_fakes import PtyDevice

from cafe_pos.devices.base import (
    DisplayOffline,
    ScaleError,
    ScaleTimeout,
    ScaleUnderMinimum,
    ScaleUnstable,
)
from cafe_pos.devices.config import PrinterConfig, ScaleConfig
from cafe_pos.devices.display import BackgroundDisplay, DisplayMessages, SerialDisplay
from cafe_pos.devices.escpos_printer import EscposPrinter
from cafe_pos.devices.factory import build_scale
from cafe_pos.devices.render_escpos import EscposOptions, render_escpos
from cafe_pos.devices.scale import Dialog06Scale, SerialLink, ToledoScale, weigh_until_stable
from cafe_pos.devices.scanner_serial import SerialScanner
from cafe_pos.domain.receipt_layout import build_test_page


class FakeSerialDevice(threading.Thread):
    """The device's side of the cable: answers each expected request, in order."""

    def __init__(self, pty: PtyDevice, script: list[tuple[bytes, bytes]]) -> None:
        super().__init__(daemon=True)
        self.pty = pty
        self.script = script
        self.completed = False
        _DEVICES.append(self)
        self.start()

    def run(self) -> None:
        for expected, reply in self.script:
            if self.pty.read(len(expected), timeout=3) != expected:
                return
            if reply:
                self.pty.write(reply)
        self.completed = True


_DEVICES: list[FakeSerialDevice] = []


@pytest.fixture(autouse=True)
def _devices_play_their_script(pty_device: PtyDevice) -> Iterator[None]:
    """Each fake device gets every request it expects (checked before the pty closes)."""
    yield
    while _DEVICES:
        device = _DEVICES.pop()
        device.join(3)
        assert device.completed, f"the fake device did not get {device.script}"


# --- customer display ----------------------------------------------------------------------


def test_epson_display_frames_on_the_wire(pty_device: PtyDevice) -> None:
    display = SerialDisplay(pty_device.port, command_set="epson")
    messages = DisplayMessages()
    display.show(*messages.item("Crème brûlée", 450))
    display.show(*messages.total(1230))
    expected = (
        bytes.fromhex("1b40 0c 1f01 1f4300")
        + b"\x1f$\x01\x01Creme brulee        \x1f$\x01\x02            4,50 EUR"
        + b"\x1f$\x01\x01TOTAL               \x1f$\x01\x02           12,30 EUR"
    )
    assert pty_device.read(len(expected)) == expected
    display.close()


def test_cd5220_display_change_then_welcome(pty_device: PtyDevice) -> None:
    display = SerialDisplay(pty_device.port, command_set="cd5220")
    messages = DisplayMessages("Bienvenue !", "Cafe de la Place")
    display.show(*messages.change(2000, 770))
    display.show(*messages.welcome())
    expected = (
        b"\x1b@\x0c"
        + b"\x1bQARecu       20,00 EUR\r\x1bQBRendu       7,70 EUR\r"
        + b"\x1bQA    Bienvenue !     \r\x1bQB  Cafe de la Place  \r"
    )
    assert pty_device.read(len(expected)) == expected
    display.close()


def test_unplugged_display_is_reported_and_never_blocks_the_sale(tmp_path: Path) -> None:
    missing = str(tmp_path / "ttyUSB9")
    with pytest.raises(DisplayOffline, match="afficheur client ne répond pas"):
        SerialDisplay(missing).show("Café", "1,50 EUR")
    errors: list[str] = []
    background = BackgroundDisplay(SerialDisplay(missing), on_error=errors.append)
    started = time.monotonic()
    for _ in range(20):
        background.show("Café", "1,50 EUR")  # the sale goes on
    assert time.monotonic() - started < 0.2
    deadline = time.monotonic() + 2
    while not errors and time.monotonic() < deadline:
        time.sleep(0.01)
    background.close()
    assert len(errors) == 1 and "afficheur" in errors[0]


# --- scales --------------------------------------------------------------------------------


def toledo(pty: PtyDevice, timeout_s: float = 1.0) -> ToledoScale:
    link = SerialLink(pty.port, bytesize=7, parity="E", timeout_s=timeout_s)
    return ToledoScale(link, min_grams=40, max_grams=15000)


def test_toledo_reads_a_weight(pty_device: PtyDevice) -> None:
    scale = toledo(pty_device)
    FakeSerialDevice(pty_device, [(b"W", b"\x0201.234\r")])
    assert scale.weigh(1290).grams == 1234
    scale.close()


def test_toledo_unstable_then_stable(pty_device: PtyDevice) -> None:
    scale = toledo(pty_device)
    FakeSerialDevice(
        pty_device, [(b"W", b"\x02?\x01\r"), (b"W", b"\x02?\x01\r"), (b"W", b"\x020.500\r")]
    )
    seen: list[str] = []
    weighing = weigh_until_stable(
        scale, 1290, interval_s=0.01, on_unstable=lambda: seen.append("instable")
    )
    assert weighing.grams == 500 and weighing.qty_milli == 500
    assert seen == ["instable", "instable"]
    scale.close()


def test_toledo_refuses_under_minimum(pty_device: PtyDevice) -> None:
    scale = toledo(pty_device)
    FakeSerialDevice(pty_device, [(b"W", b"\x020.012\r")])
    with pytest.raises(ScaleUnderMinimum, match="40 g au moins"):
        scale.weigh()
    scale.close()


def test_silent_scale_times_out_with_a_french_message(pty_device: PtyDevice) -> None:
    scale = toledo(pty_device, timeout_s=0.3)
    started = time.monotonic()
    with pytest.raises(
        ScaleTimeout, match=r"La balance ne répond pas \(aucune réponse en 0\.3 s\)"
    ):
        scale.weigh()
    assert 0.25 <= time.monotonic() - started < 1.0
    assert pty_device.read(1, timeout=0.2) == b"W"  # it did ask
    scale.close()


def dialog06(pty: PtyDevice) -> Dialog06Scale:
    return Dialog06Scale(SerialLink(pty.port, bytesize=7, parity="O", timeout_s=1.0))


def test_dialog06_weighing_dialogue(pty_device: PtyDevice) -> None:
    scale = dialog06(pty_device)
    script = [
        (b"\x04\x0201\x1b001290\x1b\x03", b"\x06"),  # unit price 12,90 €/kg, ACK
        (b"\x04\x05", b"\x0202\x1b3\x1b00250\x1b001290\x1b000323\x03"),  # weight request
        (b"\x04", b""),  # the till acknowledges the record
    ]
    device = FakeSerialDevice(pty_device, script)
    weighing = scale.weigh(1290)
    device.join(2)
    assert (weighing.grams, weighing.unit_price_cents, weighing.amount_cents) == (250, 1290, 323)
    assert not device.is_alive()  # the whole script was played: the final EOT was sent
    scale.close()


def test_dialog06_motion_is_reported_as_unstable(pty_device: PtyDevice) -> None:
    scale = dialog06(pty_device)
    script = [
        (b"\x04\x0201\x1b001290\x1b\x03", b"\x06"),
        (b"\x04\x05", b"\x15"),  # NAK
        (b"\x04\x0208\x03", b"\x0209\x1b20\x03"),  # status: in motion
        (b"\x04", b""),
    ]
    FakeSerialDevice(pty_device, script)
    with pytest.raises(ScaleUnstable, match="instable"):
        scale.weigh(1290)
    scale.close()


def test_dialog06_refused_price(pty_device: PtyDevice) -> None:
    scale = dialog06(pty_device)
    script = [(b"\x04\x0201\x1b001290\x1b\x03", b"\x15"), (b"\x04\x0208\x03", b"\x0209\x1b11\x03")]
    FakeSerialDevice(pty_device, script)
    with pytest.raises(ScaleError, match=r"refusé les données envoyées \(code 11\)"):
        scale.weigh(1290)
    scale.close()


def test_scale_on_a_missing_port(tmp_path: Path) -> None:
    scale = build_scale(ScaleConfig(type="toledo", serial_port=str(tmp_path / "ttyS7")))
    with pytest.raises(ScaleError, match="Impossible d'ouvrir le port de la balance"):
        scale.weigh()


# --- serial printer and scanner -------------------------------------------------------------


def test_serial_printer_bytes(pty_device: PtyDevice) -> None:
    config = PrinterConfig(type="serial", serial_port=pty_device.port, status_check=False, width=32)
    page = build_test_page(32)
    EscposPrinter(config).print_lines(page)
    expected = render_escpos(page, EscposOptions(width=32))
    assert pty_device.read(len(expected)) == expected


def test_serial_scanner_delivers_codes(pty_device: PtyDevice) -> None:
    codes: list[str] = []
    scanner = SerialScanner(pty_device.port)
    scanner.start(codes.append)
    pty_device.write(b"3017620422003\r\n40063813")
    pty_device.write(b"33931\r")
    deadline = time.monotonic() + 2
    while len(codes) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    scanner.stop()
    assert codes == ["3017620422003", "4006381333931"]


def test_serial_scanner_on_loopback() -> None:
    codes: list[str] = []
    scanner = SerialScanner("loop://")
    scanner.start(codes.append)
    scanner._link.write(b"5449000000996\r")
    deadline = time.monotonic() + 2
    while not codes and time.monotonic() < deadline:
        time.sleep(0.01)
    scanner.stop()
    assert codes == ["5449000000996"]
