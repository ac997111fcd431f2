"""The demo's window on the simulated devices: what the printer printed, what the customer
display shows, a weight to put on the scale, and switches to unplug them.

The simulated devices call their listeners from the print spool's thread; the panel only
emits a signal there and reads the devices again on the GUI thread.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.devices.simulated import SimulatedDisplay, SimulatedPrinter, SimulatedScale


class SimulatedDevicesPanel(QDockWidget):
    """A dock widget for the demo; give it the simulated devices built by the factory."""

    changed = Signal()

    def __init__(
        self,
        printer: SimulatedPrinter,
        display: SimulatedDisplay,
        scale: SimulatedScale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("simulatedDevicesPanel")
        self.setWindowTitle(self.tr("Périphériques simulés"))
        self.printer = printer
        self.display = display
        self.scale = scale
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setStyleHint(QFont.StyleHint.Monospace)

        body = QWidget(self)
        layout = QVBoxLayout(body)

        display_box = QGroupBox(self.tr("Afficheur client"), body)
        self.display_label = QLabel(display_box)
        self.display_label.setObjectName("simDisplayLines")
        self.display_label.setFont(fixed)
        self.display_label.setStyleSheet(
            "background: #0b1f0b; color: #7CFC00; padding: 6px; font-size: 15px;"
        )
        self.display_online = QCheckBox(self.tr("Branché"), display_box)
        display_layout = QVBoxLayout(display_box)
        display_layout.addWidget(self.display_label)
        display_layout.addWidget(self.display_online)
        layout.addWidget(display_box)

        printer_box = QGroupBox(self.tr("Imprimante de tickets"), body)
        self.printer_text = QPlainTextEdit(printer_box)
        self.printer_text.setObjectName("simPrinterText")
        self.printer_text.setReadOnly(True)
        self.printer_text.setFont(fixed)
        self.printer_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.printer_count = QLabel(printer_box)
        self.printer_count.setWordWrap(True)  # the panel fits a narrow column
        self.printer_online = QCheckBox(self.tr("Allumée"), printer_box)
        self.printer_paper = QCheckBox(self.tr("Papier"), printer_box)
        switches = QHBoxLayout()
        switches.addWidget(self.printer_online)
        switches.addWidget(self.printer_paper)
        switches.addStretch(1)
        printer_layout = QVBoxLayout(printer_box)
        printer_layout.addWidget(self.printer_text, 1)
        printer_layout.addWidget(self.printer_count)
        printer_layout.addLayout(switches)
        layout.addWidget(printer_box, 1)

        self.weight_spin = QSpinBox(body)
        self.stable_box = QCheckBox(self.tr("Stable"), body)
        if scale is not None:
            scale_box = QGroupBox(self.tr("Balance"), body)
            self.weight_spin.setRange(-1000, 30000)
            self.weight_spin.setSuffix(" g")
            self.weight_spin.setValue(scale.grams)
            self.stable_box.setChecked(scale.stable)
            form = QFormLayout(scale_box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            form.addRow(self.tr("Poids sur le plateau"), self.weight_spin)
            form.addRow("", self.stable_box)
            self.weight_spin.valueChanged.connect(self._weight_changed)
            self.stable_box.toggled.connect(self._weight_changed)
            layout.addWidget(scale_box)
        else:
            self.weight_spin.hide()
            self.stable_box.hide()

        self.setWidget(body)
        self.display_online.setChecked(display.online)
        self.printer_online.setChecked(printer.online)
        self.printer_paper.setChecked(printer.paper)
        self.display_online.toggled.connect(display.set_online)
        self.printer_online.toggled.connect(printer.set_online)
        self.printer_paper.toggled.connect(printer.set_paper)

        self.changed.connect(self.refresh)
        printer.add_listener(self._notify)
        display.add_listener(self._notify)
        self.refresh()

    def _notify(self) -> None:
        """Device listener (any thread): ask the GUI thread to refresh."""
        with contextlib.suppress(RuntimeError):  # the panel was deleted meanwhile
            self.changed.emit()

    def detach(self) -> None:
        """Stop listening to the devices (before deleting the panel)."""
        self.printer.remove_listener(self._notify)
        self.display.remove_listener(self._notify)

    def _weight_changed(self) -> None:
        if self.scale is not None:
            self.scale.set_weight(self.weight_spin.value(), stable=self.stable_box.isChecked())

    def refresh(self) -> None:
        """Read the simulated devices again (GUI thread)."""
        upper, lower = self.display.lines
        self.display_label.setText(f"{upper}\n{lower}")
        text = self.printer.last_text
        if text != self.printer_text.toPlainText():
            self.printer_text.setPlainText(text)
        count = len(self.printer.printed)
        self.printer_count.setText(
            self.tr("{0} document(s) imprimé(s), tiroir ouvert {1} fois").format(
                count, self.printer.drawer_pulses
            )
        )
        for box, value in (
            (self.printer_online, self.printer.online),
            (self.printer_paper, self.printer.paper),
            (self.display_online, self.display.online),
        ):
            if box.isChecked() != value:
                box.blockSignals(True)
                box.setChecked(value)
                box.blockSignals(False)
