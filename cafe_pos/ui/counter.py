"""The counter's devices in the running app: built once after the window shows, wired to
the status bar, the sale screen, Réglages and (simulated devices) the demo's panel.

``Counter(ctx, simulated=demo, devices_factory=...)`` is cheap; ``install(window)`` adds
the "Ouvrir le tiroir" button, the devices settings page and the status-bar click (print
jobs); ``start()`` builds the devices with the factory the composition root gave
(``cafe_pos.app.build_devices``) and starts the print spool — called once the window is
on screen, so devices never slow the start-up (python-escpos itself loads at the first
print). ``close()`` at exit.

The sale screen is attached by its section factory: the customer display follows the
ticket (each item and its price, the total at "Payer", the change after the sale, then
the welcome text), products sold by the kg are weighed on the scale when one is
configured, the drawer opens on cash sales when the settings say so, and the spool is
woken after each sale so the receipt prints at once.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart, CartLine, SaleItem
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import ONE_UNIT, format_quantity
from cafe_pos.domain.users import Actor
from cafe_pos.ui.widgets.lazy_page import LazyPage
from cafe_pos.ui.widgets.messages import error_text
from cafe_pos.ui.wording import device_text

if TYPE_CHECKING:
    from cafe_pos.devices.base import Scale
    from cafe_pos.devices.factory import Devices
    from cafe_pos.devices.spool import SpoolStatus
    from cafe_pos.services.selling import SaleResult
    from cafe_pos.ui.app_window import MainWindow
    from cafe_pos.ui.devices.print_status import PrintJobsDialog, PrintStatusBridge
    from cafe_pos.ui.devices.sim_panel import SimulatedDevicesPanel
    from cafe_pos.ui.devices.weigh_dialog import WeighDialog
    from cafe_pos.ui.sale.sale_screen import SaleScreen

log = logging.getLogger(__name__)

DevicesFactory = Callable[[ServiceContext, bool], "Devices"]
WELCOME_AFTER_SALE_MS = 8000  # the change stays on the customer display this long


@cache
def _scale_weigh_dialog() -> type[WeighDialog]:
    from cafe_pos.ui.devices.weigh_dialog import WeighDialog

    class ScaleWeighDialog(WeighDialog):
        """``WeighDialog`` as the sale screen reads it: ``weight_milli`` once accepted."""

        @property
        def weight_milli(self) -> int:
            return self.weighing.grams if self.weighing is not None else 0  # 1 g = 1 milli-kg

    return ScaleWeighDialog


def weigh_dialog(scale: Scale, item: SaleItem, parent: QWidget) -> WeighDialog:
    """The scale's weighing dialog (worker thread, "instable", refusals) for ``item``."""
    return _scale_weigh_dialog()(scale, item.label, item.price_cents, parent)


class LazyDeviceSettingsPage(LazyPage):
    """Réglages → Périphériques, built the first time it is shown."""

    def __init__(self, counter: Counter, actor_provider: Callable[[], Actor | None]) -> None:
        super().__init__("deviceSettingsEntry")
        self._counter = counter
        self._actor_provider = actor_provider

    def _build(self) -> QWidget:
        from cafe_pos.ui.devices.settings_page import DeviceSettingsPage

        return DeviceSettingsPage(
            self._counter.ctx, self._actor_provider, self, devices=self._counter.devices
        )


def headline(message: str) -> str:
    """The gist of a device message: its clause about the printer if there is one
    ("Le tiroir-caisse ne s'est pas ouvert : L'imprimante ne répond pas : vérifiez…" gives
    "L'imprimante ne répond pas"), else its first clause."""
    clauses = [clause.split(" (")[0].strip() for clause in message.split(" : ")]
    about_printer = [clause for clause in clauses if "imprimante" in clause.lower()]
    return (about_printer or clauses)[0]


def _line_qty_label(line: CartLine) -> str:
    if line.unit == "kg":
        return format_quantity(line.qty_milli, unit="kg")
    return f"{line.qty_milli // ONE_UNIT} x" if line.qty_milli != ONE_UNIT else ""


