"""Settings page of the counter devices: type and port of each, options, a Test button
for each (test print, drawer pulse, display text, weight read, scan), clear messages.

Tests run on a worker thread (QThreadPool) with the values on screen, before saving, and
come back through a signal: a printer that does not answer never freezes the window.
"""

from __future__ import annotations

import dataclasses
import itertools
import threading
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.devices import factory
from cafe_pos.devices.base import ScannerError
from cafe_pos.devices.config import (
    BAUD_RATES,
    DISPLAY_COMMAND_SETS,
    DRAWER_PINS,
    PRINTER_TYPE_LABELS,
    DeviceConfig,
    DeviceConfigError,
    ScannerConfig,
    as_demo,
)
from cafe_pos.devices.display import DisplayMessages
from cafe_pos.devices.escpos_printer import describe
from cafe_pos.devices.ports import SerialPortInfo, list_serial_ports
from cafe_pos.devices.render_escpos import known_profiles
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_quantity
from cafe_pos.domain.receipt_layout import PAPER_WIDTHS, build_test_page
from cafe_pos.domain.users import Actor
from cafe_pos.services import printing
from cafe_pos.services.device_settings import load_device_config, save_device_config
from cafe_pos.ui.widgets.messages import error_text
from cafe_pos.ui.wording import device_text

DISPLAY_TYPE_LABELS = {"none": "Aucun", "simulated": "Simulé (démonstration)", "serial": "Série"}
SCALE_TYPE_LABELS = {
    "none": "Aucune",
    "simulated": "Simulée (démonstration)",
    "toledo": "Série, protocole Toledo 8217",
    "dialog06": "Série, protocole Dialog 06",
}
SCANNER_TYPE_LABELS = {
    "keyboard": "Clavier (douchette USB)",
    "serial": "Série / USB-CDC",
    "none": "Aucun",
}
COMMAND_SET_LABELS = {"epson": "Epson (ESC/POS)", "cd5220": "CD5220"}


class _TaskSignals(QObject):
    finished = Signal(int, str, bool)  # task number, French message, success


class _DeviceTask(QRunnable):
    """Runs one device test off the GUI thread; the result comes back as a signal."""

    def __init__(self, number: int, work: Callable[[], str]) -> None:
        super().__init__()
        self.number = number
        self.work = work
        self.signals = _TaskSignals()

    def run(self) -> None:
        try:
            text = self.work()
        except UserError as exc:
            self.signals.finished.emit(self.number, error_text(exc), False)
        except Exception as exc:  # a driver bug: still a sentence, never a crash
            self.signals.finished.emit(
                self.number,
                QCoreApplication.translate(
                    "DeviceSettingsPage", "Erreur inattendue du périphérique : {0}"
                ).format(exc),
                False,
            )
        else:
            self.signals.finished.emit(self.number, text, True)


def _combo(parent: QWidget, items: Mapping[str, str] | Sequence[tuple[object, str]]) -> QComboBox:
    combo = QComboBox(parent)
    pairs: list[tuple[object, str]] = (
        list(items.items()) if isinstance(items, Mapping) else list(items)
    )
    for key, label in pairs:
        combo.addItem(str(label), key)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    elif combo.isEditable():
        combo.setEditText(str(value))


def _hex(text: str, what: str) -> int:
    try:
        return int(text.strip().lower().removeprefix("0x"), 16)
    except ValueError as exc:
        raise DeviceConfigError(
            QCoreApplication.translate(
                "DeviceSettingsPage", "{0} : un nombre hexadécimal, par exemple 04b8"
            ).format(what)
        ) from exc


