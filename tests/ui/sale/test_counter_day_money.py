"""Counter day one, money and records (issue 11, items 1-4) on the real sale screen.

1. A price changed in Réglages → Catalogue reaches the keys and the open ticket at once;
   ``checkout`` never seals a price the screen cached.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf
from sale_ui_helpers import MakeScreen, click, tickets

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart, PricesChanged
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.services import catalogue, sale_items, selling, tabs
from cafe_pos.ui.sale.float_prompt import FloatPrompt


def _set_price(ctx: ServiceContext, manager: Any, name: str, cents: int) -> None:
    view = next(p for p in catalogue.search_products(ctx, name) if p.name == name)
    catalogue.update_product(ctx, manager, view.id, replace(view.to_input(), price_cents=cents))


def _back_to_the_sale_screen(qtbot: QtBot, screen: Any) -> None:
    """What switching to Réglages and back does to the section (a hidden, then shown page)."""
    screen.hide()
    with qtbot.waitExposed(screen):
        screen.show()


def test_a_price_changed_in_the_catalogue_reaches_the_keys_and_the_open_ticket(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    screen = make_screen("Camille")
    screen.keys.show_category_named("Softs")
    click(qtbot, screen.keys.button_for("Coca"))
    old = screen.cart.lines[0].unit_price_cents
    _set_price(demo_ctx, actor_of("Camille"), "Coca-Cola 33 cl", old + 40)
    _back_to_the_sale_screen(qtbot, screen)
    # the key and the line already on the ticket follow the catalogue
    assert screen.keys.button_for("Coca").text().replace("\u00a0", " ").count(",") == 1
    item = next(i for i in screen.keys.product_items if i.key_label == "Coca")
    assert item.price_cents == old + 40
    assert screen.cart.lines[0].unit_price_cents == old + 40
    assert "Prix mis à jour" in screen.last_message
    # searching the same product adds it at the same price: one ticket, one price
    click(qtbot, screen.keys.button_for("Coca"))
    assert {line.unit_price_cents for line in screen.cart.lines} == {old + 40}
    dialog = screen.pay()
    assert dialog is not None
    dialog.add_exact_cash()
    click(qtbot, dialog.validate_button)
    sealed = tickets(demo_ctx)[-1]
    assert [line.unit_price_cents for line in sealed.lines] == [old + 40]
    assert sealed.total_cents == 2 * (old + 40)


def test_checkout_refuses_a_price_the_screen_cached_and_reprices_the_ticket(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    screen = make_screen("Camille")
    screen.keys.show_category_named("Softs")
    click(qtbot, screen.keys.button_for("Coca"))
    old = screen.cart.lines[0].unit_price_cents
    dialog = screen.pay()
    assert dialog is not None
    # the price changes while the payment dialog is open (another till, the back office)
    _set_price(demo_ctx, actor_of("Camille"), "Coca-Cola 33 cl", old + 50)
    dialog.add_exact_cash()
    click(qtbot, dialog.validate_button)
    shown_dialog = dialog
    qtbot.waitUntil(lambda: not shown_dialog.isVisible())
    assert tickets(demo_ctx) == []  # nothing sealed at the old price
    assert screen.total_text() == screen.row_texts()[0][1]
    assert screen.cart.lines[0].unit_price_cents == old + 50
    assert "Prix mis à jour" in screen.notice_label.text()
    # paying again takes the new price
    dialog = screen.pay()
    assert dialog is not None
    dialog.add_exact_cash()
    click(qtbot, dialog.validate_button)
    assert tickets(demo_ctx)[-1].total_cents == old + 50


def test_the_service_takes_the_catalogue_price_unless_a_label_or_a_tab_fixed_it(
    demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    camille = actor_of("Camille")
    coca = next(p for p in catalogue.search_products(demo_ctx, "Coca-Cola 33 cl"))
    item = sale_items.sale_item(demo_ctx, coca.id)
    stale = Cart()
    stale.add(item)
    labelled = Cart()
    labelled.add(item, unit_price_cents=item.price_cents)  # a scale label's own price
    _set_price(demo_ctx, camille, coca.name, item.price_cents + 30)
    with pytest.raises(PricesChanged):
        selling.checkout(
            demo_ctx, camille, stale, [PaymentInput("cash", 1000, 1000)], token="t-stale"
        )
    assert stale.total_cents == item.price_cents + 30
    assert sale_items.refresh_cart(demo_ctx, labelled) == []
    assert labelled.total_cents == item.price_cents
    # a round put on a tab is saved at today's price, then the tab keeps its snapshot
    tab = tabs.open_tab(demo_ctx, camille, "Table 2")
    round_ = Cart()
    round_.add(item)
    view = tabs.add_to_tab(demo_ctx, camille, tab.id, round_)
    assert view.total_cents == item.price_cents + 30
    _set_price(demo_ctx, camille, coca.name, item.price_cents + 90)
    assert tabs.tab_cart(demo_ctx, tab.id).total_cents == item.price_cents + 30


def test_a_new_quick_key_appears_without_a_restart(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    screen = make_screen("Camille")
    coca = next(p for p in catalogue.search_products(demo_ctx, "Coca-Cola 33 cl"))
    new = replace(coca.to_input(), name="Limonade artisanale", short_label="Limonade", barcodes=())
    catalogue.create_product(demo_ctx, actor_of("Camille"), new)
    _back_to_the_sale_screen(qtbot, screen)
    screen.keys.show_category_named(coca.category_name)
    assert screen.keys.button_for("Limonade").isVisible()


def test_after_the_z_payer_asks_the_float_and_the_cash_lands_in_the_drawer(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    """Items 2 and 3: the Z never stops the café; cash never outside the expected drawer."""
    from cafe_pos.services import cash

    camille = actor_of("Camille")
    closed = cash.close_count(demo_ctx, camille, {5000: 2, 1000: 5})  # the Z of the day
    assert closed.closure_created and cash.current_session(demo_ctx) is None
    screen = make_screen("Camille")
    screen.keys.show_category_named("Softs")
    click(qtbot, screen.keys.button_for("Coca"))
    total = screen.cart.total_cents
    click(qtbot, screen.pay_button)
    prompt = screen.dialog
    assert isinstance(prompt, FloatPrompt)
    assert prompt is not None and prompt.objectName() == "floatPrompt"
    assert "150,00" in prompt.same_button.text()
    click(qtbot, prompt.same_button)  # one tap: the same float as the last opening
    qtbot.waitUntil(lambda: screen.payment_dialog is not None)
    dialog = screen.payment_dialog
    assert dialog is not None
    dialog.add_exact_cash()
    click(qtbot, dialog.validate_button)
    assert dialog.sale_result is not None and dialog.sale_result.ticket_number is not None
    session = cash.current_session(demo_ctx)
    assert session is not None and session.float_cents == 15000
    assert session.business_date > closed.session.business_date  # the next service period
    assert cash.expected_cash(demo_ctx).expected_cents == 15000 + total


def test_a_cash_sale_with_the_drawer_closed_opens_it_never_outside(
    demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    from cafe_pos.services import cash

    camille = actor_of("Camille")
    cash.close_count(demo_ctx, camille, {5000: 2, 1000: 5})
    coca = next(p for p in catalogue.search_products(demo_ctx, "Coca-Cola 33 cl"))
    cart = Cart()
    cart.add(sale_items.sale_item(demo_ctx, coca.id))
    selling.checkout(
        demo_ctx, camille, cart, [PaymentInput("cash", 2000, 2000)], token="closed-drawer"
    )
    session = cash.current_session(demo_ctx)
    assert session is not None  # opened by the sale with the last float
    assert cash.expected_cash(demo_ctx).expected_cents == 15000 + cart.total_cents
    # counting exactly that is "Caisse juste", not a false "Excédent"
    assert cash.expected_cash(demo_ctx).float_cents == 15000


def test_the_ticket_in_progress_survives_a_closed_window(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    """Item 4: Alt+F4 / a crash in the middle of a round: the ticket comes back."""
    from cafe_pos.services import open_ticket

    screen = make_screen("Léo")
    screen.keys.show_category_named("Softs")
    click(qtbot, screen.keys.button_for("Coca"))
    click(qtbot, screen.keys.button_for("Coca"))
    click(qtbot, screen.takeaway_button)
    qtbot.waitUntil(lambda: open_ticket.load(demo_ctx) is not None, timeout=3000)
    rows, total = screen.row_texts(), screen.total_text()
    screen.close()  # the window is gone (a crash would leave the same row behind)

    again = make_screen("Léo")
    assert again.row_texts() == rows and again.total_text() == total
    assert again.cart.takeaway
    assert "Ticket en cours repris" in again.last_message
    dialog = again.pay()
    assert dialog is not None
    dialog.add_exact_cash()
    click(qtbot, dialog.validate_button)
    assert open_ticket.load(demo_ctx) is None  # paid: it never comes back
    assert dialog.sale_result is not None
    assert tickets(demo_ctx)[-1].total_cents == dialog.sale_result.total_cents
