"""The first-start assistant's pages about the counter: receipt printer and cash drawer
(with a test page), catalogue to start from, the summary that creates the café, and the
other way in, a backup to restore.

The printer's test page runs on a worker thread (a printer that does not answer never
freezes the assistant) with the settings on screen, before anything is stored.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from cafe_pos.devices import factory
from cafe_pos.devices.config import (
    DRAWER_PINS,
    PRINTER_TYPE_LABELS,
    DeviceConfig,
    DeviceConfigError,
    DisplayConfig,
    PrinterConfig,
    ScaleConfig,
)
from cafe_pos.devices.escpos_printer import describe
from cafe_pos.devices.ports import SerialPortInfo, list_serial_ports
from cafe_pos.devices.render_escpos import known_profiles
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.receipt_layout import PAPER_WIDTHS, build_test_page
from cafe_pos.services import cafe_setup, catalogue_io
from cafe_pos.services.cafe_setup import CatalogueChoice
from cafe_pos.services.restore import BackupPreview
from cafe_pos.ui.first_start.pages_cafe import (
    TOUCH_HEIGHT,
    hint_label,
    page_layout,
    problem_label,
    show_problem,
)
from cafe_pos.ui.widgets.messages import error_text
from cafe_pos.ui.widgets.worker import run_off_thread

NO_PRINTER = "none"
# Real connections only: the simulated printer is the demo's.
PRINTER_CHOICES = ("network", "usb", "serial", "file", "windows")
OK_STYLE = "color: #1b5e20;"


class _TestSignals(QObject):
    finished = Signal(str, bool)  # French message, success


class _PrintTest(QRunnable):
    def __init__(self, work: Callable[[], str]) -> None:
        super().__init__()
        self.work = work
        self.signals = _TestSignals()

    def run(self) -> None:
        try:
            text = self.work()
        except UserError as exc:
            self.signals.finished.emit(error_text(exc), False)
        except Exception as exc:  # a driver's own error: still a sentence
            text = QCoreApplication.translate(
                "DeviceTest", "Erreur inattendue de l'imprimante : {0}"
            ).format(exc)
            self.signals.finished.emit(text, False)
        else:
            self.signals.finished.emit(text, True)


def _hex(text: str, what: str) -> int:
    try:
        return int(text.strip().lower().removeprefix("0x"), 16)
    except ValueError as exc:
        raise DeviceConfigError(f"{what} : un nombre hexadécimal, par exemple 04b8") from exc


class PrinterPage(QWizardPage):
    """Receipt printer and cash drawer, or none for now (Réglages › Périphériques later)."""

    test_finished = Signal(str, bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        port_lister: Callable[[], list[SerialPortInfo]] = list_serial_ports,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartPrinter")
        self.setTitle(self.tr("Imprimante de tickets et tiroir-caisse"))
        self.setSubTitle(
            self.tr(
                "Le tiroir-caisse se branche sur l'imprimante. Sans imprimante pour "
                "l'instant, la caisse vend quand même ; réglez-la plus tard dans "
                "Réglages › Périphériques."
            )
        )
        defaults = PrinterConfig()
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("setupPrinterType")
        self.type_combo.addItem(self.tr("Aucune pour l'instant"), NO_PRINTER)
        for kind in PRINTER_CHOICES:
            self.type_combo.addItem(PRINTER_TYPE_LABELS[kind], kind)
        self.host_edit = QLineEdit(self)
        self.host_edit.setObjectName("setupPrinterHost")
        self.host_edit.setPlaceholderText("192.168.1.50")
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(defaults.port)
        self.serial_combo = QComboBox(self)
        self.serial_combo.setObjectName("setupPrinterSerial")
        self.serial_combo.setEditable(True)
        try:
            ports = port_lister()
        except Exception:
            ports = []
        for port in ports:
            self.serial_combo.addItem(port.label, port.device)
        self.serial_combo.setEditText("")
        self.usb_vendor_edit = QLineEdit(f"{defaults.usb_vendor:04x}", self)
        self.usb_product_edit = QLineEdit(f"{defaults.usb_product:04x}", self)
        self.device_path_edit = QLineEdit(self)
        self.device_path_edit.setObjectName("setupPrinterDevice")
        self.device_path_edit.setPlaceholderText("/dev/usb/lp0")
        self.windows_name_edit = QLineEdit(self)
        self.profile_combo = QComboBox(self)
        for name in known_profiles():
            self.profile_combo.addItem(name, name)
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(defaults.profile), 0))
        self.width_combo = QComboBox(self)
        for width in PAPER_WIDTHS:
            self.width_combo.addItem(self.tr("{0} caractères").format(width), width)
        self.width_combo.setCurrentIndex(max(self.width_combo.findData(defaults.width), 0))
        self.drawer_combo = QComboBox(self)
        for pin in DRAWER_PINS:
            self.drawer_combo.addItem(self.tr("Broche {0}").format(pin), pin)
        self.drawer_on_cash = QCheckBox(
            self.tr("Ouvrir le tiroir pour un paiement en espèces"), self
        )
        self.drawer_on_cash.setChecked(True)
        self.test_button = QPushButton(self.tr("Imprimer une page de test"), self)
        self.test_button.setObjectName("setupPrinterTest")
        self.test_button.clicked.connect(self.print_test_page)
        self.message = QLabel(self)
        self.message.setObjectName("setupPrinterMessage")
        self.message.setWordWrap(True)

        layout, form = page_layout(self)
        self.form = form
        form.addRow(self.tr("Branchement"), self.type_combo)
        form.addRow(self.tr("Adresse IP"), self.host_edit)
        form.addRow(self.tr("Port réseau"), self.port_spin)
        form.addRow(self.tr("Port série"), self.serial_combo)
        form.addRow(self.tr("USB fabricant (hex)"), self.usb_vendor_edit)
        form.addRow(self.tr("USB produit (hex)"), self.usb_product_edit)
        form.addRow(self.tr("Fichier de périphérique"), self.device_path_edit)
        form.addRow(self.tr("Nom de l'imprimante Windows"), self.windows_name_edit)
        form.addRow(self.tr("Modèle"), self.profile_combo)
        form.addRow(self.tr("Largeur du papier"), self.width_combo)
        form.addRow(self.tr("Tiroir-caisse"), self.drawer_combo)
        form.addRow("", self.drawer_on_cash)
        form.addRow("", self.test_button)
        self.drawer_hint = hint_label(
            self,
            self.tr(
                "Le tiroir s'essaie ensuite dans Réglages › Périphériques : chaque ouverture "
                "est inscrite au journal, qui n'existe qu'une fois le café créé."
            ),
        )
        form.addRow("", self.drawer_hint)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.printer_rows: dict[QWidget, tuple[str, ...]] = {
            self.host_edit: ("network",),
            self.port_spin: ("network",),
            self.serial_combo: ("serial",),
            self.usb_vendor_edit: ("usb",),
            self.usb_product_edit: ("usb",),
            self.device_path_edit: ("file",),
            self.windows_name_edit: ("windows",),
            self.profile_combo: PRINTER_CHOICES,
            self.width_combo: PRINTER_CHOICES,
            self.drawer_combo: PRINTER_CHOICES,
            self.drawer_on_cash: PRINTER_CHOICES,
            self.test_button: PRINTER_CHOICES,
            self.drawer_hint: PRINTER_CHOICES,
        }
        self._tasks: list[_PrintTest] = []
        self.test_finished.connect(self._show_result)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        for edit in (
            self.host_edit,
            self.device_path_edit,
            self.windows_name_edit,
            self.usb_vendor_edit,
            self.usb_product_edit,
        ):
            edit.textChanged.connect(self._edited)
        self.serial_combo.editTextChanged.connect(self._edited)
        self._type_changed()

    def kind(self) -> str:
        return str(self.type_combo.currentData())

    def _type_changed(self) -> None:
        kind = self.kind()
        for widget, kinds in self.printer_rows.items():
            self.form.setRowVisible(widget, kind in kinds)
        self._edited()

    def _edited(self) -> None:
        self._show_result("", True)
        self.completeChanged.emit()

    def _serial_port(self) -> str:
        text = self.serial_combo.currentText().strip()
        index = self.serial_combo.findText(text)
        data = self.serial_combo.itemData(index) if index >= 0 else None
        return str(data) if data else text

    def printer_config(self) -> PrinterConfig | None:
        """The printer on screen (None: none for now), not validated."""
        kind = self.kind()
        if kind == NO_PRINTER:
            return None
        return dataclasses.replace(
            PrinterConfig(),
            type=kind,
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            serial_port=self._serial_port(),
            usb_vendor=_hex(self.usb_vendor_edit.text(), self.tr("USB fabricant")),
            usb_product=_hex(self.usb_product_edit.text(), self.tr("USB produit")),
            device_path=self.device_path_edit.text().strip(),
            windows_name=self.windows_name_edit.text().strip(),
            profile=str(self.profile_combo.currentData()),
            width=int(self.width_combo.currentData()),
            drawer_pin=int(self.drawer_combo.currentData()),
            open_drawer_on_cash=self.drawer_on_cash.isChecked(),
        )

    def device_config(self) -> DeviceConfig | None:
        """What will be stored: the printer, and no display or scale until they are set
        up (None: nothing configured yet). Raises DeviceConfigError (French)."""
        printer = self.printer_config()
        if printer is None:
            return None
        config = DeviceConfig(
            printer=printer,
            display=DisplayConfig(type="none"),
            scale=ScaleConfig(type="none"),
        )
        config.validate()
        return config

    def current_problem(self) -> str:
        try:
            self.device_config()
        except UserError as exc:
            return error_text(exc)
        return ""

    def isComplete(self) -> bool:
        return not self.current_problem()

    def _show_result(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("state", "ok" if ok else "problem")
        self.message.setStyleSheet(OK_STYLE if ok else "color: #b71c1c;")

    def print_test_page(self) -> None:
        try:
            config = self.device_config()
        except UserError as exc:
            self._show_result(error_text(exc), False)
            return
        if config is None:
            return
        printer_config = config.printer
        where = describe(printer_config)

        def work() -> str:
            printer = factory.build_printer(printer_config)
            try:
                lines = build_test_page(printer_config.width, printer_label=where)
                printer.print_lines(lines)
            finally:
                close = getattr(printer, "close", None)
                if close is not None:
                    close()
            return f"Page de test envoyée à l'imprimante ({where}) : vérifiez les accents et le €"

        task = _PrintTest(work)
        task.setAutoDelete(False)
        self._tasks.append(task)
        task.signals.finished.connect(self._test_done)
        self._show_result(self.tr("Test en cours…"), True)
        QThreadPool.globalInstance().start(task)

    @Slot(str, bool)
    def _test_done(self, text: str, ok: bool) -> None:
        self._tasks = [task for task in self._tasks if task.signals is not self.sender()]
        self.test_finished.emit(text, ok)


class CataloguePage(QWizardPage):
    """Start from the demo café's catalogue, import a CSV, or start empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartCatalogue")
        self.setTitle(self.tr("Le catalogue"))
        self.setSubTitle(
            self.tr("Les produits et leurs prix se modifient ensuite dans Réglages › Catalogue.")
        )
        self.demo_option = QRadioButton(
            self.tr("Partir du catalogue d'exemple (cafés, boissons, épicerie, presse…)"), self
        )
        self.demo_option.setObjectName("setupCatalogueDemo")
        self.csv_option = QRadioButton(self.tr("Importer un fichier CSV"), self)
        self.csv_option.setObjectName("setupCatalogueCsv")
        self.empty_option = QRadioButton(self.tr("Commencer avec un catalogue vide"), self)
        self.empty_option.setObjectName("setupCatalogueEmpty")
        group = QButtonGroup(self)
        for button in (self.demo_option, self.csv_option, self.empty_option):
            button.setMinimumHeight(TOUCH_HEIGHT)
            group.addButton(button)
            button.toggled.connect(self.refresh)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("setupCataloguePath")
        self.path_edit.setPlaceholderText(self.tr("Fichier .csv (séparateur ; ou ,)"))
        self.path_edit.textChanged.connect(self.refresh)
        self.browse_button = QPushButton(self.tr("Choisir…"), self)
        self.browse_button.clicked.connect(self.browse)
        self.problem = problem_label(self, "setupCatalogueProblem")
        self.summary = QLabel(self)
        self.summary.setObjectName("setupCatalogueSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(OK_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo_option)
        layout.addWidget(self.csv_option)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty_option)
        layout.addSpacing(8)
        layout.addWidget(
            hint_label(
                self,
                self.tr(
                    "Le fichier CSV : une ligne par produit, colonnes nom, catégorie, prix, "
                    "TVA… (voir docs/catalogue-csv.md ; « cafe-pos catalogue export » en "
                    "écrit un modèle). Les lignes refusées sont signalées à la fin."
                ),
            )
        )
        layout.addStretch(1)
        self.demo_option.setChecked(True)

    def choice(self) -> CatalogueChoice:
        if self.csv_option.isChecked():
            return CatalogueChoice.CSV
        if self.empty_option.isChecked():
            return CatalogueChoice.EMPTY
        return CatalogueChoice.DEMO

    def csv_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text and self.choice() is CatalogueChoice.CSV else None

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Catalogue à importer"), "", self.tr("Fichiers CSV (*.csv *.txt)")
        )
        if path:
            self.csv_option.setChecked(True)
            self.path_edit.setText(path)

    def current_problem(self) -> tuple[str, int]:
        """(problem, number of product lines read)."""
        if self.choice() is not CatalogueChoice.CSV:
            return "", 0
        path = self.csv_path()
        if path is None:
            return self.tr("Choisissez le fichier CSV du catalogue"), 0
        try:
            _header, rows = catalogue_io.read_csv(path)
        except UserError as exc:
            return error_text(exc), 0
        return "", len(rows)

    def refresh(self) -> None:
        csv = self.choice() is CatalogueChoice.CSV
        self.path_edit.setEnabled(csv)
        self.browse_button.setEnabled(csv)
        problem, count = self.current_problem()
        show_problem(self.problem, problem if self.path_edit.text().strip() else "")
        self.summary.setText(
            self.tr("{0} lignes de produits lues dans le fichier").format(count)
            if csv and not problem
            else ""
        )
        self.summary.setVisible(csv and not problem)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.current_problem()[0]


