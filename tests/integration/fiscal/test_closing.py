"""Daily, monthly and yearly closures: figures, perpetual grand totals, and the order rules."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing

import pytest
from fiscal_factory import BEER, BREAD, COFFEE, PRESS, STAMP, at_paris, sell, sell_days

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.errors import PermissionDenied
from cafe_pos.domain.users import Actor
from cafe_pos.fiscal.totals import period_totals
from cafe_pos.services.closing import (
    ClosingRefused,
    DayNotClosed,
    close_day,
    close_month,
    close_year,
    days_to_close,
    ensure_can_sell,
    get_closure,
)

DAY = dt.date(2026, 11, 26)


def count(ctx: ServiceContext, table: str) -> int:
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_z_report_totals_by_rate_payment_third_party_refund_and_cashback(
    ctx: ServiceContext, clock: FixedClock, manager: Actor
) -> None:
    sell(ctx, [COFFEE, BEER])  # 1,50 € at 10 % + 3,50 € at 20 %
    sell(ctx, [BREAD, STAMP, PRESS], payments=[("card", 539)], cashback_cents=2000)
    sell(ctx, [COFFEE], refund_of_number=1)  # -1,50 €
    clock.set(at_paris(DAY, 23))
    view = close_day(ctx, manager, DAY)
    t = view.totals
    assert (t.ticket_count, t.sale_count, t.refund_count) == (3, 2, 1)
    assert (t.first_number, t.last_number) == (1, 3)
    assert (t.sales_cents, t.refunds_cents, t.total_cents) == (1039, 150, 889)
    assert t.third_party_cents == 429  # stamp + newspaper, not the café's turnover
    assert t.own_sales_cents == 460
    assert t.cashback_cents == 2000
    assert dict(t.payments) == {"cash": 350, "card": 539}
    by_rate = {v.rate_bp: (v.base_cents, v.vat_cents, v.total_cents) for v in t.vat_lines}
    assert by_rate[2000] == (292, 58, 350)
    assert by_rate[1000] == (0, 0, 0)  # coffee sold then refunded: 14 - 14 VAT
    assert by_rate[550] == (104, 6, 110)
    assert by_rate[210] == (294, 6, 300)
    # GT = 0 + sales - |refunds|; GT abs = 0 + sales + |refunds|
    assert (view.perpetual_total_cents, view.perpetual_total_absolute_cents) == (889, 1189)
    assert dict((r, (gt, ab)) for r, gt, ab in view.perpetual_by_rate)[1000] == (0, 300)
    assert view.signature_short and view.integrity_problem is None
    stored = get_closure(ctx, "day", "2026-11-26")
    assert stored is not None
    assert (stored.totals, stored.hash_hex) == (view.totals, view.hash_hex)


def test_grand_totals_carry_over_and_a_zero_z_is_valid(
    ctx: ServiceContext, clock: FixedClock, manager: Actor
) -> None:
    sell(ctx, [BEER, BEER])
    clock.set(at_paris(DAY, 23))
    first = close_day(ctx, manager, DAY)
    clock.set(at_paris(DAY + dt.timedelta(days=1), 22))
    zero = close_day(ctx, manager, DAY + dt.timedelta(days=1))
    assert zero.totals.ticket_count == 0 and zero.totals.total_cents == 0
    assert zero.perpetual_total_cents == first.perpetual_total_cents == 700
    clock.set(at_paris(DAY + dt.timedelta(days=2), 10))
    sell(ctx, [BEER], refund_of_number=1)
    clock.set(at_paris(DAY + dt.timedelta(days=2), 22))
    third = close_day(ctx, manager, DAY + dt.timedelta(days=2))
    assert (third.perpetual_total_cents, third.perpetual_total_absolute_cents) == (350, 1050)


def test_closing_twice_or_a_future_day_is_refused_and_writes_nothing(
    ctx: ServiceContext, clock: FixedClock, manager: Actor
) -> None:
    sell(ctx, [COFFEE])
    close_day(ctx, manager, DAY)
    entries = count(ctx, "journal_entries")
    with pytest.raises(ClosingRefused, match="déjà clôturée"):
        close_day(ctx, manager, DAY)
    with pytest.raises(ClosingRefused, match="pas encore commencée"):
        close_day(ctx, manager, DAY + dt.timedelta(days=1))
    with pytest.raises(ClosingRefused, match="déjà clôturées"):
        close_day(ctx, manager, DAY - dt.timedelta(days=3))
    assert count(ctx, "journal_entries") == entries
    assert count(ctx, "closures") == 1


def test_staff_cannot_close(ctx: ServiceContext, staff: Actor) -> None:
    with pytest.raises(PermissionDenied):
        close_day(ctx, staff, DAY)
    assert count(ctx, "closures") == 0


def test_a_day_left_open_blocks_the_next_days_sales_until_its_z(
    ctx: ServiceContext, clock: FixedClock, manager: Actor
) -> None:
    sell(ctx, [COFFEE])
    tomorrow = DAY + dt.timedelta(days=1)
    clock.set(at_paris(tomorrow, 8))
    assert days_to_close(ctx) == [DAY]
    with ctx.uow() as uow:
        ensure_can_sell(ctx, uow.session, DAY)  # the same day is fine
        with pytest.raises(DayNotClosed) as refused:
            ensure_can_sell(ctx, uow.session, tomorrow)
    assert str(refused.value) == (
        "La journée du 26/11/2026 n'est pas clôturée : faites la clôture (Z) avant de vendre"
    )
    with pytest.raises(DayNotClosed, match="clôturez-la avant le 27/11/2026"):
        close_day(ctx, manager, tomorrow)
    close_day(ctx, manager, DAY)
    assert days_to_close(ctx) == []
    with ctx.uow() as uow:
        ensure_can_sell(ctx, uow.session, tomorrow)
        # after the Z of the 26th, a sale of the 26th goes to the next service period
        assert ensure_can_sell(ctx, uow.session, DAY) == tomorrow


def test_month_closure_closes_open_days_and_totals_the_month(
    ctx: ServiceContext, clock: FixedClock, manager: Actor
) -> None:
    sell_days(ctx, clock, dt.date(2026, 11, 28), 3)  # 28, 29, 30 November
    clock.set(at_paris(dt.date(2026, 11, 30), 22))
    close_day(ctx, manager, dt.date(2026, 11, 28))
    month = close_month(ctx, manager, 2026, 11)
    assert month.auto_closed == ("2026-11-29", "2026-11-30")
    with ctx.uow() as uow:
        expected = period_totals(uow.session, "01", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert month.totals.total_cents == expected.total_cents == 3 * (500 + 239 + 500)
    last_day = get_closure(ctx, "day", "2026-11-30")
    assert last_day is not None
    assert month.perpetual_total_cents == last_day.perpetual_total_cents
    with pytest.raises(ClosingRefused, match="déjà clôturé"):
        close_month(ctx, manager, 2026, 11)
    with pytest.raises(ClosingRefused, match="n'est pas terminé"):
        close_month(ctx, manager, 2026, 12)


def test_month_refused_while_an_earlier_month_is_open(
    ctx: ServiceContext, clock: FixedClock, manager: Actor
) -> None:
    sell_days(ctx, clock, dt.date(2026, 10, 31), 2)
    clock.set(at_paris(dt.date(2026, 12, 1), 9))
    before = count(ctx, "journal_entries")
    with pytest.raises(ClosingRefused, match="Le mois 10/2026 n'est pas clôturé"):
        close_month(ctx, manager, 2026, 11)
    assert count(ctx, "journal_entries") == before
    close_month(ctx, manager, 2026, 10)
    assert close_month(ctx, manager, 2026, 11).auto_closed == ("2026-11-01",)


def test_year_closure_after_its_months(
    ctx: ServiceContext, clock: FixedClock, manager: Actor
) -> None:
    sell_days(ctx, clock, dt.date(2026, 12, 30), 2)
    clock.set(at_paris(dt.date(2027, 1, 2), 9))
    with pytest.raises(ClosingRefused, match="n'est pas terminée"):
        close_year(ctx, manager, 2027)
    year = close_year(ctx, manager, 2026)
    assert year.auto_closed == ("2026-12-30", "2026-12-31", "2026-12")
    assert year.totals.ticket_count == 6
    assert year.perpetual_total_cents == year.totals.total_cents
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        codes = [c for (c,) in conn.execute("SELECT code FROM fiscal_events ORDER BY id")]
    assert codes.count(330) == 4 and codes.count(50) == 3 and codes.count(60) == 1


def test_training_mode_cannot_close(ctx: ServiceContext, manager: Actor) -> None:
    ctx.training = True
    with pytest.raises(ClosingRefused, match="formation"):
        close_day(ctx, manager, DAY)
