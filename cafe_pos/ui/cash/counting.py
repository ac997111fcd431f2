"""Counting the drawer by denomination: notes on the left, coins on the right, the
number of pieces typed (or tapped with + and −) and the total kept up to date.

The widget only collects numbers; the count is validated by the cash service (domain
rules) when the opening or the closing is submitted. The grid sits in a scroll area so
the page always fits a 1280×800 counter screen; ``footer`` is the row under it (the
total on the left) where a page puts its own button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.domain.cash import COINS, MAX_PIECES, NOTES
from cafe_pos.domain.money import format_amount, format_eur

ROW_HEIGHT = 44  # a comfortable touch target, eight rows still fit above the buttons

COUNTING_STYLE = f"""
#countingGrid QPushButton {{ min-height: {ROW_HEIGHT}px; max-height: {ROW_HEIGHT}px;
    padding: 0; font-size: 18pt; }}
#countingGrid QLineEdit {{ min-height: {ROW_HEIGHT - 4}px; }}
#countingGrid QGroupBox {{ margin-top: 12px; padding-top: 6px; }}
#countTotal {{ font-size: 18pt; font-weight: 700; }}
"""


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
        self.setStyleSheet(COUNTING_STYLE)
        self.spins: dict[int, PiecesEdit] = {}
        self.subtotals: dict[int, QLabel] = {}
        grid = QWidget(self)
        grid.setObjectName("countingGrid")
        # notes above coins: the count fits beside the navigation on a 1024 px screen
        columns = QVBoxLayout(grid)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(
            self._group(self.tr("Billets"), NOTES, grid), 0, Qt.AlignmentFlag.AlignTop
        )
        columns.addWidget(self._group(self.tr("Pièces"), COINS, grid), 0, Qt.AlignmentFlag.AlignTop)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("countingScroll")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(grid)
        grid.setAutoFillBackground(False)
        self.scroll_area.viewport().setAutoFillBackground(False)
        # As wide as the grid (never a horizontal scroll bar); as tall as the grid when the
        # page has room, shorter (scrolling) when it has not.
        self.scroll_area.setMinimumWidth(
            grid.minimumSizeHint().width() + self.scroll_area.verticalScrollBar().sizeHint().width()
        )
        self.scroll_area.setMinimumHeight(3 * ROW_HEIGHT)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("countTotal")
        self.footer = QHBoxLayout()
        self.footer.addWidget(self.total_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(self.footer)
        self._refresh()

    def _group(self, title: str, values: tuple[int, ...], parent: QWidget) -> QGroupBox:
        box = QGroupBox(title, parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(10, 4, 10, 6)
        grid.setVerticalSpacing(4)
        grid.setHorizontalSpacing(6)
        grid.setColumnStretch(4, 1)
        for row, value in enumerate(values):
            label = QLabel(_value_text(value), box)
            label.setStyleSheet("font-weight: 600;")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            spin = PiecesEdit(box)
            spin.setObjectName(f"count_{value}")
            spin.setFixedWidth(96)
            spin.setAccessibleName(self.tr("Nombre de {0}").format(_value_text(value)))
            spin.textChanged.connect(self._refresh)
            minus = QPushButton("−", box)
            plus = QPushButton("+", box)
            for button in (minus, plus):
                button.setFixedWidth(ROW_HEIGHT + 4)
                button.setAutoRepeat(True)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes edit to edit
            minus.setAccessibleName(self.tr("Un de moins"))
            plus.setAccessibleName(self.tr("Un de plus"))
            minus.clicked.connect(lambda _=False, edit=spin: edit.step(-1))
            plus.clicked.connect(lambda _=False, edit=spin: edit.step(1))
            subtotal = QLabel(box)
            subtotal.setObjectName(f"subtotal_{value}")
            subtotal.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            subtotal.setMinimumWidth(subtotal.fontMetrics().horizontalAdvance("99 999,99 €"))
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
