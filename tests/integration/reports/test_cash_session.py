"""The drawer through a day: float counted at opening, sales, cash in/out, expected cash."""

from __future__ import annotations

import datetime as dt

import pytest
from reports_factory import CATALOGUE, MANAGER, STAFF, LineSpec, sell
from sqlalchemy import func, select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cash import CashError
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.errors import PermissionDenied
from cafe_pos.services import cash
from cafe_pos.store.models.cash import CashCountLine, CashMovement, CashSession

COFFEE, BEER = CATALOGUE[0], CATALOGUE[1]
FLOAT = {5000: 1, 2000: 2, 1000: 3, 500: 2, 200: 5, 100: 5, 50: 6, 20: 5, 10: 10}  # 150,00 €


def _rows(ctx: ServiceContext, model: type) -> int:
    with ctx.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def test_opening_records_the_float_counted_piece_by_piece(ctx: ServiceContext) -> None:
    view = cash.open_session(ctx, STAFF, FLOAT)
    assert view.float_cents == 15000
    assert view.opened_by == "Lucas" and view.status == "open"
    assert view.business_date == dt.date(2026, 11, 26)
    assert cash.count_lines(ctx, view.id, "open").as_dict()[2000] == 2
    assert cash.current_session(ctx) == view


def test_expected_cash_follows_sales_change_cashback_and_movements(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    cash.open_session(ctx, STAFF, FLOAT)
    clock.advance(minutes=10)
    at = clock.now()
    # 2 coffees paid 10 € cash: 2,60 € applied, 7,40 € change
    sell(ctx, at, [LineSpec(COFFEE, 2000)], tendered_extra_cents=740)
    # a beer by card with 20 € cash-back
    sell(ctx, at, [LineSpec(BEER)], payments=[("card", 300)], cashback_cents=2000)
    # a beer half cash half card
    sell(ctx, at, [LineSpec(BEER)], payments=[("cash", 100), ("card", 200)])
    cash.cash_movement(ctx, STAFF, "out", 4550, "supplier", "Boulanger")
    cash.cash_movement(ctx, STAFF, "in", 2000, "change_top_up")
    flows = cash.expected_cash(ctx)
    assert flows.cash_payments_cents == 260 + 100
    assert flows.cashback_cents == 2000
    assert flows.expected_cents == 15000 + 360 - 2000 - 4550 + 2000
    assert [m.reason_label for m in cash.movements(ctx)] == [
        "Fournisseur payé en espèces",
        "Apport de monnaie",
    ]


def test_sales_before_the_opening_are_not_expected_in_the_drawer(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    sell(ctx, clock.now() - dt.timedelta(minutes=5), [LineSpec(COFFEE)])
    cash.open_session(ctx, STAFF, {1000: 1})
    assert cash.expected_cash(ctx).expected_cents == 1000


def test_a_second_opening_is_refused_and_nothing_is_written(ctx: ServiceContext) -> None:
    cash.open_session(ctx, STAFF, FLOAT)
    with pytest.raises(CashError, match="déjà ouverte"):
        cash.open_session(ctx, STAFF, {500: 1})
    assert _rows(ctx, CashSession) == 1


def test_bad_counts_and_movements_leave_the_database_unchanged(ctx: ServiceContext) -> None:
    with pytest.raises(CashError, match="négatif"):
        cash.open_session(ctx, STAFF, {2000: -1})
    with pytest.raises(CashError, match="Aucune caisse ouverte"):
        cash.cash_movement(ctx, STAFF, "out", 1000, "bank_deposit")
    cash.open_session(ctx, STAFF, {2000: 1})
    with pytest.raises(CashError, match="ne devrait contenir que 20,00 €"):
        cash.cash_movement(ctx, STAFF, "out", 2500, "bank_deposit")
    with pytest.raises(CashError, match="Précisez"):
        cash.cash_movement(ctx, STAFF, "in", 1000, "other", " ")
    assert _rows(ctx, CashMovement) == 0
    assert _rows(ctx, CashSession) == 1
    assert _rows(ctx, CashCountLine) == 1


def test_staff_cannot_close_the_day(ctx: ServiceContext) -> None:
    cash.open_session(ctx, STAFF, FLOAT)
    with pytest.raises(PermissionDenied):
        cash.close_count(ctx, STAFF, FLOAT)
    assert cash.current_session(ctx) is not None


def test_opening_after_midnight_belongs_to_the_previous_business_day(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    clock.set(dt.datetime(2026, 11, 27, 1, 30, tzinfo=PARIS))
    assert cash.open_session(ctx, MANAGER, {}).business_date == dt.date(2026, 11, 26)


def test_closing_count_records_the_difference_and_makes_the_z(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    from cafe_pos.services import figures

    cash.open_session(ctx, STAFF, FLOAT)
    clock.advance(hours=2)
    sell(ctx, clock.now(), [LineSpec(COFFEE, 2000)], tendered_extra_cents=740)  # +2,60 €
    cash.cash_movement(ctx, STAFF, "out", 5000, "bank_deposit")
    clock.advance(hours=12)
    expected = 15000 + 260 - 5000
    counted = {5000: 1, 2000: 2, 1000: 1}  # 100,00 €: 2,60 € missing
    with pytest.raises(CashError, match="manque de 2,60 €"):
        cash.close_count(ctx, MANAGER, counted, "")
    assert cash.current_session(ctx) is not None  # nothing recorded
    result = cash.close_count(ctx, MANAGER, counted, "pièce rendue en trop")
    view = result.session
    assert result.closure_created
    assert (view.expected_cents, view.counted_cents, view.difference_cents) == (
        expected,
        10000,
        10000 - expected,
    )
    assert view.status == "closed" and view.difference_reason == "pièce rendue en trop"
    assert cash.current_session(ctx) is None
    z = figures.z_figures(ctx, view.business_date)
    assert z.closed and z.total_cents == 260
    (session_figures,) = z.cash
    assert session_figures.difference_cents == -260
    assert session_figures.cash_out_cents == 5000
    assert z.to_json_dict()["cash_sessions"][0]["difference_reason"] == "pièce rendue en trop"
    # the count cannot be entered twice: the session is closed
    with pytest.raises(CashError, match="Aucune caisse ouverte"):
        cash.close_count(ctx, MANAGER, counted, "encore")


def test_a_second_session_on_a_closed_day_reuses_its_z(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    cash.open_session(ctx, STAFF, {2000: 1})
    cash.close_count(ctx, MANAGER, {2000: 1})
    cash.open_session(ctx, STAFF, {2000: 1})
    result = cash.close_count(ctx, MANAGER, {2000: 1})
    assert not result.closure_created
    assert result.session.difference_cents == 0


def test_closing_also_closes_a_forgotten_earlier_day(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    from cafe_pos.services import figures

    yesterday = clock.now() - dt.timedelta(days=1)
    sell(ctx, yesterday, [LineSpec(BEER)])  # nobody closed that day
    cash.open_session(ctx, STAFF, {2000: 1})
    cash.close_count(ctx, MANAGER, {2000: 1})
    assert figures.z_figures(ctx, yesterday.date()).closed
    assert figures.z_figures(ctx, clock.now().date()).closed