class BackupPage(QWizardPage):
    """Where the automatic backups go and the recovery passphrase that seals the café's
    signing key in each of them; both may wait (Réglages › Sauvegardes)."""

    KINDS = ("", "folder", "usb", "network")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartBackups")
        self.setTitle(self.tr("Sauvegardes"))
        self.setSubTitle(self.tr("Une copie vérifiée de la caisse, ailleurs que sur ce PC."))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("setupBackupKind")
        for label in (
            self.tr("Plus tard (Réglages › Sauvegardes)"),
            self.tr("Dossier"),
            self.tr("Clé USB (étiquette)"),
            self.tr("Partage réseau"),
        ):
            self.kind_combo.addItem(label)
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("setupBackupPlace")
        self.browse_button = QPushButton(self.tr("Parcourir…"), self)
        self.browse_button.clicked.connect(self.browse)
        self.phrase_edit = QLineEdit(self)
        self.phrase_edit.setObjectName("setupRecoveryPhrase")
        self.phrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.phrase_again = QLineEdit(self)
        self.phrase_again.setObjectName("setupRecoveryPhraseAgain")
        self.phrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = problem_label(self, "setupBackupProblem")
        place = QHBoxLayout()
        place.addWidget(self.place_edit, 1)
        place.addWidget(self.browse_button)
        layout, form = page_layout(self)
        form.addRow(self.tr("Destination"), self.kind_combo)
        form.addRow(self.tr("Emplacement"), place)
        form.addRow(
            hint_label(
                self,
                self.tr(
                    "La phrase de secours chiffre la clé de signature du café dans chaque "
                    "sauvegarde : sur un autre PC, elle seule la rouvre (sinon une nouvelle "
                    "clé démarre, journalisée). Notez-la sur papier, rangée hors du café ; "
                    "laissez vide pour plus tard."
                ),
            )
        )
        form.addRow(self.tr("Phrase de secours"), self.phrase_edit)
        form.addRow(self.tr("La même phrase, encore"), self.phrase_again)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.place_edit, self.phrase_edit, self.phrase_again):
            edit.textChanged.connect(self.refresh)
        self._kind_changed()

    def kind(self) -> str:
        return self.KINDS[self.kind_combo.currentIndex()]

    def place(self) -> str:
        return self.place_edit.text().strip() if self.kind() else ""

    def passphrase(self) -> str:
        return self.phrase_edit.text()

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.place_edit.setEnabled(bool(kind))
        self.browse_button.setEnabled(kind in ("folder", "network"))
        placeholders = {
            "": "",
            "folder": self.tr("/home/cafe/Sauvegardes ou D:\\Sauvegardes"),
            "usb": self.tr("Étiquette de la clé, ex. CAFE-SAUVE"),
            "network": self.tr("\\\\nas\\cafe ou /mnt/nas/cafe"),
        }
        self.place_edit.setPlaceholderText(placeholders[kind])
        self.refresh()

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier des sauvegardes"))
        if folder:
            self.place_edit.setText(folder)

    def current_problem(self) -> str:
        try:
            cafe_setup.check_backups(self.kind(), self.place(), self.passphrase())
        except UserError as exc:
            return error_text(exc)
        if self.phrase_again.text() != self.passphrase():
            return self.tr("Les deux phrases ne sont pas identiques")
        return ""

    def refresh(self) -> None:
        problem = self.current_problem()
        typed = self.place_edit.text() or self.phrase_edit.text() or self.phrase_again.text()
        show_problem(self.problem, problem if typed else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.current_problem()


class SummaryPage(QWizardPage):
    """What will be created, where; "Terminer" creates the café (``create`` is the
    assistant's), or shows why it could not (nothing is left behind then)."""

    def __init__(self, create: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartSummary")
        self.create_cafe = create
        self.setTitle(self.tr("Tout est prêt"))
        self.setSubTitle(
            self.tr("« Terminer » crée la caisse et ouvre l'écran de vente, connecté·e.")
        )
        self.setFinalPage(True)
        self.recap = QLabel(self)
        self.recap.setObjectName("setupRecap")
        self.recap.setWordWrap(True)
        self.problem = problem_label(self, "setupCreateProblem")
        layout = QVBoxLayout(self)
        layout.addWidget(self.recap)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def set_recap(self, text: str) -> None:
        self.recap.setText(text)
        show_problem(self.problem, "")

    def validatePage(self) -> bool:
        problem = self.create_cafe()
        show_problem(self.problem, problem)
        return not problem


class _PreviewDone(QObject):
    finished = Signal(object)  # BackupPreview, or the French reason it is refused


RestoreCall = Callable[[Path, "str | None", bool, BackupPreview], str]


class RestorePage(QWizardPage):
    """A backup becomes this till's database. "Vérifier" (or Enter, or a file chosen) runs
    the restore's own preview on a worker thread (a year's journal takes seconds): the
    café, its last ticket and closure, whether the journal verifies, and how the signing
    key comes back — the recovery passphrase, or a new key, journaled, when it is lost."""

    def __init__(
        self,
        restore: RestoreCall,
        describe: Callable[[Path], BackupPreview],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartRestorePage")
        self.restore_backup = restore
        self.describe = describe
        self.preview: BackupPreview | None = None
        self.worker: threading.Thread | None = None
        self.setTitle(self.tr("Restaurer une sauvegarde"))
        self.setSubTitle(
            self.tr(
                "Choisissez le fichier de sauvegarde (cafe-AAAA-MM-JJ_HHMMSS.db) : il est "
                "vérifié avant tout ; le journal enregistre la restauration."
            )
        )
        self.setFinalPage(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("setupBackupPath")
        self.path_edit.textChanged.connect(self._forget)
        self.path_edit.returnPressed.connect(self.check)
        self.browse_button = QPushButton(self.tr("Choisir…"), self)
        self.browse_button.clicked.connect(self.browse)
        self.check_button = QPushButton(self.tr("Vérifier"), self)
        self.check_button.setObjectName("setupBackupCheck")
        self.check_button.clicked.connect(self.check)
        self.problem = problem_label(self, "setupRestoreProblem")
        self.contents = QLabel(self)
        self.contents.setObjectName("setupBackupContents")
        self.contents.setWordWrap(True)
        self.phrase_edit = QLineEdit(self)
        self.phrase_edit.setObjectName("setupBackupPassphrase")
        self.phrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.phrase_edit.setPlaceholderText(self.tr("Phrase de secours"))
        self.phrase_edit.textChanged.connect(self._key_answer_changed)
        self.new_key_box = QCheckBox(
            self.tr("Je n'ai pas la phrase : démarrer une nouvelle clé (changement journalisé)"),
            self,
        )
        self.new_key_box.setObjectName("setupBackupNewKey")
        self.new_key_box.toggled.connect(self._key_answer_changed)
        self._done = _PreviewDone(self)
        self._done.finished.connect(self._previewed)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.contents)
        layout.addWidget(self.phrase_edit)
        layout.addWidget(self.new_key_box)
        layout.addStretch(1)
        self._forget()

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Sauvegarde à restaurer"), "", self.tr("Sauvegardes (*.db)")
        )
        if path:
            self.path_edit.setText(path)
            self.check()

    def _forget(self) -> None:
        """Another file named: what was checked no longer holds."""
        self.preview = None
        self.contents.setText("")
        show_problem(self.problem, "")
        for widget in (self.phrase_edit, self.new_key_box):
            widget.hide()
        self.new_key_box.setChecked(False)
        self.completeChanged.emit()

    def busy(self) -> bool:
        return self.worker is not None and self.worker.is_alive()

    def check(self) -> None:
        text = self.path_edit.text().strip()
        if not text or self.busy():
            return
        self._forget()
        self.contents.setText(self.tr("Vérification du journal de la sauvegarde…"))
        source = Path(text)

        describe, relay = self.describe, self._done  # never the page in the thread

        def deliver(result: object, _ok: bool) -> None:
            relay.finished.emit(result)  # what the backup holds, or why it is no backup

        self.worker = run_off_thread("first-start-restore-check", lambda: describe(source), deliver)

    @Slot(object)
    def _previewed(self, result: object) -> None:
        self.worker = None
        if not isinstance(result, BackupPreview):
            self.contents.setText("")
            show_problem(self.problem, str(result))
            self.completeChanged.emit()
            return
        self.contents.setText("\n".join(result.lines()))
        if not result.chain_ok:
            show_problem(
                self.problem, self.tr("Sauvegarde refusée : {0}").format(result.chain_message)
            )
        else:
            self.preview = result
            self.phrase_edit.setVisible(result.needs_passphrase)
            self.new_key_box.setVisible(result.key_mode in ("sealed", "absent"))
        self.completeChanged.emit()

    def _key_answer_changed(self) -> None:
        show_problem(self.problem, "")
        self.phrase_edit.setEnabled(not self.new_key_box.isChecked())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self.preview
        if preview is None or self.busy():
            return False
        if self.new_key_box.isChecked():
            return True
        if preview.key_mode == "absent":
            return False  # a new key, journaled, only when asked for
        return not preview.needs_passphrase or bool(self.phrase_edit.text())

    def validatePage(self) -> bool:
        preview = self.preview
        if preview is None:
            return False
        new_key = self.new_key_box.isChecked()
        phrase = None if new_key else (self.phrase_edit.text() or None)
        problem = self.restore_backup(preview.source, phrase, new_key, preview)
        show_problem(self.problem, problem)
        return not problem
