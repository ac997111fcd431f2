"""Qt item models of the stock screens: thin adapters over the services' frozen rows.

Display texts are French ("1 234,50 €", "0,250 kg"); ``SORT_ROLE`` gives the raw value so
sorting by value sorts numbers. The reception, count and order models are editable where
a person types (quantities, prices, dates, packs).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from cafe_pos.domain.clock import from_utc_naive
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import (
    format_amount,
    format_eur,
    format_quantity,
    parse_amount,
    parse_quantity,
)
from cafe_pos.domain.stock import Freshness, purchase_line_total, value_of
from cafe_pos.services.stock import HistoryRow, MarginLine, StockRow
from cafe_pos.services.stock_checks import ExpiringLot
from cafe_pos.services.stock_counts import CountLineView
from cafe_pos.services.stock_reorder import OrderLine
from cafe_pos.ui.widgets.messages import error_text

translate = QCoreApplication.translate
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
RED = QBrush(QColor("#b71c1c"))
ORANGE = QBrush(QColor("#e65100"))


def fold(text: str) -> str:
    """Sort key of a name: case and accents ignored ("Œufs" among the O)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("œ", "oe"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def qty_text(milli: int, unit: str = "piece") -> str:
    return (
        format_quantity(milli, unit=unit)
        if milli >= 0
        else "−" + format_quantity(-milli, unit=unit)
    )


class _Table(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.headers: list[str] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


# ---------------------------------------------------------------------- stock list
class StockTableModel(_Table):
    COL_NAME, COL_CATEGORY, COL_QTY, COL_COST, COL_VALUE, COL_MIN, COL_DATE = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = [
            translate("StockTableModel", "Article"),
            translate("StockTableModel", "Catégorie"),
            translate("StockTableModel", "En stock"),
            translate("StockTableModel", "PMP HT"),
            translate("StockTableModel", "Valeur HT"),
            translate("StockTableModel", "Minimum"),
            translate("StockTableModel", "Date"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r: StockRow = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                r.name,
                r.category,
                qty_text(r.qty_milli, r.unit),
                format_eur(r.average_cost),
                format_eur(r.value_cents),
                qty_text(r.minimum_milli, r.unit) if r.minimum_milli else "",
                r.next_expiry.strftime("%d/%m/%Y") if r.next_expiry else "",
            ][col]
        if role == SORT_ROLE:
            return [
                fold(r.name),
                fold(r.category),
                r.qty_milli,
                r.average_cost,
                r.value_cents,
                r.minimum_milli,
                r.next_expiry or dt.date.max,
            ][col]
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_QTY:
            return RED if r.negative else ORANGE if r.low else None
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_DATE:
            return RED if r.expiry_alert == "past" else ORANGE if r.expiry_alert else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def move_label(kind: str, reason: str) -> str:
    """French words of a movement (a loss with its reason)."""
    labels = {
        "sale": translate("stock", "Vente"),
        "refund": translate("stock", "Remboursement"),
        "delivery": translate("stock", "Réception"),
        "correction": translate("stock", "Correction de réception"),
        "loss": translate("stock", "Démarque"),
        "count": translate("stock", "Inventaire"),
    }
    text = labels.get(kind, kind)
    if reason and kind == "loss":
        text += " · " + loss_label(reason)
    return text


def loss_label(reason: str) -> str:
    labels = {
        "broken": translate("stock", "Casse"),
        "expired": translate("stock", "Date dépassée"),
        "stolen": translate("stock", "Vol"),
        "own_use": translate("stock", "Consommé ou offert par le café"),
        "returned": translate("stock", "Retour fournisseur"),
        "count": translate("stock", "Écart d'inventaire"),
    }
    return labels.get(reason, reason)


def percent_text(bp: int) -> str:
    units, rest = divmod(bp, 100)
    return str(units) if not rest else f"{units},{rest:02d}".rstrip("0")


class HistoryModel(_Table):
    def __init__(self, parent: Any = None, unit: str = "piece") -> None:
        super().__init__(parent)
        self.unit = unit
        self.headers = [
            translate("HistoryModel", "Date"),
            translate("HistoryModel", "Mouvement"),
            translate("HistoryModel", "Quantité"),
            translate("HistoryModel", "Solde"),
            translate("HistoryModel", "Coût HT"),
            translate("HistoryModel", "Par"),
            translate("HistoryModel", "Note"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        h: HistoryRow = self._rows[index.row()]
        qty = qty_text(h.qty_milli, self.unit)
        return [
            from_utc_naive(h.at).strftime("%d/%m/%Y %H:%M"),
            move_label(h.kind, h.reason),
            ("+" + qty) if h.qty_milli > 0 else qty,
            qty_text(h.balance_milli, self.unit),
            format_eur(h.unit_cost),
            h.user_name,
            h.note,
        ][index.column()]


# ---------------------------------------------------------------------- reception
@dataclass(frozen=True, slots=True)
class ReceptionLine:
    product_id: int
    name: str
    unit: str
    date_kind: str
    qty_milli: int  # purchase units (packs when pack_size > 1)
    pack_size: int
    price_cents: int  # per purchase unit, excl. VAT
    discount_bp: int = 0
    expires_on: dt.date | None = None
    code: str = ""

    @property
    def total_cents(self) -> int:
        return purchase_line_total(self.price_cents, self.discount_bp, self.qty_milli)


class ReceptionModel(_Table):
    COL_NAME, COL_QTY, COL_PACK, COL_PRICE, COL_DISCOUNT, COL_DATE, COL_TOTAL = range(7)
    EDITABLE = (1, 2, 3, 4, 5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = [
            translate("ReceptionModel", "Article"),
            translate("ReceptionModel", "Quantité"),
            translate("ReceptionModel", "Unités/colis"),
            translate("ReceptionModel", "Prix HT"),
            translate("ReceptionModel", "Remise %"),
            translate("ReceptionModel", "DLC / DDM"),
            translate("ReceptionModel", "Total HT"),
        ]
        self.last_error = ""

    def add_or_increment(self, line: ReceptionLine) -> int:
        """A scan: one more purchase unit on the product's line, or a new line. Its row."""
        for row, existing in enumerate(self._rows):
            if existing.product_id == line.product_id:
                self._rows[row] = replace(existing, qty_milli=existing.qty_milli + 1000)
                self.dataChanged.emit(self.index(row, 0), self.index(row, 6))
                return row
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(line)
        self.endInsertRows()
        return len(self._rows) - 1

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    @property
    def total_cents(self) -> int:
        return sum(r.total_cents for r in self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r: ReceptionLine = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return [
                r.name,
                format_quantity(r.qty_milli, unit=r.unit if r.pack_size == 1 else "piece"),
                str(r.pack_size),
                format_eur(r.price_cents)
                if role == Qt.ItemDataRole.DisplayRole
                else format_amount(r.price_cents),
                percent_text(r.discount_bp) if r.discount_bp else "",
                r.expires_on.strftime("%d/%m/%Y")
                if r.expires_on
                else ("—" if not r.date_kind else ""),
                format_eur(r.total_cents),
            ][index.column()]
        missing_date = bool(r.date_kind) and r.expires_on is None
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and index.column() == self.COL_DATE
            and missing_date
        ):
            return QBrush(QColor("#fff3e0"))
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        r: ReceptionLine = self._rows[index.row()]
        text = str(value).strip()
        try:
            col = index.column()
            if col == self.COL_QTY:
                r = replace(r, qty_milli=parse_quantity(text, max_units=99_999))
            elif col == self.COL_PACK:
                if not text.isdigit() or not 1 <= int(text) <= 1000:
                    raise UserError(
                        translate("ReceptionModel", "Colisage : un nombre entier d'unités")
                    )
                r = replace(r, pack_size=int(text))
            elif col == self.COL_PRICE:
                r = replace(r, price_cents=parse_amount(text))
            elif col == self.COL_DISCOUNT:
                r = replace(r, discount_bp=parse_amount(text or "0"))
            elif col == self.COL_DATE:
                r = replace(r, expires_on=parse_date(text))
        except UserError as exc:
            self.last_error = error_text(exc)
            return False
        self.last_error = ""
        self._rows[index.row()] = r
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 6))
        return True


def parse_date(text: str) -> dt.date | None:
    """ "12/12/2026", "12/12/26", "12122026" or "2026-12-12"; empty = no date."""
    text = text.strip()
    if not text:
        return None
    for fmt in ("%d/%m/%Y", "%d/%m/%y", "%d%m%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise UserError(translate("ReceptionModel", "Date invalide : {0} (JJ/MM/AAAA)").format(text))


# ---------------------------------------------------------------------- count
class CountModel(_Table):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = [
            translate("CountModel", "Article"),
            translate("CountModel", "Attendu"),
            translate("CountModel", "Compté"),
            translate("CountModel", "Écart"),
            translate("CountModel", "Valeur de l'écart"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r: CountLineView = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            diff = qty_text(r.difference_milli, r.unit)
            return [
                r.name,
                qty_text(r.expected_milli, r.unit),
                qty_text(r.counted_milli, r.unit),
                ("+" + diff) if r.difference_milli > 0 else diff,
                format_eur(r.value_cents),
            ][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (3, 4):
            return RED if r.difference_milli < 0 else None
        return None


# ---------------------------------------------------------------------- orders
class OrderModel(_Table):
    COL_PACKS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = [
            translate("OrderModel", "Réf."),
            translate("OrderModel", "Article"),
            translate("OrderModel", "En stock"),
            translate("OrderModel", "Ventes/jour"),
            translate("OrderModel", "Unités/colis"),
            translate("OrderModel", "Colis"),
            translate("OrderModel", "Total HT"),
        ]
        self.packs: dict[int, int] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.packs = {}
        super().set_rows(rows)

    def packs_of(self, line: OrderLine) -> int:
        return self.packs.get(line.product_id, line.packs)

    @property
    def total_cents(self) -> int:
        return sum(
            value_of(self.packs_of(ln) * ln.pack_size * 1000, ln.unit_cost_cents)
            for ln in self._rows
        )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.COL_PACKS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ln: OrderLine = self._rows[index.row()]
        packs = self.packs_of(ln)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return [
                ln.reference,
                ln.name,
                qty_text(ln.on_hand_milli),
                format_quantity(ln.daily_milli),
                str(ln.pack_size),
                str(packs),
                format_eur(value_of(packs * ln.pack_size * 1000, ln.unit_cost_cents)),
            ][index.column()]
        if role == Qt.ItemDataRole.FontRole and packs:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        text = str(value).strip()
        if index.column() != self.COL_PACKS or not text.isdigit() or int(text) > 9999:
            return False
        self.packs[self._rows[index.row()].product_id] = int(text)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 6))
        return True


# ---------------------------------------------------------------------- expiring
class ExpiringModel(_Table):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = [
            translate("ExpiringModel", "Article"),
            translate("ExpiringModel", "Date"),
            translate("ExpiringModel", "Quantité"),
            translate("ExpiringModel", "À faire"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        lot: ExpiringLot = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            kind = "DLC" if lot.date_kind == "use_by" else "DDM"
            todo = {
                Freshness.PAST_USE_BY: translate("ExpiringModel", "À retirer (vente interdite)"),
                Freshness.PAST_BEST_BEFORE: translate("ExpiringModel", "À solder"),
                Freshness.FRESH: translate("ExpiringModel", "Bientôt"),
            }[lot.status]
            return [
                lot.name,
                f"{kind} {lot.expires_on:%d/%m/%Y}",
                format_quantity(lot.remaining_milli),
                todo,
            ][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and lot.status is Freshness.PAST_USE_BY:
            return RED
        return None


# ---------------------------------------------------------------------- margins
class MarginModel(_Table):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = [
            translate("MarginModel", "Article ou catégorie"),
            translate("MarginModel", "Vendu"),
            translate("MarginModel", "Ventes HT"),
            translate("MarginModel", "Coût d'achat"),
            translate("MarginModel", "Marge"),
            translate("MarginModel", "Taux"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m: MarginLine = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            rate = m.margin_cents * 10000 // m.revenue_cents if m.revenue_cents else 0
            return [
                m.key,
                format_quantity(m.sold_milli),
                format_eur(m.revenue_cents),
                format_eur(m.cost_cents),
                format_eur(m.margin_cents),
                percent_text(rate) + " %",
            ][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4 and m.margin_cents < 0:
            return RED
        return None
