"""Refunds: a new negative ticket linked to the original, stock back, never too much."""

from __future__ import annotations

import pytest
from sales_helpers import MANAGER, STAFF, START, Items, counts
from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart, Discount
from cafe_pos.domain.errors import NotFound, PermissionDenied, UserError
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.services import receipts, refunds
from cafe_pos.services.selling import DuplicateCheckout, checkout
from cafe_pos.store.models import StockMovement, Ticket
from cafe_pos.store.models.fiscal import FiscalEvent


def _sale(ctx: ServiceContext, items: Items) -> int:
    cart = Cart()
    cart.add(items["beer"], 3000)  # 9,00
    cart.add(items["sandwich"])  # 5,50
    cart.set_ticket_discount(Discount.amount(100))
    result = checkout(ctx, STAFF, cart, [PaymentInput("card", cart.total_cents)], token=cart.token)
    assert result.ticket_number is not None
    return result.ticket_number


def test_partial_refund_is_a_negative_ticket_linked_to_the_original(
    ctx: ServiceContext, items: Items
) -> None:
    number = _sale(ctx, items)
    detail = refunds.ticket_detail(ctx, number)
    beer = detail.lines[0]
    assert (beer.qty_milli, beer.refundable_qty_milli) == (3000, 3000)
    result = refunds.refund(ctx, MANAGER, number, [(1, 1000)], "bière tiède", "cash")
    assert result.ticket_number == 2
    assert result.receipt.refund_of_number == number
    assert result.receipt.kind == "refund"
    share = round(beer.total_cents / 3)
    assert result.total_cents == -share
    with ctx.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.number == 2)).one()
        assert ticket.kind == "refund" and ticket.refund_of_id is not None
        assert ticket.reason == "bière tiède"
        assert [(ln.qty_milli, ln.total_cents) for ln in ticket.lines] == [(-1000, -share)]
        assert [(p.method, p.amount_cents) for p in ticket.payments] == [("cash", -share)]
        assert sum(v.total_cents for v in ticket.vat_lines) == -share
        back = uow.session.scalars(
            select(StockMovement).where(StockMovement.kind == "refund")
        ).one()
        assert back.qty_milli == 1000
        event = uow.session.scalars(select(FiscalEvent).where(FiscalEvent.code == 190)).one()
        assert f"ticket n° {number}" in event.message and "bière tiède" in event.message
    assert refunds.ticket_detail(ctx, number).lines[0].refundable_qty_milli == 2000
    assert refunds.ticket_detail(ctx, number).refund_numbers == (2,)


def test_refunds_in_several_goes_add_up_exactly(ctx: ServiceContext, items: Items) -> None:
    number = _sale(ctx, items)
    line_total = refunds.ticket_detail(ctx, number).lines[0].total_cents
    parts = [
        refunds.refund(ctx, MANAGER, number, [(1, 1000)], "retour", "card").total_cents
        for _ in range(3)
    ]
    assert sum(parts) == -line_total


def test_never_more_than_sold_minus_refunded(ctx: ServiceContext, items: Items) -> None:
    number = _sale(ctx, items)
    refunds.refund(ctx, MANAGER, number, [(1, 2000)], "erreur", "cash")
    before = counts(ctx)
    with pytest.raises(refunds.RefundError, match="1 au plus"):
        refunds.refund(ctx, MANAGER, number, [(1, 2000)], "erreur", "cash")
    with pytest.raises(refunds.RefundError, match="pas de ligne 9"):
        refunds.refund(ctx, MANAGER, number, [(9, 1000)], "erreur", "cash")
    with pytest.raises(refunds.RefundError, match="motif"):
        refunds.refund(ctx, MANAGER, number, [(2, 1000)], "  ", "cash")
    with pytest.raises(refunds.RefundError, match="compte client"):
        refunds.refund(ctx, MANAGER, number, [(2, 1000)], "x", "account")
    with pytest.raises(refunds.RefundError, match="déjà un remboursement"):
        refunds.refund(ctx, MANAGER, 2, [(1, 1000)], "x", "cash")
    with pytest.raises(PermissionDenied):
        refunds.refund(ctx, STAFF, number, [(2, 1000)], "x", "cash")
    with pytest.raises(NotFound):
        refunds.refund(ctx, MANAGER, 99, [(1, 1000)], "x", "cash")
    assert counts(ctx) == before


def test_refund_token_prevents_a_double_refund(ctx: ServiceContext, items: Items) -> None:
    number = _sale(ctx, items)
    refunds.refund(ctx, MANAGER, number, [(2, 1000)], "x", "cash", token="r1")
    with pytest.raises(DuplicateCheckout):
        refunds.refund(ctx, MANAGER, number, [(1, 1000)], "x", "cash", token="r1")


