"""The fast checkout path (issue 3): the seal is built from the values inserted, never
read back, and what it caches never hides a change made by another till process."""

from __future__ import annotations

import datetime as dt

import pytest
from sales_helpers import MANAGER, STAFF, Items
from sqlalchemy import select

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.alcohol import OutsideLegalHours
from cafe_pos.domain.cart import Cart, Discount, SaleItem
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.fiscal import canonical
from cafe_pos.fiscal.records import load_tickets
from cafe_pos.fiscal.verify import verify_database
from cafe_pos.services.alcohol_config import set_weekly_hours
from cafe_pos.services.closing import close_day
from cafe_pos.services.selling import ManagerApprovalNeeded, checkout
from cafe_pos.services.settings import set_setting
from cafe_pos.store.models import Ticket
from cafe_pos.store.models.fiscal import JournalEntry
from cafe_pos.store.raw import raw_connection

KIR = SaleItem(  # no product row: a free-text line, with every character JSON escapes
    None, 'Kir "maison" \\ à 4,50 €\t✓\n', "Apéritifs", 450, 2000, 2000, True, True
)


def _pay(ctx: ServiceContext, cart: Cart) -> int:
    total = cart.total_cents
    payments = [PaymentInput("cash", total, tendered_cents=total + 55)] if total else []
    result = checkout(ctx, STAFF, cart, payments, token=cart.token)
    assert result.ticket_number is not None
    return result.ticket_number


def test_sealed_payload_is_what_verify_rebuilds_from_the_rows(
    ctx: ServiceContext,
    items: Items,
) -> None:
    carts = []
    cart = Cart()
    cart.add(items["coffee"], 3000)
    cart.add(KIR)
    cart.add(items["lemonade"])  # + its deposit line
    cart.add(items["paper"])  # third party, 2.1 %
    cart.set_line_discount(0, Discount.percent(1000))
    carts.append(cart)
    weighed = Cart()
    weighed.add(items["comte"], 253)  # 253 g of cheese by the kilo
    weighed.add(items["sandwich"])
    weighed.set_takeaway(True)
    weighed.set_ticket_discount(Discount.amount(37))
    carts.append(weighed)
    numbers = [_pay(ctx, c) for c in carts]
    card = Cart()
    card.add(items["nutella"])
    cashback = checkout(
        ctx, STAFF, card, [PaymentInput("card", 429)], cashback_cents=2000, token=card.token
    )
    assert cashback.ticket_number is not None
    numbers.append(cashback.ticket_number)

    with ctx.uow() as uow:
        session = uow.session
        ids = dict(session.execute(select(Ticket.number, Ticket.id)).all())
        records = load_tickets(session, list(ids.values()))
        for number in numbers:
            entry = session.scalars(
                select(JournalEntry).where(JournalEntry.ticket_id == ids[number])
            ).one()
            rebuilt = canonical.envelope(
                "ticket",
                "01",
                entry.position,
                entry.seq,
                entry.at,
                canonical.ticket_data(records[ids[number]]),
            )
            assert entry.payload == rebuilt  # byte for byte
            assert entry.hash == canonical.chain_hash(entry.prev_hash, rebuilt)
        assert records[ids[1]].lines[1].label == KIR.label
    assert verify_database(ctx).ok


def test_another_till_process_changes_are_seen_at_the_next_sale(
    ctx: ServiceContext,
    clock: FixedClock,
    items: Items,
) -> None:
    other = open_context(ctx.db_path, clock=clock)  # e.g. the CLI while the till runs

    def discounted() -> Cart:
        cart = Cart()
        cart.add(items["sandwich"])
        cart.set_line_discount(0, Discount.percent(2000))
        return cart

    set_setting(other, MANAGER, "sales.staff_discount_limit_bp", 2500)
    _pay(ctx, discounted())
    set_setting(other, MANAGER, "sales.staff_discount_limit_bp", 1000)
    with pytest.raises(ManagerApprovalNeeded):
        _pay(ctx, discounted())

    beer = Cart()
    beer.add(items["beer"])
    clock.set(dt.datetime(2026, 11, 26, 22, 0, tzinfo=PARIS))  # a Thursday
    _pay(ctx, beer)  # the default hours run until 01:00
    set_weekly_hours(other, MANAGER, {3: "07:00-21:30"})
    clock.set(dt.datetime(2026, 11, 26, 22, 5, tzinfo=PARIS))
    late = Cart()
    late.add(items["beer"])
    with pytest.raises(OutsideLegalHours):
        _pay(ctx, late)
    coffee = Cart()
    coffee.add(items["coffee"])
    _pay(ctx, coffee)  # no alcohol: still sold

    close_day(other, MANAGER, dt.date(2026, 11, 26))
    again = Cart()
    again.add(items["coffee"])
    _pay(ctx, again)  # after the Z the café keeps selling: the next service period
    with ctx.uow() as uow:
        last = uow.session.scalars(select(Ticket).order_by(Ticket.id.desc())).first()
        assert last is not None and last.business_date == dt.date(2026, 11, 27)
    assert verify_database(ctx).ok


def test_two_processes_selling_share_one_gap_free_chain(
    ctx: ServiceContext,
    clock: FixedClock,
    items: Items,
) -> None:
    other = open_context(ctx.db_path, clock=clock)
    numbers = []
    for i in range(6):
        cart = Cart()
        cart.add(items["coffee"])
        clock.advance(seconds=3)
        numbers.append(_pay(other if i % 2 else ctx, cart))
    assert numbers == [1, 2, 3, 4, 5, 6]
    with ctx.uow() as uow:
        positions = uow.session.scalars(
            select(JournalEntry.position).order_by(JournalEntry.position)
        ).all()
    assert positions == list(range(1, len(positions) + 1))
    assert verify_database(ctx).ok


def test_the_open_day_check_walks_the_register_days_index(ctx: ServiceContext) -> None:
    from cafe_pos.services.closing import _CAN_SELL

    with ctx.uow() as uow:
        plan = " ".join(
            str(row[-1])
            for row in raw_connection(uow.session).execute(
                "EXPLAIN QUERY PLAN " + _CAN_SELL, ("01", "2026-11-26")
            )
        )
    assert "ix_tickets_register_business_date" in plan
    assert "ux_closures_period" in plan
