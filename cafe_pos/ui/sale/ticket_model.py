"""The ticket being rung up, as a Qt table model (one row per cart line).

A thin adapter over ``domain.cart.CartLine`` snapshots: ``set_lines`` compares the new
lines with the shown ones and emits the smallest change (rows appended, rows changed,
or a reset), so adding a drink to a long ticket stays well under a frame (see
``tests/benchmarks/bench_sale_screen.py``). ``SORT_ROLE`` gives raw values (cents,
thousandths) for sorting and for tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from cafe_pos.domain.cart import CartLine
from cafe_pos.domain.money import format_eur, format_quantity
from cafe_pos.ui.widgets.money import format_rate

COL_LABEL = 0
COL_QTY = 1
COL_UNIT_PRICE = 2
COL_DISCOUNT = 3
COL_TOTAL = 4
COLUMN_COUNT = 5

SORT_ROLE = Qt.ItemDataRole.UserRole
LINE_ROLE = Qt.ItemDataRole.UserRole + 1

_ModelIndex = QModelIndex | QPersistentModelIndex


def quantity_text(line: CartLine) -> str:
    """ "3", "0,350 kg"."""
    return format_quantity(line.qty_milli, unit=line.unit)


def discount_name(line: CartLine) -> str:
    """The name of a line's own discount when it has one (a promotion, "SAM"), else ""."""
    discount = line.line_discount
    if discount is None or not line.line_discount_cents:
        return ""
    return discount.name


class TicketModel(QAbstractTableModel):
    """Rows of the current ticket: label, quantity, unit price, discount, total."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: tuple[CartLine, ...] = ()
        self._headers = (
            self.tr("Article"),
            self.tr("Qté"),
            self.tr("P.U."),
            self.tr("Remise"),
            self.tr("Total"),
        )
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------------ feeding
    def set_lines(self, lines: Sequence[CartLine]) -> None:
        """Show ``lines``, emitting only what changed."""
        new = tuple(lines)
        old = self._lines
        if new == old:
            return
        common = min(len(old), len(new))
        first_diff = next((i for i in range(common) if old[i] != new[i]), common)
        if len(new) > len(old) and first_diff == len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._lines = new
            self.endInsertRows()
            return
        if len(new) == len(old):
            last_diff = max(i for i in range(common) if old[i] != new[i])
            self._lines = new
            self.dataChanged.emit(
                self.index(first_diff, 0), self.index(last_diff, COLUMN_COUNT - 1)
            )
            return
        self.beginResetModel()
        self._lines = new
        self.endResetModel()

    @property
    def lines(self) -> tuple[CartLine, ...]:
        return self._lines

    def line(self, row: int) -> CartLine:
        return self._lines[row]

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == SORT_ROLE:
            return self._raw(line, column)
        if role == LINE_ROLE:
            return line
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.is_deposit:
                return QColor("#607d8b")
            if column == COL_DISCOUNT and line.discount_cents:
                return QColor("#c62828")
            return None
        if role == Qt.ItemDataRole.FontRole and column == COL_TOTAL:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0} — {1} × {2} — TVA {3}").format(
                line.label,
                quantity_text(line),
                self._display(line, COL_UNIT_PRICE),
                format_rate(line.vat_bp),
            )
        return None

    # ------------------------------------------------------------------ helpers
    def _display(self, line: CartLine, column: int) -> str:
        if column == COL_LABEL:
            label = line.label
            if line.is_deposit:
                label = "  ↳ " + label
            return label
        if column == COL_QTY:
            return quantity_text(line)
        if column == COL_UNIT_PRICE:
            price = format_eur(line.unit_price_cents)
            return price + (self.tr("/kg") if line.unit == "kg" else "")
        if column == COL_DISCOUNT:
            if not line.discount_cents:
                return ""
            amount = f"−{format_eur(line.discount_cents)}"
            name = discount_name(line)
            return f"{name} {amount}" if name else amount
        return format_eur(line.total_cents)

    @staticmethod
    def _raw(line: CartLine, column: int) -> Any:
        return (
            line.label,
            line.qty_milli,
            line.unit_price_cents,
            line.discount_cents,
            line.total_cents,
        )[column]

    @staticmethod
    def _alignment(column: int) -> int:
        if column == COL_LABEL:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