def test_find_tickets_by_number_and_day(ctx: ServiceContext, items: Items) -> None:
    n1 = _sale(ctx, items)
    _sale(ctx, items)
    refunds.refund(ctx, MANAGER, n1, [(2, 1000)], "x", "cash")
    day = refunds.find_tickets(ctx, day=START.date())
    assert [t.number for t in day] == [3, 2, 1]
    assert day[0].kind == "refund" and day[0].refund_of_number == 1
    assert [t.number for t in refunds.find_tickets(ctx, number=2)] == [2]
    with pytest.raises(refunds.RefundError):
        refunds.find_tickets(ctx)


def test_receipt_rebuilt_and_duplicate(ctx: ServiceContext, items: Items) -> None:
    number = _sale(ctx, items)
    data = receipts.receipt_for_ticket(ctx, number)
    assert data.number == number and data.total_cents == 1350 and data.line_count == 2
    assert data.signature_short
    dup1 = receipts.reprint(ctx, STAFF, number)
    dup2 = receipts.reprint(ctx, STAFF, number)
    assert (dup1.duplicate_copy, dup2.duplicate_copy) == (1, 2)
    assert dup1.signature_short == data.signature_short
    with pytest.raises(NotFound):
        receipts.receipt_for_ticket(ctx, 42)


def test_sales_and_refunds_share_one_write_path_sealed_as_verify_reads_them(
    ctx: ServiceContext, items: Items
) -> None:
    """A refund is written by the sale's writer (sale_writer.write_ticket) and sealed from
    the values it wrote: the payload is, byte for byte, what verify rebuilds from the rows;
    the receipt of the sale and of the refund are what a reprint shows (one mapping)."""
    from cafe_pos.fiscal import canonical
    from cafe_pos.fiscal.records import load_tickets
    from cafe_pos.fiscal.verify import verify_database
    from cafe_pos.store.models.fiscal import JournalEntry

    cart = Cart()
    cart.add(items["beer"], 3000)
    cart.add(items["sandwich"])
    cart.set_ticket_discount(Discount.amount(100))
    sale = checkout(ctx, STAFF, cart, [PaymentInput("card", cart.total_cents)], token=cart.token)
    assert sale.ticket_number is not None
    first = refunds.refund(ctx, MANAGER, sale.ticket_number, [(2, 1000), (1, 1000)], "x", "card")
    second = refunds.refund(ctx, MANAGER, sale.ticket_number, [(1, 2000)], "y", "cash")
    with ctx.uow() as uow:
        session = uow.session
        ids = dict(session.execute(select(Ticket.number, Ticket.id)).all())
        records = load_tickets(session, list(ids.values()))
        for result in (first, second):
            assert result.ticket_number is not None
            ticket_id = ids[result.ticket_number]
            entry = session.scalars(
                select(JournalEntry).where(JournalEntry.ticket_id == ticket_id)
            ).one()
            rebuilt = canonical.envelope(
                "ticket",
                "01",
                entry.position,
                entry.seq,
                entry.at,
                canonical.ticket_data(records[ticket_id]),
            )
            assert entry.payload == rebuilt  # byte for byte
        assert first.ticket_number is not None and second.ticket_number is not None
        refund_lines = records[ids[first.ticket_number]].lines
        assert [ln.refund_of_position for ln in refund_lines] == [1, 2]  # sorted positions
        assert records[ids[second.ticket_number]].header.refund_of_number == sale.ticket_number
    assert verify_database(ctx).ok
    for result in (sale, first, second):
        assert result.ticket_number is not None
        again = receipts.receipt_for_ticket(ctx, result.ticket_number)
        assert again == result.receipt


def test_a_refund_reason_with_an_escape_sequence_is_refused_and_nothing_is_written(
    ctx: ServiceContext, items: Items
) -> None:
    """The reason is sealed in the refund ticket and its journal event, and printed: an
    escape sequence or a right-to-left override would lie there about what it says."""
    number = _sale(ctx, items)
    before = counts(ctx)
    for reason in ("retour\x1b[2J", "\u202eéruep", "tiède\x00"):
        with pytest.raises(UserError, match="Le motif du remboursement contient un caractère"):
            refunds.refund(ctx, MANAGER, number, [(1, 1000)], reason, "cash")
    assert counts(ctx) == before
    result = refunds.refund(ctx, MANAGER, number, [(1, 1000)], "bière\ntiède", "cash")
    with ctx.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.number == result.ticket_number))
        assert ticket.one().reason == "bière tiède"  # one line, as the receipt prints it
