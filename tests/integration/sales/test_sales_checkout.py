"""Checkout: one transaction writes the whole sale, or nothing; bad input refused."""

from __future__ import annotations

import json
from typing import TypedDict

import pytest
from sales_helpers import MANAGER, NUTELLA_EAN, STAFF, Items, SeededContext, counts
from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.barcodes import ean13_check_digit as ean13_check
from cafe_pos.domain.cart import Cart, Discount
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.errors import PermissionDenied, UserError
from cafe_pos.domain.payments import AlcoholOnCredit, PaymentError, PaymentInput
from cafe_pos.services import selling
from cafe_pos.services.selling import (
    DuplicateCheckout,
    ManagerApprovalNeeded,
    checkout,
    quick_keys,
    scan,
    search_items,
    void_line,
    void_quantity_reduction,
    void_ticket,
)
from cafe_pos.store.models import Payment, StockMovement, Ticket
from cafe_pos.store.models.fiscal import FiscalEvent, JournalEntry
from cafe_pos.store.models.printing import PrintJob


def _four_line_cart(items: Items) -> Cart:
    cart = Cart()
    cart.add(items["coffee"], 2000)
    cart.add(items["beer"])
    cart.add(items["sandwich"])
    cart.add(items["lemonade"])  # + its deposit line
    return cart


def test_checkout_writes_ticket_lines_vat_payments_stock_seal_and_print(
    ctx: SeededContext, items: Items
) -> None:
    cart = _four_line_cart(items)
    assert cart.total_cents == 300 + 300 + 550 + 250 + 20
    result = checkout(
        ctx,
        STAFF,
        cart,
        [PaymentInput("card", 1000), PaymentInput("cash", 500, tendered_cents=500)],
        print_receipt=True,
        token=cart.token,
    )
    assert result.ticket_number == 1
    assert result.total_cents == 1420
    assert result.change_cents == 80
    assert result.receipt.signature_short
    assert result.receipt.shop.siret == "73282932000074"
    assert result.print_job_id is not None
    with ctx.uow() as uow:
        s = uow.session
        ticket = s.scalars(select(Ticket)).one()
        assert ticket.number == 1 and ticket.total_cents == 1420 and ticket.line_count == 5
        assert ticket.client_token == cart.token
        assert [ln.label for ln in ticket.lines] == [
            "Café",
            "Demi pression",
            "Sandwich jambon",
            "Limonade 1 L",
            "Consigne bouteille",
        ]
        assert sum(ln.total_cents for ln in ticket.lines) == 1420
        assert {v.vat_bp: v.total_cents for v in ticket.vat_lines} == {2000: 300, 1000: 1100, 0: 20}
        assert sum(v.base_cents + v.vat_cents for v in ticket.vat_lines) == 1420
        payments = {
            p.method: (p.amount_cents, p.tendered_cents, p.change_cents) for p in ticket.payments
        }
        assert payments == {"card": (1000, 1000, 0), "cash": (420, 500, 80)}
        moves = s.scalars(select(StockMovement).order_by(StockMovement.id)).all()
        assert [(m.product_id, m.qty_milli) for m in moves] == [
            (ctx.product_ids["coffee"], -2000),
            (ctx.product_ids["beer"], -1000),
            (ctx.product_ids["sandwich"], -1000),
            (ctx.product_ids["lemonade"], -1000),
        ]  # the deposit is not stocked
        entry = s.scalars(select(JournalEntry).where(JournalEntry.ticket_id == ticket.id)).one()
        assert entry.hash.upper().startswith(result.receipt.signature_short.replace("-", ""))
        kinds = [j.kind for j in s.scalars(select(PrintJob).order_by(PrintJob.id))]
        assert kinds == ["drawer", "receipt"]
        receipt_job = s.get(PrintJob, result.print_job_id)
        assert receipt_job is not None and "Demi pression" in receipt_job.payload
    again = Cart()
    again.add(items["coffee"])
    assert (
        checkout(ctx, STAFF, again, [PaymentInput("card", 150)], token=again.token).ticket_number
        == 2
    )


