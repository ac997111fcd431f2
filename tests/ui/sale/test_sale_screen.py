"""The counter sale screen on a fresh demo café: ringing up, scanning, editing the ticket."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf
from qt_helpers import child as qchild
from sale_ui_helpers import (
    MakeScreen,
    card_question,
    child,
    click,
    payments_of,
    shown,
    ticket_count,
    tickets,
    top_dialog,
    type_keys,
)
from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.fiscal.codes import EventCode
from cafe_pos.store.models.fiscal import FiscalEvent
from cafe_pos.ui.sale.dialogs import WeightDialog
from cafe_pos.ui.sale.discount_dialog import DiscountDialog
from cafe_pos.ui.widgets.manager_pin import ManagerPinDialog

LAIT = "3760012300297"  # 1,35 €
BEURRE = "3760012300310"  # 3,20 €
CAFE_MOULU = "3760012300389"  # 4,20 €
AZERTY = str.maketrans("1234567890", "&é\"'(-è_çà")


def scan(qtbot: QtBot, screen: Any, code: str) -> None:
    """What a USB scanner does: a fast burst of keys ending with Enter, 5 ms apart on the
    filter's clock whatever the load of the machine running the tests."""
    real = screen.scan_filter.now_ms
    ticks = itertools.count(real(), 5.0)
    screen.scan_filter.now_ms = lambda: next(ticks)
    try:
        type_keys(screen.search_edit, code)
        qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
    finally:
        screen.scan_filter.now_ms = real


def test_round_of_four_drinks_in_a_few_taps_paid_cash_with_change(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    screen = make_screen("Léo")
    screen.keys.show_category_named("Bières")
    click(qtbot, screen.keypad.buttons["3"])  # 3 ...
    click(qtbot, screen.keys.button_for("Demi"))  # ... demis
    screen.keys.show_category_named("Softs")
    click(qtbot, screen.keys.button_for("Coca"))
    assert screen.row_texts() == [("Demi pression", "9,00 €"), ("Coca-Cola 33 cl", "2,80 €")]
    assert screen.total_text() == "11,80 €"
    assert "4 article(s)" in screen.count_label.text()
    assert screen.pay_button.text() == "Payer  11,80 €  F12"

    click(qtbot, screen.pay_button)
    dialog = screen.payment_dialog
    assert dialog is not None and dialog.isVisible()
    click(qtbot, dialog.note_buttons[2000])  # the customer hands over a 20 € note
    assert dialog.remaining_caption.text() == "Monnaie à rendre"
    assert dialog.remaining_label.text() == "8,20 €"
    click(qtbot, dialog.validate_button)
    assert dialog.change_label.text() == "8,20 €"

    [ticket] = tickets(demo_ctx)
    assert ticket.total_cents == 1180
    assert [(ln.label, ln.qty_milli, ln.total_cents) for ln in ticket.lines] == [
        ("Demi pression", 3000, 900),  # full names on the ticket, short ones on the keys
        ("Coca-Cola 33 cl", 1000, 280),
    ]
    assert payments_of(demo_ctx, ticket.number) == [("cash", 1180, 2000, 820)]
    # The screen is ready for the next customer.
    assert screen.total_text() == "0,00 €"
    assert screen.model.rowCount() == 0
    assert "Dernier ticket n° 1" in screen.last_sale_label.text()
    assert "Rendu 8,20 €" in screen.last_sale_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # "Nouveau ticket (Entrée)"
    assert not dialog.isVisible()


def test_scanned_grocery_basket_paid_half_cash_half_card(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    screen = make_screen("Léo")
    scan(qtbot, screen, LAIT)
    scan(qtbot, screen, BEURRE.translate(AZERTY))  # scanner on a US layout, AZERTY PC
    scan(qtbot, screen, CAFE_MOULU)
    scan(qtbot, screen, CAFE_MOULU)  # the same product again: one line, quantity 2
    assert screen.search_edit.text() == ""  # the scanned digits never stay in the field
    assert [row[0] for row in screen.row_texts()] == [
        "Lait demi-écrémé 1 L",
        "Beurre doux 250 g",
        "Café moulu 250 g",
    ]
    assert screen.cart.lines[2].qty_milli == 2000
    assert screen.total_text() == "12,95 €"
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_F9)  # groceries to take away
    assert screen.takeaway_button.text() == "À emporter"

    dialog = screen.pay()
    assert dialog is not None
    qtbot.keyClicks(dialog.amount_edit, "6,45")
    click(qtbot, dialog.method_buttons["cash"])
    assert dialog.remaining_label.text() == "6,50 €"
    click(qtbot, dialog.method_buttons["card"])
    box = dialog.card_box
    assert box is not None
    assert box.text() == "Le paiement de 6,50 € a-t-il été accepté sur le terminal ?"
    click(qtbot, qchild(box, QPushButton, "cardYes"))
    click(qtbot, dialog.validate_button)

    [ticket] = tickets(demo_ctx)
    assert ticket.total_cents == 1295
    assert {ln.vat_bp for ln in ticket.lines} == {550}
    assert all(ln.takeaway for ln in ticket.lines)
    assert payments_of(demo_ctx, ticket.number) == [
        ("cash", 645, 645, 0),
        ("card", 650, 650, 0),
    ]


def test_refused_card_adds_nothing_and_says_so(qtbot: QtBot, make_screen: MakeScreen) -> None:
    screen = make_screen("Léo")
    screen.keys.show_category_named("Softs")
    click(qtbot, screen.keys.button_for("Coca"))
    dialog = screen.pay()
    assert dialog is not None
    click(qtbot, dialog.method_buttons["card"])
    click(qtbot, qchild(card_question(dialog), QPushButton, "cardNo"))
    assert dialog.payments == []
    assert "non accepté" in dialog.error_label.text()
    assert dialog.remaining_label.text() == "2,80 €"


def test_unknown_barcode_says_so_and_offers_a_manager_to_create_it(
    qtbot: QtBot, make_screen: MakeScreen
) -> None:
    screen = make_screen("Léo")
    scan(qtbot, screen, "3017620422003")
    assert screen.notice_label.text() == "Code inconnu : 3017620422003"
    assert screen.create_product_button.isVisible()
    assert screen.model.rowCount() == 0
    click(qtbot, screen.create_product_button)
    pin = screen.dialog
    assert isinstance(pin, ManagerPinDialog)
    assert pin.objectName() == "managerPinDialog"  # Léo is staff: a manager must come
    qtbot.keyClicks(pin.pin_edit, "0000")
    click(qtbot, pin.ok_button)
    assert pin.isVisible() and pin.error_label.text()  # Léo's PIN is not a manager's
    qtbot.keyClicks(pin.pin_edit, "123456")
    click(qtbot, pin.ok_button)
    form = top_dialog("productForm")
    assert form is not None
    assert form.barcodes() == ("3017620422003",)


def test_a_bad_barcode_is_refused_with_a_french_message(
    qtbot: QtBot, make_screen: MakeScreen
) -> None:
    screen = make_screen("Léo")
    scan(qtbot, screen, "3760012300298")  # wrong check digit
    assert screen.notice.isVisible()
    assert "Code-barres" in screen.notice_label.text() or "clé" in screen.notice_label.text()
    assert screen.model.rowCount() == 0


def test_keyboard_quantity_star_then_scan_and_delete(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    screen = make_screen("Léo")
    qtbot.keyClicks(screen.search_edit, "4")
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Asterisk)
    assert screen.qty_label.text() == "4 ×"
    scan(qtbot, screen, LAIT)
    assert screen.cart.lines[0].qty_milli == 4000
    assert screen.total_text() == "5,40 €"
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Delete)  # empty field: remove the line
    assert screen.model.rowCount() == 0
    with demo_ctx.uow() as uow:
        voids = list(
            uow.session.scalars(
                select(FiscalEvent.message).where(FiscalEvent.code == EventCode.LINE_VOID)
            )
        )
    assert voids and "Lait demi-écrémé 1 L" in voids[0]  # the removal is in the technical journal


