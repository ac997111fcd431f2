"""Tabs: several open at once, saved rounds survive a restart, move/remove lines, pay by
lines or in equal shares, the unpaid note."""

from __future__ import annotations

from pathlib import Path

import pytest
from sales_helpers import STAFF, Items, counts
from sqlalchemy import select

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.services import tabs
from cafe_pos.services.selling import DuplicateCheckout
from cafe_pos.store.models import Payment, Tab, Ticket
from cafe_pos.store.models.fiscal import FiscalEvent


def _round(items: Items, *names: str) -> Cart:
    cart = Cart()
    for name in names:
        cart.add(items[name])
    return cart


def test_open_tabs_survive_a_restart(ctx: ServiceContext, items: Items, tmp_path: Path) -> None:
    t4 = tabs.open_tab(ctx, STAFF, "Table 4")
    marcel = tabs.open_tab(ctx, STAFF, " Marcel ")
    tabs.add_to_tab(ctx, STAFF, t4.id, _round(items, "beer", "beer", "coffee"))
    tabs.add_to_tab(ctx, STAFF, t4.id, _round(items, "lemonade"))
    tabs.add_to_tab(ctx, STAFF, marcel.id, _round(items, "coffee"))
    ctx.uow.engine.dispose()  # drop every connection, as a crash would
    reopened = open_context(tmp_path / "cafe.db", clock=ctx.clock)
    views = {v.label: v for v in tabs.list_open_tabs(reopened)}
    assert set(views) == {"Table 4", "Marcel"}
    assert views["Table 4"].total_cents == 600 + 150 + 250 + 20
    assert views["Table 4"].has_alcohol and not views["Marcel"].has_alcohol
    cart = tabs.tab_cart(reopened, t4.id)
    assert [ln.label for ln in cart.lines] == [
        "Demi pression",
        "Café",
        "Limonade 1 L",
        "Consigne bouteille",
    ]
    assert cart.lines[3].is_deposit and cart.lines[3].deposit_of == cart.lines[2].key


def test_same_label_twice_refused(ctx: ServiceContext) -> None:
    tabs.open_tab(ctx, STAFF, "Table 1")
    with pytest.raises(tabs.TabError, match="déjà ouverte"):
        tabs.open_tab(ctx, STAFF, "table 1")
    with pytest.raises(tabs.TabError):
        tabs.open_tab(ctx, STAFF, "   ")


def test_move_lines_with_their_deposit_and_close_the_emptied_tab(
    ctx: ServiceContext, items: Items
) -> None:
    a = tabs.open_tab(ctx, STAFF, "Comptoir")
    b = tabs.open_tab(ctx, STAFF, "Terrasse")
    tabs.add_to_tab(ctx, STAFF, a.id, _round(items, "lemonade", "coffee"))
    lines = tabs.tab_cart(ctx, a.id).lines
    lemonade_id = lines[0].tab_line_id
    assert lemonade_id is not None
    view = tabs.move_lines(ctx, STAFF, a.id, [lemonade_id], b.id)
    assert view.total_cents == 270 and view.line_count == 2
    assert tabs.get_tab(ctx, a.id).total_cents == 150
    coffee_id = tabs.tab_cart(ctx, a.id).lines[0].tab_line_id
    assert coffee_id is not None
    tabs.move_lines(ctx, STAFF, a.id, [coffee_id], b.id)
    assert [v.label for v in tabs.list_open_tabs(ctx)] == ["Terrasse"]


def test_remove_a_line_is_recorded(ctx: ServiceContext, items: Items) -> None:
    t = tabs.open_tab(ctx, STAFF, "Table 2")
    tabs.add_to_tab(ctx, STAFF, t.id, _round(items, "beer", "lemonade"))
    lemonade = tabs.tab_cart(ctx, t.id).lines[1]
    assert lemonade.tab_line_id is not None
    view = tabs.remove_tab_line(ctx, STAFF, t.id, lemonade.tab_line_id, "renversée")
    assert view.total_cents == 300 and view.line_count == 1
    with ctx.uow() as uow:
        event = uow.session.scalars(select(FiscalEvent)).all()[-1]
        assert "Limonade 1 L" in event.message and "2,70 €" in event.message
        assert "renversée" in event.message


def test_pay_by_lines_then_the_rest_closes_the_tab(ctx: ServiceContext, items: Items) -> None:
    t = tabs.open_tab(ctx, STAFF, "Table 5")
    tabs.add_to_tab(ctx, STAFF, t.id, _round(items, "beer", "coffee", "sandwich"))
    lines = tabs.tab_cart(ctx, t.id).lines
    beer_id = lines[0].tab_line_id
    assert beer_id is not None
    first = tabs.pay_tab_lines(
        ctx, STAFF, t.id, [beer_id], [PaymentInput("cash", 500)], token="tab-a"
    )
    assert (first.total_cents, first.change_cents) == (300, 200)
    assert first.receipt.tab_label == "Table 5"
    assert tabs.get_tab(ctx, t.id).total_cents == 700
    with pytest.raises(tabs.TabError, match="plus sur l'ardoise"):
        tabs.pay_tab_lines(ctx, STAFF, t.id, [beer_id], [PaymentInput("cash", 300)], token="tab-b")
    rest = tabs.pay_tab_lines(ctx, STAFF, t.id, None, [PaymentInput("card", 700)], token="tab-c")
    assert rest.ticket_number == 2
    assert tabs.list_open_tabs(ctx) == []
    with ctx.uow() as uow:
        tab = uow.session.get(Tab, t.id)
        assert tab is not None and tab.status == "closed"
        assert all(line.paid_ticket_id is not None for line in tab.lines)


