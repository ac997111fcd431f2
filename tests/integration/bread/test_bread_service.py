"""The bread deposit through its services on a real migrated SQLite database."""

from __future__ import annotations

import datetime as dt

import pytest
from bread_helpers import MANAGER, STAFF, next_day, row_counts, sell, sor_baker
from sales_helpers import SeededContext
from sqlalchemy import select

from cafe_pos.domain.bread import BreadError, ContractKind, ReservationItem, UnsoldOutcome
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.errors import UserError
from cafe_pos.fiscal.verify import verify_database
from cafe_pos.services import accounts, bread
from cafe_pos.services.figures import month_figures, z_figures
from cafe_pos.store.models.catalogue import Product
from cafe_pos.store.models.sales import Ticket, TicketLine


def _ids(ctx: SeededContext) -> dict[str, int]:
    return ctx.product_ids


def test_sale_or_return_flags_the_bread_third_party_and_bought_unflags_it(
    ctx: SeededContext,
) -> None:
    ids = _ids(ctx)
    baker_id = sor_baker(ctx, ids)
    with ctx.uow() as uow:
        assert uow.session.get_one(Product, ids["baguette"]).third_party
        assert not uow.session.get_one(Product, ids["coffee"]).third_party
    view = bread.get_baker(ctx, baker_id)
    assert view.contract_label == "Dépôt-vente, commission 15,00 %"
    bread.save_baker(
        ctx, MANAGER, bread.BakerInput("Boulangerie Martin", ContractKind.BOUGHT), baker_id
    )
    with ctx.uow() as uow:
        assert not uow.session.get_one(Product, ids["baguette"]).third_party
    with pytest.raises(UserError):
        bread.save_baker(ctx, STAFF, bread.BakerInput("Autre", ContractKind.BOUGHT))


@pytest.mark.parametrize(
    ("items", "end", "message"),
    [
        ((), None, "au moins un article"),
        ((ReservationItem(0, 0),), None, "au moins 1"),
        ((ReservationItem(0, 1),), dt.date(2026, 3, 1), "avant son début"),
    ],
)
def test_bad_reservations_are_refused_and_write_nothing(
    ctx: SeededContext, items: tuple[ReservationItem, ...], end: dt.date | None, message: str
) -> None:
    ids = _ids(ctx)
    sor_baker(ctx, ids)
    items = tuple(ReservationItem(ids["tradition"], i.qty) for i in items)
    before = row_counts(ctx)
    data = bread.ReservationInput(
        "Mme Roux", items, dt.date(2026, 3, 2), end, frozenset({1, 2, 3, 4, 5, 6})
    )
    with pytest.raises(BreadError, match=message):
        bread.save_reservation(ctx, STAFF, data)
    assert row_counts(ctx) == before


def _standing(
    ctx: SeededContext,
    name: str,
    key: str,
    qty: int,
    account_id: int | None = None,
    prepaid: bool = False,
) -> int:
    ids = _ids(ctx)
    data = bread.ReservationInput(
        name,
        (ReservationItem(ids[key], qty),),
        dt.date(2026, 3, 2),
        None,
        frozenset({1, 2, 3, 4, 5, 6}),  # every day but Monday
        account_id=account_id,
        prepaid=prepaid,
    )
    return bread.save_reservation(ctx, STAFF, data).id


def test_pick_up_rings_the_sale_once_and_twice_is_refused(
    ctx: SeededContext, clock: FixedClock
) -> None:
    ids = _ids(ctx)
    sor_baker(ctx, ids)
    rid = _standing(ctx, "Mme Roux", "tradition", 2)
    tuesday = next_day(ctx, clock)
    rows = bread.pickups(ctx)
    assert [(r.customer_name, r.status, r.total_cents) for r in rows] == [
        ("Mme Roux", "pending", 260)
    ]
    result = bread.pick_up(ctx, STAFF, rid, token="pickup-1")
    assert result.ticket_number is not None and result.total_cents == 260
    with ctx.uow() as uow:
        line = uow.session.scalars(select(TicketLine)).one()
        assert (line.product_id, line.qty_milli, line.vat_bp, line.third_party) == (
            ids["tradition"],
            2000,
            550,
            True,
        )
    before = row_counts(ctx)
    with pytest.raises(BreadError, match="déjà retirée"):
        bread.pick_up(ctx, STAFF, rid, token="pickup-2")
    assert row_counts(ctx) == before
    assert bread.pickups(ctx, tuesday)[0].status == "picked_up"


