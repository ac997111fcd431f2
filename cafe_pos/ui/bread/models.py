"""Thin Qt table models of the bread-deposit screens over the services' frozen views.

``ColumnsModel`` shows rows through a list of columns (title, text, raw value for sorting,
alignment); integer columns may be editable, the edited values kept in the model until
the screen hands them to a service (order quantities, delivered, unsold).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

Row = TypeVar("Row")
SORT_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    value: Callable[[Row], Any] | None = None  # raw value (sorting, editing)
    numeric: bool = False
    editable: bool = False  # an int the person changes (kept in the model)
    colour: Callable[[Row], str | None] | None = None


class ColumnsModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Row] = []
        self.edits: dict[tuple[int, int], int] = {}  # (row, column) -> value

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.edits = {}
        self.endResetModel()

    def row(self, index: int) -> Row:
        return self._rows[index]

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def value(self, row: int, column: int) -> Any:
        if (row, column) in self.edits:
            return self.edits[(row, column)]
        getter = self.columns[column].value
        return getter(self._rows[row]) if getter else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.columns[section].numeric else LEFT
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.editable:
                return str(self.value(index.row(), index.column()))
            return column.text(row)
        if role == Qt.ItemDataRole.EditRole:
            return self.value(index.row(), index.column())
        if role == SORT_ROLE:
            return self.value(index.row(), index.column()) if column.value else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.numeric else LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.BackgroundRole and column.editable:
            return QColor("#fff8e1")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.columns[index.column()].editable:
            return False
        try:
            number = int(value)
        except (TypeError, ValueError):
            return False
        self.edits[(index.row(), index.column())] = number
        self.dataChanged.emit(index, index)
        return True
