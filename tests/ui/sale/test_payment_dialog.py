"""The payment dialog: wrong inputs, double clicks, meal vouchers, cash-back, receipts."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from qt_helpers import child as qchild
from sale_ui_helpers import MakeScreen, card_question, click, payments_of, ticket_count, tickets
from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.store.models.printing import PrintJob
from cafe_pos.store.raw import raw_connection
from cafe_pos.ui.sale.payment_dialog import PaymentDialog
from cafe_pos.ui.sale.receipt_view import preview_text


def double_click(qtbot: QtBot, button: QPushButton) -> None:
    """What a hurried double tap produces: two clicks in a row (QTest's mouseDClick sends
    no release, so a QPushButton would not even see one click)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ring_up(qtbot: QtBot, screen: Any, category: str, *labels: str) -> None:
    screen.keys.show_category_named(category)
    for label in labels:
        click(qtbot, screen.keys.button_for(label))


def test_payment_not_covering_the_total_keeps_the_dialog_open(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    screen = make_screen("Léo")
    ring_up(qtbot, screen, "Bières", "Pinte", "Pinte")  # 12,00 €
    dialog = screen.pay()
    assert dialog is not None
    click(qtbot, dialog.note_buttons[500])
    assert dialog.remaining_caption.text() == "Reste à payer"
    assert dialog.remaining_label.text() == "7,00 €"
    click(qtbot, dialog.validate_button)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Paiement insuffisant : il manque 7,00 €"
    assert ticket_count(demo_ctx) == 0
    # A card for more than what is left is refused at once, with the reason.
    qtbot.keyClicks(dialog.amount_edit, "20")
    click(qtbot, dialog.method_buttons["cheque"])
    assert "seules les espèces permettent de rendre la monnaie" in dialog.error_label.text()
    assert [p.method for p in dialog.payments] == ["cash"]
    # An amount that is not one is refused too.
    dialog.amount_edit.setText("12,5,0")
    click(qtbot, dialog.method_buttons["cash"])
    assert dialog.error_label.text().startswith("Montant invalide")
    assert ticket_count(demo_ctx) == 0


def test_double_click_on_payer_and_on_valider_makes_one_ticket(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    screen = make_screen("Léo")
    ring_up(qtbot, screen, "Softs", "Coca", "Perrier")
    cart = screen.cart
    double_click(qtbot, screen.pay_button)
    dialog = screen.payment_dialog
    assert dialog is not None
    assert len([w for w in screen.findChildren(PaymentDialog) if w.isVisible()]) == 1
    click(qtbot, qchild(dialog, QPushButton, "exactAmount"))
    double_click(qtbot, dialog.validate_button)
    dialog.validate()  # a third tap arriving late
    assert ticket_count(demo_ctx) == 1

    # The same cart (same token) presented again, e.g. by a frozen screen: refused.
    actor = screen.actor_provider()
    assert actor is not None
    again = PaymentDialog(demo_ctx, actor, cart, screen)
    qtbot.addWidget(again)
    again.show()
    again.add_exact_cash()
    click(qtbot, again.validate_button)
    assert again.sale_result is None
    assert again.error_label.text().startswith("Ce ticket est déjà encaissé")
    assert ticket_count(demo_ctx) == 1


def test_meal_vouchers_only_pay_the_eligible_food(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    screen = make_screen("Léo")
    ring_up(qtbot, screen, "Snacks", "Jambon-beurre")  # 4,50 €, meal-voucher food
    ring_up(qtbot, screen, "Bières", "Demi")  # 3,00 €, alcohol
    dialog = screen.pay()
    assert dialog is not None
    assert "Titres-restaurant : 4,50 € au plus" in dialog.info_label.text()
    qtbot.keyClicks(dialog.amount_edit, "7,50")
    click(qtbot, dialog.method_buttons["meal_voucher"])
    assert dialog.error_label.text().startswith(
        "Les titres-restaurant ne paient que les produits alimentaires éligibles : 4,50 €"
    )
    assert dialog.payments == []
    dialog.amount_edit.clear()
    click(qtbot, dialog.method_buttons["meal_voucher"])  # nothing typed: up to the cap
    assert [(p.method, p.amount_cents) for p in dialog.payments] == [("meal_voucher", 450)]
    click(qtbot, dialog.note_buttons[500])
    assert dialog.remaining_label.text() == "2,00 €"  # change only from the cash
    click(qtbot, dialog.validate_button)
    [ticket] = tickets(demo_ctx)
    assert payments_of(demo_ctx, ticket.number) == [
        ("meal_voucher", 450, 450, 0),
        ("cash", 300, 500, 200),
    ]


def test_cash_back_with_a_card_payment(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    screen = make_screen("Léo")
    ring_up(qtbot, screen, "Boulangerie", "Baguette", "Croissant")  # 2,30 €
    dialog = screen.pay()
    assert dialog is not None
    qtbot.keyClicks(dialog.cashback_edit, "80")
    click(qtbot, dialog.method_buttons["card"])
    click(qtbot, qchild(card_question(dialog), QPushButton, "cardYes"))
    assert dialog.error_label.text() == "Cash-back limité à 60,00 € (CMF L112-14)"
    assert dialog.payments == []
    dialog.cashback_edit.setText("20")
    click(qtbot, dialog.method_buttons["card"])
    assert dialog.card_box is not None
    assert (
        dialog.card_box.text()
        == "Le paiement de 22,30 € (dont 20,00 € de cash-back) a-t-il été accepté sur le terminal ?"
    )
    click(qtbot, qchild(card_question(dialog), QPushButton, "cardYes"))
    click(qtbot, dialog.validate_button)
    assert dialog.cashback_label.text() == "+ cash-back à remettre : 20,00 €"
    [ticket] = tickets(demo_ctx)
    assert (ticket.total_cents, ticket.cashback_cents) == (230, 2000)
    assert payments_of(demo_ctx, ticket.number) == [("card", 230, 2230, 0)]


def test_receipt_printed_only_when_asked_and_shown(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    screen = make_screen("Léo")
    ring_up(qtbot, screen, "Cafés & thés", "Expresso")
    dialog = screen.pay()
    assert dialog is not None
    dialog.add_exact_cash()
    click(qtbot, dialog.validate_button)
    with demo_ctx.uow() as uow:
        kinds = list(uow.session.scalars(select(PrintJob.kind)))
    assert "receipt" not in kinds  # no receipt unless the customer asks (L541-15-10)
    dialog.accept()

    ring_up(qtbot, screen, "Cafés & thés", "Expresso")
    dialog = screen.pay()
    assert dialog is not None
    click(qtbot, dialog.print_check)
    dialog.add_exact_cash()
    click(qtbot, dialog.validate_button)
    with demo_ctx.uow() as uow:
        numbers = list(
            uow.session.scalars(select(PrintJob.ticket_number).where(PrintJob.kind == "receipt"))
        )
    assert numbers == [2]
    text = preview_text(dialog.receipt_preview)
    assert "Expresso" in text and "Ticket n° 2" in text


def test_a_database_fault_at_payment_is_said_in_french_and_the_payment_can_be_retried(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    """Another program holds the database when « Valider » is tapped: the sale is rolled
    back and the dialog says so in French (not a traceback on a console nobody reads, the
    button left greyed); once the database is free, the same payment goes through."""
    screen = make_screen("Léo")
    ring_up(qtbot, screen, "Softs", "Coca")
    dialog = screen.pay()
    assert dialog is not None
    click(qtbot, qchild(dialog, QPushButton, "exactAmount"))
    with demo_ctx.uow.kept() as uow:  # the till's own connection: no 5 s wait in a test
        raw_connection(uow.session).execute("PRAGMA busy_timeout=0")
    with closing(sqlite3.connect(demo_ctx.db_path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        click(qtbot, dialog.validate_button)
        other.execute("ROLLBACK")
    assert dialog.isVisible() and dialog.sale_result is None
    assert dialog.error_label.text() == (
        "La base de données est occupée par un autre programme : l'opération a été "
        "annulée, les données déjà enregistrées sont intactes"
    )
    assert dialog.validate_button.isEnabled()
    assert ticket_count(demo_ctx) == 0
    click(qtbot, dialog.validate_button)
    assert dialog.sale_result is not None
    assert ticket_count(demo_ctx) == 1