def test_prepaid_pick_up_debits_the_bread_card(ctx: SeededContext, clock: FixedClock) -> None:
    sor_baker(ctx, _ids(ctx))
    account = accounts.create_account(ctx, MANAGER, "Marcel Dupuy", 0)
    rid = _standing(ctx, "Marcel Dupuy", "baguette", 1, account_id=account.id, prepaid=True)
    next_day(ctx, clock)
    with pytest.raises(BreadError, match="insuffisante"):
        bread.pick_up(ctx, STAFF, rid, method="prepaid", token="p0")
    assert bread.top_up_prepaid(ctx, STAFF, account.id, 1000, "cash") == 1000
    bread.pick_up(ctx, STAFF, rid, method="prepaid", token="p1")
    assert bread.prepaid_balance(ctx, account.id) == 890
    # the bread card is a customer's money: its top-up is sealed like any settlement
    report = verify_database(ctx)
    assert report.ok, report.message


def test_unclaimed_reservations_go_back_to_the_shelf_after_the_hour(
    ctx: SeededContext, clock: FixedClock
) -> None:
    sor_baker(ctx, _ids(ctx))
    _standing(ctx, "Mme Roux", "tradition", 2)
    day = next_day(ctx, clock)
    assert bread.release_unclaimed(ctx, STAFF) == 0  # 7:00, before noon
    clock.set(dt.datetime.combine(day, dt.time(12, 30), tzinfo=PARIS))
    assert bread.release_unclaimed(ctx, STAFF) == 1
    assert bread.pickups(ctx)[0].status == "released"


def test_order_suggestion_locks_at_cut_off_and_a_manager_reopens_it(
    ctx: SeededContext, clock: FixedClock
) -> None:
    ids = _ids(ctx)
    baker_id = sor_baker(ctx, ids)
    _standing(ctx, "Mme Roux", "tradition", 2)
    # four weeks of Tuesdays selling 30 baguettes
    day = clock.now().date()
    for _ in range(28):
        if day.weekday() == 1:
            sell(ctx, ids["baguette"], 30)
        day = next_day(ctx, clock)
    target = day + dt.timedelta(days=1)  # clock: Monday 7:00 → Tuesday's order
    assert target.weekday() == 1
    view = bread.order_view(ctx, baker_id, target)
    lines = {ln.product_id: ln for ln in view.lines}
    assert lines[ids["baguette"]].forecast == 30
    assert lines[ids["tradition"]].reserved == 2 and lines[ids["tradition"]].suggested == 2
    assert [p.sold for p in lines[ids["baguette"]].past] == [30, 30, 30, 30]
    assert view.status == "new"
    bread.save_order(ctx, STAFF, baker_id, target, {ids["baguette"]: 28})
    assert "28 Baguette" in bread.order_message(ctx, baker_id, target)
    clock.set(dt.datetime.combine(day, dt.time(18, 1), tzinfo=PARIS))
    before = row_counts(ctx)
    with pytest.raises(BreadError, match="verrouillée"):
        bread.save_order(ctx, STAFF, baker_id, target, {ids["baguette"]: 35})
    assert row_counts(ctx) == before
    with pytest.raises(UserError):
        bread.reopen_order(ctx, STAFF, STAFF, baker_id, target)
    assert bread.reopen_order(ctx, STAFF, MANAGER, baker_id, target).status == "reopened"
    saved = bread.save_order(ctx, STAFF, baker_id, target, {ids["baguette"]: 35})
    assert {ln.product_id: ln.qty for ln in saved.lines}[ids["baguette"]] == 35


def test_reception_names_short_extra_and_substituted_and_refuses_negatives(
    ctx: SeededContext,
) -> None:
    ids = _ids(ctx)
    baker_id = sor_baker(ctx, ids)
    day = dt.date(2026, 3, 3)
    bread.save_order(
        ctx, STAFF, baker_id, day, {ids["baguette"]: 30, ids["tradition"]: 10, ids["campagne"]: 0}
    )
    before = row_counts(ctx)
    with pytest.raises(BreadError, match="négative"):
        bread.record_reception(ctx, STAFF, baker_id, day, {ids["baguette"]: -1})
    assert row_counts(ctx) == before
    view = bread.record_reception(
        ctx,
        STAFF,
        baker_id,
        day,
        {ids["baguette"]: 32, ids["tradition"]: 6, ids["campagne"]: 4},
        substitutes={ids["campagne"]: ids["tradition"]},
    )
    status = {ln.product_id: ln.status_label for ln in view.lines}
    assert status[ids["baguette"]] == "en plus"
    assert status[ids["tradition"]] == "manque"
    assert status[ids["campagne"]] == "non commandé (remplacement) (Baguette tradition)"