def test_no_receipt_printed_unless_asked(ctx: ServiceContext, items: Items) -> None:
    cart = Cart()
    cart.add(items["coffee"])
    result = checkout(ctx, STAFF, cart, [PaymentInput("card", 150)], token=cart.token)
    assert result.print_job_id is None
    assert counts(ctx)["print_jobs"] == 0  # card: no drawer pulse either


@pytest.mark.parametrize(
    "target", ["cafe_pos.fiscal.journal.seal_ticket", "cafe_pos.services.printing.enqueue_document"]
)
def test_a_failing_seal_or_print_enqueue_leaves_nothing_written(
    ctx: ServiceContext,
    items: Items,
    monkeypatch: pytest.MonkeyPatch,
    target: str,
) -> None:
    before = counts(ctx)

    def boom(*_args: object, **_kw: object) -> None:
        raise RuntimeError("disk on fire")

    module, name = target.rsplit(".", 1)
    monkeypatch.setattr(f"{module}.{name}", boom)
    cart = _four_line_cart(items)
    with pytest.raises(RuntimeError):
        checkout(
            ctx, STAFF, cart, [PaymentInput("cash", 2000)], print_receipt=True, token=cart.token
        )
    assert counts(ctx) == before
    monkeypatch.undo()
    # The very same cart can then be paid normally, as ticket n° 1 (no gap).
    assert (
        checkout(ctx, STAFF, cart, [PaymentInput("cash", 2000)], token=cart.token).ticket_number
        == 1
    )


def test_double_click_on_pay_records_the_sale_once(ctx: ServiceContext, items: Items) -> None:
    cart = Cart()
    cart.add(items["beer"], 2000)
    checkout(ctx, STAFF, cart, [PaymentInput("cash", 1000)], token=cart.token)
    after_first = counts(ctx)
    with pytest.raises(DuplicateCheckout, match="n° 1"):
        checkout(ctx, STAFF, cart, [PaymentInput("cash", 1000)], token=cart.token)
    assert counts(ctx) == after_first


class CheckoutOptions(TypedDict, total=False):
    cashback_cents: int
    customer_account_id: int


@pytest.mark.parametrize(
    ("payments", "kwargs", "error", "message"),
    [
        ([PaymentInput("card", 500)], {}, PaymentError, "il manque"),
        ([PaymentInput("card", 5000)], {}, PaymentError, "seules les espèces"),
        ([PaymentInput("meal_voucher", 600)], {}, PaymentError, "titres-restaurant"),
        ([PaymentInput("card", 600)], {"cashback_cents": 7000}, PaymentError, "60,00"),
        ([PaymentInput("cash", 600)], {"cashback_cents": 1000}, PaymentError, "carte"),
        ([PaymentInput("account", 600)], {"customer_account_id": 1}, AlcoholOnCredit, "crédit"),
        ([PaymentInput("cash", -600)], {}, PaymentError, "positif"),
    ],
)
def test_bad_payments_are_refused_and_nothing_is_recorded(
    ctx: ServiceContext,
    items: Items,
    payments: list[PaymentInput],
    kwargs: CheckoutOptions,
    error: type[Exception],
    message: str,
) -> None:
    cart = Cart()
    cart.add(items["beer"], 2000)  # 6,00 € of alcohol
    before = counts(ctx)
    with pytest.raises(error, match=message):
        checkout(ctx, STAFF, cart, payments, token=cart.token, **kwargs)
    assert counts(ctx) == before


def test_cashback_is_a_cash_out_not_a_sale(ctx: ServiceContext, items: Items) -> None:
    cart = Cart()
    cart.add(items["nutella"])
    result = checkout(
        ctx, STAFF, cart, [PaymentInput("card", 429)], cashback_cents=4000, token=cart.token
    )
    assert result.cashback_cents == 4000
    assert result.receipt.cashback_cents == 4000
    with ctx.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.total_cents == 429
        assert ticket.cashback_cents == 4000
        card = uow.session.scalars(select(Payment)).one()
        assert (card.amount_cents, card.tendered_cents) == (429, 4429)


