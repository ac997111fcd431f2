"""The ticket table model without a widget, and the scanner filter on a bare field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from cafe_pos.domain.cart import Cart, Discount, SaleItem
from cafe_pos.ui.sale.scan_filter import ScanFilter
from cafe_pos.ui.sale.ticket_model import (
    COL_DISCOUNT,
    COL_LABEL,
    COL_QTY,
    COL_TOTAL,
    COL_UNIT_PRICE,
    LINE_ROLE,
    SORT_ROLE,
    TicketModel,
)

DEMI = SaleItem(1, "Demi", "Bières", 300, 2000, 2000, is_alcohol=True, is_drink=True)
COMTE = SaleItem(2, "Comté", "Crèmerie", 2490, 550, 550, unit="kg")
BOTTLE = SaleItem(4, "Consigne verre", "Consignes", 20, 0, 0)
LIMONADE = SaleItem(3, "Limonade 75 cl", "Softs", 390, 1000, 550, deposit=BOTTLE)


def test_rows_show_what_the_cashier_reads_and_sort_on_raw_values(qtbot: QtBot) -> None:
    cart = Cart()
    cart.add(DEMI, 3000)
    cart.add(COMTE, 350)
    cart.add(LIMONADE)
    cart.set_line_discount(0, Discount.percent(1000))
    model = TicketModel()
    model.set_lines(cart.lines)
    assert model.rowCount() == 4
    shown = [
        [model.data(model.index(row, col)) for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert shown == [
        ["Demi", "3", "3,00 €", "−0,90 €", "8,10 €"],
        ["Comté", "0,350 kg", "24,90 €/kg", "", "8,72 €"],
        ["Limonade 75 cl", "1", "3,90 €", "", "3,90 €"],
        ["  ↳ Consigne verre", "1", "0,20 €", "", "0,20 €"],
    ]
    assert model.data(model.index(0, COL_TOTAL), SORT_ROLE) == 810
    assert model.data(model.index(1, COL_QTY), SORT_ROLE) == 350
    assert model.data(model.index(0, COL_DISCOUNT), SORT_ROLE) == 90
    assert model.data(model.index(2, COL_UNIT_PRICE), SORT_ROLE) == 390
    assert model.data(model.index(3, COL_LABEL), LINE_ROLE).is_deposit
    assert model.headerData(COL_QTY, Qt.Orientation.Horizontal) == "Qté"


def test_adding_a_line_inserts_one_row_and_merging_changes_one(qtbot: QtBot) -> None:
    cart = Cart()
    model = TicketModel()
    events: list[tuple[str, int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: events.append(("insert", first, last)))
    model.dataChanged.connect(lambda a, b, _r=(): events.append(("change", a.row(), b.row())))
    model.modelReset.connect(lambda: events.append(("reset", 0, 0)))
    cart.add(DEMI)
    model.set_lines(cart.lines)
    cart.add(LIMONADE)  # with its deposit: two rows
    model.set_lines(cart.lines)
    cart.add(LIMONADE)  # merges into the last line (and its deposit follows)
    model.set_lines(cart.lines)
    cart.remove(0)
    model.set_lines(cart.lines)
    assert events == [
        ("insert", 0, 0),
        ("insert", 1, 2),
        ("change", 1, 2),
        ("reset", 0, 0),
    ]
    assert model.rowCount() == 2
    model.set_lines(cart.lines)  # nothing changed: no signal
    assert len(events) == 4


def _key(edit: QLineEdit, text: str, key: int | None = None) -> QKeyEvent:
    code = key if key is not None else (ord(text.upper()) if ord(text) < 128 else 0)
    return QKeyEvent(QEvent.Type.KeyPress, code, Qt.KeyboardModifier.NoModifier, text)


def test_scan_filter_tells_a_scanner_burst_from_typing(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    clock = [1000.0]
    scan_filter = ScanFilter(edit, milliseconds=lambda: clock[0])
    scanned: list[str] = []
    entered: list[bool] = []
    scan_filter.scanned.connect(scanned.append)
    scan_filter.entered.connect(lambda: entered.append(True))

    def press(text: str, gap_ms: float, key: int | None = None) -> None:
        clock[0] += gap_ms
        event = _key(edit, text, key)
        if not scan_filter.eventFilter(edit, event):
            edit.insert(text)

    for char in '&é"\'(-è_çà&é"':  # a US-layout scanner on an AZERTY PC, 5 ms per key
        press(char, 5)
    press("\r", 5, int(Qt.Key.Key_Return))
    assert scanned == ["1234567890123"]
    assert edit.text() == ""  # the burst is taken out of the field

    for char in "coca":  # a person typing, 150 ms per key
        press(char, 150)
    press("\r", 150, int(Qt.Key.Key_Return))
    assert scanned == ["1234567890123"] and entered == [True]
    assert edit.text() == "coca"
