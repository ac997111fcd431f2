"""Weighing a product sold by the kilogram: the dialog asks the scale again and again (on a
worker thread), shows "instable" while the pan moves, refuses under-minimum and overload
with the scale's French message, and offers "Valider" only on a stable, sellable weight.

``WeighDialog(scale, label, unit_price_cents)``; after ``accepted``, ``weighing`` holds
the weight (grams = milli-kg for the cart) and the amount (the scale's, when it sends one).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cafe_pos.devices.base import DeviceError, Scale, ScaleUnstable, Weighing
from cafe_pos.domain.money import format_eur, format_quantity, line_total
from cafe_pos.ui.widgets.messages import error_text


class _PollSignals(QObject):
    weighed = Signal(object)  # Weighing
    refused = Signal(str, bool)  # French message, True when the pan is only moving


class _Poll(QRunnable):
    def __init__(self, scale: Scale, unit_price_cents: int, signals: _PollSignals) -> None:
        super().__init__()
        self.scale = scale
        self.unit_price_cents = unit_price_cents
        self.signals = signals

    def run(self) -> None:
        try:
            weighing = self.scale.weigh(self.unit_price_cents)
        except ScaleUnstable as exc:
            self.signals.refused.emit(error_text(exc), True)
        except DeviceError as exc:
            self.signals.refused.emit(error_text(exc), False)
        except Exception as exc:  # a driver bug: a sentence, never a crash
            text = QCoreApplication.translate(
                "WeighDialog", "Erreur inattendue de la balance : {0}"
            )
            self.signals.refused.emit(text.format(exc), False)
        else:
            self.signals.weighed.emit(weighing)


class WeighDialog(QDialog):
    """Weigh one article; ``weighing`` is set when the cashier validates."""

    def __init__(
        self,
        scale: Scale,
        label: str,
        unit_price_cents: int,
        parent: QWidget | None = None,
        *,
        poll_ms: int = 300,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weighDialog")
        self.setWindowTitle(self.tr("Pesée"))
        self.scale = scale
        self.unit_price_cents = unit_price_cents
        self.weighing: Weighing | None = None
        self.current: Weighing | None = None
        self._in_flight = False
        self._signals = _PollSignals()  # not a child: a late answer finds it alive
        self._signals.weighed.connect(self._on_weighed)
        self._signals.refused.connect(self._on_refused)

        title = QLabel(self.tr("{0} — {1}/kg").format(label, format_eur(unit_price_cents)), self)
        self.weight_label = QLabel("—", self)
        self.weight_label.setObjectName("weighWeight")
        big = QFont(self.weight_label.font())
        big.setPointSizeF(big.pointSizeF() * 2.5)
        big.setBold(True)
        self.weight_label.setFont(big)
        self.amount_label = QLabel("", self)
        self.amount_label.setObjectName("weighAmount")
        self.state_label = QLabel(self.tr("Posez l'article sur la balance"), self)
        self.state_label.setObjectName("weighState")
        self.state_label.setWordWrap(True)
        self.ok_button = QPushButton(self.tr("Valider"), self)
        self.ok_button.setEnabled(False)
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Annuler"), self)
        self.ok_button.clicked.connect(self._validate)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.weight_label)
        layout.addWidget(self.amount_label)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        QTimer.singleShot(0, self.poll)

    def poll(self) -> None:
        """Ask the scale once (on a worker), unless a question is still waiting."""
        if self._in_flight:
            return
        self._in_flight = True
        QThreadPool.globalInstance().start(_Poll(self.scale, self.unit_price_cents, self._signals))

    def amount_cents(self, weighing: Weighing) -> int:
        """The scale's amount when it computes one (it is the legal one), else ours."""
        if weighing.amount_cents is not None:
            return weighing.amount_cents
        return line_total(self.unit_price_cents, weighing.grams)

    @Slot(object)
    def _on_weighed(self, weighing: Weighing) -> None:
        self._in_flight = False
        self.current = weighing
        self.weight_label.setText(format_quantity(weighing.grams, unit="kg"))
        self.amount_label.setText(format_eur(self.amount_cents(weighing)))
        self.state_label.setText(self.tr("Poids stable"))
        self.state_label.setProperty("state", "ok")
        self.ok_button.setEnabled(True)

    @Slot(str, bool)
    def _on_refused(self, message: str, moving: bool) -> None:
        self._in_flight = False
        self.current = None
        self.ok_button.setEnabled(False)
        self.amount_label.setText("")
        if moving:
            self.weight_label.setText(self.tr("instable"))
        else:
            self.weight_label.setText("—")
        self.state_label.setText(message)
        self.state_label.setProperty("state", "problem")

    def _validate(self) -> None:
        if self.current is None:
            return
        self.weighing = self.current
        self.timer.stop()
        self.accept()

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)