def test_staff_discount_above_the_limit_needs_a_manager(ctx: ServiceContext, items: Items) -> None:
    cart = Cart()
    cart.add(items["sandwich"], 2000)
    cart.set_line_discount(0, Discount.percent(2000))  # 20 % > 10 % limit
    before = counts(ctx)
    with pytest.raises(ManagerApprovalNeeded, match=r"20 %.*10 %"):
        selling.authorize_discount(ctx, STAFF, cart)
    with pytest.raises(ManagerApprovalNeeded):
        checkout(ctx, STAFF, cart, [PaymentInput("cash", 880)], token=cart.token)
    assert counts(ctx) == before
    with pytest.raises(PermissionDenied):
        selling.authorize_discount(ctx, STAFF, cart, approver=STAFF)
    selling.authorize_discount(ctx, STAFF, cart, approver=MANAGER)
    result = checkout(ctx, STAFF, cart, [PaymentInput("cash", 880)], token=cart.token)
    assert result.total_cents == 880
    with ctx.uow() as uow:
        event = uow.session.scalars(select(FiscalEvent).where(FiscalEvent.code == 130)).one()
        assert "Camille" in event.message and "20 %" in event.message
    # A bigger discount after the approval needs a new one.
    bigger = Cart()
    bigger.add(items["sandwich"])
    bigger.set_line_discount(0, Discount.percent(2000))
    bigger.approve_discounts("Camille")
    bigger.set_line_discount(0, Discount.percent(5000))
    with pytest.raises(ManagerApprovalNeeded):
        checkout(ctx, STAFF, bigger, [PaymentInput("cash", 275)], token=bigger.token)


def test_small_staff_discount_and_manager_discount_pass(ctx: ServiceContext, items: Items) -> None:
    cart = Cart()
    cart.add(items["sandwich"])
    cart.set_ticket_discount(Discount.amount(55))  # exactly 10 %
    assert (
        checkout(ctx, STAFF, cart, [PaymentInput("cash", 495)], token=cart.token).total_cents == 495
    )
    cart2 = Cart()
    cart2.add(items["sandwich"])
    cart2.set_ticket_discount(Discount.percent(5000))
    assert (
        checkout(ctx, MANAGER, cart2, [PaymentInput("cash", 275)], token=cart2.token).total_cents
        == 275
    )


def test_takeaway_uses_takeaway_vat(ctx: ServiceContext, items: Items) -> None:
    cart = Cart()
    cart.add(items["coffee"])
    cart.set_takeaway(True)
    checkout(ctx, STAFF, cart, [PaymentInput("card", 150)], token=cart.token)
    with ctx.uow() as uow:
        line = uow.session.scalars(select(Ticket)).one().lines[0]
        assert (line.vat_bp, line.takeaway) == (550, True)


def test_training_mode_records_nothing(ctx: ServiceContext, items: Items) -> None:
    ctx.training = True
    before = counts(ctx)
    cart = _four_line_cart(items)
    result = checkout(ctx, STAFF, cart, [PaymentInput("cash", 2000)], token=cart.token)
    assert result.ticket_number is None
    assert result.receipt.training
    assert counts(ctx) == before


def test_empty_cart_and_bad_token_refused(ctx: ServiceContext, items: Items) -> None:
    with pytest.raises(UserError, match="vide"):
        checkout(ctx, STAFF, Cart(), [], token="abc")
    cart = Cart()
    cart.add(items["coffee"])
    with pytest.raises(UserError, match="Jeton"):
        checkout(ctx, STAFF, cart, [PaymentInput("cash", 150)], token="x" * 65)


def test_free_water_sells_at_zero(ctx: ServiceContext, items: Items) -> None:
    cart = Cart()
    cart.add(items["water"])
    result = checkout(ctx, STAFF, cart, [], token=cart.token)
    assert result.total_cents == 0 and result.receipt.lines[0].label == "Carafe d'eau"


def test_scan_fixes_azerty_and_finds_the_product(ctx: ServiceContext) -> None:
    azerty = NUTELLA_EAN.translate(str.maketrans("1234567890", "&é\"'(-è_çà"))
    result = scan(ctx, azerty + "\n")
    assert result.item is not None and result.item.label == "Nutella 400 g"
    assert (result.qty_milli, result.code) == (1000, NUTELLA_EAN)
    cart = Cart()
    assert result.add_to(cart) is not None and cart.total_cents == 429


