"""Table models of the customer accounts page: the accounts and one account's statement.

Thin adapters over the services' frozen views (``AccountView``, ``StatementLine``):
``set_rows`` resets the model, ``SORT_ROLE`` returns raw values (cents) for sorting.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from cafe_pos.domain.money import format_eur
from cafe_pos.services.accounts import AccountView, StatementLine

SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

Row = TypeVar("Row")


class _RowsModel(QAbstractTableModel, Generic[Row]):
    headers: tuple[str, ...] = ()
    numeric: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Row:
        return self._rows[index]

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in self.numeric else LEFT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == SORT_ROLE:
            return self.raw(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() in self.numeric else LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(row, index.column())
        return None

    def display(self, row: Row, column: int) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def raw(self, row: Row, column: int) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def colour(self, row: Row, column: int) -> QColor | None:
        return None


COL_NAME, COL_BALANCE, COL_LIMIT, COL_AVAILABLE = range(4)


class AccountsModel(_RowsModel[AccountView]):
    """Customer accounts: name, balance owed, limit, still available."""

    numeric = frozenset({COL_BALANCE, COL_LIMIT, COL_AVAILABLE})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("Client"),
            self.tr("Doit"),
            self.tr("Plafond"),
            self.tr("Disponible"),
        )

    def display(self, row: AccountView, column: int) -> str:
        if column == COL_NAME:
            return row.name
        return format_eur(self.raw(row, column))

    def raw(self, row: AccountView, column: int) -> Any:
        return (row.name, row.balance_cents, row.limit_cents, row.available_cents)[column]

    def colour(self, row: AccountView, column: int) -> QColor | None:
        if column == COL_AVAILABLE and row.available_cents == 0:
            return QColor("#c62828")
        if column == COL_BALANCE and row.balance_cents > 0:
            return QColor("#e65100")
        return None


COL_DATE, COL_LABEL, COL_AMOUNT, COL_RUNNING = range(4)


class StatementModel(_RowsModel[StatementLine]):
    """One account's entries, oldest first, with the running balance."""

    numeric = frozenset({COL_AMOUNT, COL_RUNNING})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = (self.tr("Date"), self.tr("Opération"), self.tr("Montant"), self.tr("Solde"))

    def display(self, row: StatementLine, column: int) -> str:
        if column == COL_DATE:
            return f"{row.at:%d/%m/%Y %H:%M}"
        if column == COL_LABEL:
            return row.label
        return format_eur(self.raw(row, column))

    def raw(self, row: StatementLine, column: int) -> Any:
        return (row.at, row.label, row.amount_cents, row.balance_cents)[column]

    def colour(self, row: StatementLine, column: int) -> QColor | None:
        if column == COL_AMOUNT:
            return QColor("#2e7d32") if row.amount_cents < 0 else QColor("#e65100")
        return None