class DeviceSettingsPage(QWidget):
    """Réglages → Périphériques."""

    saved = Signal(object)  # the DeviceConfig just stored
    test_finished = Signal(str, bool)

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
        *,
        devices: factory.Devices | None = None,
        port_lister: Callable[[], list[SerialPortInfo]] = list_serial_ports,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deviceSettingsPage")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.devices = devices
        self.port_lister = port_lister
        self.scanner_test_s = 10.0
        self.busy = 0
        self._tasks: dict[int, _DeviceTask] = {}
        self._task_numbers = itertools.count(1)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(self._printer_box(content))
        column.addWidget(self._display_box(content))
        column.addWidget(self._scale_box(content))
        column.addWidget(self._scanner_box(content))
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        self.message = QLabel(self)
        self.message.setObjectName("deviceSettingsMessage")
        self.message.setWordWrap(True)
        self.refresh_ports_button = QPushButton(self.tr("Actualiser les ports série"), self)
        self.refresh_ports_button.clicked.connect(self.refresh_ports)
        self.save_button = QPushButton(self.tr("Enregistrer"), self)
        self.save_button.setObjectName("deviceSettingsSave")
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.refresh_ports_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

        self.test_finished.connect(self._show_result)
        self.refresh_ports()
        stored = load_device_config(ctx)
        # the demo runs simulated devices where none is chosen: show what runs
        self.load(as_demo(stored) if devices is not None and devices.simulated else stored)

    # --- building the form ----------------------------------------------------------------

    def _serial_combo(self, parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setMinimumWidth(260)
        return combo

    def _baud_combo(self, parent: QWidget) -> QComboBox:
        return _combo(parent, [(rate, f"{rate} bauds") for rate in BAUD_RATES])

    def _printer_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Imprimante de tickets et tiroir-caisse"), parent)
        form = self.printer_form = QFormLayout(box)
        self.printer_type = _combo(box, PRINTER_TYPE_LABELS)
        self.printer_host = QLineEdit(box)
        self.printer_host.setPlaceholderText("192.168.1.50")
        self.printer_port = QSpinBox(box)
        self.printer_port.setRange(1, 65535)
        self.printer_serial = self._serial_combo(box)
        self.printer_baud = self._baud_combo(box)
        self.printer_usb_vendor = QLineEdit(box)
        self.printer_usb_product = QLineEdit(box)
        self.printer_device_path = QLineEdit(box)
        self.printer_device_path.setPlaceholderText("/dev/usb/lp0")
        self.printer_windows_name = QLineEdit(box)
        self.printer_profile = _combo(box, [(name, name) for name in known_profiles()])
        self.printer_slot = QSpinBox(box)
        self.printer_slot.setRange(-1, 255)
        self.printer_slot.setSpecialValueText(self.tr("Selon le modèle"))
        self.printer_width = _combo(box, [(w, f"{w} caractères") for w in PAPER_WIDTHS])
        self.drawer_pin = _combo(box, [(pin, f"Broche {pin}") for pin in DRAWER_PINS])
        self.drawer_on_cash = QCheckBox(
            self.tr("Ouvrir le tiroir pour un paiement en espèces"), box
        )
        self.status_check = QCheckBox(
            self.tr("Vérifier l'état de l'imprimante (papier, capot) à chaque impression"), box
        )
        self.logo_path = QLineEdit(box)
        self.logo_path.setPlaceholderText(self.tr("Image du logo (facultatif)"))
        self.printer_timeout = QDoubleSpinBox(box)
        self.printer_timeout.setRange(0.1, 60.0)
        self.printer_timeout.setSuffix(" s")
        self.test_print_button = QPushButton(self.tr("Imprimer une page de test"), box)
        self.test_drawer_button = QPushButton(self.tr("Ouvrir le tiroir (test)"), box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_print_button)
        buttons.addWidget(self.test_drawer_button)
        buttons.addStretch(1)
        form.addRow(self.tr("Branchement"), self.printer_type)
        form.addRow(self.tr("Adresse IP"), self.printer_host)
        form.addRow(self.tr("Port réseau"), self.printer_port)
        form.addRow(self.tr("Port série"), self.printer_serial)
        form.addRow(self.tr("Vitesse"), self.printer_baud)
        form.addRow(self.tr("USB fabricant (hex)"), self.printer_usb_vendor)
        form.addRow(self.tr("USB produit (hex)"), self.printer_usb_product)
        form.addRow(self.tr("Fichier de périphérique"), self.printer_device_path)
        form.addRow(self.tr("Nom de l'imprimante Windows"), self.printer_windows_name)
        form.addRow(self.tr("Modèle"), self.printer_profile)
        form.addRow(self.tr("Page de code CP858 (n°)"), self.printer_slot)
        form.addRow(self.tr("Largeur du papier"), self.printer_width)
        form.addRow(self.tr("Tiroir-caisse"), self.drawer_pin)
        form.addRow("", self.drawer_on_cash)
        form.addRow("", self.status_check)
        form.addRow(self.tr("Logo"), self.logo_path)
        form.addRow(self.tr("Délai d'attente"), self.printer_timeout)
        form.addRow(buttons)
        self.printer_type.currentIndexChanged.connect(self._update_visibility)
        self.test_print_button.clicked.connect(self.test_print)
        self.test_drawer_button.clicked.connect(self.test_drawer)
        return box

    def _display_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Afficheur client"), parent)
        form = self.display_form = QFormLayout(box)
        self.display_type = _combo(box, DISPLAY_TYPE_LABELS)
        self.display_command_set = _combo(
            box, [(key, COMMAND_SET_LABELS[key]) for key in DISPLAY_COMMAND_SETS]
        )
        self.display_serial = self._serial_combo(box)
        self.display_baud = self._baud_combo(box)
        self.display_welcome = QLineEdit(box)
        self.display_welcome.setMaxLength(20)
        self.test_display_button = QPushButton(self.tr("Afficher un texte de test"), box)
        form.addRow(self.tr("Branchement"), self.display_type)
        form.addRow(self.tr("Jeu de commandes"), self.display_command_set)
        form.addRow(self.tr("Port série"), self.display_serial)
        form.addRow(self.tr("Vitesse"), self.display_baud)
        form.addRow(self.tr("Message d'accueil"), self.display_welcome)
        form.addRow(self.test_display_button)
        self.display_type.currentIndexChanged.connect(self._update_visibility)
        self.test_display_button.clicked.connect(self.test_display)
        return box

    def _scale_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Balance"), parent)
        form = self.scale_form = QFormLayout(box)
        self.scale_type = _combo(box, SCALE_TYPE_LABELS)
        self.scale_serial = self._serial_combo(box)
        self.scale_baud = self._baud_combo(box)
        self.scale_min = QSpinBox(box)
        self.scale_min.setRange(0, 10000)
        self.scale_min.setSuffix(" g")
        self.scale_max = QSpinBox(box)
        self.scale_max.setRange(1, 300000)
        self.scale_max.setSuffix(" g")
        self.scale_timeout = QDoubleSpinBox(box)
        self.scale_timeout.setRange(0.1, 30.0)
        self.scale_timeout.setSuffix(" s")
        self.test_scale_button = QPushButton(self.tr("Lire le poids"), box)
        form.addRow(self.tr("Branchement"), self.scale_type)
        form.addRow(self.tr("Port série"), self.scale_serial)
        form.addRow(self.tr("Vitesse"), self.scale_baud)
        form.addRow(self.tr("Poids minimum"), self.scale_min)
        form.addRow(self.tr("Portée maximale"), self.scale_max)
        form.addRow(self.tr("Délai d'attente"), self.scale_timeout)
        form.addRow(self.test_scale_button)
        self.scale_type.currentIndexChanged.connect(self._update_visibility)
        self.test_scale_button.clicked.connect(self.test_scale)
        return box

    def _scanner_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Lecteur de codes-barres"), parent)
        form = self.scanner_form = QFormLayout(box)
        self.scanner_type = _combo(box, SCANNER_TYPE_LABELS)
        self.scanner_serial = self._serial_combo(box)
        self.scanner_baud = self._baud_combo(box)
        self.test_scanner_button = QPushButton(self.tr("Tester : scannez un code"), box)
        form.addRow(self.tr("Branchement"), self.scanner_type)
        form.addRow(self.tr("Port série"), self.scanner_serial)
        form.addRow(self.tr("Vitesse"), self.scanner_baud)
        form.addRow(self.test_scanner_button)
        self.scanner_type.currentIndexChanged.connect(self._update_visibility)
        self.test_scanner_button.clicked.connect(self.test_scanner)
        return box

    def _update_visibility(self) -> None:
        kind = self.printer_type.currentData()
        rows = {
            self.printer_host: kind == "network",
            self.printer_port: kind == "network",
            self.printer_serial: kind == "serial",
            self.printer_baud: kind == "serial",
            self.printer_usb_vendor: kind == "usb",
            self.printer_usb_product: kind == "usb",
            self.printer_device_path: kind == "file",
            self.printer_windows_name: kind == "windows",
        }
        for widget, visible in rows.items():
            self.printer_form.setRowVisible(widget, visible)
        serial_display = self.display_type.currentData() == "serial"
        for widget in (self.display_serial, self.display_baud, self.display_command_set):
            self.display_form.setRowVisible(widget, serial_display)
        serial_scale = self.scale_type.currentData() in ("toledo", "dialog06")
        for widget in (self.scale_serial, self.scale_baud):
            self.scale_form.setRowVisible(widget, serial_scale)
        serial_scanner = self.scanner_type.currentData() == "serial"
        for widget in (self.scanner_serial, self.scanner_baud):
            self.scanner_form.setRowVisible(widget, serial_scanner)

    def refresh_ports(self) -> None:
        """List the serial ports pyserial finds (the typed value stays)."""
        try:
            ports = self.port_lister()
        except Exception:
            ports = []
        for combo in (
            self.printer_serial,
            self.display_serial,
            self.scale_serial,
            self.scanner_serial,
        ):
            current = combo.currentText()
            combo.clear()
            for port in ports:
                combo.addItem(port.label, port.device)
            combo.setEditText(current)

    # --- form <-> config ------------------------------------------------------------------

    def load(self, config: DeviceConfig) -> None:
        printer = config.printer
        _select(self.printer_type, printer.type)
        self.printer_host.setText(printer.host)
        self.printer_port.setValue(printer.port)
        self.printer_serial.setEditText(printer.serial_port)
        _select(self.printer_baud, printer.baudrate)
        self.printer_usb_vendor.setText(f"{printer.usb_vendor:04x}")
        self.printer_usb_product.setText(f"{printer.usb_product:04x}")
        self.printer_device_path.setText(printer.device_path)
        self.printer_windows_name.setText(printer.windows_name)
        _select(self.printer_profile, printer.profile)
        self.printer_slot.setValue(-1 if printer.codepage_slot is None else printer.codepage_slot)
        _select(self.printer_width, printer.width)
        _select(self.drawer_pin, printer.drawer_pin)
        self.drawer_on_cash.setChecked(printer.open_drawer_on_cash)
        self.status_check.setChecked(printer.status_check)
        self.logo_path.setText(printer.logo_path)
        self.printer_timeout.setValue(printer.timeout_s)

        display = config.display
        _select(self.display_type, display.type)
        _select(self.display_command_set, display.command_set)
        self.display_serial.setEditText(display.serial_port)
        _select(self.display_baud, display.baudrate)
        self.display_welcome.setText(display.welcome)

        scale = config.scale
        _select(self.scale_type, scale.type)
        self.scale_serial.setEditText(scale.serial_port)
        _select(self.scale_baud, scale.baudrate)
        self.scale_min.setValue(scale.min_grams)
        self.scale_max.setValue(scale.max_grams)
        self.scale_timeout.setValue(scale.timeout_s)

        scanner = config.scanner
        _select(self.scanner_type, scanner.type)
        self.scanner_serial.setEditText(scanner.serial_port)
        _select(self.scanner_baud, scanner.baudrate)
        self._loaded = config
        self._update_visibility()

    @staticmethod
    def _port(combo: QComboBox) -> str:
        text = combo.currentText().strip()
        index = combo.findText(text)
        data = combo.itemData(index) if index >= 0 else None
        return str(data) if data else text

    def config_from_form(self) -> DeviceConfig:
        """The settings on screen (not validated yet)."""
        slot = self.printer_slot.value()
        printer = dataclasses.replace(
            self._loaded.printer,
            type=self.printer_type.currentData(),
            host=self.printer_host.text().strip(),
            port=self.printer_port.value(),
            serial_port=self._port(self.printer_serial),
            baudrate=self.printer_baud.currentData(),
            usb_vendor=_hex(self.printer_usb_vendor.text(), self.tr("USB fabricant")),
            usb_product=_hex(self.printer_usb_product.text(), self.tr("USB produit")),
            device_path=self.printer_device_path.text().strip(),
            windows_name=self.printer_windows_name.text().strip(),
            profile=self.printer_profile.currentData(),
            codepage_slot=None if slot < 0 else slot,
            width=self.printer_width.currentData(),
            drawer_pin=self.drawer_pin.currentData(),
            open_drawer_on_cash=self.drawer_on_cash.isChecked(),
            status_check=self.status_check.isChecked(),
            logo_path=self.logo_path.text().strip(),
            timeout_s=round(self.printer_timeout.value(), 1),
        )
        display = dataclasses.replace(
            self._loaded.display,
            type=self.display_type.currentData(),
            command_set=self.display_command_set.currentData(),
            serial_port=self._port(self.display_serial),
            baudrate=self.display_baud.currentData(),
            welcome=self.display_welcome.text(),
        )
        scale = dataclasses.replace(
            self._loaded.scale,
            type=self.scale_type.currentData(),
            serial_port=self._port(self.scale_serial),
            baudrate=self.scale_baud.currentData(),
            min_grams=self.scale_min.value(),
            max_grams=self.scale_max.value(),
            timeout_s=round(self.scale_timeout.value(), 1),
        )
        scanner = dataclasses.replace(
            self._loaded.scanner,
            type=self.scanner_type.currentData(),
            serial_port=self._port(self.scanner_serial),
            baudrate=self.scanner_baud.currentData(),
        )
        return DeviceConfig(printer=printer, display=display, scale=scale, scanner=scanner)

    # --- actions --------------------------------------------------------------------------

    def _actor(self) -> Actor:
        actor = self.actor_provider()
        if actor is None:
            raise UserError(self.tr("Connectez-vous d'abord"))
        return actor

    def _show_result(self, text: str, ok: bool) -> None:
        self.message.setText(device_text(text))  # a driver's French sentence, translated
        self.message.setProperty("state", "ok" if ok else "problem")
        self.message.setStyleSheet("color: #1b5e20;" if ok else "color: #b71c1c;")

    def save(self) -> bool:
        try:
            config = self.config_from_form()
            save_device_config(self.ctx, self._actor(), config)
        except UserError as exc:
            self._show_result(error_text(exc), False)
            return False
        self._loaded = config
        self._show_result(
            self.tr("Réglages enregistrés : ils s'appliquent au prochain démarrage de la caisse"),
            True,
        )
        self.saved.emit(config)
        return True

    def _run(self, work: Callable[[], str]) -> None:
        task = _DeviceTask(next(self._task_numbers), work)
        task.setAutoDelete(False)
        self._tasks[task.number] = task
        self.busy += 1
        self._show_result(self.tr("Test en cours…"), True)
        # A bound slot of this widget: delivered on the GUI thread.
        task.signals.finished.connect(self._task_finished)
        QThreadPool.globalInstance().start(task)

    @Slot(int, str, bool)
    def _task_finished(self, number: int, text: str, ok: bool) -> None:
        self._tasks.pop(number, None)
        self.busy -= 1
        self.test_finished.emit(text, ok)

    def _prepare(self, check: Callable[[DeviceConfig], None]) -> DeviceConfig | None:
        try:
            self._actor()
            config = self.config_from_form()
            check(config)
        except UserError as exc:
            self._show_result(error_text(exc), False)
            return None
        return config

    def test_print(self) -> None:
        config = self._prepare(lambda c: c.printer.validate())
        if config is None:
            return
        if config.printer.type == "none":
            self._show_result(self.tr("Choisissez d'abord le branchement de l'imprimante"), False)
            return
        printer = factory.trial_printer(config.printer, self.devices)
        where = describe(config.printer)

        def work() -> str:
            printer.print_lines(build_test_page(config.printer.width, printer_label=where))
            return self.tr(
                "Page de test envoyée à l'imprimante ({0}) : vérifiez les accents et le €"
            ).format(where)

        self._run(work)

    def test_drawer(self) -> None:
        config = self._prepare(lambda c: c.printer.validate())
        if config is None:
            return
        if config.printer.type == "none":
            self._show_result(self.tr("Choisissez d'abord le branchement de l'imprimante"), False)
            return
        try:
            printing.open_drawer(self.ctx, self._actor(), reason="test du tiroir", pulse=False)
        except UserError as exc:
            self._show_result(error_text(exc), False)
            return
        printer = factory.trial_printer(config.printer, self.devices)
        pin = config.printer.drawer_pin

        def work() -> str:
            printer.kick_drawer(pin)
            return self.tr("Impulsion envoyée au tiroir (broche {0})").format(pin)

        self._run(work)

    def test_display(self) -> None:
        config = self._prepare(lambda c: c.display.validate())
        if config is None:
            return
        if config.display.type == "none":
            self._show_result(self.tr("Aucun afficheur client n'est choisi"), False)
            return
        display, owned = factory.trial_display(config.display, self.devices)
        messages = DisplayMessages(config.display.welcome)

        def work() -> str:
            try:
                display.show(*messages.item("Crème brûlée", 450))
            finally:
                if owned:
                    display.close()
            return self.tr(
                "Texte envoyé : l'afficheur doit montrer « Creme brulee » et « 4,50 EUR »"
            )

        self._run(work)

    def test_scale(self) -> None:
        config = self._prepare(lambda c: c.scale.validate())
        if config is None:
            return
        scale, owned = factory.trial_scale(config.scale, self.devices)

        def work() -> str:
            try:
                weighing = scale.weigh(0)
            finally:
                if owned:
                    scale.close()
            return self.tr("Poids lu : {0}").format(format_quantity(weighing.grams, unit="kg"))

        self._run(work)

    def test_scanner(self) -> None:
        config = self._prepare(lambda c: c.scanner.validate())
        if config is None:
            return
        scanner_config: ScannerConfig = config.scanner
        if scanner_config.type != "serial":
            self._show_result(
                self.tr(
                    "Lecteur clavier : scannez un code dans l'écran de vente. S'il tape "
                    "« &é\"'(-è_çà » au lieu de chiffres, réglez-le en clavier français (AZERTY)"
                ),
                True,
            )
            return
        seconds = self.scanner_test_s

        def work() -> str:
            got: list[str] = []
            event = threading.Event()

            def on_code(code: str) -> None:
                got.append(code)
                event.set()

            scanner = factory.trial_scanner(scanner_config)
            scanner.start(on_code)
            try:
                event.wait(seconds)
            finally:
                scanner.stop()
            if not got:
                raise ScannerError(
                    self.tr("Aucun code reçu en {0} s : vérifiez le port et la vitesse").format(
                        f"{seconds:g}"
                    )
                )
            return self.tr("Code lu : {0}").format(got[0])

        self._run(work)