def test_scan_refusals_and_unknown_codes(ctx: ServiceContext) -> None:
    with pytest.raises(UserError, match="trop long"):
        scan(ctx, "3" * 300)
    with pytest.raises(UserError, match="clé de contrôle"):
        scan(ctx, "3017620422004")
    unknown = scan(ctx, "3017620422010")
    assert unknown.item is None
    assert unknown.message == "Code inconnu : 3017620422010"


def test_scale_label_with_price(ctx: ServiceContext) -> None:
    first12 = "210004201234"  # PLU 00042, 12,34 €
    result = scan(ctx, first12 + ean13_check(first12))
    assert result.item is not None and result.item.label == "Comté"
    assert (result.qty_milli, result.unit_price_cents, result.unit) == (1000, 1234, "piece")
    cart = Cart()
    result.add_to(cart)
    assert cart.total_cents == 1234


def test_quick_keys_and_search(ctx: ServiceContext) -> None:
    keys = quick_keys(ctx)
    names = [k.name for k in keys]
    assert names[:3] == ["Cafés", "Bières", "Snacks"]
    assert "Consignes" not in names  # no quick-key product there
    cafes = next(k for k in keys if k.name == "Cafés")
    assert cafes.items[0].label in ("Café", "Carafe d'eau")
    lemonade = next(i for k in keys for i in k.items if i.label == "Limonade 1 L")
    assert lemonade.deposit is not None and lemonade.deposit.price_cents == 20
    assert [i.label for i in search_items(ctx, "sandw")] == ["Sandwich jambon"]
    assert [i.label for i in search_items(ctx, NUTELLA_EAN)] == ["Nutella 400 g"]
    assert search_items(ctx, "   ") == []


def test_void_line_is_recorded_in_the_journal(ctx: ServiceContext, items: Items) -> None:
    cart = Cart()
    cart.add(items["beer"], 3000)
    line = cart.remove(0)
    void_line(ctx, STAFF, line, "erreur de saisie")
    with ctx.uow() as uow:
        event = uow.session.scalars(select(FiscalEvent)).all()[-1]
        assert "Demi pression" in event.message and "9,00 €" in event.message
        assert json.loads(event.details)["reason"] == "erreur de saisie"


def test_a_lowered_quantity_and_an_abandoned_ticket_are_journaled(
    ctx: ServiceContext, items: Items
) -> None:
    cart = Cart()
    cart.add(items["beer"], 3000)  # 3 demis at 3,00 €
    void_quantity_reduction(ctx, STAFF, cart.lines[0], 1000)  # back to one: 2 voided
    void_quantity_reduction(ctx, STAFF, cart.lines[0], 3000)  # not lower: nothing to record
    cart.set_quantity(0, 1000)
    cart.add(items["coffee"])
    void_ticket(ctx, STAFF, cart)
    with ctx.uow() as uow:
        voids = [
            (json.loads(e.details)["qty_milli"], json.loads(e.details)["total_cents"], e.message)
            for e in uow.session.scalars(select(FiscalEvent).where(FiscalEvent.code == 903))
        ]
    assert [(q, t) for q, t, _ in voids] == [(2000, 600), (1000, 300), (1000, 150)]
    assert "quantité réduite" in voids[0][2]
    assert all("ticket annulé" in message for _, _, message in voids[1:])


def test_settings_change_the_rules(ctx: ServiceContext, items: Items, clock: FixedClock) -> None:
    import datetime as dt

    from cafe_pos.domain.clock import PARIS
    from cafe_pos.services.settings import set_setting

    set_setting(ctx, MANAGER, "sales.staff_discount_limit_bp", 2500)
    cart = Cart()
    cart.add(items["sandwich"])
    cart.set_line_discount(0, Discount.percent(2000))
    assert (
        checkout(ctx, STAFF, cart, [PaymentInput("cash", 440)], token=cart.token).total_cents == 440
    )
    # After midnight, before the day changes (04:00), a sale belongs to the evening before.
    clock.set(dt.datetime(2026, 11, 27, 1, 30, tzinfo=PARIS))
    late = Cart()
    late.add(items["coffee"])
    checkout(ctx, STAFF, late, [PaymentInput("cash", 150)], token=late.token)
    with ctx.uow() as uow:
        days = [
            t.business_date for t in uow.session.scalars(select(Ticket).order_by(Ticket.number))
        ]
    assert days == [dt.date(2026, 11, 26), dt.date(2026, 11, 26)]
