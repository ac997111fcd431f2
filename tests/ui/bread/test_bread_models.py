"""The bread screens' table model, without a widget: rows, raw values, edits kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cafe_pos.ui.bread.models import SORT_ROLE, Column, ColumnsModel


def test_columns_model_shows_rows_sorts_raw_values_and_keeps_edits(qapp: QApplication) -> None:
    model: ColumnsModel[tuple[str, int]] = ColumnsModel(
        [
            Column("Article", lambda r: r[0]),
            Column("Qté", lambda r: str(r[1]), lambda r: r[1], numeric=True, editable=True),
        ]
    )
    model.set_rows([("Baguette", 40), ("Tradition", 12)])
    assert model.rowCount() == 2 and model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Qté"
    assert model.data(model.index(0, 0)) == "Baguette"
    assert model.data(model.index(1, 1), SORT_ROLE) == 12
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, 1), 35)
    assert not model.setData(model.index(0, 1), "beaucoup")
    assert model.value(0, 1) == 35 and model.data(model.index(0, 1)) == "35"
    model.set_rows([("Baguette", 40)])  # a refresh forgets what was typed
    assert model.value(0, 1) == 40
