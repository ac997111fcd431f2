"""Qt item model of the products list (a thin adapter over ``ProductView`` rows).

Display texts are French ("4,50 €", "20 % / 10 %"); ``SORT_ROLE`` gives the raw value
(cents, basis points, folded names) so sorting by price sorts numbers, not strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from cafe_pos.services.catalogue import ProductView
from cafe_pos.ui.widgets.labels import unit_label
from cafe_pos.ui.widgets.money import format_eur, format_rate

translate = QCoreApplication.translate

COL_NAME = 0
COL_CATEGORY = 1
COL_PRICE = 2
COL_VAT = 3
COL_BARCODES = 4
COL_STATUS = 5
COLUMN_COUNT = 6

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    return [
        translate("ProductTableModel", "Article"),
        translate("ProductTableModel", "Catégorie"),
        translate("ProductTableModel", "Prix TTC"),
        translate("ProductTableModel", "TVA"),
        translate("ProductTableModel", "Codes-barres"),
        translate("ProductTableModel", "État"),
    ]


def _fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class ProductTableModel(QAbstractTableModel):
    """Rows are frozen ``ProductView`` snapshots; ``set_rows`` replaces them all."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ProductView] = []

    # -- data in ----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ProductView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def product_at(self, row: int) -> ProductView:
        return self._rows[row]

    def row_of(self, product_id: int) -> int | None:
        for row, product in enumerate(self._rows):
            if product.id == product_id:
                return row
        return None

    # -- Qt API -----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        product = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(product, column)
        if role == SORT_ROLE:
            return self._sort_value(product, column)
        if role == PRODUCT_ROLE:
            return product
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not product.active:
            return QBrush(QColor("#78909c"))
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME:
            return product.short_label
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_VAT:
            return translate("ProductTableModel", "TVA sur place / à emporter")
        return None

    @staticmethod
    def _display(product: ProductView, column: int) -> str:
        if column == COL_NAME:
            return product.name
        if column == COL_CATEGORY:
            return product.category_name or ""
        if column == COL_PRICE:
            price = format_eur(product.price_cents)
            return f"{price} / {unit_label('kg')}" if product.unit == "kg" else price
        if column == COL_VAT:
            onsite = format_rate(product.vat_onsite_bp)
            takeaway = format_rate(product.vat_takeaway_bp)
            return onsite if onsite == takeaway else f"{onsite} / {takeaway}"
        if column == COL_BARCODES:
            codes = list(product.barcodes)
            return codes[0] + (f" (+{len(codes) - 1})" if len(codes) > 1 else "") if codes else ""
        if column == COL_STATUS:
            return (
                translate("ProductTableModel", "Actif")
                if product.active
                else translate("ProductTableModel", "Archivé")
            )
        return ""

    @staticmethod
    def _sort_value(product: ProductView, column: int) -> Any:
        if column == COL_NAME:
            return _fold(product.name)
        if column == COL_CATEGORY:
            return _fold(product.category_name or "")
        if column == COL_PRICE:
            return product.price_cents
        if column == COL_VAT:
            return product.vat_onsite_bp * 10_000 + product.vat_takeaway_bp
        if column == COL_BARCODES:
            return product.barcodes[0] if product.barcodes else ""
        if column == COL_STATUS:
            return 0 if product.active else 1
        return None
