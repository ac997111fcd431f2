"""The responsible-sale checks inside the real checkout and tab services (one transaction)."""

from __future__ import annotations

import pytest
from alcohol_fixtures import MANAGER, STAFF, Cafe, friday
from sqlalchemy import func, select

from cafe_pos.domain.alcohol import (
    AlcoholRefusedForTab,
    OpenBarRefused,
    OutsideLegalHours,
    RefusalReason,
)
from cafe_pos.domain.cart import Cart, Discount
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.services import alcohol, selling, tabs
from cafe_pos.services.alcohol import Override
from cafe_pos.store.models.sales import TabLine, Ticket


def tickets(cafe: Cafe) -> int:
    with cafe.ctx.uow() as uow:
        return int(uow.session.scalar(select(func.count(Ticket.id))) or 0)


def pay(cafe: Cafe, cart: Cart) -> selling.SaleResult:
    return selling.checkout(
        cafe.ctx, STAFF, cart, [PaymentInput("cash", cart.total_cents)], token=cart.token
    )


def test_checkout_refuses_alcohol_after_closing_unless_overridden(cafe: Cafe) -> None:
    cafe.clock.set(friday(1, 30))  # Thursday's night, closed at 01:00
    cart = Cart()
    cart.add(cafe.item("Pastis"))
    with pytest.raises(OutsideLegalHours):
        pay(cafe, cart)
    assert tickets(cafe) == 0
    alcohol.grant_hours_override(cafe.ctx, Override(MANAGER, "Fête de la musique"), cart.token)
    assert pay(cafe, cart).ticket_number == 1
    soft = Cart()
    soft.add(cafe.item("Coca"))
    assert pay(cafe, soft).ticket_number == 2  # soft drinks need nothing


def test_checkout_refuses_an_open_bar(cafe: Cafe) -> None:
    cart = Cart()
    cart.add(cafe.item("Pinte"))
    cart.add(cafe.item("Croque-monsieur"))
    cart.set_line_discount(0, Discount.percent(10000))
    with pytest.raises(OpenBarRefused):
        selling.checkout(
            cafe.ctx, MANAGER, cart, [PaymentInput("cash", cart.total_cents)], token=cart.token
        )
    assert tickets(cafe) == 0


def test_no_more_alcohol_on_a_tab_refused_for_drunkenness(cafe: Cafe) -> None:
    tab = tabs.open_tab(cafe.ctx, STAFF, "Table 2")
    first = Cart()
    first.add(cafe.item("Pinte"), 2000)
    tabs.add_to_tab(cafe.ctx, STAFF, tab.id, first)
    alcohol.refuse_service(cafe.ctx, STAFF, RefusalReason.DRUNK, tab_id=tab.id)
    again = Cart()
    again.add(cafe.item("Demi pression"))
    with pytest.raises(AlcoholRefusedForTab):
        tabs.add_to_tab(cafe.ctx, STAFF, tab.id, again)
    water = Cart()
    water.add(cafe.item("Carafe d'eau"))
    water.add(cafe.item("Croque-monsieur"))
    tabs.add_to_tab(cafe.ctx, STAFF, tab.id, water)
    with cafe.ctx.uow() as uow:
        labels = list(uow.session.scalars(select(TabLine.label).where(TabLine.tab_id == tab.id)))
    assert labels == ["Pinte", "Carafe d'eau", "Croque-monsieur"]
    # The pints served before the refusal are still paid, even after the closing time.
    cafe.clock.set(friday(3, 0, day=28))  # Friday night closes at 02:00
    result = tabs.pay_tab_lines(
        cafe.ctx, STAFF, tab.id, None, [PaymentInput("cash", 1750)], token="tab-2-bill"
    )
    assert result.total_cents == 1750
