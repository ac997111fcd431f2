"""Full product names on tickets, and which discounts the staff limit looks at.

A sale key shows the product's short label ("Demi"); the ticket, the receipt, the tab
and the fiscal journal say its full name ("Demi pression"). SAM and happy-hour
discounts are not staff discounts: the 10 % staff limit doesn't stop them.
"""

from __future__ import annotations

import pytest
from sales_helpers import MANAGER, STAFF, Items, SeededContext
from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart, Discount
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.domain.receipt_layout import build_receipt, render_text
from cafe_pos.services import alcohol, promotions, selling, tabs
from cafe_pos.services.promotions import PromotionInput
from cafe_pos.services.selling import ManagerApprovalNeeded, checkout
from cafe_pos.store.models import Category, Product, TabLine, Ticket
from cafe_pos.store.models.fiscal import JournalEntry

EVERY_DAY = frozenset(range(7))


def _short_labels(ctx: ServiceContext) -> None:
    with ctx.uow() as uow:
        for product in uow.session.scalars(select(Product)):
            if product.name == "Demi pression":
                product.short_label = "Demi"
            if product.name == "Sandwich jambon":
                product.short_label = "Jambon"
        uow.commit()


def test_tickets_receipts_tabs_and_journal_say_the_full_name(ctx: ServiceContext) -> None:
    _short_labels(ctx)
    keys = {item.key_label: item for cat in selling.quick_keys(ctx) for item in cat.items}
    demi = keys["Demi"]  # the sale key still says "Demi"
    assert demi.label == "Demi pression"
    cart = Cart()
    cart.add(demi, 2000)
    cart.add(keys["Jambon"])
    assert [line.label for line in cart.lines] == ["Demi pression", "Sandwich jambon"]
    result = checkout(ctx, STAFF, cart, [PaymentInput("cash", 1150)], token=cart.token)
    text = render_text(build_receipt(result.receipt, 42), 42)
    assert "Demi pression" in text and "Sandwich jambon" in text
    with ctx.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert [ln.label for ln in ticket.lines] == ["Demi pression", "Sandwich jambon"]
        entry = uow.session.scalars(
            select(JournalEntry).where(JournalEntry.ticket_id == ticket.id)
        ).one()
        assert "Demi pression" in entry.payload  # what the auditor reads
    tab = tabs.open_tab(ctx, STAFF, "Table 2")
    round_ = Cart()
    round_.add(demi)
    tabs.add_to_tab(ctx, STAFF, tab.id, round_)
    with ctx.uow() as uow:
        assert list(uow.session.scalars(select(TabLine.label))) == ["Demi pression"]
    assert [line.label for line in tabs.tab_cart(ctx, tab.id).lines] == ["Demi pression"]


def test_sam_free_soft_drinks_need_no_manager(ctx: ServiceContext, items: Items) -> None:
    cart = Cart()
    cart.add(items["coffee"], 2000)
    cart.add(items["sandwich"])
    assert alcohol.give_sam(ctx, STAFF, cart) == 2  # default: free, up to 3 soft drinks
    assert cart.lines[0].total_cents == 0
    assert cart.lines[0].line_discount is not None
    assert cart.lines[0].line_discount.origin == "sam"
    selling.authorize_discount(ctx, STAFF, cart)  # no ManagerApprovalNeeded
    result = checkout(ctx, STAFF, cart, [PaymentInput("cash", 550)], token=cart.token)
    assert result.total_cents == 550
    assert result.receipt.discount_cents == 300  # the gift shows on the receipt


def test_a_manual_discount_on_top_of_sam_is_still_limited(
    ctx: ServiceContext, items: Items
) -> None:
    cart = Cart()
    cart.add(items["coffee"])
    cart.add(items["sandwich"])
    alcohol.give_sam(ctx, STAFF, cart)
    cart.set_line_discount(1, Discount.percent(5000))  # 50 % on the sandwich, by hand
    with pytest.raises(ManagerApprovalNeeded) as refused:
        selling.authorize_discount(ctx, STAFF, cart)
    assert refused.value.requested_bp == 5000  # SAM's 100 % is not what is asked about
    with pytest.raises(ManagerApprovalNeeded):
        checkout(ctx, STAFF, cart, [PaymentInput("cash", 275)], token=cart.token)
    selling.authorize_discount(ctx, STAFF, cart, approver=MANAGER)