def test_search_as_you_type_then_enter_adds_the_first_result(
    qtbot: QtBot, make_screen: MakeScreen
) -> None:
    screen = make_screen("Léo")
    qtbot.keyClicks(screen.search_edit, "crois")
    qtbot.waitUntil(lambda: screen.keys.heading.isVisible(), timeout=2000)
    assert [item.label for item in screen.keys.shown_items][:1] == ["Croissant"]
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
    assert screen.row_texts() == [("Croissant", "1,20 €")]
    assert screen.search_edit.text() == ""


def test_weighed_product_asks_the_weight(qtbot: QtBot, make_screen: MakeScreen) -> None:
    screen = make_screen("Léo")
    screen.keys.show_category_named("Fruits & légumes")
    click(qtbot, screen.keys.button_for("Pommes"))
    dialog = screen.dialog
    assert isinstance(dialog, WeightDialog)
    assert dialog.objectName() == "weightDialog"
    qtbot.keyClicks(dialog.weight_edit, "0,5")
    assert dialog.amount_label.text() == "1,45 €"
    click(qtbot, dialog.ok_button)
    assert screen.row_texts() == [("Pommes Golden", "1,45 €")]
    assert screen.model.data(screen.model.index(0, 1)) == "0,500 kg"
    # A weight typed on the keypad first needs no dialog.
    for key in ("0", ",", "2", "5", "0"):
        screen.keypad.press(key)
    click(qtbot, screen.keys.button_for("Pommes"))
    assert screen.row_texts()[-1] == ("Pommes Golden", "0,73 €")


def test_takeaway_switch_applies_each_product_rate(qtbot: QtBot, make_screen: MakeScreen) -> None:
    screen = make_screen("Léo")
    screen.keys.show_category_named("Softs")
    click(qtbot, screen.keys.button_for("Coca"))
    assert screen.cart.lines[0].vat_bp == 1000
    click(qtbot, screen.takeaway_button)
    assert screen.cart.lines[0].vat_bp == 550
    assert "À emporter" in screen.count_label.text()


