"""Counting the drawer by denomination: notes on the left, coins on the right, the
number of pieces typed (or tapped with + and −) and the total kept up to date.

The widget only collects numbers; the count is validated by the cash service (domain
rules) when the opening or the closing is submitted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.domain.cash import COINS, MAX_PIECES, NOTES
from cafe_pos.domain.money import format_amount, format_eur


def _value_text(cents: int) -> str:
    text = format_amount(cents)
    return (text[:-3] if text.endswith(",00") else text) + " €"


class PiecesEdit(QLineEdit):
    """A whole number of pieces (0 to 99 999); empty means 0."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QIntValidator(0, MAX_PIECES, self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(5)
        self.setPlaceholderText("0")

    def value(self) -> int:
        text = self.text().strip()
        return int(text) if text.isdigit() else 0

    def setValue(self, value: int) -> None:
        self.setText(str(value) if value else "")

    def step(self, delta: int) -> None:
        self.setValue(min(MAX_PIECES, max(0, self.value() + delta)))


class CountingWidget(QWidget):
    """Pieces per denomination; ``counts()`` gives {cents: pieces} of the non-zero ones."""

    total_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countingWidget")
        self.spins: dict[int, PiecesEdit] = {}
        self.subtotals: dict[int, QLabel] = {}
        columns = QHBoxLayout()
        columns.addWidget(self._group(self.tr("Billets"), NOTES))
        columns.addWidget(self._group(self.tr("Pièces"), COINS))
        self.total_label = QLabel(self)
        self.total_label.setObjectName("countTotal")
        self.total_label.setStyleSheet("font-size: 20pt; font-weight: 700;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)
        layout.addWidget(self.total_label)
        self._refresh()

    def _group(self, title: str, values: tuple[int, ...]) -> QGroupBox:
        box = QGroupBox(title, self)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(4)
        for row, value in enumerate(values):
            label = QLabel(_value_text(value), box)
            label.setStyleSheet("font-weight: 600;")
            spin = PiecesEdit(box)
            spin.setObjectName(f"count_{value}")
            spin.setMinimumWidth(90)
            spin.setAccessibleName(self.tr("Nombre de {0}").format(_value_text(value)))
            spin.textChanged.connect(self._refresh)
            minus = QPushButton("−", box)
            plus = QPushButton("+", box)
            for button in (minus, plus):
                button.setFixedWidth(52)
                button.setAutoRepeat(True)
            minus.clicked.connect(lambda _=False, edit=spin: edit.step(-1))
            plus.clicked.connect(lambda _=False, edit=spin: edit.step(1))
            subtotal = QLabel(box)
            subtotal.setMinimumWidth(110)
            self.spins[value] = spin
            self.subtotals[value] = subtotal
            grid.addWidget(label, row, 0)
            grid.addWidget(minus, row, 1)
            grid.addWidget(spin, row, 2)
            grid.addWidget(plus, row, 3)
            grid.addWidget(subtotal, row, 4)
        return box

    def counts(self) -> dict[int, int]:
        return {value: spin.value() for value, spin in self.spins.items() if spin.value()}

    def total_cents(self) -> int:
        return sum(value * pieces for value, pieces in self.counts().items())

    def set_counts(self, counts: dict[int, int]) -> None:
        for value, spin in self.spins.items():
            spin.setValue(counts.get(value, 0))

    def reset(self) -> None:
        self.set_counts({})

    def _refresh(self) -> None:
        for value, spin in self.spins.items():
            pieces = spin.value()
            self.subtotals[value].setText(format_eur(value * pieces) if pieces else "")
        total = self.total_cents()
        self.total_label.setText(self.tr("Total compté : {0}").format(format_eur(total)))
        self.total_changed.emit(total)
