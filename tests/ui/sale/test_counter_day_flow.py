"""Counter day one, flow (issue 11 items 9-11) on the real payment and sale screens."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sale_ui_helpers import MakeScreen, click, ticket_count

from cafe_pos.context import ServiceContext


def _ring(qtbot: QtBot, screen: Any) -> None:
    screen.keys.show_category_named("Softs")
    click(qtbot, screen.keys.button_for("Coca"))


def test_a_double_tap_on_payer_does_not_cancel_the_payment(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    screen = make_screen("Léo")
    _ring(qtbot, screen)
    qtbot.mouseClick(screen.pay_button, Qt.MouseButton.LeftButton)
    dialog = screen.payment_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # the second tap
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.shown_clock.elapsed() > 600, timeout=3000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # a real Annuler
    assert not dialog.isVisible()


def test_enter_types_the_cash_then_validates_and_the_change_stays(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    screen = make_screen("Léo")
    _ring(qtbot, screen)
    dialog = screen.pay()
    assert dialog is not None
    dialog.amount_edit.setFocus()
    qtbot.keyClicks(dialog.amount_edit, "20")
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)  # 20 € tendered, not paid yet
    assert ticket_count(demo_ctx) == 0
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)  # covered: Enter validates
    assert ticket_count(demo_ctx) == 1
    assert dialog.isVisible() and dialog.sale_result is not None  # the change is still shown
    assert "F12" in dialog.validate_button.text()


def test_the_card_terminal_question_has_no_dangerous_default(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    screen = make_screen("Léo")
    _ring(qtbot, screen)
    dialog = screen.pay()
    assert dialog is not None
    click(qtbot, dialog.method_buttons["card"])
    box = dialog.card_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.defaultButton().objectName() == "cardNo"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert dialog.payments == []  # Enter did not say "accepted"
    assert ticket_count(demo_ctx) == 0


def test_f12_and_f10_are_written_on_their_buttons(make_screen: MakeScreen) -> None:
    screen = make_screen("Léo")
    assert "F10" in screen.tab_button.text()
    assert "F12" in screen.pay_button.text()


def test_closed_dialogs_do_not_pile_up_on_the_screen(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    """Item 19: every PaymentDialog used to stay alive as a child of the screen (about
    1 MB a sale over a day); dialogs and questions are deleted once closed."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QDialog

    from cafe_pos.ui.sale.payment_dialog import PaymentDialog

    screen = make_screen("Léo")
    for _ in range(3):
        _ring(qtbot, screen)
        dialog = screen.pay()
        assert dialog is not None
        dialog.add_exact_cash()
        click(qtbot, dialog.validate_button)
        click(qtbot, dialog.done_button)
    _ring(qtbot, screen)
    click(qtbot, screen.cancel_button)  # the "cancel the ticket?" question, answered no
    question = screen.dialog
    assert question is not None
    question.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert screen.findChildren(PaymentDialog) == []
    assert [d for d in screen.findChildren(QDialog)] == []