def _happy_hour(ctx: SeededContext) -> None:
    with ctx.uow() as uow:
        cats = {c.name: c.id for c in uow.session.scalars(select(Category))}
    ids = ctx.product_ids
    soft = PromotionInput(
        "Happy hour sans alcool", EVERY_DAY, "09:00-11:00", "percent", 5000,
        product_ids=frozenset({ids["coffee"], ids["lemonade"]}),
    )  # fmt: skip
    beer = PromotionInput(
        "Happy hour bière", EVERY_DAY, "09:00-11:00", "percent", 5000,
        category_ids=frozenset({cats["Bières"]}),
    )  # fmt: skip
    promotions.save_promotions(ctx, MANAGER, [soft, beer])


def test_happy_hour_is_named_repriced_and_not_a_staff_discount(
    ctx: SeededContext, items: Items
) -> None:
    _happy_hour(ctx)  # 10:00 now: -50 % on beer and coffee
    cart = Cart()
    cart.add(items["beer"])
    promotions.price_cart(ctx, cart)
    discount = cart.lines[0].line_discount
    assert discount is not None
    assert (discount.origin, discount.name) == ("promotion", "Happy hour bière")
    assert cart.total_cents == 150
    cart.add(items["beer"])  # same product again: one line, re-priced for two
    promotions.price_cart(ctx, cart)
    assert len(cart) == 1 and cart.total_cents == 300
    cart.set_quantity(0, 1000)
    promotions.price_cart(ctx, cart)
    assert cart.total_cents == 150
    selling.authorize_discount(ctx, STAFF, cart)  # 50 % but not a staff discount
    result = checkout(ctx, STAFF, cart, [PaymentInput("cash", 150)], token=cart.token)
    assert [(ln.label, ln.discount_cents) for ln in result.receipt.lines] == [
        ("Demi pression", 150)
    ]
    text = render_text(build_receipt(result.receipt, 42), 42)
    assert "Remise" in text and "-1,50 €" in text


def test_promotions_go_when_the_happy_hour_ends(
    ctx: SeededContext, items: Items, clock: FixedClock
) -> None:
    _happy_hour(ctx)
    cart = Cart()
    cart.add(items["coffee"])
    promotions.price_cart(ctx, cart)
    assert cart.total_cents == 75
    clock.advance(minutes=90)  # 11:30: over
    promotions.price_cart(ctx, cart)
    assert cart.total_cents == 150 and cart.lines[0].line_discount is None
    cart.set_line_discount(0, Discount.percent(1000))  # a staff discount stays as it is
    promotions.price_cart(ctx, cart)
    assert cart.total_cents == 135


def test_a_sam_drink_on_a_tab_is_still_sam_when_the_tab_is_paid(ctx: ServiceContext) -> None:
    """The discount's origin is kept on the tab: staff pay it later without a manager PIN."""
    keys = {item.label: item for cat in selling.quick_keys(ctx) for item in cat.items}
    soft = next(item for item in keys.values() if item.is_drink and not item.is_alcohol)
    tab = tabs.open_tab(ctx, STAFF, "Table du conducteur")
    round_ = Cart()
    round_.add(soft)
    round_.set_line_discount(0, Discount.percent(10000, origin="sam", name="SAM"))
    tabs.add_to_tab(ctx, STAFF, tab.id, round_)
    with ctx.uow() as uow:
        line = uow.session.scalars(select(TabLine)).one()
        assert (line.discount_origin, line.discount_name) == ("sam", "SAM")
    reloaded = tabs.tab_cart(ctx, tab.id)
    assert reloaded.lines[0].line_discount == Discount.percent(10000, origin="sam", name="SAM")
    assert reloaded.total_cents == 0
    result = tabs.pay_tab_lines(ctx, STAFF, tab.id, None, [], token="sam-tab-1")
    assert result.total_cents == 0
