"""Three simulated days through the real selling services (tabs, vouchers, refunds,
cash-back, age checks): their Z figures agree with the tickets and with each other."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.services import figures
from cafe_pos.services.simulate import simulate

START = dt.date(2026, 11, 20)


def test_simulated_days_add_up(ctx: ServiceContext, clock: FixedClock) -> None:
    clock.set(dt.datetime(2026, 11, 26, 12, tzinfo=PARIS))
    report = simulate(ctx, 3, seed=11, start=START)
    zs = [figures.z_figures(ctx, START + dt.timedelta(days=n)) for n in range(3)]
    assert all(z.closed for z in zs)  # simulate closes each day
    assert sum(z.total_cents for z in zs) == report.total_cents
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        for z in zs:
            (raw,) = conn.execute(
                "SELECT coalesce(sum(total_cents), 0) FROM tickets WHERE business_date = ?",
                (z.period,),
            ).fetchone()
            assert z.total_cents == raw
            assert sum(v.total_cents for v in z.by_vat_rate) == raw
            assert sum(a.cents for a in z.by_payment_method) == raw
            assert sum(a.cents for a in z.by_category) == raw
    previous = zs[0].perpetual_total_cents - zs[0].total_cents
    for z in zs:
        assert z.perpetual_total_cents == previous + z.total_cents
        previous = z.perpetual_total_cents
    month = figures.month_figures(ctx, 2026, 11)
    assert month.total_cents == report.total_cents
    assert month.cashback.cents == report.cashback_cents
    assert int(month.responsible_sale["age_checks"]) == sum(
        int(z.responsible_sale["age_checks"]) for z in zs
    )
    assert int(month.responsible_sale["drinks"]) > 0