def test_reconciliation_proposed_confirmed_once_with_named_differences(
    ctx: SeededContext, clock: FixedClock
) -> None:
    ids = _ids(ctx)
    baker_id = sor_baker(ctx, ids)
    rid = _standing(ctx, "Mme Roux", "tradition", 2)
    day = next_day(ctx, clock)
    bread.record_reception(ctx, STAFF, baker_id, day, {ids["baguette"]: 20, ids["tradition"]: 5})
    sell(ctx, ids["baguette"], 15)
    sell(ctx, ids["tradition"], 1)
    bread.pick_up(ctx, STAFF, rid, token="r1")
    proposal = bread.reconciliation(ctx, baker_id, day)
    lines = {ln.product_id: ln.line for ln in proposal.lines}
    assert lines[ids["baguette"]].unsold == {UnsoldOutcome.RETURNED: 5}
    assert (lines[ids["tradition"]].sold, lines[ids["tradition"]].picked_up) == (1, 2)
    done = bread.confirm_reconciliation(
        ctx,
        MANAGER,
        baker_id,
        day,
        {ids["baguette"]: {UnsoldOutcome.RETURNED: 3, UnsoldOutcome.GIVEN: 1}},
    )
    assert done.confirmed
    assert done.differences == ("Baguette : 1 manquant(s) (ni vendus ni comptés en invendus)",)
    before = row_counts(ctx)
    with pytest.raises(BreadError, match="déjà clôturé"):
        bread.confirm_reconciliation(ctx, MANAGER, baker_id, day)
    assert row_counts(ctx) == before
    with pytest.raises(BreadError, match="lendemain"):
        bread.confirm_reconciliation(
            ctx,
            MANAGER,
            baker_id,
            day + dt.timedelta(days=1),
            {ids["baguette"]: {UnsoldOutcome.NEXT_DAY: 1}},
        )
    waste = bread.waste_figures(ctx, baker_id, day, day)
    assert waste.quality.delivered == 25 and waste.quality.unsold == 2 + 4


def test_statement_matches_the_z_reports_third_party_figure(
    ctx: SeededContext, clock: FixedClock
) -> None:
    ids = _ids(ctx)
    baker_id = sor_baker(ctx, ids)
    rid = _standing(ctx, "Mme Roux", "tradition", 2)
    day = clock.now().date()
    z_third_party = 0
    for n in range(6):
        bread.record_reception(
            ctx, STAFF, baker_id, day, {ids["baguette"]: 20 + n, ids["tradition"]: 8}
        )
        sell(ctx, ids["baguette"], 12 + n)
        sell(ctx, ids["coffee"], 2)
        if day.weekday() != 0:
            bread.pick_up(ctx, STAFF, rid, token=f"s{n}")
        bread.confirm_reconciliation(ctx, MANAGER, baker_id, day)
        z_third_party += z_figures(ctx, day).third_party_cents
        day = next_day(ctx, clock)
    first, last = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    view = bread.statement(ctx, baker_id, first, last)
    assert view.totals.sold_cents == z_third_party == month_figures(ctx, 2026, 3).third_party_cents
    assert view.totals.sold == sum(12 + n for n in range(6)) + 2 * 5
    month = month_figures(ctx, 2026, 3)
    baker = next(b for b in month.third_party_by_beneficiary if b.name == "Boulangerie Martin")
    assert (baker.takings_cents, baker.commission_cents) == (
        view.totals.sold_cents,
        view.totals.commission_cents,
    )
    assert month.commission_cents == view.totals.commission_cents  # the café's turnover
    assert view.totals.owed_to_baker_cents == view.totals.sold_cents - view.totals.commission_cents
    assert view.totals.delivered == sum(20 + n for n in range(6)) + 8 * 6
    assert bread.owed_to_baker(ctx, baker_id, first, last) == view.totals.owed_to_baker_cents
    with ctx.uow() as uow:
        assert uow.session.query(Ticket).count() > 0


def test_a_baker_name_that_would_rewrite_the_z_is_refused(ctx: SeededContext) -> None:
    """The baker's name is printed on the Z ("Dû à Fournil du Bourg") and sealed with it:
    an escape sequence or a right-to-left override there would lie about whom is owed."""
    before = row_counts(ctx)
    for name in ("Fournil\x1b[8m du Bourg", "Fournil \u202eesiorf"):
        with pytest.raises(UserError, match="Le nom du boulanger contient un caractère interdit"):
            bread.save_baker(ctx, MANAGER, bread.BakerInput(name, ContractKind.BOUGHT))
    assert row_counts(ctx) == before
