"""Helpers of the sale, payment, refund and tabs screen tests (real widgets, real demo DB).

Imported by name (``from sale_ui_helpers import ...``); fixtures stay in tests/ui/sale/conftest.py.

``demo_ctx`` and ``actor_of`` come from ``tests/ui/conftest.py``: each test gets its own
fresh copy of the demo café (real migrations, real catalogue import).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cafe_pos.context import ServiceContext
from cafe_pos.store.models.sales import Payment, Ticket
from cafe_pos.ui.sale.payment_dialog import PaymentDialog
from cafe_pos.ui.sale.sale_screen import SaleScreen


class MakeScreen(Protocol):
    """The ``make_screen`` fixture: ``make_screen("Léo")`` builds and shows a sale screen."""

    def __call__(self, name: str = "Léo") -> SaleScreen: ...


D = TypeVar("D", bound=QDialog)


def shown(screen: SaleScreen, kind: type[D]) -> D:
    """The dialog the sale screen has open, of the class the test expects."""
    dialog = screen.dialog
    assert isinstance(dialog, kind), dialog
    return dialog


def card_question(dialog: PaymentDialog) -> QMessageBox:
    """The "was the card payment accepted?" box the payment dialog has open."""
    box = dialog.card_box
    assert box is not None
    return box


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def child(widget: QWidget, name: str) -> Any:
    found = widget.findChild(QWidget, name)
    assert found is not None, name
    return found


def tickets(ctx: ServiceContext) -> list[Ticket]:
    with ctx.uow() as uow:
        rows = list(uow.session.scalars(select(Ticket).order_by(Ticket.number)))
        for row in rows:
            _ = (row.lines, row.payments)  # load while the session is open
        uow.session.expunge_all()
        return rows


def ticket_count(ctx: ServiceContext) -> int:
    with ctx.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Ticket)) or 0)


def payments_of(ctx: ServiceContext, number: int) -> list[tuple[str, int, int, int]]:
    """(method, amount, tendered, change) of ticket n° ``number``."""
    with ctx.uow() as uow:
        rows = uow.session.execute(
            select(
                Payment.method, Payment.amount_cents, Payment.tendered_cents, Payment.change_cents
            )
            .join(Ticket, Ticket.id == Payment.ticket_id)
            .where(Ticket.number == number)
            .order_by(Payment.id)
        )
        return [(method, amount, tendered, change) for method, amount, tendered, change in rows]


def type_keys(widget: QWidget, text: str) -> None:
    """Key presses with any character (QTest.keyClicks aborts on "é", "ç"...), as a
    keyboard or a USB scanner sends them."""
    for char in text:
        code = ord(char.upper()) if ord(char) < 128 else int(Qt.Key.Key_unknown)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def wait_for_dialog(qtbot: Any, getter: Callable[[], Any]) -> Any:
    qtbot.waitUntil(lambda: getter() is not None and getter().isVisible(), timeout=3000)
    return getter()


def top_dialog(name: str) -> Any:
    """The visible top-level widget (dialog or message box) called ``name``."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None
