"""Build the counter devices from their settings (real or simulated) and the print spool.

``build_devices(config, queue, simulated=...)`` is what the composition root (app.py)
calls once, with the stored settings and the persisted print queue; with ``simulated=True`` (demo) every device is simulated whatever the settings say.
Nothing here opens a port: drivers connect on first use, so a missing device never
prevents the till from starting.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field

from cafe_pos.devices.base import CashDrawer, CustomerDisplay, ReceiptPrinter, Scale, Scanner
from cafe_pos.devices.config import (
    DeviceConfig,
    DisplayConfig,
    PrinterConfig,
    ScaleConfig,
    ScannerConfig,
)
from cafe_pos.devices.display import (
    BackgroundDisplay,
    DisplayMessages,
    NoDisplay,
    SerialDisplay,
)
from cafe_pos.devices.drawer import PrinterDrawer
from cafe_pos.devices.escpos_printer import EscposPrinter, options_from_config
from cafe_pos.devices.no_printer import NoPrinter
from cafe_pos.devices.scale import LOCKS, Dialog06Scale, NoScale, SerialLink, ToledoScale
from cafe_pos.devices.scanner_serial import KeyboardWedgeScanner, SerialScanner
from cafe_pos.devices.simulated import (
    SimulatedDisplay,
    SimulatedPrinter,
    SimulatedScale,
    SimulatedScanner,
)
from cafe_pos.devices.spool import PrintQueue, PrintSpool


@dataclass
class Devices:
    """Every device of the counter, built once; ``close()`` at exit."""

    config: DeviceConfig
    printer: ReceiptPrinter
    drawer: CashDrawer
    display: CustomerDisplay
    scale: Scale
    scanner: Scanner
    spool: PrintSpool
    messages: DisplayMessages = field(default_factory=DisplayMessages)
    simulated: bool = False
    error_listeners: list[Callable[[str], None]] = field(default_factory=list)

    def add_error_listener(self, listener: Callable[[str], None]) -> None:
        """``listener(message)`` hears display and scanner failures (from their threads)."""
        self.error_listeners.append(listener)

    @property
    def simulated_printer(self) -> SimulatedPrinter | None:
        """The printer when it is the simulated one (the demo's panel shows its paper)."""
        return self.printer if isinstance(self.printer, SimulatedPrinter) else None

    @property
    def simulated_display(self) -> SimulatedDisplay | None:
        return self.display if isinstance(self.display, SimulatedDisplay) else None

    @property
    def simulated_scale(self) -> SimulatedScale | None:
        return self.scale if isinstance(self.scale, SimulatedScale) else None

    @property
    def has_printer(self) -> bool:
        """A receipt printer is configured (and with it the cash drawer's port)."""
        return not isinstance(self.printer, NoPrinter)

    @property
    def has_scale(self) -> bool:
        """A scale is configured (products sold by the kg are weighed on it)."""
        return not isinstance(self.scale, NoScale)

    def start(self) -> None:
        if not self.spool.is_alive():
            self.spool.start()

    def close(self) -> None:
        self.spool.stop()
        for closing in (
            self.printer.close,
            self.display.close,
            self.scale.close,
            self.scanner.stop,
        ):
            with contextlib.suppress(Exception):
                closing()


def build_printer(config: PrinterConfig, *, simulated: bool = False) -> ReceiptPrinter:
    if simulated or config.type == "simulated":
        return SimulatedPrinter(options_from_config(config), drawer_pin=config.drawer_pin)
    if config.type == "none":
        return NoPrinter()
    return EscposPrinter(config)


def build_display(
    config: DisplayConfig,
    *,
    simulated: bool = False,
    on_error: Callable[[str], None] | None = None,
) -> CustomerDisplay:
    """The customer display; with ``on_error`` a serial one sends from its own thread
    (``BackgroundDisplay``) so an unplugged display never slows a sale."""
    if simulated or config.type == "simulated":
        return SimulatedDisplay()
    if config.type == "serial":
        display = SerialDisplay(
            config.serial_port, command_set=config.command_set, baudrate=config.baudrate
        )
        return display if on_error is None else BackgroundDisplay(display, on_error)
    return NoDisplay()


def build_scale(config: ScaleConfig, *, simulated: bool = False) -> Scale:
    limits = {"min_grams": config.min_grams, "max_grams": config.max_grams}
    if simulated or config.type == "simulated":
        return SimulatedScale(timeout_s=config.timeout_s, **limits)
    if config.type == "toledo":
        link = SerialLink(
            config.serial_port,
            baudrate=config.baudrate,
            bytesize=7,
            parity="E",
            timeout_s=config.timeout_s,
        )
        return ToledoScale(link, **limits)
    if config.type == "dialog06":
        link = SerialLink(
            config.serial_port,
            baudrate=config.baudrate,
            bytesize=7,
            parity="O",
            timeout_s=config.timeout_s,
        )
        lock = LOCKS.get(config.lock, LOCKS["none"])()
        return Dialog06Scale(link, lock=lock, **limits)
    return NoScale()


def build_scanner(
    config: ScannerConfig, *, simulated: bool = False, on_error: Callable[[str], None] | None = None
) -> Scanner:
    if simulated:
        return SimulatedScanner()
    if config.type == "serial":
        return SerialScanner(config.serial_port, baudrate=config.baudrate, on_error=on_error)
    return KeyboardWedgeScanner()


def build_devices(config: DeviceConfig, queue: PrintQueue, *, simulated: bool) -> Devices:
    """All devices from their settings, the spool printing ``queue`` (built, not started)."""
    printer = build_printer(config.printer, simulated=simulated)
    drawer = PrinterDrawer(printer, config.printer.drawer_pin)
    listeners: list[Callable[[str], None]] = []

    def report(message: str) -> None:
        for listener in list(listeners):
            with contextlib.suppress(Exception):
                listener(message)

    return Devices(
        config=config,
        printer=printer,
        drawer=drawer,
        display=build_display(config.display, simulated=simulated, on_error=report),
        scale=build_scale(config.scale, simulated=simulated),
        scanner=build_scanner(config.scanner, simulated=simulated, on_error=report),
        spool=PrintSpool(queue, printer, drawer),
        messages=DisplayMessages(config.display.welcome, config.display.welcome_lower),
        simulated=simulated,
        error_listeners=listeners,
    )


# --- trial drivers: the settings page tests a configuration before it is saved ------------


def trial_printer(config: PrinterConfig, devices: Devices | None = None) -> ReceiptPrinter:
    """The printer to test ``config`` on: the running simulated one when "simulated" is
    chosen (so the demo's panel shows the test page), else a new driver."""
    if config.type == "simulated" and devices is not None and devices.simulated_printer:
        return devices.simulated_printer
    return build_printer(config)


def trial_display(
    config: DisplayConfig, devices: Devices | None = None
) -> tuple[CustomerDisplay, bool]:
    """The display to test ``config`` on, and whether the caller must close it."""
    if config.type == "simulated" and devices is not None:
        return devices.display, False
    return build_display(config), True


def trial_scale(config: ScaleConfig, devices: Devices | None = None) -> tuple[Scale, bool]:
    """The scale to test ``config`` on, and whether the caller must close it."""
    if config.type == "simulated" and devices is not None:
        return devices.scale, False
    return build_scale(config), True


def trial_scanner(config: ScannerConfig) -> Scanner:
    """A serial scanner on the port being set up (a keyboard scanner needs no test)."""
    return SerialScanner(config.serial_port, baudrate=config.baudrate)