class Counter(QObject):
    """The devices of this counter, as the screens use them."""

    status_changed = Signal(str, object, str)  # (short French text, ok, whole message)
    device_error = Signal(str)  # display / scanner failures, from any thread

    def __init__(
        self,
        ctx: ServiceContext,
        *,
        simulated: bool,
        devices_factory: DevicesFactory,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.simulated = simulated
        self.devices: Devices | None = None
        self.bridge: PrintStatusBridge | None = None
        self.panel: SimulatedDevicesPanel | None = None
        self.jobs_dialog: PrintJobsDialog | None = None
        self.window: MainWindow | None = None
        self.screens: list[SaleScreen] = []
        self._devices_factory = devices_factory
        self._printer: SpoolStatus | None = None
        self._problem = ""  # the last display / scanner failure reported by the devices
        self._display_problem = ""  # the display refused our last frame
        self._shown: dict[int, dict[int, tuple[int, int]]] = {}  # id(screen) -> line key -> shown
        self._display_turn = 0  # bumped at each display change (the welcome timer checks it)
        self._printer_state: tuple[bool, bool] | None = None
        self.device_error.connect(self._on_device_error)

    # -- composition ----------------------------------------------------------------------
    def install(self, window: MainWindow) -> None:
        """Status bar, "Ouvrir le tiroir" and Réglages → Périphériques (nothing built yet)."""
        self.window = window
        self.status_changed.connect(window.set_device_status)
        window.device_status_clicked.connect(self.show_print_jobs)
        window.add_nav_action("drawerButton", self.tr("Ouvrir le tiroir"), "Ctrl+T", self.drawer)
        window.add_settings_page(
            self.tr("Périphériques"), LazyDeviceSettingsPage(self, window.current_actor)
        )

    def start(self) -> Devices:
        """Build the devices and start the print spool (once)."""
        if self.devices is not None:
            return self.devices
        from cafe_pos.ui.devices.print_status import PrintStatusBridge

        devices = self._devices_factory(self.ctx, self.simulated)
        self.devices = devices
        devices.add_error_listener(self.device_error.emit)
        self.bridge = PrintStatusBridge(self)
        self.bridge.snapshot.connect(self._on_printer_status)
        self.bridge.attach(devices.spool)
        for screen in self.screens:
            self._configure(screen)
        self._show_display(*devices.messages.welcome())
        self._watch_simulated_printer()
        if self.window is not None:
            self._add_panel(self.window)
        devices.start()
        return devices

    def close(self) -> None:
        """Stop the spool and close the ports (application exit)."""
        devices, self.devices = self.devices, None
        if self.panel is not None:
            self.panel.detach()
        if devices is not None:
            devices.close()

    def _add_panel(self, window: MainWindow) -> None:
        devices = self.devices
        if devices is None or devices.simulated_printer is None:
            return
        if devices.simulated_display is None:
            return
        from cafe_pos.ui.devices.sim_panel import SimulatedDevicesPanel

        self.panel = SimulatedDevicesPanel(
            devices.simulated_printer, devices.simulated_display, devices.simulated_scale, window
        )
        # Compact, to fit the sale screen's right column (the receipt scrolls sideways).
        self.panel.setStyleSheet("QWidget { font-size: 10pt; } #simPrinterText { font-size: 7pt; }")
        window.add_dock(self.panel)
        if not self.panel.isFloating():  # beside the window; floating, it waits to be asked
            self.panel.show()

    def _watch_simulated_printer(self) -> None:
        """A simulated printer switched back on prints what waits at once (a real one is
        retried by the spool, or from the print jobs dialog)."""
        printer = self.devices.simulated_printer if self.devices is not None else None
        if printer is None:
            return
        self._printer_state = (printer.online, printer.paper)

        def changed() -> None:
            state = (printer.online, printer.paper)
            if state != self._printer_state and all(state) and self.devices is not None:
                self.devices.spool.retry_now()
            self._printer_state = state

        printer.add_listener(changed)

    # -- status bar -----------------------------------------------------------------------
    @Slot(object)
    def _on_printer_status(self, status: SpoolStatus) -> None:
        self._printer = status
        self._publish()

    @Slot(str)
    def _on_device_error(self, message: str) -> None:
        self._problem = message
        self._publish()

    def _publish(self) -> None:
        """One short line for the status bar (a counter screen is 1280 px wide), the whole
        messages in its tooltip: the printer's state, then any display / scanner failure."""
        parts: list[str] = []
        details: list[str] = []
        ok: bool | None = None
        status = self._printer
        if status is not None:
            ok = {"ok": True, "error": False}.get(status.state)
            text = self._printer_text(status)
            details.append(device_text(text))
            parts.append(device_text(headline(text) if status.state == "error" else text))
        for problem in dict.fromkeys((self._display_problem, self._problem)):
            if problem:
                parts.append(device_text(headline(problem)))
                details.append(device_text(problem))
                ok = False
        self.status_changed.emit(" · ".join(parts), ok, "\n".join(details))

    def _printer_text(self, status: SpoolStatus) -> str:
        """The spool's state in the interface's language (a device's own error message
        stays as the driver wrote it)."""
        if status.state == "ok":
            return self.tr("Imprimante prête")
        if status.state == "none":
            return self.tr("Aucune imprimante configurée")
        if status.state == "printing" and status.message.endswith("impression(s) en attente"):
            return self.tr("{0} impression(s) en attente").format(status.waiting)
        if status.state == "printing" and status.message.startswith("Impression :"):
            return self.tr("Impression en cours…")
        return status.message

    def show_print_jobs(self) -> PrintJobsDialog | None:
        """The waiting and failed print jobs (retry, reprint, PDF, cancel)."""
        actor = self.window.current_actor() if self.window is not None else None
        if actor is None:
            return None
        from cafe_pos.ui.devices.print_status import PrintJobsDialog

        devices = self.devices
        dialog = PrintJobsDialog(
            self.ctx,
            actor,
            spool=devices.spool if devices is not None else None,
            paper_width=devices.config.printer.width if devices is not None else 48,
            show_all=True,
            parent=self.window,
        )
        self.jobs_dialog = dialog
        dialog.open()
        return dialog

    # -- drawer ---------------------------------------------------------------------------
    def open_drawer(self, actor: Actor, reason: str = "") -> int:
        """Open the drawer without a sale: permission checked, technical event recorded,
        pulse sent by the spool (raises a UserError with the French reason)."""
        from cafe_pos.services import printing

        if self.devices is not None and not self.devices.has_printer:
            raise UserError(
                self.tr(
                    "Aucune imprimante configurée : le tiroir-caisse s'ouvre par "
                    "l'imprimante (Réglages → Périphériques)"
                )
            )
        job_id = printing.open_drawer(self.ctx, actor, reason=reason or "bouton de la caisse")
        if self.devices is not None:
            self.devices.spool.wake()
        return job_id

    def drawer(self) -> None:
        """The "Ouvrir le tiroir" button: open it, say so (or why not) over the window."""
        window = self.window
        actor = window.current_actor() if window is not None else None
        if window is None or actor is None:
            return
        from cafe_pos.ui.widgets.messages import show_error, show_toast

        try:
            self.open_drawer(actor)
        except UserError as exc:
            show_error(window, exc)
            return
        show_toast(window, self.tr("Tiroir-caisse ouvert (enregistré au journal)"))

    # -- sale screen ----------------------------------------------------------------------
    def attach_sale_screen(self, screen: SaleScreen) -> None:
        """Follow ``screen``'s ticket on the customer display; weigh, drawer, spool."""
        self.screens.append(screen)
        self._shown[id(screen)] = {}
        screen.cart_changed.connect(lambda: self._cart_changed(screen))
        screen.payment_opened.connect(lambda _dialog: self._payment_opened(screen))
        screen.sale_completed.connect(self._sale_completed)
        screen.destroyed.connect(lambda *_: self._forget(screen))
        if self.devices is not None:
            self._configure(screen)

    def _forget(self, screen: SaleScreen) -> None:
        with contextlib.suppress(ValueError):
            self.screens.remove(screen)
        self._shown.pop(id(screen), None)

    def _configure(self, screen: SaleScreen) -> None:
        devices = self.devices
        if devices is None:
            return
        # the drawer opens through the printer's port: no printer, no pulse to send
        screen.open_drawer_on_cash = (
            devices.has_printer and devices.config.printer.open_drawer_on_cash
        )
        scale = devices.scale
        if devices.has_scale:
            screen.weigher = lambda item, parent: weigh_dialog(scale, item, parent)

    def _cart_changed(self, screen: SaleScreen) -> None:
        if self.devices is None:
            return
        cart: Cart = screen.cart
        before = self._shown.get(id(screen), {})
        now = {line.key: (line.qty_milli, line.total_cents) for line in cart.lines}
        self._shown[id(screen)] = now
        messages = self.devices.messages
        changed = [line for line in cart.lines if before.get(line.key) != now[line.key]]
        if changed:
            line = changed[-1]
            self._show_display(*messages.item(line.label, line.total_cents, _line_qty_label(line)))
        elif cart.lines:
            self._show_display(*messages.total(cart.total_cents))
        elif before:
            self._show_display(*messages.welcome())

    def _payment_opened(self, screen: SaleScreen) -> None:
        if self.devices is not None:
            self._show_display(*self.devices.messages.total(screen.cart.total_cents))

    def _sale_completed(self, result: SaleResult) -> None:
        devices = self.devices
        if devices is None:
            return
        devices.spool.wake()  # the receipt (and the drawer pulse) now, not at the next poll
        tendered = sum(p.tendered_cents for p in result.payments) or result.total_cents
        self._show_display(*devices.messages.change(tendered, result.change_cents))
        turn = self._display_turn
        QTimer.singleShot(WELCOME_AFTER_SALE_MS, self, lambda: self._welcome_if_idle(turn))

    def _welcome_if_idle(self, turn: int) -> None:
        if self.devices is not None and turn == self._display_turn:
            self._show_display(*self.devices.messages.welcome())

    def _show_display(self, upper: str, lower: str) -> None:
        devices = self.devices
        if devices is None:
            return
        self._display_turn += 1
        problem = ""
        try:
            devices.display.show(upper, lower)
        except UserError as exc:  # DeviceError: unplugged / switched off
            problem = error_text(exc)
        except Exception as exc:  # a driver bug must never stop a sale
            log.exception("customer display")
            problem = self.tr("Afficheur client en panne : {0}").format(exc)
        if problem != self._display_problem:
            self._display_problem = problem
            self._publish()
