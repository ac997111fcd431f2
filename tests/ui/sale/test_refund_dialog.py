"""Refunds from the sale screen: find the ticket, pick lines, reason, manager PIN."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf
from qt_helpers import child as qchild
from sale_ui_helpers import MakeScreen, click, tickets
from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.fiscal.codes import EventCode
from cafe_pos.services import selling
from cafe_pos.store.models.fiscal import FiscalEvent
from cafe_pos.ui.sale.refund_dialog import COL_LABEL, RefundDialog
from cafe_pos.ui.widgets.manager_pin import ManagerPinDialog


def _item(table: QTableWidget, row: int) -> QTableWidgetItem:
    """The label cell of a line of the refund table (it must exist)."""
    item = table.item(row, COL_LABEL)
    assert item is not None
    return item


def sell(ctx: ServiceContext, actor: Any, *labels: str) -> int:
    """A paid sale made through the service (the screen under test is the refund)."""
    cart = Cart()
    for label in labels:
        cart.add(
            next(i for i in selling.search_items(ctx, label) if label in (i.key_label, i.label))
        )
    result = selling.checkout(
        ctx, actor, cart, [PaymentInput("cash", cart.total_cents)], token=cart.token
    )
    assert result.ticket_number is not None
    return result.ticket_number


def test_refund_of_one_line_with_a_manager_pin(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    number = sell(demo_ctx, actor_of("Léo"), "Pinte", "Croissant")
    screen = make_screen("Léo")
    click(qtbot, screen.refund_button)
    dialog = screen.dialog
    assert isinstance(dialog, RefundDialog)
    assert dialog.objectName() == "refundDialog"
    assert not dialog.refund_button.isEnabled()  # nothing chosen yet
    qtbot.keyClicks(dialog.number_edit, str(number))
    qtbot.keyClick(dialog.number_edit, Qt.Key.Key_Return)
    assert dialog.ticket_label.text().startswith(f"Ticket n° {number} du ")
    assert dialog.lines_table.rowCount() == 2
    _item(dialog.lines_table, 0).setCheckState(Qt.CheckState.Checked)  # the pint
    assert dialog.refund_button.isEnabled()
    click(qtbot, dialog.refund_button)
    assert dialog.error_label.text() == "Indiquez le motif du remboursement"
    dialog.reason_combo.setCurrentText("Bière tiède")
    click(qtbot, dialog.refund_button)
    pin = dialog.pin_dialog
    assert isinstance(pin, ManagerPinDialog)
    qtbot.keyClicks(pin.pin_edit, "0000")  # Léo is not a manager
    click(qtbot, pin.ok_button)
    assert pin.isVisible() and pin.error_label.text()
    assert len(tickets(demo_ctx)) == 1
    qtbot.keyClicks(pin.pin_edit, "123456")
    click(qtbot, pin.ok_button)

    assert dialog.cancels_label.text() == f"Ce ticket annule le ticket n° {number}"
    original, refund = tickets(demo_ctx)
    assert refund.kind == "refund" and refund.refund_of_id == original.id
    assert refund.total_cents == -600
    assert refund.reason == "Bière tiède"
    assert refund.user_name == "Camille"
    assert [(ln.label, ln.qty_milli) for ln in refund.lines] == [("Pinte pression", -1000)]
    assert original.total_cents == 720  # the original is never changed
    with demo_ctx.uow() as uow:
        codes = list(uow.session.scalars(select(FiscalEvent.code)))
    assert EventCode.TICKET_CANCELLATION in codes
    click(qtbot, dialog.close_button)
    assert "Remboursement enregistré : ticket n° 2 (-6,00 €)" in screen.notice_label.text()


def test_refund_never_more_than_sold_and_find_by_day(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    number = sell(demo_ctx, actor_of("Léo"), "Croissant")
    screen = make_screen("Camille")
    screen.open_refund()
    dialog = screen.dialog
    assert isinstance(dialog, RefundDialog)
    click(qtbot, qchild(dialog, QPushButton, "findDay"))
    assert dialog.ticket_list.count() == 1
    dialog.ticket_list.setCurrentRow(0)
    assert dialog.detail is not None and dialog.detail.summary.number == number
    dialog.set_line_quantity(1, "3")
    dialog.reason_combo.setCurrentText("Erreur de saisie")
    click(qtbot, dialog.refund_button)  # Camille, a manager, is not asked her own PIN
    assert "1 au plus à rembourser" in dialog.error_label.text()
    assert len(tickets(demo_ctx)) == 1  # nothing written
    dialog.set_line_quantity(1, "1")
    click(qtbot, dialog.refund_button)  # Camille is a manager: no PIN of her own asked
    assert len(tickets(demo_ctx)) == 2
    # The refunded line cannot be refunded again.
    dialog2 = screen
    dialog2.open_refund()
    again = screen.dialog
    assert isinstance(again, RefundDialog)
    again.load_ticket(number)
    assert not (_item(again.lines_table, 0).flags() & Qt.ItemFlag.ItemIsEnabled)


def _first_line_ready(qtbot: QtBot, make_screen: MakeScreen, number: int) -> RefundDialog:
    """Camille's refund dialog on ticket ``number``, its first line ticked, a reason
    chosen: one tap on « Rembourser » away."""
    screen = make_screen("Camille")
    click(qtbot, screen.refund_button)
    dialog = screen.dialog
    assert isinstance(dialog, RefundDialog)
    qtbot.keyClicks(dialog.number_edit, str(number))
    qtbot.keyClick(dialog.number_edit, Qt.Key.Key_Return)
    _item(dialog.lines_table, 0).setCheckState(Qt.CheckState.Checked)
    dialog.reason_combo.setCurrentText("Bière tiède")
    return dialog


def test_a_manager_refunding_is_not_asked_her_own_pin(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    """Issue 11 item 11: the approval is asked only of someone who needs it."""
    number = sell(demo_ctx, actor_of("Léo"), "Pinte", "Croissant")
    dialog = _first_line_ready(qtbot, make_screen, number)
    click(qtbot, dialog.refund_button)
    assert dialog.pin_dialog is None
    _original, refund = tickets(demo_ctx)
    assert refund.kind == "refund" and refund.user_name == "Camille"


def test_a_database_fault_at_refund_is_said_in_french_and_the_refund_can_be_retried(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    """Another program holds the database when the refund is confirmed: nothing is
    written, the dialog says it in French and its button works again once it is free."""
    number = sell(demo_ctx, actor_of("Léo"), "Pinte")
    dialog = _first_line_ready(qtbot, make_screen, number)
    with closing(sqlite3.connect(demo_ctx.db_path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # the refund waits 5 s for the lock, then gives up
        click(qtbot, dialog.refund_button)
        other.execute("ROLLBACK")
    assert dialog.result_ is None
    assert dialog.error_label.text() == (
        "La base de données est occupée par un autre programme : l'opération a été "
        "annulée, les données déjà enregistrées sont intactes"
    )
    assert dialog.refund_button.isEnabled()
    assert len(tickets(demo_ctx)) == 1
    click(qtbot, dialog.refund_button)
    assert dialog.result_ is not None
    assert [t.kind for t in tickets(demo_ctx)] == ["sale", "refund"]