def test_plus_minus_and_water_key(qtbot: QtBot, make_screen: MakeScreen) -> None:
    screen = make_screen("Léo")
    click(qtbot, screen.water_button)
    assert screen.row_texts() == [("Carafe d'eau", "0,00 €")]
    screen.keys.show_category_named("Cafés & thés")
    click(qtbot, screen.keys.button_for("Expresso"))
    click(qtbot, screen.plus_button)
    click(qtbot, screen.plus_button)
    assert screen.row_texts()[-1] == ("Expresso", "4,20 €")
    click(qtbot, screen.minus_button)
    assert screen.row_texts()[-1] == ("Expresso", "2,80 €")


def test_staff_discount_above_the_limit_needs_a_manager_pin(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    screen = make_screen("Léo")
    screen.keys.show_category_named("Bières")
    click(qtbot, screen.keys.button_for("Pinte"))  # 6,00 €
    click(qtbot, screen.line_discount_button)
    discount = screen.dialog
    assert isinstance(discount, DiscountDialog)
    discount.set_value("percent", "50")
    click(qtbot, discount.ok_button)
    pin = screen.dialog
    assert isinstance(pin, ManagerPinDialog)
    assert pin.objectName() == "managerPinDialog"
    assert "un·e gérant·e doit valider" in pin.reason_label.text()
    click(qtbot, pin.cancel_button)  # no manager around: the discount is taken back
    assert screen.total_text() == "6,00 €"

    click(qtbot, screen.line_discount_button)
    shown(screen, DiscountDialog).set_value("percent", "50")
    click(qtbot, shown(screen, DiscountDialog).ok_button)
    pin = screen.dialog
    assert isinstance(pin, ManagerPinDialog)
    qtbot.keyClicks(pin.pin_edit, "123456")
    click(qtbot, pin.ok_button)
    assert screen.total_text() == "3,00 €"
    assert "Remise validée par Camille" in screen.notice_label.text()
    dialog = screen.pay()
    assert dialog is not None
    click(qtbot, qchild(dialog, QPushButton, "exactAmount"))
    click(qtbot, dialog.validate_button)
    [ticket] = tickets(demo_ctx)
    assert (ticket.total_cents, ticket.discount_cents) == (300, 300)


def test_small_discount_within_the_limit_needs_no_pin(
    qtbot: QtBot, make_screen: MakeScreen
) -> None:
    screen = make_screen("Léo")
    screen.keys.show_category_named("Bières")
    click(qtbot, screen.keys.button_for("Pinte"))
    click(qtbot, screen.ticket_discount_button)
    click(qtbot, child(shown(screen, DiscountDialog), "quick_5"))
    assert screen.total_text() == "5,70 €"
    assert screen.discount_label.text() == "remise −0,30 €"
    assert ticket_count_zero(screen)


def ticket_count_zero(screen: Any) -> bool:
    return ticket_count(screen.ctx) == 0


def test_cancel_ticket_records_every_line(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    screen = make_screen("Léo")
    screen.keys.show_category_named("Softs")
    click(qtbot, screen.keys.button_for("Coca"))
    click(qtbot, screen.keys.button_for("Perrier"))
    click(qtbot, screen.cancel_button)
    box = screen.dialog
    assert isinstance(box, QMessageBox)
    yes = next(b for b in box.buttons() if b.text() == "Oui, tout annuler")
    click(qtbot, yes)
    assert screen.model.rowCount() == 0
    assert screen.notice_label.text() == "Ticket annulé"
    with demo_ctx.uow() as uow:
        count = len(
            list(
                uow.session.scalars(
                    select(FiscalEvent).where(FiscalEvent.code == EventCode.LINE_VOID)
                )
            )
        )
    assert count == 2
    assert ticket_count(demo_ctx) == 0


def test_scale_label_carries_its_price(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    from cafe_pos.domain.barcodes import ean13_check_digit as ean13_check
    from cafe_pos.services import catalogue

    camille = actor_of("Camille")
    category = next(c for c in catalogue.list_categories(demo_ctx) if c.name == "Épicerie")
    lookup = "210012300000" + ean13_check("210012300000")  # PLU 00123, price digits zeroed
    catalogue.create_product(
        demo_ctx,
        camille,
        catalogue.ProductInput(
            name="Terrine de campagne",
            short_label="Terrine",
            category_id=category.id,
            price_cents=1990,
            vat_onsite_bp=550,
            vat_takeaway_bp=550,
            barcodes=(lookup,),
            quick_key=False,
        ),
    )
    label = "210012300450"  # the scale printed 4,50 €
    screen = make_screen("Léo")
    scan(qtbot, screen, label + ean13_check(label))
    assert screen.row_texts() == [("Terrine de campagne", "4,50 €")]