def test_a_stale_tab_cart_cannot_pay_lines_twice(ctx: ServiceContext, items: Items) -> None:
    from cafe_pos.services.selling import checkout

    t = tabs.open_tab(ctx, STAFF, "Table 6")
    tabs.add_to_tab(ctx, STAFF, t.id, _round(items, "coffee"))
    cart1 = tabs.tab_cart(ctx, t.id)
    cart2 = tabs.tab_cart(ctx, t.id)
    checkout(ctx, STAFF, cart1, [PaymentInput("cash", 150)], tab_id=t.id, token=cart1.token)
    before = counts(ctx)
    with pytest.raises(UserError, match=r"déjà réglée|ont changé"):
        checkout(ctx, STAFF, cart2, [PaymentInput("cash", 150)], tab_id=t.id, token=cart2.token)
    assert counts(ctx) == before


def test_equal_split_in_three_one_ticket_three_payments_survives_restart(
    ctx: ServiceContext,
    items: Items,
    tmp_path: Path,
) -> None:
    t = tabs.open_tab(ctx, STAFF, "Table 8")
    tabs.add_to_tab(
        ctx, STAFF, t.id, _round(items, "beer", "beer", "sandwich", "coffee")
    )  # 13,00 €
    first = tabs.pay_tab_share(ctx, STAFF, t.id, 3, PaymentInput("cash", 500), token="s1")
    assert (first.share_index, first.share_cents, first.change_cents, first.sale) == (
        1,
        434,
        66,
        None,
    )
    with pytest.raises(DuplicateCheckout):
        tabs.pay_tab_share(ctx, STAFF, t.id, 3, PaymentInput("cash", 500), token="s1")
    with pytest.raises(tabs.TabError, match="Partage"):
        tabs.add_to_tab(ctx, STAFF, t.id, _round(items, "coffee"))
    with pytest.raises(tabs.TabError, match="4,33 €"):
        tabs.pay_tab_share(ctx, STAFF, t.id, 3, PaymentInput("card", 400), token="s2")
    reopened = open_context(tmp_path / "cafe.db", clock=ctx.clock)
    view = tabs.get_tab(reopened, t.id)
    assert (view.split_parts, view.shares_paid) == (3, 1)
    second = tabs.pay_tab_share(reopened, STAFF, t.id, 3, PaymentInput("card", 433), token="s2")
    assert second.remaining_cents == 433 and second.sale is None
    assert counts(reopened)["tickets"] == 0
    last = tabs.pay_tab_share(reopened, STAFF, t.id, 3, PaymentInput("cheque", 433), token="s3")
    assert last.sale is not None and last.sale.total_cents == 1300
    with reopened.uow() as uow:
        ticket = uow.session.scalars(select(Ticket)).one()
        assert ticket.line_count == 3 and ticket.tab_label == "Table 8"  # the two beers merged
        pays = uow.session.scalars(select(Payment).order_by(Payment.id)).all()
        assert [(p.method, p.amount_cents, p.change_cents) for p in pays] == [
            ("cash", 434, 66),
            ("card", 433, 0),
            ("cheque", 433, 0),
        ]
    assert tabs.list_open_tabs(reopened) == []


def test_unpaid_note_and_threshold(ctx: ServiceContext, items: Items) -> None:
    t = tabs.open_tab(ctx, STAFF, "Mariage")
    cart = Cart()
    cart.add(items["beer"], 9000)
    tabs.add_to_tab(ctx, STAFF, t.id, cart)
    note = tabs.note_for_tab(ctx, t.id)
    assert (note.kind, note.number, note.total_cents, note.tab_label) == (
        "note",
        None,
        2700,
        "Mariage",
    )
    assert note.vat_lines[0].base_cents == 2250
    assert tabs.needs_note(ctx, note.total_cents, on_site=True)
    assert not tabs.needs_note(ctx, 2499, on_site=True)
    assert not tabs.needs_note(ctx, 2700, on_site=False)
    job = tabs.print_note(ctx, STAFF, t.id)
    from cafe_pos.store.models.printing import PrintJob

    with ctx.uow() as uow:
        printed = uow.session.get(PrintJob, job)
        assert printed is not None and printed.kind == "note"
        assert "NOTE NON PAY" in printed.payload


def test_no_tabs_in_training_mode(ctx: ServiceContext) -> None:
    ctx.training = True
    with pytest.raises(tabs.TabError, match="formation"):
        tabs.open_tab(ctx, STAFF, "Table 1")
    assert counts(ctx)["tab_lines"] == 0
